//! Wall-clock times, opening intervals, the weekly schedule and special days: the parts of a
//! calendar written in the team's local time.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A time of day on the wall clock, `"00:00"` to `"24:00"`, to the minute.
///
/// `24:00` exists so that a day can be open up to its very end: `00:00-24:00` is a whole day
/// with no closed minute at midnight, which `00:00-23:59` would not be.
///
/// ```
/// use sla_desk::domain::calendar::schedule::WallTime;
/// let close: WallTime = "24:00".parse().unwrap();
/// assert_eq!(close.minutes(), 1440);
/// assert_eq!(close.to_string(), "24:00");
/// assert!("25:00".parse::<WallTime>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WallTime(u16);

impl WallTime {
    /// The time `hour:minute`, if it is between `00:00` and `24:00`.
    pub fn new(hour: u32, minute: u32) -> Option<WallTime> {
        let minutes = hour.checked_mul(60)?.checked_add(minute)?;
        (minute < 60 && minutes <= 24 * 60).then_some(WallTime(minutes as u16))
    }

    /// The full hour `hour:00`; `hour` is clamped to 24.
    pub const fn hour(hour: u16) -> WallTime {
        WallTime(if hour > 24 { 24 * 60 } else { hour * 60 })
    }

    /// Minutes since the start of the day (0 to 1440).
    pub fn minutes(self) -> u32 {
        u32::from(self.0)
    }
}

/// Text that is not a time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadWallTime(pub String);

impl fmt::Display for BadWallTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a time of day (write HH:MM, from 00:00 to 24:00)",
            self.0
        )
    }
}

impl std::error::Error for BadWallTime {}

impl std::str::FromStr for WallTime {
    type Err = BadWallTime;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadWallTime(text.to_string());
        let (hour, minute) = text.trim().split_once(':').ok_or_else(bad)?;
        let digits = |part: &str| {
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        match (digits(hour), digits(minute)) {
            (Some(hour), Some(minute)) => WallTime::new(hour, minute).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for WallTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for WallTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for WallTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Open from `open` (inclusive) to `close` (exclusive), local wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WallInterval {
    pub open: WallTime,
    pub close: WallTime,
}

impl WallInterval {
    /// `open`-`close`; `None` unless both are times of day (`"HH:MM"`).
    ///
    /// ```
    /// use sla_desk::domain::calendar::schedule::WallInterval;
    /// let morning = WallInterval::parse("08:00", "12:00").unwrap();
    /// assert_eq!(morning.to_string(), "08:00-12:00");
    /// ```
    pub fn parse(open: &str, close: &str) -> Option<WallInterval> {
        Some(WallInterval {
            open: open.parse().ok()?,
            close: close.parse().ok()?,
        })
    }
}

impl fmt::Display for WallInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.open, self.close)
    }
}

/// For each weekday, the intervals the team is open (any number; none means closed).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WeeklySchedule {
    pub monday: Vec<WallInterval>,
    pub tuesday: Vec<WallInterval>,
    pub wednesday: Vec<WallInterval>,
    pub thursday: Vec<WallInterval>,
    pub friday: Vec<WallInterval>,
    pub saturday: Vec<WallInterval>,
    pub sunday: Vec<WallInterval>,
}

impl WeeklySchedule {
    /// The same intervals on Monday to Friday, closed at weekends.
    pub fn weekdays(intervals: &[WallInterval]) -> WeeklySchedule {
        let day = intervals.to_vec();
        WeeklySchedule {
            monday: day.clone(),
            tuesday: day.clone(),
            wednesday: day.clone(),
            thursday: day.clone(),
            friday: day,
            ..WeeklySchedule::default()
        }
    }

    /// The same intervals on all seven days.
    pub fn every_day(intervals: &[WallInterval]) -> WeeklySchedule {
        let mut week = WeeklySchedule::weekdays(intervals);
        week.saturday = intervals.to_vec();
        week.sunday = intervals.to_vec();
        week
    }

    /// The intervals of one weekday.
    pub fn day(&self, weekday: Weekday) -> &[WallInterval] {
        match weekday {
            Weekday::Mon => &self.monday,
            Weekday::Tue => &self.tuesday,
            Weekday::Wed => &self.wednesday,
            Weekday::Thu => &self.thursday,
            Weekday::Fri => &self.friday,
            Weekday::Sat => &self.saturday,
            Weekday::Sun => &self.sunday,
        }
    }
}

impl WeeklySchedule {
    /// The intervals of one weekday, to edit.
    pub fn day_mut(&mut self, weekday: Weekday) -> &mut Vec<WallInterval> {
        match weekday {
            Weekday::Mon => &mut self.monday,
            Weekday::Tue => &mut self.tuesday,
            Weekday::Wed => &mut self.wednesday,
            Weekday::Thu => &mut self.thursday,
            Weekday::Fri => &mut self.friday,
            Weekday::Sat => &mut self.saturday,
            Weekday::Sun => &mut self.sunday,
        }
    }
}

/// The lower-case English name used for a weekday in the policy JSON and in error paths.
pub fn weekday_field(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

/// A date whose intervals replace the weekly schedule, e.g. a half day before a holiday.
/// An empty list closes the date. A holiday on the same date still closes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialDay {
    #[serde(with = "super::dates::iso")]
    pub date: NaiveDate,
    #[serde(default)]
    pub name: String,
    pub intervals: Vec<WallInterval>,
}
