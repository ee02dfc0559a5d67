//! Time zones by IANA name, and the table of their UTC-offset changes that the calendar uses
//! to map local dates to UTC.
//!
//! Section 3 of the SLA rules defines open time through local dates: split a local day into
//! stretches of constant UTC offset, map each wall-clock interval through each stretch's offset
//! and intersect. The walker in `walk.rs` does exactly that, but visits the stretches (`Span`s)
//! in the outer loop and the local days inside them, so that it produces UTC intervals in order
//! even where a zone's clock runs back across midnight. Gaps (shorter days), overlaps (longer
//! days), Lord Howe's 30-minute change and Santiago's change at midnight all follow from the
//! arithmetic; none is a special case.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{GapInfo, Tz};
use std::fmt;

use super::{RANGE_END_MS, RANGE_START_MS};

const DAY_MS: i64 = 86_400_000;

/// A stretch of time with one UTC offset, from `start` until the next span's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// UTC milliseconds; the first span starts at `i64::MIN`.
    pub start: i64,
    /// Local time minus UTC, in milliseconds.
    pub offset: i64,
}

/// An IANA time zone compiled into the app, with its offset changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    tz: Tz,
    spans: Vec<Span>,
}

/// The name is not one of the time zones compiled into the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownZone {
    pub name: String,
    /// A compiled-in zone whose name is close, to suggest.
    pub suggestion: Option<&'static str>,
}

impl fmt::Display for UnknownZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown time zone \"{}\"", self.name)?;
        if let Some(suggestion) = self.suggestion {
            write!(f, " (did you mean \"{suggestion}\"?)")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownZone {}

impl Zone {
    /// The zone with this IANA name, e.g. `"Europe/Oslo"`.
    ///
    /// ```
    /// use sla_desk::domain::calendar::zone::Zone;
    /// assert_eq!(Zone::from_name("Europe/Oslo").unwrap().name(), "Europe/Oslo");
    /// let error = Zone::from_name("Europe/Olso").unwrap_err();
    /// assert_eq!(error.to_string(), "unknown time zone \"Europe/Olso\" (did you mean \"Europe/Oslo\"?)");
    /// ```
    pub fn from_name(name: &str) -> Result<Zone, UnknownZone> {
        let tz: Tz = name.parse().map_err(|_| UnknownZone {
            name: name.to_string(),
            suggestion: suggest(name),
        })?;
        Ok(Zone {
            tz,
            spans: offset_spans(tz),
        })
    }

    /// The IANA name.
    pub fn name(&self) -> &'static str {
        self.tz.name()
    }

    /// The chrono-tz zone, to show instants in the team's local time.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// The index of the span containing `utc_ms`.
    pub(super) fn span_index(&self, utc_ms: i64) -> usize {
        self.spans
            .partition_point(|span| span.start <= utc_ms)
            .saturating_sub(1)
    }

    /// The span at `index` and the UTC instant where it ends (`i64::MAX` for the last).
    pub(super) fn span(&self, index: usize) -> (Span, i64) {
        let span = self.spans[index.min(self.spans.len() - 1)];
        let end = self
            .spans
            .get(index + 1)
            .map_or(i64::MAX, |next| next.start);
        (span, end)
    }

    /// The same local wall time `days` days after `start`. In a gap (a wall time skipped by a
    /// daylight-saving change) the first instant after the gap; in an overlap the earlier one.
    pub fn add_days(&self, start: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        let local = start.with_timezone(&self.tz).naive_local();
        let Some(target) = local.checked_add_signed(Duration::days(days)) else {
            return start;
        };
        self.from_local(target)
            .unwrap_or_else(|| start + Duration::days(days))
    }

    /// The instant a local wall time denotes: the earlier one in an overlap, the first instant
    /// after the gap in a gap.
    pub fn from_local(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        match self.tz.from_local_datetime(&local) {
            LocalResult::Single(time) | LocalResult::Ambiguous(time, _) => {
                Some(time.with_timezone(&Utc))
            }
            LocalResult::None => GapInfo::new(&local, &self.tz)
                .and_then(|gap| gap.end)
                .map(|time| time.with_timezone(&Utc)),
        }
    }
}

fn offset_ms(tz: Tz, utc_ms: i64) -> i64 {
    DateTime::from_timestamp_millis(utc_ms).map_or(0, |utc| {
        i64::from(
            tz.offset_from_utc_datetime(&utc.naive_utc())
                .fix()
                .local_minus_utc(),
        ) * 1000
    })
}

/// The zone's offset changes over the supported range, found by sampling once a day and
/// bisecting to the second. This assumes no zone changes its offset twice within one day and
/// back again, which holds for every zone in the IANA database.
fn offset_spans(tz: Tz) -> Vec<Span> {
    let first = RANGE_START_MS - 2 * DAY_MS;
    let last = RANGE_END_MS + 2 * DAY_MS;
    let mut spans = vec![Span {
        start: i64::MIN,
        offset: offset_ms(tz, first),
    }];
    let mut before = first;
    while before < last {
        let after = before + DAY_MS;
        let current = spans[spans.len() - 1].offset;
        let offset = offset_ms(tz, after);
        if offset != current {
            let (mut low, mut high) = (before, after);
            while high - low > 1000 {
                // Offsets change on whole seconds, so bisect on whole seconds.
                let middle = low + (high - low) / 2000 * 1000;
                if offset_ms(tz, middle) == current {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            spans.push(Span {
                start: high,
                offset: offset_ms(tz, high),
            });
        }
        before = after;
    }
    spans
}

/// A compiled-in zone whose name differs from `name` by case or at most two edits.
fn suggest(name: &str) -> Option<&'static str> {
    let wanted = name.to_ascii_lowercase();
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| {
            (
                edit_distance(&tz.name().to_ascii_lowercase(), &wanted),
                tz.name(),
            )
        })
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, name)| name)
}

/// Levenshtein distance, counting a swap of two neighbouring letters as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = rows[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitution.min(rows[i - 1][j] + 1).min(rows[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oslo_changes_twice_a_year() {
        let zone = Zone::from_name("Europe/Oslo").unwrap();
        let spring = DateTime::parse_from_rfc3339("2026-03-29T01:00:00Z")
            .unwrap()
            .timestamp_millis();
        let index = zone.span_index(spring);
        let (span, _) = zone.span(index);
        assert_eq!((span.start, span.offset), (spring, 7_200_000));
        assert_eq!(zone.span(index - 1).0.offset, 3_600_000);
    }

    #[test]
    fn utc_has_one_span() {
        assert_eq!(Zone::from_name("UTC").unwrap().spans.len(), 1);
    }

    #[test]
    fn no_suggestion_for_nonsense() {
        assert_eq!(
            Zone::from_name("Mars/Olympus").unwrap_err().suggestion,
            None
        );
    }
}
