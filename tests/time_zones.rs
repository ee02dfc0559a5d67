//! The time-zone table that build.rs compiles into the app, checked against chrono-tz, which
//! serves here as an independent oracle. Native only: it walks every zone over 130 years.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Offset, TimeZone};
use sla_desk::domain::calendar::zone::Zone;

#[test]
fn every_zone_chrono_tz_offers_is_compiled_in_under_its_name() {
    let mut expected: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    expected.sort_unstable();
    assert_eq!(Zone::names().collect::<Vec<_>>(), expected);
}

#[test]
fn every_zone_has_chrono_tzs_offset_from_1970_to_2100() {
    // 3 days and 61 minutes apart: no fixed phase against the day, the hour or the week.
    let step = 3 * 86_400 + 61 * 60;
    for tz in chrono_tz::TZ_VARIANTS {
        let zone = Zone::from_name(tz.name()).expect("every chrono-tz zone is compiled in");
        for seconds in (0..4_133_980_800_i64).step_by(step) {
            let Some(t) = DateTime::from_timestamp(seconds, 0) else {
                continue;
            };
            let expected = tz.offset_from_utc_datetime(&t.naive_utc()).fix();
            assert_eq!(zone.offset_at(t), expected, "{} at {t}", tz.name());
        }
    }
}

#[test]
fn a_change_takes_effect_on_its_second() {
    let oslo = Zone::from_name("Europe/Oslo").expect("Oslo is compiled in");
    let spring: DateTime<chrono::Utc> = "2026-03-29T01:00:00Z".parse().expect("a time");
    let before = spring - chrono::TimeDelta::seconds(1);
    assert_eq!(oslo.offset_at(before).local_minus_utc(), 3600);
    assert_eq!(oslo.offset_at(spring).local_minus_utc(), 7200);
}
