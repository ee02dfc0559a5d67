//! Native benchmark of the case list: `case_rows` over 1,000 and 10,000 generated cases (every
//! priority and state, submitted over 2026), with the page's default filter and with every
//! case shown. Run with `cargo bench --bench case_list`; prints milliseconds per call.

use chrono::{DateTime, Utc};
use sla_desk::domain::case_list::{case_rows, CaseFilter, StateFilter};
use sla_desk::domain::policy::Policy;
use sla_desk::domain::sample::sample_cases;
use sla_desk::domain::sla::SlaEngine;
use std::hint::black_box;
use std::time::Instant;

/// Calls timed per case count, after one untimed call.
const ROUNDS: u32 = 10;

fn main() {
    let engine = match SlaEngine::new(Policy::default()) {
        Ok(engine) => engine,
        Err(error) => return eprintln!("the default policy does not compile: {error}"),
    };
    // 2026-10-01T08:00:00Z: most cases submitted by then, some still to come.
    let t = DateTime::<Utc>::from_timestamp(1_790_841_600, 0).unwrap_or_default();
    let filters = [
        ("open (default)", CaseFilter::default()),
        (
            "all",
            CaseFilter {
                state: StateFilter::All,
                ..CaseFilter::default()
            },
        ),
        (
            "all, search \"login\"",
            CaseFilter {
                state: StateFilter::All,
                text: "login".into(),
                ..CaseFilter::default()
            },
        ),
    ];
    for count in [1_000, 10_000] {
        let cases = sample_cases(count, 2026);
        for (label, filter) in &filters {
            let rows = case_rows(&engine, &cases, filter, t).len();
            let begin = Instant::now();
            for _ in 0..ROUNDS {
                black_box(case_rows(&engine, black_box(&cases), filter, black_box(t)));
            }
            let per = begin.elapsed().as_secs_f64() * 1000.0 / f64::from(ROUNDS);
            println!("case_rows {count:>6} cases, {label:<22} {rows:>6} rows {per:>9.2} ms/call");
        }
    }
}
