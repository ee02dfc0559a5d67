//! Dates and times as text, written and read by hand.
//!
//! chrono's `format` and `parse_from_str` interpret a pattern at run time and bring their whole
//! machinery (about 20 KB of wasm) for the handful of fixed forms the app uses: ISO dates in
//! the policy JSON and in date inputs, RFC 3339 instants in the case JSON, `datetime-local`
//! values, and the words of a wall time.

use chrono::{
    DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Utc, Weekday,
};
use serde::{Deserialize, Deserializer, Serializer};

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "Monday".
pub fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

/// "December" for month 12 (1 to 12; anything else reads as an empty name).
pub fn month_name(month: u32) -> &'static str {
    MONTHS
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// The first three letters of a weekday's or month's name: "Mon", "Dec".
pub fn short(name: &str) -> &str {
    name.get(..3).unwrap_or(name)
}

/// "08:30".
pub fn hours_minutes(t: NaiveDateTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// A date as ISO 8601, `2026-12-04`, the form of the policy JSON and of date inputs.
///
/// ```
/// use chrono::NaiveDate;
/// use sla_desk::domain::calendar::dates::{iso_date, parse_iso_date};
/// let date = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
/// assert_eq!(iso_date(date), "2026-05-01");
/// assert_eq!(parse_iso_date("2026-05-01"), Some(date));
/// assert_eq!(parse_iso_date("2026-02-30"), None);
/// assert_eq!(parse_iso_date("2026-5-1"), None);
/// ```
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads `YYYY-MM-DD` exactly, or `None`.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let year = number(parts.next()?, 4)?;
    let month = number(parts.next()?, 2)?;
    let day = number(parts.next()?, 2)?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// A wall time as a `datetime-local` input holds it: `2026-12-04T15:30`.
///
/// ```
/// use sla_desk::domain::calendar::dates::{local_date_time, parse_local_date_time};
/// let t = parse_local_date_time("2026-12-04T15:30").unwrap();
/// assert_eq!(local_date_time(t), "2026-12-04T15:30");
/// assert_eq!(parse_local_date_time("2026-12-04 15:30"), None);
/// assert_eq!(parse_local_date_time("2026-12-04T24:00"), None);
/// ```
pub fn local_date_time(t: NaiveDateTime) -> String {
    format!("{}T{}", iso_date(t.date()), hours_minutes(t))
}

/// Reads `YYYY-MM-DDTHH:MM` exactly, or `None`.
pub fn parse_local_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    let (hour, minute) = time.split_once(':')?;
    let time = NaiveTime::from_hms_opt(number(hour, 2)?, number(minute, 2)?, 0)?;
    Some(parse_iso_date(date)?.and_time(time))
}

/// Reads an RFC 3339 instant, as the case JSON stores them: `2026-12-07T08:00:00Z`, with an
/// optional fraction of a second and a `Z` or `±HH:MM` offset (a space or a lower-case `t`
/// between date and time, and a lower-case `z`, as RFC 3339 allows).
///
/// ```
/// use sla_desk::domain::calendar::dates::parse_rfc3339;
/// let t = parse_rfc3339("2026-12-07T08:00:00Z").unwrap();
/// assert_eq!(parse_rfc3339("2026-12-07T09:00:00+01:00"), Some(t));
/// assert_eq!(parse_rfc3339("2026-12-07 08:00:00.250z").unwrap().timestamp_subsec_millis(), 250);
/// assert_eq!(parse_rfc3339("2026-12-07T08:00Z"), None);
/// assert_eq!(parse_rfc3339("2026-12-07T08:00:00"), None);
/// ```
pub fn parse_rfc3339(text: &str) -> Option<DateTime<Utc>> {
    let date = parse_iso_date(text.get(..10)?)?;
    let rest = text.get(10..)?.strip_prefix(['T', 't', ' '])?;
    let (time, mut rest) = (rest.get(..8)?, rest.get(8..)?);
    let mut fields = time.split(':');
    let (hour, minute, second) = (fields.next()?, fields.next()?, fields.next()?);
    let mut nanos = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nanos = number(&fraction[..digits], digits)? * 10_u32.pow(9 - digits as u32);
        rest = &fraction[digits..];
    }
    let offset_seconds = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.get(..1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            let (hours, minutes) = rest.get(1..)?.split_once(':')?;
            sign * (number(hours, 2)? * 3600 + number(minutes, 2)? * 60) as i32
        }
    };
    let time = NaiveTime::from_hms_nano_opt(
        number(hour, 2)?,
        number(minute, 2)?,
        number(second, 2)?,
        nanos,
    )?;
    let local = date.and_time(time);
    let utc = local.checked_sub_signed(TimeDelta::seconds(i64::from(offset_seconds)))?;
    Some(utc.and_utc())
}

/// Serde for reading an instant field written in RFC 3339:
/// `#[serde(deserialize_with = "dates::rfc3339")]`.
pub fn rfc3339<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_rfc3339(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "\"{text}\" is not an instant (write it as 2026-12-07T08:00:00Z)"
        ))
    })
}

/// Exactly `digits` ASCII digits as a number.
fn number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Serde for an optional date field as `YYYY-MM-DD` (reading only).
pub mod iso_option {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        super::iso::deserialize(deserializer).map(Some)
    }
}

/// Serde for a date field as `YYYY-MM-DD`: `#[serde(with = "dates::iso")]`.
pub mod iso {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&iso_date(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_iso_date(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a date (write YYYY-MM-DD)"))
        })
    }
}
