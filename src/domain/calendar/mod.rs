//! The business calendar: when the support team is open, and the arithmetic of business time
//! (SLA rules, sections 3 and 4).
//!
//! [`CalendarSpec`] is the calendar as data (JSON in the policy); [`BusinessCalendar`] is the
//! same calendar checked and compiled for fast questions.
//!
//! Durations of business time are [`chrono::TimeDelta`] (alias `chrono::Duration`), counted to
//! the millisecond; a target of "2 business hours" is `TimeDelta::hours(2)` of open time.
//! Instants are `DateTime<Utc>`, handled to the millisecond, between 1970 and 2100 (the years
//! the zone and holiday tables cover); outside them the calendar is treated as closed and the
//! searches report [`DeadlineError::OutOfRange`].

pub mod dates;
pub mod holidays;
mod range;
pub mod schedule;
mod walk;
pub mod zone;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc, Weekday};
use serde::{Deserialize, Serialize};
use std::fmt;

use holidays::{Holiday, MAX_EASTER_OFFSET};
use range::{RANGE_END_MS, RANGE_START_MS};
use schedule::{weekday_field, SpecialDay, WallInterval, WeeklySchedule};
use walk::{Pauses, Walker};
use zone::Zone;

const FIRST_YEAR: i32 = 1969;
const LAST_YEAR: i32 = 2101;
/// Day number of 0001-01-01 counted back from 1970-01-01, to convert chrono dates.
const UNIX_EPOCH_DAY_FROM_CE: i64 = 719_163;

/// A half-open span of time `[start, end)`, e.g. a pause or an open stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interval {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// A calendar as policy data: time zone, weekly schedule, holidays and special days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarSpec {
    /// IANA name, e.g. `"Europe/Oslo"`.
    pub time_zone: String,
    pub weekly: WeeklySchedule,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
    #[serde(default)]
    pub special_days: Vec<SpecialDay>,
}

impl Default for CalendarSpec {
    /// Europe/Oslo, Monday to Friday 08:00-16:00, Norway's public holidays.
    fn default() -> Self {
        CalendarSpec {
            time_zone: "Europe/Oslo".into(),
            weekly: WeeklySchedule::weekdays(&[WallInterval {
                open: schedule::WallTime::hour(8),
                close: schedule::WallTime::hour(16),
            }]),
            holidays: holidays::norway(),
            special_days: Vec::new(),
        }
    }
}

impl CalendarSpec {
    /// Checks the spec and compiles it; the same as [`BusinessCalendar::new`].
    pub fn compile(&self) -> Result<BusinessCalendar, CalendarError> {
        BusinessCalendar::new(self)
    }

    /// Every problem with the spec, each naming its field (`weekly.monday[1]`, ...).
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if let Err(error) = Zone::from_name(&self.time_zone) {
            problems.push(FieldError::new("time_zone", error.to_string()));
        }
        for weekday in WEEK {
            let path = format!("weekly.{}", weekday_field(weekday));
            check_intervals(&path, self.weekly.day(weekday), &mut problems);
        }
        for (index, holiday) in self.holidays.iter().enumerate() {
            let path = format!("holidays[{index}]");
            match holiday.rule {
                holidays::HolidayRule::Yearly { month, day }
                    if NaiveDate::from_ymd_opt(2000, month, day).is_none() =>
                {
                    problems.push(FieldError::new(
                        path,
                        format!("month {month}, day {day} is not a date"),
                    ))
                }
                holidays::HolidayRule::Easter { offset_days }
                    if offset_days.abs() > MAX_EASTER_OFFSET =>
                {
                    problems.push(FieldError::new(
                        path,
                        format!(
                            "{offset_days} days from Easter is too far (at most {MAX_EASTER_OFFSET} either way)"
                        ),
                    ))
                }
                _ => {}
            }
        }
        for (index, special) in self.special_days.iter().enumerate() {
            let path = format!("special_days[{index}]");
            if let Some(first) = self.special_days[..index]
                .iter()
                .position(|other| other.date == special.date)
            {
                problems.push(FieldError::new(
                    &path,
                    format!("{} is listed twice (first at [{first}])", special.date),
                ));
            }
            check_intervals(
                &format!("{path}.intervals"),
                &special.intervals,
                &mut problems,
            );
        }
        let weekly_open = WEEK.iter().any(|&day| !self.weekly.day(day).is_empty());
        let special_open = self
            .special_days
            .iter()
            .any(|day| !day.intervals.is_empty());
        if !weekly_open && !special_open {
            problems.push(FieldError::new(
                "weekly",
                "this calendar has no business hours: every weekday is closed",
            ));
        }
        problems
    }
}

/// The days of the week, Monday first.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn check_intervals(path: &str, intervals: &[WallInterval], problems: &mut Vec<FieldError>) {
    for (index, interval) in intervals.iter().enumerate() {
        let here = format!("{path}[{index}]");
        if interval.close < interval.open {
            problems.push(FieldError::new(
                here,
                format!("{interval} closes before it opens"),
            ));
        } else if interval.close == interval.open {
            problems.push(FieldError::new(
                here,
                format!("{interval} is empty (it closes when it opens)"),
            ));
        } else if let Some(other) = intervals[..index].iter().position(|other| {
            other.open < other.close && other.open < interval.close && interval.open < other.close
        }) {
            problems.push(FieldError::new(
                here,
                format!(
                    "{interval} overlaps {} (the interval at [{other}])",
                    intervals[other]
                ),
            ));
        }
    }
}

/// One problem with policy or calendar data: where (`weekly.monday[1]`) and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `calendar.weekly.monday[1]`.
    pub path: String,
    pub message: String,
}

impl FieldError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The same problem, with `prefix.` put before its path.
    pub fn within(mut self, prefix: &str) -> FieldError {
        self.path = format!("{prefix}.{}", self.path);
        self
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a calendar spec does not compile: every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarError {
    pub problems: Vec<FieldError>,
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CalendarError {}

/// Why a search for open time failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineError {
    /// No open time in the 400 days after `after` (SLA rules, section 3).
    NoBusinessHours { after: DateTime<Utc> },
    /// The search reached an instant outside 1970-2100, which the calendar does not cover.
    OutOfRange { at: DateTime<Utc> },
}

impl DeadlineError {
    fn no_business_hours(after_ms: i64) -> DeadlineError {
        DeadlineError::NoBusinessHours {
            after: instant(after_ms),
        }
    }

    fn out_of_range(at_ms: i64) -> DeadlineError {
        DeadlineError::OutOfRange { at: instant(at_ms) }
    }
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeadlineError::NoBusinessHours { after } => write!(
                f,
                "this calendar has no business hours (none in the 400 days after {after})"
            ),
            DeadlineError::OutOfRange { at } => write!(
                f,
                "{at} is outside the years this calendar covers (1970 to 2100)"
            ),
        }
    }
}

impl std::error::Error for DeadlineError {}

fn instant(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - UNIX_EPOCH_DAY_FROM_CE
}

fn to_ms_of_day(intervals: &[WallInterval]) -> Vec<(i64, i64)> {
    let mut list: Vec<(i64, i64)> = intervals
        .iter()
        .map(|interval| {
            (
                i64::from(interval.open.minutes()) * 60_000,
                i64::from(interval.close.minutes()) * 60_000,
            )
        })
        .collect();
    list.sort_unstable();
    list
}

/// A checked, compiled calendar. Cheap to query; build it once per policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessCalendar {
    spec: CalendarSpec,
    zone: Zone,
    /// Open intervals of each weekday (Monday first), milliseconds since local midnight.
    weekly: [Vec<(i64, i64)>; 7],
    /// Open time in a week without exceptions.
    week_ms: i64,
    /// Holidays (no intervals) and special days, by local day number, sorted.
    exceptions: Vec<(i64, Vec<(i64, i64)>)>,
}

impl BusinessCalendar {
    /// Checks `spec` and compiles it.
    pub fn new(spec: &CalendarSpec) -> Result<BusinessCalendar, CalendarError> {
        let problems = spec.problems();
        let zone = match Zone::from_name(&spec.time_zone) {
            Ok(zone) if problems.is_empty() => zone,
            _ => return Err(CalendarError { problems }),
        };
        let weekly = WEEK.map(|day| to_ms_of_day(spec.weekly.day(day)));
        let week_ms = weekly
            .iter()
            .flatten()
            .map(|(open, close)| close - open)
            .sum();
        let mut exceptions: Vec<(i64, Vec<(i64, i64)>)> = spec
            .special_days
            .iter()
            .map(|special| (day_number(special.date), to_ms_of_day(&special.intervals)))
            .collect();
        for year in FIRST_YEAR..=LAST_YEAR {
            for holiday in &spec.holidays {
                if let Some(date) = holiday.rule.date_in(year) {
                    exceptions.push((day_number(date), Vec::new()));
                }
            }
        }
        // A holiday closes its date even when it is also a special day (SLA rules, section 3):
        // sorting puts the empty list first and dedup keeps it.
        exceptions.sort();
        exceptions.dedup_by_key(|(day, _)| *day);
        Ok(BusinessCalendar {
            spec: spec.clone(),
            zone,
            weekly,
            week_ms,
            exceptions,
        })
    }

    /// The spec this calendar was compiled from.
    pub fn spec(&self) -> &CalendarSpec {
        &self.spec
    }

    /// The team's time zone.
    pub fn time_zone(&self) -> &Zone {
        &self.zone
    }

    /// The index of the first holiday or special day at or after local day `day`.
    fn exception_index(&self, day: i64) -> usize {
        self.exceptions.partition_point(|(date, _)| *date < day)
    }

    /// The local day of exception `index` (`i64::MAX` past the last).
    fn exception_day(&self, index: usize) -> i64 {
        self.exceptions
            .get(index)
            .map_or(i64::MAX, |(date, _)| *date)
    }

    /// Open intervals of local day `day`, milliseconds since its midnight; `index` is
    /// [`Self::exception_index`] of `day`.
    fn day_intervals(&self, day: i64, index: usize) -> &[(i64, i64)] {
        match self.exceptions.get(index) {
            Some((date, intervals)) if *date == day => intervals,
            _ => &self.weekly[(day + 3).rem_euclid(7) as usize],
        }
    }

    /// Whether the team is open at `t`.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use sla_desk::domain::calendar::BusinessCalendar;
    /// let calendar = BusinessCalendar::new(&Default::default()).unwrap();
    /// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    /// assert!(calendar.is_open(at("2026-12-07T07:00:00Z"))); // Monday 08:00 in Oslo
    /// assert!(!calendar.is_open(at("2026-12-07T15:00:00Z"))); // Monday 16:00 in Oslo
    /// assert!(!calendar.is_open(at("2026-12-25T10:00:00Z"))); // Christmas Day
    /// ```
    pub fn is_open(&self, t: DateTime<Utc>) -> bool {
        let t = t.timestamp_millis();
        Walker::new(self, t)
            .and_then(|mut walker| walker.next_piece())
            .is_ok_and(|(start, _)| start == t)
    }

    /// The first open instant at or after `t` (`t` itself if open).
    pub fn next_opening(&self, t: DateTime<Utc>) -> Result<DateTime<Utc>, DeadlineError> {
        let mut walker = Walker::new(self, t.timestamp_millis())?;
        let (start, _) = walker.next_piece()?;
        Ok(instant(start))
    }

    /// The open stretches from `from` on, in order; the first starts at `from` if it is open.
    /// Stretches may touch (at midnight, or where the UTC offset changes). The iterator ends
    /// after 400 days without open time, or at the end of 2100.
    pub fn open_intervals(&self, from: DateTime<Utc>) -> OpenIntervals<'_> {
        OpenIntervals {
            walker: Walker::new(self, from.timestamp_millis()).ok(),
        }
    }

    /// Open time in `[from, to)` that is not inside one of `pauses`.
    ///
    /// ```
    /// use chrono::{DateTime, TimeDelta, Utc};
    /// use sla_desk::domain::calendar::BusinessCalendar;
    /// let calendar = BusinessCalendar::new(&Default::default()).unwrap();
    /// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    /// // Friday 15:30 to Monday 08:30 in Oslo: half an hour on each side of the weekend.
    /// let open = calendar.open_time(at("2026-12-04T14:30:00Z"), at("2026-12-07T07:30:00Z"), &[]);
    /// assert_eq!(open, TimeDelta::minutes(60));
    /// ```
    pub fn open_time(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        pauses: &[Interval],
    ) -> TimeDelta {
        let (from, to) = (from.timestamp_millis(), to.timestamp_millis());
        if to <= from {
            return TimeDelta::zero();
        }
        let Ok(mut walker) = Walker::new(self, from) else {
            return TimeDelta::zero();
        };
        let mut pauses = Pauses::new(pauses, from);
        let mut left = i64::MAX;
        loop {
            if let Some(end) = pauses.covering(walker.cursor()) {
                walker.advance_to(end);
            }
            if walker.cursor() >= to {
                break;
            }
            left -= walker.skip_weeks(i64::MAX, pauses.next_start().min(to));
            match walker.next_piece() {
                Ok((start, end)) if start < to => {
                    pauses.consume(start, end.min(to), &mut left);
                }
                _ => break,
            }
        }
        TimeDelta::milliseconds(i64::MAX - left)
    }

    /// The earliest instant `D` at or after `start` such that the open time in `[start, D)`,
    /// outside `pauses`, equals `target` (SLA rules, section 4). A target that uses up a day
    /// exactly ends at its close, not at the next opening; a target of zero (or less) gives
    /// `start`.
    ///
    /// ```
    /// use chrono::{DateTime, TimeDelta, Utc};
    /// use sla_desk::domain::calendar::{BusinessCalendar, Interval};
    /// let calendar = BusinessCalendar::new(&Default::default()).unwrap();
    /// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    /// // Submitted Friday 2026-12-04 15:30 in Oslo; one business hour ends Monday 08:30.
    /// let friday = at("2026-12-04T14:30:00Z");
    /// assert_eq!(calendar.deadline(friday, TimeDelta::hours(1), &[]), Ok(at("2026-12-07T07:30:00Z")));
    /// // Waiting on the customer from Friday 15:45 to Monday 09:00 adds only the 15 open minutes.
    /// let pause = Interval { start: at("2026-12-04T14:45:00Z"), end: at("2026-12-07T08:00:00Z") };
    /// assert_eq!(calendar.deadline(friday, TimeDelta::hours(1), &[pause]), Ok(at("2026-12-07T08:45:00Z")));
    /// ```
    pub fn deadline(
        &self,
        start: DateTime<Utc>,
        target: TimeDelta,
        pauses: &[Interval],
    ) -> Result<DateTime<Utc>, DeadlineError> {
        let mut left = target.num_milliseconds();
        if left <= 0 {
            return Ok(start);
        }
        let start = start.timestamp_millis();
        let mut walker = Walker::new(self, start)?;
        let mut pauses = Pauses::new(pauses, start);
        loop {
            if let Some(end) = pauses.covering(walker.cursor()) {
                walker.advance_to(end);
            }
            left -= walker.skip_weeks(left, pauses.next_start());
            let (open, close) = walker.next_piece()?;
            if let Some(deadline) = pauses.consume(open, close, &mut left) {
                return Ok(instant(deadline));
            }
        }
    }

    /// The same local wall time `days` days after `start`, in the calendar's zone (a
    /// calendar-days target; SLA rules, section 4). In a daylight-saving gap, the first instant
    /// after it; in an overlap, the earlier instant.
    pub fn add_calendar_days(&self, start: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        self.zone.add_days(start, days)
    }
}

/// Open stretches of a calendar, from [`BusinessCalendar::open_intervals`].
pub struct OpenIntervals<'c> {
    walker: Option<Walker<'c>>,
}

impl Iterator for OpenIntervals<'_> {
    type Item = Interval;

    fn next(&mut self) -> Option<Interval> {
        let walker = self.walker.as_mut()?;
        match walker.next_piece() {
            Ok((start, end)) => Some(Interval {
                start: instant(start),
                end: instant(end),
            }),
            Err(_) => {
                self.walker = None;
                None
            }
        }
    }
}
