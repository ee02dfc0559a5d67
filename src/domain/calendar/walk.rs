//! The walk over open time: the one loop every calendar operation is built on.
//!
//! Instants are UTC milliseconds, local times are "local milliseconds" (UTC milliseconds plus
//! the offset) and local dates are day numbers since 1970-01-01, so the hot loop does integer
//! arithmetic only and allocates nothing.

use super::{BusinessCalendar, DeadlineError, RANGE_END_MS, RANGE_START_MS};

pub(super) const DAY_MS: i64 = 86_400_000;
const WEEK_MS: i64 = 7 * DAY_MS;
/// A calendar with no open time for this long has none at all (SLA rules, section 3).
pub(super) const HORIZON_MS: i64 = 400 * DAY_MS;

/// Yields the open stretches of a calendar from an instant on, in order, as UTC milliseconds.
///
/// The outer loop is over spans of constant UTC offset, the inner over the local days a span
/// covers; see `zone.rs` for why this order.
pub(super) struct Walker<'c> {
    calendar: &'c BusinessCalendar,
    span: usize,
    offset: i64,
    span_end: i64,
    cursor: i64,
    /// The local day being walked (days since 1970-01-01) and the next of its intervals.
    day: i64,
    interval: usize,
    /// The first holiday or special day at or after `day`, as an index into the calendar's
    /// list; kept up to date as the walk moves, so a day costs no search.
    exception: usize,
    /// Walking on past this instant without finding open time means there is none.
    horizon: i64,
}

impl<'c> Walker<'c> {
    pub fn new(calendar: &'c BusinessCalendar, from: i64) -> Result<Walker<'c>, DeadlineError> {
        if !(RANGE_START_MS..RANGE_END_MS).contains(&from) {
            return Err(DeadlineError::out_of_range(from));
        }
        let mut walker = Walker {
            calendar,
            span: 0,
            offset: 0,
            span_end: 0,
            cursor: from,
            day: 0,
            interval: 0,
            exception: 0,
            horizon: from.saturating_add(HORIZON_MS),
        };
        walker.enter_span(calendar.zone.span_index(from));
        Ok(walker)
    }

    pub fn cursor(&self) -> i64 {
        self.cursor
    }

    /// Moves forward to `to` (never back), skipping whatever lies between.
    pub fn advance_to(&mut self, to: i64) {
        if to > self.cursor {
            self.cursor = to;
            self.horizon = self.horizon.max(to.saturating_add(HORIZON_MS));
            self.enter_span(self.calendar.zone.span_index(to));
        }
    }

    fn enter_span(&mut self, index: usize) {
        let (span, end) = self.calendar.zone.span(index);
        self.span = index;
        self.offset = span.offset;
        self.span_end = end;
        self.day = (self.cursor + self.offset).div_euclid(DAY_MS);
        self.interval = 0;
        self.exception = self.calendar.exception_index(self.day);
    }

    /// The next open stretch `[start, end)`. Stretches touch where open time continues across
    /// midnight or an offset change.
    pub fn next_piece(&mut self) -> Result<(i64, i64), DeadlineError> {
        loop {
            if self.cursor >= RANGE_END_MS {
                return Err(DeadlineError::out_of_range(self.cursor));
            }
            if self.cursor >= self.horizon {
                return Err(DeadlineError::no_business_hours(self.horizon - HORIZON_MS));
            }
            if self.cursor >= self.span_end {
                self.enter_span(self.span + 1);
                continue;
            }
            let local = self.cursor + self.offset;
            let midnight = self.day * DAY_MS;
            let span_end_local = self.span_end.saturating_add(self.offset);
            let intervals = self.calendar.day_intervals(self.day, self.exception);
            while let Some(&(open, close)) = intervals.get(self.interval) {
                let (open, close) = (midnight + open, midnight + close);
                if close <= local {
                    self.interval += 1;
                    continue;
                }
                if open >= span_end_local {
                    break;
                }
                let end = close.min(span_end_local);
                if end == close {
                    self.interval += 1;
                }
                let start = open.max(local) - self.offset;
                self.cursor = end - self.offset;
                self.horizon = self.cursor.saturating_add(HORIZON_MS);
                return Ok((start, self.cursor));
            }
            if !self.enter_next_day() {
                self.cursor = self.span_end;
            } else if self.calendar.week_ms == 0 {
                self.skip_weeks(1, i64::MAX);
            }
        }
    }

    /// Moves to the next local midnight, unless the offset changes first. Only for when the
    /// rest of the day holds no open time.
    fn enter_next_day(&mut self) -> bool {
        let next_midnight = (self.day + 1) * DAY_MS - self.offset;
        if next_midnight >= self.span_end {
            return false;
        }
        self.cursor = next_midnight;
        self.day += 1;
        self.interval = 0;
        if self.calendar.exception_day(self.exception) < self.day {
            self.exception += 1;
        }
        true
    }

    /// At a local midnight, skips whole weeks that hold less open time than `budget` in all,
    /// contain no holiday, special day or offset change, and end by `limit`. Returns the open
    /// time skipped. This is what keeps a deadline ten business days out under a microsecond.
    pub fn skip_weeks(&mut self, budget: i64, limit: i64) -> i64 {
        if self.cursor != self.day * DAY_MS - self.offset || self.interval != 0 {
            // After a day's last open stretch the walk goes on from the next midnight anyway;
            // going there now lets a long walk (a case breached for months) skip weeks instead
            // of visiting every business day.
            let day_done =
                self.interval >= self.calendar.day_intervals(self.day, self.exception).len();
            if !day_done || !self.enter_next_day() {
                return 0;
            }
        }
        let midnight = self.cursor;
        let week = self.calendar.week_ms;
        let by_budget = if week > 0 {
            (budget - 1) / week
        } else {
            i64::MAX
        };
        let bound = self.span_end.min(limit).min(RANGE_END_MS).min(self.horizon);
        let by_time = (bound - midnight).div_euclid(WEEK_MS);
        let by_exception = (self.calendar.exception_day(self.exception) - self.day) / 7;
        let weeks = by_budget.min(by_time).min(by_exception);
        if weeks <= 0 {
            return 0;
        }
        self.day += 7 * weeks;
        self.cursor = midnight + WEEK_MS * weeks;
        if week > 0 {
            self.horizon = self.cursor.saturating_add(HORIZON_MS);
        }
        week * weeks
    }
}

/// Pauses as sorted, merged UTC millisecond intervals, consumed front to back.
pub(super) struct Pauses {
    list: Vec<(i64, i64)>,
    next: usize,
}

impl Pauses {
    /// The pauses that end after `from`.
    pub fn new(pauses: &[super::Interval], from: i64) -> Pauses {
        let mut list: Vec<(i64, i64)> = pauses
            .iter()
            .map(|pause| (pause.start.timestamp_millis(), pause.end.timestamp_millis()))
            .filter(|&(start, end)| end > start && end > from)
            .collect();
        list.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(list.len());
        for (start, end) in list {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        Pauses {
            list: merged,
            next: 0,
        }
    }

    fn drop_ended(&mut self, at: i64) {
        while self.list.get(self.next).is_some_and(|&(_, end)| end <= at) {
            self.next += 1;
        }
    }

    /// If `at` lies in a pause, where that pause ends.
    pub fn covering(&mut self, at: i64) -> Option<i64> {
        self.drop_ended(at);
        self.list
            .get(self.next)
            .filter(|&&(start, _)| start <= at)
            .map(|&(_, end)| end)
    }

    /// Where the next pause still to come starts.
    pub fn next_start(&self) -> i64 {
        self.list
            .get(self.next)
            .map_or(i64::MAX, |&(start, _)| start)
    }

    /// Counts the unpaused part of `[start, end)` against `left`. If `left` runs out there,
    /// returns the instant it does.
    pub fn consume(&mut self, start: i64, end: i64, left: &mut i64) -> Option<i64> {
        let mut cursor = start;
        while cursor < end {
            self.drop_ended(cursor);
            let (pause_start, pause_end) = self.list.get(self.next).copied().unwrap_or((end, end));
            let part_end = end.min(pause_start.max(cursor));
            let part = part_end - cursor;
            if part >= *left {
                return Some(cursor + *left);
            }
            *left -= part;
            cursor = if pause_start < end {
                pause_end.max(cursor)
            } else {
                end
            };
        }
        None
    }
}
