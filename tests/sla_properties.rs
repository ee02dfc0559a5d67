//! Properties of the business calendar and the SLA engine, checked on generated inputs,
//! including against a minute-by-minute reading of the rules' definition of open time.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Timelike, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use sla_desk::domain::calendar::holidays::{Holiday, HolidayRule};
use sla_desk::domain::calendar::schedule::{SpecialDay, WallInterval, WallTime, WeeklySchedule};
use sla_desk::domain::calendar::{BusinessCalendar, CalendarSpec, Interval};
use sla_desk::domain::case::{Case, CaseEvent, CaseEventKind};
use sla_desk::domain::policy::{Policy, Target};
use sla_desk::domain::priority::PriorityId;
use sla_desk::domain::sla::SlaEngine;
use std::sync::OnceLock;

/// 2026-01-01T00:00Z in minutes since the epoch.
const MINUTES_2026: i64 = 29_456_640;
const TWO_YEARS_MINUTES: i64 = 2 * 365 * 1440;

const ZONES: [&str; 10] = [
    "Europe/Oslo",
    "America/Santiago",
    "Australia/Lord_Howe",
    "America/New_York",
    "Pacific/Pago_Pago",
    "Pacific/Honolulu",
    "Pacific/Chatham",
    "Asia/Kathmandu",
    "America/St_Johns",
    "UTC",
];

fn minute(n: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(n * 60, 0).unwrap()
}

fn oslo_default() -> &'static BusinessCalendar {
    static CALENDAR: OnceLock<BusinessCalendar> = OnceLock::new();
    CALENDAR.get_or_init(|| BusinessCalendar::new(&CalendarSpec::default()).unwrap())
}

fn start_2026_2027() -> impl Strategy<Value = DateTime<Utc>> {
    (MINUTES_2026..MINUTES_2026 + TWO_YEARS_MINUTES).prop_map(minute)
}

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(128)
}

fn intervals() -> impl Strategy<Value = Vec<WallInterval>> {
    // Sorted distinct quarter-hour boundaries, paired up: disjoint intervals by construction.
    prop::collection::btree_set(0u16..=96, 0..6).prop_map(|set| {
        let bounds: Vec<u16> = set.into_iter().collect();
        bounds
            .chunks_exact(2)
            .map(|pair| WallInterval {
                open: WallTime::new(u32::from(pair[0] / 4), u32::from(pair[0] % 4 * 15)).unwrap(),
                close: WallTime::new(u32::from(pair[1] / 4), u32::from(pair[1] % 4 * 15)).unwrap(),
            })
            .collect()
    })
}

fn holiday() -> impl Strategy<Value = Holiday> {
    prop_oneof![
        (1u32..=12, 1u32..=28).prop_map(|(month, day)| HolidayRule::Yearly { month, day }),
        (-10i32..=60).prop_map(|offset_days| HolidayRule::Easter { offset_days }),
        (0i64..730).prop_map(|days| HolidayRule::Fixed {
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + TimeDelta::days(days)
        }),
    ]
    .prop_map(|rule| Holiday {
        name: "generated".into(),
        rule,
    })
}

fn calendar_spec() -> impl Strategy<Value = CalendarSpec> {
    (
        0..ZONES.len(),
        prop::collection::vec(intervals(), 7),
        prop::collection::vec(holiday(), 0..6),
        prop::collection::btree_map(0i64..730, intervals(), 0..4),
    )
        .prop_map(|(zone, days, holidays, specials)| {
            let mut weekly = WeeklySchedule {
                monday: days[0].clone(),
                tuesday: days[1].clone(),
                wednesday: days[2].clone(),
                thursday: days[3].clone(),
                friday: days[4].clone(),
                saturday: days[5].clone(),
                sunday: days[6].clone(),
            };
            if days.iter().all(Vec::is_empty) {
                weekly.monday = vec![WallInterval::parse("09:00", "17:00").unwrap()];
            }
            CalendarSpec {
                time_zone: ZONES[zone].into(),
                weekly,
                holidays,
                special_days: specials
                    .into_iter()
                    .map(|(day, intervals)| SpecialDay {
                        date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + TimeDelta::days(day),
                        name: String::new(),
                        intervals,
                    })
                    .collect(),
            }
        })
}

/// Section 3 read literally, one minute at a time: the instant's local date is not a holiday
/// and its local wall time lies in one of that date's intervals.
fn oracle_is_open(spec: &CalendarSpec, tz: Tz, t: DateTime<Utc>) -> bool {
    let local = t.with_timezone(&tz);
    let date = local.date_naive();
    if spec
        .holidays
        .iter()
        .any(|holiday| holiday.rule.date_in(date.year()) == Some(date))
    {
        return false;
    }
    let intervals = spec
        .special_days
        .iter()
        .find(|special| special.date == date)
        .map_or_else(
            || spec.weekly.day(date.weekday()),
            |special| &special.intervals,
        );
    let wall = local.hour() * 60 + local.minute();
    intervals
        .iter()
        .any(|interval| interval.open.minutes() <= wall && wall < interval.close.minutes())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn deadline_is_never_before_start(start in start_2026_2027(), target in 0i64..20_000) {
        let deadline = oslo_default().deadline(start, TimeDelta::minutes(target), &[]).unwrap();
        prop_assert!(deadline >= start);
    }

    #[test]
    fn open_time_from_start_to_deadline_is_the_target(
        start in start_2026_2027(),
        target in 0i64..20_000,
    ) {
        let target = TimeDelta::minutes(target);
        let calendar = oslo_default();
        let deadline = calendar.deadline(start, target, &[]).unwrap();
        prop_assert_eq!(calendar.open_time(start, deadline, &[]), target);
    }

    #[test]
    fn a_later_start_never_gives_an_earlier_deadline(
        start in start_2026_2027(),
        delay in 0i64..10_000,
        target in 1i64..5_000,
    ) {
        let calendar = oslo_default();
        let target = TimeDelta::minutes(target);
        let early = calendar.deadline(start, target, &[]).unwrap();
        let late = calendar.deadline(start + TimeDelta::minutes(delay), target, &[]).unwrap();
        prop_assert!(late >= early);
    }

    #[test]
    fn adding_a_holiday_never_gives_an_earlier_deadline(
        start in start_2026_2027(),
        target in 1i64..5_000,
        extra in holiday(),
    ) {
        let mut spec = CalendarSpec::default();
        let before = oslo_default().deadline(start, TimeDelta::minutes(target), &[]).unwrap();
        spec.holidays.push(extra);
        let calendar = BusinessCalendar::new(&spec).unwrap();
        let after = calendar.deadline(start, TimeDelta::minutes(target), &[]).unwrap();
        prop_assert!(after >= before);
    }

    #[test]
    fn adding_a_pause_never_gives_an_earlier_deadline_and_pauses_do_not_count(
        start in start_2026_2027(),
        target in 1i64..5_000,
        pauses in prop::collection::vec((0i64..20_000, 1i64..5_000), 0..4),
        extra in (0i64..20_000, 1i64..5_000),
    ) {
        let calendar = oslo_default();
        let to_interval = |(offset, length): (i64, i64)| Interval {
            start: start + TimeDelta::minutes(offset),
            end: start + TimeDelta::minutes(offset + length),
        };
        let mut pauses: Vec<Interval> = pauses.into_iter().map(to_interval).collect();
        let target = TimeDelta::minutes(target);
        let before = calendar.deadline(start, target, &pauses).unwrap();
        prop_assert_eq!(calendar.open_time(start, before, &pauses), target);
        pauses.push(to_interval(extra));
        let after = calendar.deadline(start, target, &pauses).unwrap();
        prop_assert!(after >= before);
        prop_assert_eq!(calendar.open_time(start, after, &pauses), target);
    }

    #[test]
    fn a_deadline_is_open_or_ends_an_open_interval(
        spec in calendar_spec(),
        start in start_2026_2027(),
        target in 1i64..3_000,
    ) {
        let calendar = BusinessCalendar::new(&spec).unwrap();
        if let Ok(deadline) = calendar.deadline(start, TimeDelta::minutes(target), &[]) {
            // The last millisecond counted is open, so the deadline is either an open instant
            // or the end of an open interval.
            prop_assert!(calendar.is_open(deadline - TimeDelta::milliseconds(1)));
        }
    }

    #[test]
    fn deadlines_match_a_minute_by_minute_reading_of_the_rules(
        spec in calendar_spec(),
        start in start_2026_2027(),
        target in 1i64..600,
    ) {
        let calendar = BusinessCalendar::new(&spec).unwrap();
        let tz: Tz = spec.time_zone.parse().unwrap();
        let mut left = target;
        let mut t = start;
        let mut steps = 0;
        while left > 0 && steps < 60 * 1440 {
            if oracle_is_open(&spec, tz, t) {
                left -= 1;
            }
            t += TimeDelta::minutes(1);
            steps += 1;
        }
        prop_assume!(left == 0);
        prop_assert_eq!(calendar.deadline(start, TimeDelta::minutes(target), &[]), Ok(t));
        prop_assert_eq!(calendar.open_time(start, t, &[]), TimeDelta::minutes(target));
    }

    /// Long stretches (a case breached for months) are where the walk skips whole weeks; a
    /// quarter-hour reading of the rules checks every skip, across holidays, special days,
    /// offset changes and pauses. Every boundary here is a quarter hour.
    #[test]
    fn open_time_over_months_matches_a_quarter_hour_reading_of_the_rules(
        spec in calendar_spec(),
        start in start_2026_2027().prop_map(|t| t - TimeDelta::minutes(i64::from(t.minute() % 15))),
        quarters in 0i64..120 * 96,
        pauses in prop::collection::vec((0i64..120 * 96, 1i64..8 * 96), 0..3),
    ) {
        let calendar = BusinessCalendar::new(&spec).unwrap();
        let tz: Tz = spec.time_zone.parse().unwrap();
        let quarter = |n: i64| start + TimeDelta::minutes(15 * n);
        let pauses: Vec<Interval> = pauses
            .into_iter()
            .map(|(from, length)| Interval { start: quarter(from), end: quarter(from + length) })
            .collect();
        let counted = (0..quarters)
            .map(quarter)
            .filter(|&t| oracle_is_open(&spec, tz, t))
            .filter(|&t| !pauses.iter().any(|pause| pause.start <= t && t < pause.end))
            .count();
        let expected = TimeDelta::minutes(15 * counted as i64);
        prop_assert_eq!(calendar.open_time(start, quarter(quarters), &pauses), expected);
    }

    #[test]
    fn round_the_clock_is_the_same_in_every_supported_zone(
        zone in 0..chrono_tz::TZ_VARIANTS.len(),
        start in (0i64..4 * 365 * 1440).prop_map(|m| minute(MINUTES_2026 - 365 * 1440 + m)),
        target in 0i64..20_000,
    ) {
        let calendar = &round_the_clock()[zone];
        let target = TimeDelta::minutes(target);
        prop_assert_eq!(calendar.deadline(start, target, &[]), Ok(start + target));
        prop_assert_eq!(calendar.open_time(start, start + target, &[]), target);
    }

    #[test]
    fn generated_policies_never_panic(
        spec in calendar_spec(),
        targets in prop::collection::vec(target(), 15),
        business_day_minutes in 1i64..=1440,
        at_risk_percent in 0i64..=100,
        start in start_2026_2027(),
        steps in prop::collection::vec((0i64..3_000, 0usize..6), 0..8),
        probes in prop::collection::vec(0i64..20_000, 1..4),
    ) {
        let mut policy = Policy {
            business_day_minutes,
            at_risk_percent,
            calendar: spec,
            ..Policy::default()
        };
        for (index, target) in targets.into_iter().enumerate() {
            let priority = policy.priorities.get_mut(PriorityId::ALL[index / 3]);
            match index % 3 {
                0 => priority.initial_response = target,
                1 => priority.actions_commence = target,
                _ => priority.customer_update = target,
            }
        }
        let engine = SlaEngine::new(policy).unwrap();
        let mut case = Case::new("C-1", "generated", start, PriorityId::P2);
        let mut at = start;
        for (delay, kind) in steps {
            at += TimeDelta::minutes(delay);
            let kind = match kind {
                0 => CaseEventKind::WaitingOnCustomer,
                1 => CaseEventKind::Resumed,
                2 => CaseEventKind::UpdateGiven,
                3 => CaseEventKind::PriorityChanged { to: PriorityId::P1, reason: String::new() },
                4 => CaseEventKind::FirstResponse,
                _ => CaseEventKind::Resolved,
            };
            // Illegal steps are refused, which is fine: the case stays consistent.
            let _ = case.record(CaseEvent { at, kind });
        }
        for probe in probes {
            let _ = engine.clocks(&case, start + TimeDelta::minutes(probe));
        }
    }
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        (0i64..2_000).prop_map(Target::BusinessMinutes),
        (0i64..40).prop_map(Target::BusinessHours),
        (0i64..10).prop_map(Target::BusinessDays),
        (0i64..14).prop_map(Target::CalendarDays),
        Just(Target::None("on request".into())),
    ]
}

fn round_the_clock() -> &'static [BusinessCalendar] {
    static CALENDARS: OnceLock<Vec<BusinessCalendar>> = OnceLock::new();
    CALENDARS.get_or_init(|| {
        chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| {
                BusinessCalendar::new(&CalendarSpec {
                    time_zone: tz.name().into(),
                    weekly: WeeklySchedule::every_day(&[
                        WallInterval::parse("00:00", "24:00").unwrap()
                    ]),
                    holidays: Vec::new(),
                    special_days: Vec::new(),
                })
                .unwrap()
            })
            .collect()
    })
}
