//! Native benchmark of one deadline on the default calendar (Europe/Oslo, Monday to Friday
//! 08:00-16:00, Norway's holidays), starts spread over two years. Run with
//! `cargo bench --bench deadline`; prints nanoseconds per deadline.

use chrono::{DateTime, TimeDelta, Utc};
use sla_desk::domain::calendar::{BusinessCalendar, CalendarSpec};
use std::hint::black_box;
use std::time::Instant;

const STARTS: usize = 1024;
const ROUNDS: usize = 200;

fn main() {
    let compile = Instant::now();
    let calendar = match BusinessCalendar::new(&CalendarSpec::default()) {
        Ok(calendar) => calendar,
        Err(error) => return eprintln!("the default calendar does not compile: {error}"),
    };
    println!(
        "compile calendar: {:>10.0} ns",
        compile.elapsed().as_nanos()
    );

    // Starts every 17 h 13 min from 2026-01-01, so they fall on every weekday, hour, holiday.
    let first = DateTime::<Utc>::from_timestamp(1_767_225_600, 0).unwrap_or_default(); // 2026-01-01
    let starts: Vec<DateTime<Utc>> = (0..STARTS)
        .map(|i| first + TimeDelta::minutes(1033 * i as i64))
        .collect();
    for (label, target) in [
        ("+1 business hour", TimeDelta::hours(1)),
        ("+2 business days", TimeDelta::minutes(2 * 480)),
        ("+10 business days", TimeDelta::minutes(10 * 480)),
    ] {
        let begin = Instant::now();
        for _ in 0..ROUNDS {
            for &start in &starts {
                black_box(
                    calendar
                        .deadline(black_box(start), black_box(target), &[])
                        .ok(),
                );
            }
        }
        let per = begin.elapsed().as_nanos() as f64 / (ROUNDS * STARTS) as f64;
        println!("deadline {label:<18} {per:>8.1} ns/op");
    }
}
