//! Holiday rules: fixed dates, yearly dates and dates that follow Easter.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// One holiday: a whole local date on which the team is closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredHoliday")]
pub struct Holiday {
    pub name: String,
    #[serde(flatten)]
    pub rule: HolidayRule,
}

/// A holiday as JSON holds it: one flat object, `{"name": ..., "rule": "yearly", "month": 5,
/// "day": 17}`. Read as this plain struct and then checked, for the reason given at
/// `StoredEvent` in `case.rs`.
#[derive(Deserialize)]
struct StoredHoliday {
    name: String,
    rule: String,
    #[serde(default, with = "super::dates::iso_option")]
    date: Option<NaiveDate>,
    month: Option<u32>,
    day: Option<u32>,
    offset_days: Option<i32>,
}

impl TryFrom<StoredHoliday> for Holiday {
    type Error = String;

    fn try_from(stored: StoredHoliday) -> Result<Holiday, String> {
        let missing = |field: &str| format!("missing field `{field}`");
        let rule = match stored.rule.as_str() {
            "fixed" => HolidayRule::Fixed {
                date: stored.date.ok_or_else(|| missing("date"))?,
            },
            "yearly" => HolidayRule::Yearly {
                month: stored.month.ok_or_else(|| missing("month"))?,
                day: stored.day.ok_or_else(|| missing("day"))?,
            },
            "easter" => HolidayRule::Easter {
                offset_days: stored.offset_days.ok_or_else(|| missing("offset_days"))?,
            },
            other => {
                return Err(format!(
                    "unknown holiday rule `{other}`, expected `fixed`, `yearly` or `easter`"
                ))
            }
        };
        Ok(Holiday {
            name: stored.name,
            rule,
        })
    }
}

/// When a holiday falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum HolidayRule {
    /// Once, on this date.
    Fixed {
        #[serde(with = "super::dates::iso")]
        date: NaiveDate,
    },
    /// Every year on this month and day (29 February only in leap years).
    Yearly { month: u32, day: u32 },
    /// Every year, this many days after Easter Sunday (negative: before).
    Easter { offset_days: i32 },
}

/// The furthest an Easter-relative holiday may lie from Easter Sunday, so that its dates can be
/// found by looking at the neighbouring years only.
pub const MAX_EASTER_OFFSET: i32 = 300;

impl HolidayRule {
    /// The date this rule gives in `year`, if any.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use sla_desk::domain::calendar::holidays::HolidayRule;
    /// let ascension = HolidayRule::Easter { offset_days: 39 };
    /// assert_eq!(ascension.date_in(2026), NaiveDate::from_ymd_opt(2026, 5, 14));
    /// ```
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        match self {
            HolidayRule::Fixed { date } => (date.year() == year).then_some(date),
            HolidayRule::Yearly { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            HolidayRule::Easter { offset_days } => {
                let easter = easter_sunday(year)?;
                let shift = Days::new(u64::from(offset_days.unsigned_abs()));
                let date = if offset_days < 0 {
                    easter.checked_sub_days(shift)
                } else {
                    easter.checked_add_days(shift)
                }?;
                (date.year() == year).then_some(date)
            }
        }
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus of Meeus/Jones/Butcher).
///
/// ```
/// use chrono::NaiveDate;
/// use sla_desk::domain::calendar::holidays::easter_sunday;
/// assert_eq!(easter_sunday(2026), NaiveDate::from_ymd_opt(2026, 4, 5));
/// assert_eq!(easter_sunday(2027), NaiveDate::from_ymd_opt(2027, 3, 28));
/// ```
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// Norway's public holidays (helligdager and høytidsdager), the default calendar's holidays.
pub fn norway() -> Vec<Holiday> {
    let yearly = |name: &str, month, day| Holiday {
        name: name.into(),
        rule: HolidayRule::Yearly { month, day },
    };
    let easter = |name: &str, offset_days| Holiday {
        name: name.into(),
        rule: HolidayRule::Easter { offset_days },
    };
    vec![
        yearly("New Year's Day", 1, 1),
        easter("Maundy Thursday", -3),
        easter("Good Friday", -2),
        easter("Easter Sunday", 0),
        easter("Easter Monday", 1),
        yearly("Labour Day", 5, 1),
        yearly("Constitution Day", 5, 17),
        easter("Ascension Day", 39),
        easter("Whit Sunday", 49),
        easter("Whit Monday", 50),
        yearly("Christmas Day", 12, 25),
        yearly("Boxing Day", 12, 26),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_matches_known_dates() {
        for (year, month, day) in [
            (1961, 4, 2),
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(
                easter_sunday(year),
                NaiveDate::from_ymd_opt(year, month, day)
            );
        }
    }

    #[test]
    fn norway_2026_has_twelve_holidays_in_2026() {
        let dates: Vec<_> = norway()
            .iter()
            .filter_map(|holiday| holiday.rule.date_in(2026))
            .map(|date| format!("{:02}-{:02}", date.month(), date.day()))
            .collect();
        assert_eq!(
            dates,
            [
                "01-01", "04-02", "04-03", "04-05", "04-06", "05-01", "05-17", "05-14", "05-24",
                "05-25", "12-25", "12-26"
            ]
        );
    }

    #[test]
    fn leap_day_only_in_leap_years() {
        let rule = HolidayRule::Yearly { month: 2, day: 29 };
        assert!(rule.date_in(2028).is_some());
        assert!(rule.date_in(2027).is_none());
    }

    #[test]
    fn a_holiday_json_cannot_read_is_refused_in_words() {
        let read = |json: &str| serde_json::from_str::<Holiday>(json).map_err(|e| e.to_string());
        let fixed = read(r#"{"name":"Launch","rule":"fixed","date":"2026-12-24"}"#).unwrap();
        assert_eq!(
            fixed.rule,
            HolidayRule::Fixed {
                date: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap()
            }
        );
        assert!(read(r#"{"name":"X","rule":"yearly","month":5}"#)
            .unwrap_err()
            .starts_with("missing field `day`"));
        assert!(read(r#"{"name":"X","rule":"fixed","date":"24.12.2026"}"#)
            .unwrap_err()
            .starts_with("\"24.12.2026\" is not a date (write YYYY-MM-DD)"));
        assert!(read(r#"{"name":"X","rule":"lunar"}"#)
            .unwrap_err()
            .starts_with("unknown holiday rule `lunar`"));
    }
}
