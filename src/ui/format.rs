//! How times and durations read on screen. Pure functions, tested natively.

use crate::domain::calendar::dates::{hours_minutes, month_name, short, weekday_name};
use chrono::{DateTime, Datelike, FixedOffset, Utc};
use std::fmt::Write;

/// A duration in whole minutes as people say it: "45 min", "2 h", "1 h 30 min", "3 d 4 h".
///
/// Days here are 24-hour days; business time is given in hours and minutes.
///
/// ```
/// use sla_desk::ui::format::minutes;
/// assert_eq!(minutes(0), "0 min");
/// assert_eq!(minutes(90), "1 h 30 min");
/// assert_eq!(minutes(-120), "2 h");
/// assert_eq!(minutes(60 * 24 * 3 + 60 * 4), "3 d 4 h");
/// ```
pub fn minutes(total: i64) -> String {
    let total = total.unsigned_abs();
    let (days, hours, mins) = (total / 1440, total / 60 % 24, total % 60);
    // Two units are precise enough for a countdown and short enough to scan. Written into one
    // string: every countdown on screen is formatted again each minute.
    let mut words = String::new();
    for (amount, unit) in [(days, "d"), (hours, "h"), (mins, "min")]
        .into_iter()
        .filter(|(amount, _)| *amount > 0)
        .take(2)
    {
        if !words.is_empty() {
            words.push(' ');
        }
        let _ = write!(words, "{amount} {unit}");
    }
    if words.is_empty() {
        words.push_str("0 min");
    }
    words
}

/// How far `deadline` is from `now`: "in 2 h 30 min", "1 h 5 min ago", or "now".
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use sla_desk::ui::format::countdown;
/// let now = Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 0).unwrap();
/// assert_eq!(countdown(now, Utc.with_ymd_and_hms(2026, 12, 7, 9, 30, 0).unwrap()), "in 1 h 30 min");
/// // A part of a minute still to go counts as a minute, until the deadline has passed.
/// assert_eq!(countdown(now, Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 20).unwrap()), "in 1 min");
/// assert_eq!(countdown(now, Utc.with_ymd_and_hms(2026, 12, 7, 7, 55, 0).unwrap()), "5 min ago");
/// assert_eq!(countdown(now, now), "now");
/// ```
pub fn countdown(now: DateTime<Utc>, deadline: DateTime<Utc>) -> String {
    let seconds = (deadline - now).num_seconds();
    // Round towards "later" so a deadline never reads as passed before it has.
    let whole_minutes = seconds.div_euclid(60) + i64::from(seconds.rem_euclid(60) > 0);
    match whole_minutes {
        0 => "now".to_string(),
        ahead if ahead > 0 => format!("in {}", minutes(ahead)),
        behind => format!("{} ago", minutes(behind)),
    }
}

/// An instant as a wall-clock time at `offset`: "Mon 7 Dec 2026, 08:30".
///
/// ```
/// use chrono::{FixedOffset, TimeZone, Utc};
/// use sla_desk::ui::format::wall_time;
/// let t = Utc.with_ymd_and_hms(2026, 12, 7, 7, 30, 0).unwrap();
/// assert_eq!(wall_time(t, FixedOffset::east_opt(3600).unwrap()), "Mon 7 Dec 2026, 08:30");
/// ```
pub fn wall_time(t: DateTime<Utc>, offset: FixedOffset) -> String {
    let local = t.with_timezone(&offset).naive_local();
    format!(
        "{} {} {} {}, {}",
        short(weekday_name(local.weekday())),
        local.day(),
        short(month_name(local.month())),
        local.year(),
        hours_minutes(local)
    )
}

/// The city of an IANA zone name, for labels: "Europe/Oslo" reads "Oslo",
/// "America/Argentina/Buenos_Aires" reads "Buenos Aires".
///
/// ```
/// use sla_desk::ui::format::zone_city;
/// assert_eq!(zone_city("Europe/Oslo"), "Oslo");
/// assert_eq!(zone_city("America/Argentina/Buenos_Aires"), "Buenos Aires");
/// assert_eq!(zone_city("UTC"), "UTC");
/// ```
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}
