//! The ICS export: each running clock's deadline as a calendar event (RFC 5545).

use chrono::{DateTime, Datelike, Timelike, Utc};

use crate::domain::case::Case;
use crate::domain::sla::{ClockStatus, SlaEngine};

use super::rfc3339_utc;

/// Longest content line in octets, without its CRLF (RFC 5545, section 3.1).
const MAX_LINE_OCTETS: usize = 75;

/// An instant in the UTC form of RFC 5545: `20261207T083000Z`.
fn utc(t: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Text as an RFC 5545 TEXT value: backslash, semicolon and comma escaped, each line break
/// written `\n`. Other control characters are not allowed in TEXT and become spaces.
fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push('\t'),
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Appends `line` folded into lines of at most 75 octets, each continuation starting with a
/// space, never splitting a UTF-8 character; every line ends in CRLF.
fn push_folded(ics: &mut String, line: &str) {
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > room {
            ics.push_str("\r\n ");
            // The leading space counts against the continuation line's 75 octets.
            room = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        ics.push(c);
        used += c.len_utf8();
    }
    ics.push_str("\r\n");
}

/// A calendar of the deadlines of running clocks at instant `t`: one event per clock that has
/// a deadline and has not stopped, overdue or not. A paused clock is left out, as its
/// deadline moves for as long as the case waits; so is a case whose clocks cannot be
/// evaluated at `t`. Each event's UID is stable, so importing a newer export updates the
/// events rather than doubling them.
///
/// ```
/// use chrono::{DateTime, Datelike, Timelike, Utc};
/// use sla_desk::domain::case::Case;
/// use sla_desk::domain::policy::Policy;
/// use sla_desk::domain::priority::PriorityId;
/// use sla_desk::domain::sla::SlaEngine;
/// use sla_desk::storage::transfer::export_ics;
/// let engine = SlaEngine::new(Policy::default()).unwrap();
/// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
/// let case = Case::new("C-1", "Checkout fails", at("2026-12-04T14:30:00Z"), PriorityId::P4);
/// let ics = export_ics(&engine, &[case], at("2026-12-05T09:00:00Z"));
/// assert!(ics.contains("\r\nUID:C-1-initial_response@sla-desk\r\n"));
/// assert!(ics.contains("\r\nDTSTART:20261207T143000Z\r\n"));
/// assert!(ics.contains("\r\nSUMMARY:P4 initial response due: Checkout fails\r\n"));
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
/// ```
pub fn export_ics(engine: &SlaEngine, cases: &[Case], t: DateTime<Utc>) -> String {
    let mut ics = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//SLA Desk//EN",
        "CALSCALE:GREGORIAN",
    ] {
        push_folded(&mut ics, line);
    }
    for case in cases {
        let Ok(clocks) = engine.clocks(case, t) else {
            continue;
        };
        for clock in clocks {
            let (None, Some(deadline)) = (clock.stopped, clock.deadline) else {
                continue;
            };
            if matches!(clock.status, ClockStatus::Paused | ClockStatus::None) {
                continue;
            }
            let priority = clock.priority;
            let kind = clock.kind;
            for line in [
                "BEGIN:VEVENT".to_string(),
                format!(
                    "UID:{}",
                    escape(&format!("{}-{}@sla-desk", case.id, kind.field()))
                ),
                format!("DTSTAMP:{}", utc(t)),
                format!("DTSTART:{}", utc(deadline)),
                "DURATION:PT15M".to_string(),
                format!(
                    "SUMMARY:{}",
                    escape(&format!("{priority} {kind} due: {}", case.title))
                ),
                format!(
                    "DESCRIPTION:{}",
                    escape(&format!(
                        "Case {}, priority {priority}: {kind} due by {}.",
                        case.id,
                        rfc3339_utc(deadline)
                    ))
                ),
                "END:VEVENT".to_string(),
            ] {
                push_folded(&mut ics, &line);
            }
        }
    }
    push_folded(&mut ics, "END:VCALENDAR");
    ics
}
