//! Section 6 of the SLA rules: every worked example, each row its own test, all clocks.
//!
//! The same tests run natively and, through wasm-bindgen-test, in headless Chromium, which
//! shows the engine gives the same answers compiled to WebAssembly.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use chrono::{DateTime, NaiveDateTime, Utc};
use sla_desk::domain::case::Case;
use sla_desk::domain::policy::{ClockKind, Policy};
use sla_desk::domain::priority::PriorityId::{self, *};
use sla_desk::domain::sla::SlaEngine;

/// An Oslo wall time, `"2026-12-04 15:30"`, as UTC.
fn oslo(text: &str) -> DateTime<Utc> {
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    local
        .and_local_timezone(chrono_tz::Europe::Oslo)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

/// Checks the three deadlines of a case submitted at `submitted` with `priority`.
fn row(submitted: &str, priority: PriorityId, expected: [Option<&str>; 3]) {
    let engine = SlaEngine::new(Policy::default()).unwrap();
    let start = oslo(submitted);
    let case = Case::new("C-1", "worked example", start, priority);
    for (kind, expected) in ClockKind::ALL.into_iter().zip(expected) {
        let report = engine.clock(&case, kind, start).unwrap();
        assert_eq!(
            report.deadline,
            expected.map(oslo),
            "{priority} {kind} submitted {submitted}"
        );
    }
}

#[test]
fn friday_1530_p1() {
    let monday_0830 = Some("2026-12-07 08:30");
    row(
        "2026-12-04 15:30",
        P1,
        [monday_0830, monday_0830, Some("2026-12-07 11:30")],
    );
}

#[test]
fn friday_1530_p2() {
    row(
        "2026-12-04 15:30",
        P2,
        [
            Some("2026-12-07 09:30"),
            Some("2026-12-07 11:30"),
            Some("2026-12-07 15:30"),
        ],
    );
}

#[test]
fn friday_1530_p3_update_is_seven_calendar_days() {
    row(
        "2026-12-04 15:30",
        P3,
        [
            Some("2026-12-07 11:30"),
            Some("2026-12-08 15:30"),
            Some("2026-12-11 15:30"),
        ],
    );
}

#[test]
fn friday_1530_p4() {
    row(
        "2026-12-04 15:30",
        P4,
        [Some("2026-12-07 15:30"), None, None],
    );
}

#[test]
fn friday_1800_after_closing_p2() {
    row(
        "2026-12-04 18:00",
        P2,
        [
            Some("2026-12-07 10:00"),
            Some("2026-12-07 12:00"),
            Some("2026-12-07 16:00"),
        ],
    );
}

#[test]
fn wednesday_before_easter_p1() {
    row(
        "2026-04-01 15:00",
        P1,
        [
            Some("2026-04-01 16:00"),
            Some("2026-04-01 16:00"),
            Some("2026-04-07 11:00"),
        ],
    );
}

#[test]
fn wednesday_before_easter_p2() {
    row(
        "2026-04-01 15:00",
        P2,
        [
            Some("2026-04-07 09:00"),
            Some("2026-04-07 11:00"),
            Some("2026-04-07 15:00"),
        ],
    );
}

#[test]
fn friday_before_dst_starts_p3() {
    row(
        "2026-03-27 15:30",
        P3,
        [
            Some("2026-03-30 11:30"),
            Some("2026-03-31 15:30"),
            Some("2026-04-03 15:30"),
        ],
    );
}

#[test]
fn wednesday_before_ascension_p4() {
    row(
        "2026-05-13 15:59",
        P4,
        [Some("2026-05-15 15:59"), None, None],
    );
}

#[test]
fn p5_has_no_clocks() {
    row("2026-12-04 15:30", P5, [None, None, None]);
}
