//! Reads lines `START TARGET_MINUTES` (START in RFC 3339) on stdin and prints one deadline per
//! line (RFC 3339, UTC) on the default calendar: Europe/Oslo, Monday to Friday 08:00-16:00,
//! Norway's holidays. The time spent computing deadlines only (not reading or printing) goes
//! to stderr as `elapsed_ns N`. Used by `scripts/bench-vs-businesstimedelta.py`.

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use sla_desk::domain::calendar::{BusinessCalendar, CalendarSpec};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use std::time::Instant;

fn parse(line: &str) -> Option<(DateTime<Utc>, TimeDelta)> {
    let (start, minutes) = line.trim().split_once(char::is_whitespace)?;
    let start = DateTime::parse_from_rfc3339(start)
        .ok()?
        .with_timezone(&Utc);
    Some((start, TimeDelta::minutes(minutes.trim().parse().ok()?)))
}

fn main() -> ExitCode {
    let calendar = match BusinessCalendar::new(&CalendarSpec::default()) {
        Ok(calendar) => calendar,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let mut requests = Vec::new();
    for (number, line) in io::stdin().lock().lines().map_while(Result::ok).enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse(&line) {
            Some(request) => requests.push(request),
            None => {
                eprintln!(
                    "line {}: expected `START TARGET_MINUTES`: {line}",
                    number + 1
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let begin = Instant::now();
    let deadlines: Vec<_> = requests
        .iter()
        .map(|&(start, target)| calendar.deadline(start, target, &[]))
        .collect();
    let elapsed = begin.elapsed();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for deadline in deadlines {
        let line = match deadline {
            Ok(deadline) => deadline.to_rfc3339_opts(SecondsFormat::Secs, true),
            Err(error) => format!("error: {error}"),
        };
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    eprintln!("elapsed_ns {}", elapsed.as_nanos());
    ExitCode::SUCCESS
}
