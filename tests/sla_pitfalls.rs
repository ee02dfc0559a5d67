//! Section 7 of the SLA rules: the cases other SLA tools got wrong, each a named test.
//!
//! The same tests run natively and, through wasm-bindgen-test, in headless Chromium, which
//! shows the engine gives the same answers compiled to WebAssembly.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use sla_desk::domain::calendar::holidays::{Holiday, HolidayRule};
use sla_desk::domain::calendar::schedule::{SpecialDay, WallInterval, WeeklySchedule};
use sla_desk::domain::calendar::{BusinessCalendar, CalendarSpec, DeadlineError, Interval};
use sla_desk::domain::case::{Case, CaseEvent, CaseEventKind};
use sla_desk::domain::policy::{ClockKind, Policy, PolicyError, Target};
use sla_desk::domain::priority::PriorityId;
use sla_desk::domain::sla::{ClockStatus, SlaEngine};

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A local wall time that exists exactly once in `zone`, as UTC.
fn local(zone: &str, text: &str) -> DateTime<Utc> {
    let tz: Tz = zone.parse().unwrap();
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
        .unwrap()
        .and_local_timezone(tz)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn interval(open: &str, close: &str) -> WallInterval {
    WallInterval::parse(open, close).unwrap()
}

fn calendar(zone: &str, weekly: WeeklySchedule) -> BusinessCalendar {
    BusinessCalendar::new(&CalendarSpec {
        time_zone: zone.into(),
        weekly,
        holidays: Vec::new(),
        special_days: Vec::new(),
    })
    .unwrap()
}

fn round_the_clock(zone: &str) -> BusinessCalendar {
    calendar(
        zone,
        WeeklySchedule::every_day(&[interval("00:00", "24:00")]),
    )
}

fn oslo_default() -> BusinessCalendar {
    BusinessCalendar::new(&CalendarSpec::default()).unwrap()
}

fn hours(n: i64) -> TimeDelta {
    TimeDelta::hours(n)
}

fn minutes(n: i64) -> TimeDelta {
    TimeDelta::minutes(n)
}

/// Open time of one local date, midnight to midnight.
fn open_on(calendar: &BusinessCalendar, zone: &str, date: &str) -> TimeDelta {
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    let next = day.succ_opt().unwrap();
    let midnight = |date: NaiveDate| {
        let tz: Tz = zone.parse().unwrap();
        date.and_hms_opt(0, 0, 0)
            .unwrap()
            .and_local_timezone(tz)
            .earliest()
            .unwrap_or_else(|| {
                date.and_hms_opt(1, 0, 0)
                    .unwrap()
                    .and_local_timezone(tz)
                    .unwrap()
            })
            .with_timezone(&Utc)
    };
    calendar.open_time(midnight(day), midnight(next), &[])
}

// --- Daylight-saving gaps and overlaps -------------------------------------------------------

#[test]
fn oslo_24x7_deadline_across_the_spring_gap_counts_real_hours() {
    let calendar = round_the_clock("Europe/Oslo");
    // 01:30 CET, half an hour before the clocks jump from 02:00 to 03:00.
    let start = utc("2026-03-29T00:30:00Z");
    assert_eq!(
        calendar.deadline(start, hours(1), &[]),
        Ok(utc("2026-03-29T01:30:00Z"))
    );
    assert_eq!(open_on(&calendar, "Europe/Oslo", "2026-03-29"), hours(23));
}

#[test]
fn oslo_24x7_autumn_overlap_day_has_25_hours() {
    let calendar = round_the_clock("Europe/Oslo");
    assert_eq!(open_on(&calendar, "Europe/Oslo", "2026-10-25"), hours(25));
    // Starting in the first 02:30 (CEST), one hour later is the second 02:30 (CET).
    let start = utc("2026-10-25T00:30:00Z");
    assert_eq!(
        calendar.deadline(start, hours(1), &[]),
        Ok(utc("2026-10-25T01:30:00Z"))
    );
}

#[test]
fn new_york_change_inside_open_hours_shortens_and_lengthens_the_day() {
    let calendar = calendar(
        "America/New_York",
        WeeklySchedule::every_day(&[interval("01:00", "03:00")]),
    );
    assert_eq!(
        open_on(&calendar, "America/New_York", "2026-03-08"),
        hours(1)
    );
    assert_eq!(
        open_on(&calendar, "America/New_York", "2026-11-01"),
        hours(3)
    );
    // 01:30 EST + 1 business hour: 30 minutes to the gap, after which the wall clock reads
    // 03:00, closing time; the other 30 minutes are the next night's, 01:00-01:30 EDT.
    let start = utc("2026-03-08T06:30:00Z");
    assert_eq!(
        calendar.deadline(start, hours(1), &[]),
        Ok(utc("2026-03-09T05:30:00Z"))
    );
    assert!(!calendar.is_open(utc("2026-03-08T07:00:00Z")));
    // In the overlap the wall hour 01:00-02:00 counts twice.
    let start = utc("2026-11-01T05:00:00Z");
    assert_eq!(
        calendar.deadline(start, hours(3), &[]),
        Ok(utc("2026-11-01T08:00:00Z"))
    );
}

#[test]
fn santiago_changes_at_midnight() {
    let zone = "America/Santiago";
    let calendar = round_the_clock(zone);
    // Sunday 2026-09-06 starts at 01:00 (-03): a 23-hour day; Saturday 2026-04-04 repeats
    // 23:00-24:00: a 25-hour day.
    assert_eq!(open_on(&calendar, zone, "2026-09-06"), hours(23));
    assert_eq!(open_on(&calendar, zone, "2026-04-04"), hours(25));
    // Saturday 23:30 (-04) + 1 hour of a 24/7 calendar is Sunday 01:30 (-03).
    let start = local(zone, "2026-09-05 23:30");
    let deadline = calendar.deadline(start, hours(1), &[]).unwrap();
    assert_eq!(deadline - start, hours(1));
    assert_eq!(deadline, local(zone, "2026-09-06 01:30"));
    // A morning calendar loses the missing hour on that Sunday only.
    let mornings = calendar_for_mornings(zone);
    assert_eq!(open_on(&mornings, zone, "2026-09-06"), hours(7));
    assert_eq!(open_on(&mornings, zone, "2026-09-13"), hours(8));
}

fn calendar_for_mornings(zone: &str) -> BusinessCalendar {
    calendar(
        zone,
        WeeklySchedule::every_day(&[interval("00:00", "08:00")]),
    )
}

#[test]
fn santiago_calendar_days_into_the_midnight_gap_take_the_first_instant_after() {
    let calendar = round_the_clock("America/Santiago");
    let start = local("America/Santiago", "2026-08-30 00:30");
    // 2026-09-06 00:30 does not exist; the first valid instant after the gap is 01:00 (-03).
    assert_eq!(
        calendar.add_calendar_days(start, 7),
        local("America/Santiago", "2026-09-06 01:00")
    );
}

#[test]
fn lord_howe_thirty_minute_changes() {
    let zone = "Australia/Lord_Howe";
    let calendar = round_the_clock(zone);
    assert_eq!(
        open_on(&calendar, zone, "2026-10-04"),
        minutes(23 * 60 + 30)
    );
    assert_eq!(
        open_on(&calendar, zone, "2026-04-05"),
        minutes(24 * 60 + 30)
    );
    let nights = calendar_with(zone, "01:00", "03:00");
    assert_eq!(open_on(&nights, zone, "2026-10-04"), minutes(90));
    assert_eq!(open_on(&nights, zone, "2026-04-05"), minutes(150));
    // 01:45 (+10:30) + 30 open minutes: 15 before the jump to 02:30, 15 after it.
    let start = local(zone, "2026-10-04 01:45");
    for calendar in [&calendar, &nights] {
        let deadline = calendar.deadline(start, minutes(30), &[]).unwrap();
        assert_eq!(deadline, local(zone, "2026-10-04 02:45"));
        assert_eq!(deadline - start, minutes(30));
    }
}

fn calendar_with(zone: &str, open: &str, close: &str) -> BusinessCalendar {
    calendar(zone, WeeklySchedule::every_day(&[interval(open, close)]))
}

#[test]
fn deadline_ending_in_a_gap_with_a_calendar_days_target_moves_after_the_gap() {
    let calendar = round_the_clock("Europe/Oslo");
    let start = utc("2026-03-22T01:30:00Z"); // Sunday 02:30 CET
    assert_eq!(
        calendar.add_calendar_days(start, 7),
        utc("2026-03-29T01:00:00Z") // 02:30 does not exist on 03-29; 03:00 CEST does
    );
}

// --- Midnight, 24:00 and 23:59 -------------------------------------------------------------

#[test]
fn round_the_clock_00_to_24_has_no_closed_minute_at_midnight() {
    let calendar = round_the_clock("Europe/Oslo");
    let midnight = local("Europe/Oslo", "2026-12-08 00:00");
    assert!(calendar.is_open(midnight));
    assert!(calendar.is_open(midnight - TimeDelta::milliseconds(1)));
    let start = local("Europe/Oslo", "2026-12-07 23:00");
    assert_eq!(
        calendar.deadline(start, hours(48), &[]),
        Ok(start + hours(48))
    );
    assert_eq!(
        calendar.open_time(start, start + hours(24 * 7), &[]),
        hours(24 * 7)
    );
}

#[test]
fn closing_at_24_00_and_at_23_59_neither_gains_nor_loses_a_minute_a_day() {
    let zone = "Europe/Oslo";
    let to_midnight = calendar_with(zone, "08:00", "24:00");
    let to_2359 = calendar_with(zone, "08:00", "23:59");
    let from = local(zone, "2026-11-02 00:00");
    let to = local(zone, "2026-12-02 00:00");
    assert_eq!(to_midnight.open_time(from, to, &[]), minutes(30 * 16 * 60));
    assert_eq!(
        to_2359.open_time(from, to, &[]),
        minutes(30 * (16 * 60 - 1))
    );
    let monday = local(zone, "2026-11-02 08:00");
    assert_eq!(
        to_midnight.deadline(monday, hours(16), &[]),
        Ok(local(zone, "2026-11-03 00:00"))
    );
    assert_eq!(
        to_2359.deadline(monday, hours(16), &[]),
        Ok(local(zone, "2026-11-03 08:01"))
    );
}

// --- Where a case starts -------------------------------------------------------------------

fn oslo(text: &str) -> DateTime<Utc> {
    local("Europe/Oslo", text)
}

#[test]
fn start_on_a_holiday_counts_from_the_next_business_day() {
    // Christmas Day 2026 is a Friday; Boxing Day a Saturday.
    let deadline = oslo_default().deadline(oslo("2026-12-25 10:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-28 09:00")));
}

#[test]
fn start_before_opening() {
    let deadline = oslo_default().deadline(oslo("2026-12-07 06:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-07 09:00")));
}

#[test]
fn start_after_closing() {
    let deadline = oslo_default().deadline(oslo("2026-12-07 17:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-08 09:00")));
}

#[test]
fn start_on_a_weekend() {
    let deadline = oslo_default().deadline(oslo("2026-12-05 11:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-07 09:00")));
}

#[test]
fn start_exactly_at_opening() {
    let calendar = oslo_default();
    assert!(calendar.is_open(oslo("2026-12-07 08:00")));
    let deadline = calendar.deadline(oslo("2026-12-07 08:00"), hours(8), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-07 16:00")));
}

#[test]
fn start_exactly_at_closing() {
    let calendar = oslo_default();
    assert!(!calendar.is_open(oslo("2026-12-07 16:00")));
    assert_eq!(
        calendar.next_opening(oslo("2026-12-07 16:00")),
        Ok(oslo("2026-12-08 08:00"))
    );
    let deadline = calendar.deadline(oslo("2026-12-07 16:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-08 09:00")));
}

#[test]
fn a_target_that_uses_up_the_day_ends_at_closing_not_next_morning() {
    let deadline = oslo_default().deadline(oslo("2026-12-07 15:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-07 16:00")));
}

// --- Holidays, lunch, half days ------------------------------------------------------------

#[test]
fn holidays_far_west_of_utc_close_the_right_local_date() {
    for zone in ["Pacific/Pago_Pago", "Pacific/Honolulu"] {
        let calendar = BusinessCalendar::new(&CalendarSpec {
            time_zone: zone.into(),
            weekly: WeeklySchedule::weekdays(&[interval("08:00", "16:00")]),
            holidays: vec![Holiday {
                name: "Christmas Day".into(),
                rule: HolidayRule::Yearly { month: 12, day: 25 },
            }],
            special_days: Vec::new(),
        })
        .unwrap();
        assert!(calendar.is_open(local(zone, "2026-12-24 15:00")), "{zone}");
        assert!(!calendar.is_open(local(zone, "2026-12-25 09:00")), "{zone}");
        assert!(!calendar.is_open(local(zone, "2026-12-25 15:00")), "{zone}");
        assert_eq!(
            calendar.deadline(local(zone, "2026-12-24 15:00"), hours(2), &[]),
            Ok(local(zone, "2026-12-28 09:00")),
            "{zone}"
        );
    }
}

#[test]
fn lunch_break_is_not_counted() {
    let calendar = calendar(
        "Europe/Oslo",
        WeeklySchedule::weekdays(&[interval("08:00", "11:30"), interval("12:00", "16:00")]),
    );
    assert!(!calendar.is_open(oslo("2026-12-07 11:45")));
    let deadline = calendar.deadline(oslo("2026-12-07 11:00"), hours(1), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-07 12:30")));
    let deadline = calendar.deadline(oslo("2026-12-07 11:00"), minutes(30), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-07 11:30")));
}

#[test]
fn half_day_before_a_holiday() {
    let mut spec = CalendarSpec::default();
    spec.special_days.push(SpecialDay {
        date: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
        name: "Christmas Eve".into(),
        intervals: vec![interval("08:00", "12:00")],
    });
    let calendar = BusinessCalendar::new(&spec).unwrap();
    assert!(!calendar.is_open(oslo("2026-12-24 13:00")));
    let deadline = calendar.deadline(oslo("2026-12-24 11:00"), hours(2), &[]);
    assert_eq!(deadline, Ok(oslo("2026-12-28 09:00")));
}

// --- Pauses and re-classification ----------------------------------------------------------

fn pause(from: &str, to: &str) -> Interval {
    Interval {
        start: oslo(from),
        end: oslo(to),
    }
}

#[test]
fn pause_across_a_weekend_adds_no_closed_time() {
    let calendar = oslo_default();
    let start = oslo("2026-12-04 15:00");
    let paused = [pause("2026-12-04 15:30", "2026-12-07 10:00")];
    // 30 minutes before the pause, 90 after it; only Monday 08:00-10:00 was lost to it.
    assert_eq!(
        calendar.deadline(start, hours(2), &paused),
        Ok(oslo("2026-12-07 11:30"))
    );
    assert_eq!(
        calendar.deadline(start, hours(2), &[]),
        Ok(oslo("2026-12-07 09:00"))
    );
}

#[test]
fn pause_across_a_holiday_adds_no_closed_time() {
    let calendar = oslo_default();
    let start = oslo("2026-12-23 15:00");
    let paused = [pause("2026-12-23 15:30", "2026-12-28 08:30")];
    assert_eq!(
        calendar.deadline(start, hours(1), &paused),
        Ok(oslo("2026-12-28 09:00"))
    );
}

fn event(case: &mut Case, at: &str, kind: CaseEventKind) {
    case.record(CaseEvent { at: oslo(at), kind }).unwrap();
}

#[test]
fn priority_change_keeps_time_paused_and_counted() {
    let engine = SlaEngine::new(Policy::default()).unwrap();
    let mut case = Case::new("C-3", "slow", oslo("2026-12-07 08:00"), PriorityId::P3);
    event(
        &mut case,
        "2026-12-07 09:00",
        CaseEventKind::WaitingOnCustomer,
    );
    event(&mut case, "2026-12-07 11:00", CaseEventKind::Resumed);
    let change = CaseEventKind::PriorityChanged {
        to: PriorityId::P2,
        reason: "worse than thought".into(),
    };
    event(&mut case, "2026-12-07 12:00", change);
    let at = oslo("2026-12-07 12:00");
    let actions = engine.clock(&case, ClockKind::ActionsCommence, at).unwrap();
    // P2's 4 hours from the original submission: 08:00-09:00, paused, 11:00-14:00.
    assert_eq!(actions.priority, PriorityId::P2);
    assert_eq!(actions.deadline, Some(oslo("2026-12-07 14:00")));
    assert_eq!(actions.status, ClockStatus::OnTrack { left: hours(2) });
    // The initial-response clock does not pause: 2 hours from 08:00, breached by 2 hours.
    let initial = engine.clock(&case, ClockKind::InitialResponse, at).unwrap();
    assert_eq!(initial.deadline, Some(oslo("2026-12-07 10:00")));
    assert_eq!(initial.status, ClockStatus::Breached { by: hours(2) });
}

#[test]
fn paused_clock_reports_paused_and_resumes_where_it_stopped() {
    let engine = SlaEngine::new(Policy::default()).unwrap();
    let mut case = Case::new("C-4", "blocked", oslo("2026-12-04 15:30"), PriorityId::P2);
    event(
        &mut case,
        "2026-12-04 15:45",
        CaseEventKind::WaitingOnCustomer,
    );
    let saturday = oslo("2026-12-05 12:00");
    let actions = engine
        .clock(&case, ClockKind::ActionsCommence, saturday)
        .unwrap();
    assert_eq!(actions.status, ClockStatus::Paused);
    event(&mut case, "2026-12-07 10:00", CaseEventKind::Resumed);
    let actions = engine
        .clock(&case, ClockKind::ActionsCommence, oslo("2026-12-07 10:00"))
        .unwrap();
    // 15 minutes used on Friday; 3 h 45 left from Monday 10:00.
    assert_eq!(actions.deadline, Some(oslo("2026-12-07 13:45")));
}

#[test]
fn calendar_days_target_moves_by_the_paused_wall_time() {
    let engine = SlaEngine::new(Policy::default()).unwrap();
    let paused = [pause("2026-12-05 10:00", "2026-12-06 10:00")];
    let deadline = engine
        .deadline(oslo("2026-12-04 15:30"), &Target::CalendarDays(7), &paused)
        .unwrap();
    assert_eq!(deadline, Some(oslo("2026-12-12 15:30")));
}

// --- At risk -------------------------------------------------------------------------------

#[test]
fn at_risk_never_fires_at_a_closed_hour() {
    let engine = SlaEngine::new(Policy::default()).unwrap();
    let case = Case::new("C-5", "checkout", oslo("2026-12-04 15:30"), PriorityId::P2);
    // Deadline Monday 09:30; 30 minutes were used on Friday, 90 are left all weekend.
    let mut t = oslo("2026-12-04 16:00");
    while t < oslo("2026-12-07 08:00") {
        let report = engine.clock(&case, ClockKind::InitialResponse, t).unwrap();
        assert_eq!(
            report.status,
            ClockStatus::OnTrack { left: minutes(90) },
            "{t}"
        );
        t += minutes(10);
    }
    let first_warning = engine
        .clock(&case, ClockKind::InitialResponse, oslo("2026-12-07 09:00"))
        .unwrap();
    assert_eq!(
        first_warning.status,
        ClockStatus::AtRisk { left: minutes(30) }
    );
    let just_before = engine
        .clock(&case, ClockKind::InitialResponse, oslo("2026-12-07 08:59"))
        .unwrap();
    assert_eq!(
        just_before.status,
        ClockStatus::OnTrack { left: minutes(31) }
    );
}

#[test]
fn breach_is_measured_in_business_time() {
    let engine = SlaEngine::new(Policy::default()).unwrap();
    let case = Case::new("C-6", "down", oslo("2026-12-04 15:30"), PriorityId::P1);
    let report = engine
        .clock(&case, ClockKind::InitialResponse, oslo("2026-12-07 12:00"))
        .unwrap();
    assert_eq!(report.status, ClockStatus::Breached { by: minutes(210) });
}

// --- No open time --------------------------------------------------------------------------

#[test]
fn no_open_time_is_an_error_not_a_loop() {
    let spec = CalendarSpec {
        time_zone: "Europe/Oslo".into(),
        weekly: WeeklySchedule::default(),
        holidays: Vec::new(),
        special_days: vec![SpecialDay {
            date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            name: "the only open day".into(),
            intervals: vec![interval("08:00", "16:00")],
        }],
    };
    let calendar = BusinessCalendar::new(&spec).unwrap();
    let start = oslo("2026-06-01 08:00");
    assert!(matches!(
        calendar.deadline(start, hours(1), &[]),
        Err(DeadlineError::NoBusinessHours { .. })
    ));
    assert!(calendar.next_opening(start).is_err());
    assert!(!calendar.is_open(start));
    assert_eq!(calendar.open_intervals(start).count(), 0);
    let message = calendar
        .deadline(start, hours(1), &[])
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("this calendar has no business hours"),
        "{message}"
    );
    // A calendar that is never open is refused when compiled.
    let never = CalendarSpec {
        special_days: Vec::new(),
        ..spec
    };
    assert_eq!(
        BusinessCalendar::new(&never).unwrap_err().to_string(),
        "weekly: this calendar has no business hours: every weekday is closed"
    );
}

#[test]
fn open_time_further_than_400_days_away_counts_as_none() {
    let spec = CalendarSpec {
        time_zone: "UTC".into(),
        weekly: WeeklySchedule::default(),
        holidays: Vec::new(),
        special_days: vec![SpecialDay {
            date: NaiveDate::from_ymd_opt(2028, 1, 5).unwrap(),
            name: String::new(),
            intervals: vec![interval("08:00", "16:00")],
        }],
    };
    let calendar = BusinessCalendar::new(&spec).unwrap();
    assert!(calendar
        .deadline(utc("2026-06-01T00:00:00Z"), hours(1), &[])
        .is_err());
    assert_eq!(
        calendar.deadline(utc("2027-06-01T00:00:00Z"), hours(1), &[]),
        Ok(utc("2028-01-05T09:00:00Z"))
    );
}

// --- Policy validation ---------------------------------------------------------------------

fn problems_of(json: &str) -> Vec<String> {
    match Policy::from_json(json) {
        Err(PolicyError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

fn default_json() -> serde_json::Value {
    serde_json::to_value(Policy::default()).unwrap()
}

#[test]
fn validation_names_the_field_and_collects_every_problem() {
    let mut json = default_json();
    json["version"] = 2.into();
    json["business_day_minutes"] = 0.into();
    json["at_risk_percent"] = 140.into();
    json["calendar"]["time_zone"] = "Europe/Olso".into();
    json["calendar"]["weekly"]["monday"] = serde_json::json!([
        {"open": "08:00", "close": "11:00"},
        {"open": "12:00", "close": "09:00"},
        {"open": "10:00", "close": "13:00"}
    ]);
    json["priorities"]["P2"]["initial_response"] = serde_json::json!({"business_hours": -5});
    let problems = problems_of(&json.to_string());
    assert_eq!(
        problems,
        [
            "version: unsupported policy version 2 (this app reads version 1)",
            "priorities.P2.initial_response: a target cannot be negative (-5 business hours)",
            "business_day_minutes: must be between 1 and 1440 (a day), not 0",
            "at_risk_percent: must be between 0 and 100, not 140",
            "calendar.time_zone: unknown time zone \"Europe/Olso\" (did you mean \"Europe/Oslo\"?)",
            "calendar.weekly.monday[1]: 12:00-09:00 closes before it opens",
            "calendar.weekly.monday[2]: 10:00-13:00 overlaps 08:00-11:00 (the interval at [0])",
        ]
    );
}

#[test]
fn validation_reports_a_calendar_with_no_open_time() {
    let mut json = default_json();
    json["calendar"]["weekly"] = serde_json::json!({});
    assert_eq!(
        problems_of(&json.to_string()),
        ["calendar.weekly: this calendar has no business hours: every weekday is closed"]
    );
}

#[test]
fn validation_reports_questionnaire_clauses_that_do_not_exist() {
    let mut policy = Policy::default();
    policy.priorities.p2.clauses.truncate(1);
    let message = policy.validate().unwrap_err().to_string();
    assert_eq!(
        message,
        "questionnaire: an answer leads to P2 clause 2, but P2 has 1 clause"
    );
}

#[test]
fn a_bad_time_of_day_is_explained_with_its_field() {
    let mut json = default_json();
    json["calendar"]["weekly"]["friday"][0]["close"] = "25:00".into();
    assert_eq!(
        problems_of(&json.to_string()),
        ["calendar.weekly.friday[0].close: \"25:00\" is not a time of day (write HH:MM, from 00:00 to 24:00)"]
    );
}

#[test]
fn json_that_is_not_a_policy_is_refused_with_line_and_column() {
    let message = Policy::from_json("{\"version\": 1,}")
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("the policy could not be read:"),
        "{message}"
    );
    assert!(message.contains("line 1"), "{message}");
}
