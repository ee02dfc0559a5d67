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

use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, Offset, Utc};
use std::fmt;
use std::sync::Arc;

// `ZONES` and `ZONE_BYTES`, written by build.rs from chrono-tz for the zones named in
// `.cargo/config.toml`.
include!(concat!(env!("OUT_DIR"), "/zones.rs"));

/// More than any zone's distance from UTC (the extremes are -12 and +14 hours).
const MAX_OFFSET_MS: i64 = 26 * 3_600_000;

/// A stretch of time with one UTC offset, from `start` until the next span's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// UTC milliseconds; the first span starts at `i64::MIN`.
    pub start: i64,
    /// Local time minus UTC, in milliseconds.
    pub offset: i64,
}

/// An IANA time zone compiled into the app, with its offset changes. Cheap to clone; two
/// zones are equal when they have the same name.
#[derive(Debug, Clone)]
pub struct Zone {
    name: &'static str,
    spans: Arc<[Span]>,
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name == other.name
    }
}

impl Eq for Zone {}

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
        let found = ZONES
            .binary_search_by(|(zone, _, _)| (*zone).cmp(name))
            .ok()
            .and_then(|index| {
                let (name, start, end) = ZONES[index];
                Some((name, decode(ZONE_BYTES.get(start..end)?)?))
            });
        match found {
            Some((name, spans)) => Ok(Zone {
                name,
                spans: spans.into(),
            }),
            None => Err(UnknownZone {
                name: name.to_string(),
                suggestion: suggest(name),
            }),
        }
    }

    /// The names of every zone compiled in, sorted.
    pub fn names() -> impl Iterator<Item = &'static str> {
        ZONES.iter().map(|(name, _, _)| *name)
    }

    /// The IANA name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The zone's distance from UTC at `t`.
    ///
    /// ```
    /// use sla_desk::domain::calendar::zone::Zone;
    /// let oslo = Zone::from_name("Europe/Oslo").unwrap();
    /// let winter = "2026-12-04T12:00:00Z".parse().unwrap();
    /// let summer = "2026-06-04T12:00:00Z".parse().unwrap();
    /// assert_eq!(oslo.offset_at(winter).local_minus_utc(), 3600);
    /// assert_eq!(oslo.offset_at(summer).local_minus_utc(), 7200);
    /// ```
    pub fn offset_at(&self, t: DateTime<Utc>) -> FixedOffset {
        let (span, _) = self.span(self.span_index(t.timestamp_millis()));
        // Offsets are whole seconds well within a day (build.rs reads them from chrono-tz).
        FixedOffset::east_opt((span.offset / 1000) as i32).unwrap_or_else(|| Utc.fix())
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
        let local = start.naive_utc() + self.offset_at(start);
        let Some(target) = local.checked_add_signed(Duration::days(days)) else {
            return start;
        };
        self.from_local(target)
            .unwrap_or_else(|| start + Duration::days(days))
    }

    /// The instant a local wall time denotes: the earlier one in an overlap, the first instant
    /// after the gap in a gap.
    pub fn from_local(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        let wall = local.and_utc().timestamp_millis();
        // Each span maps the wall time to one instant by its offset; the wall time denotes that
        // instant if it lies in the span. Spans are tried in order, so an overlap gives the
        // earlier instant, and a wall time that passes from after one span to before the next
        // lies in the gap between them.
        let mut index = self.span_index(wall.saturating_sub(MAX_OFFSET_MS));
        loop {
            let (span, end) = self.span(index);
            let utc = wall - span.offset;
            if utc < span.start {
                return DateTime::from_timestamp_millis(span.start);
            }
            if utc < end {
                return DateTime::from_timestamp_millis(utc);
            }
            if index + 1 >= self.spans.len() {
                return None;
            }
            index += 1;
        }
    }
}

/// The spans that build.rs encoded: the offset before the range, then for each change the
/// seconds since the previous one and the new offset, as zigzag varints.
fn decode(mut bytes: &[u8]) -> Option<Vec<Span>> {
    let mut next = || -> Option<i64> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = bytes.split_first()?;
            bytes = rest;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some((value >> 1) as i64 ^ -((value & 1) as i64));
            }
        }
        None
    };
    let mut spans = vec![Span {
        start: i64::MIN,
        offset: next()? * 1000,
    }];
    let mut start = 0;
    while let Some(delta) = next() {
        start += delta;
        spans.push(Span {
            start: start * 1000,
            offset: next()? * 1000,
        });
    }
    Some(spans)
}

/// A compiled-in zone whose name differs from `name` by case or at most two edits.
fn suggest(name: &str) -> Option<&'static str> {
    let wanted = name.to_ascii_lowercase();
    Zone::names()
        .map(|zone| (edit_distance(&zone.to_ascii_lowercase(), &wanted), zone))
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
