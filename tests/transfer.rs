//! Cases in and out as files: JSON round trips and merges, CSV for spreadsheets, ICS for
//! calendars.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use sla_desk::domain::case::{Case, CaseEvent, CaseEventKind};
use sla_desk::domain::policy::Policy;
use sla_desk::domain::priority::PriorityId;
use sla_desk::domain::questionnaire::Outcome;
use sla_desk::domain::sla::SlaEngine;
use sla_desk::storage::transfer::{
    export_csv, export_ics, export_json, import_json, ImportError, Rejected, MAX_IMPORT_BYTES,
};

fn at(text: &str) -> DateTime<Utc> {
    text.parse()
        .unwrap_or_else(|error| panic!("{text}: {error}"))
}

fn engine() -> SlaEngine {
    SlaEngine::new(Policy::default()).unwrap()
}

/// Friday 2026-12-04 15:30 in Oslo.
const FRIDAY: &str = "2026-12-04T14:30:00Z";

fn case(id: &str, title: &str, priority: PriorityId) -> Case {
    Case::new(id, title, at(FRIDAY), priority)
}

fn with_events(mut case: Case, events: &[(&str, CaseEventKind)]) -> Case {
    for (time, kind) in events {
        case.record(CaseEvent {
            at: at(time),
            kind: kind.clone(),
        })
        .unwrap_or_else(|error| panic!("{}: {error}", case.id));
    }
    case
}

/// A case that went through every kind of event, with awkward text everywhere.
fn eventful() -> Case {
    use CaseEventKind::*;
    let mut case = case(
        "C-ÆØÅ-1",
        "Kassa feiler, \"alltid\"; særlig på fredager",
        PriorityId::P1,
    );
    case.description = "Line one,\nline \"two\"\r\nand a tab\there: 😀".into();
    case.contact_name = "Åse Ødegård, Jr.".into();
    case.contact_email = "ase@example.no".into();
    case.classification = Some(Outcome {
        priority: PriorityId::P1,
        clause: 1,
    });
    with_events(
        case,
        &[
            ("2026-12-04T14:35:00Z", FirstResponse),
            (
                "2026-12-04T14:40:00Z",
                PriorityChanged {
                    to: PriorityId::P2,
                    reason: "Only checkout, \"not\" login".into(),
                },
            ),
            ("2026-12-04T14:45:00Z", WaitingOnCustomer),
            ("2026-12-07T08:00:00Z", Resumed),
            ("2026-12-07T08:10:00Z", WorkStarted),
            ("2026-12-07T09:00:00Z", UpdateGiven),
            ("2026-12-07T10:00:00Z", Resolved),
            ("2026-12-07T11:00:00Z", Reopened),
            (
                "2026-12-07T11:30:00.123456789Z",
                Note {
                    text: "Kunden ringte;\nsa \\ alt, var OK".into(),
                },
            ),
            ("2026-12-07T12:00:00Z", Resolved),
            ("2026-12-08T12:00:00Z", Closed),
        ],
    )
}

fn exported(cases: &[Case]) -> String {
    export_json(cases, at("2026-12-08T13:00:00Z"))
}

fn edit_file(cases: &[Case], edit: impl FnOnce(&mut Value)) -> String {
    let mut file: Value = serde_json::from_str(&exported(cases)).unwrap();
    edit(&mut file);
    serde_json::to_string(&file).unwrap()
}

// JSON

#[test]
fn export_then_import_gives_back_the_same_cases() {
    let cases = vec![
        eventful(),
        case("C-2", "Plain", PriorityId::P5),
        case("C-3", "=cmd|' /C calc'!A0", PriorityId::P3),
    ];
    let file = exported(&cases);
    assert!(file.contains(r#""exported_at": "2026-12-08T13:00:00Z""#));
    let outcome = import_json(&file, &[]).unwrap();
    assert_eq!(outcome.merged, cases);
    assert_eq!(outcome.added, ["C-ÆØÅ-1", "C-2", "C-3"]);
    assert!(outcome.updated.is_empty() && outcome.kept.is_empty() && outcome.rejected.is_empty());
    assert_eq!(outcome.summary(), "3 cases added");

    // Importing the same file again changes nothing.
    let again = import_json(&file, &outcome.merged).unwrap();
    assert_eq!(again.merged, cases);
    assert_eq!(again.summary(), "3 cases kept as they were here");
}

#[test]
fn a_file_of_schema_1_is_migrated_like_stored_cases() {
    let file = edit_file(&[eventful()], |file| {
        file["schema"] = json!(1);
        file["cases"][0].as_object_mut().unwrap().remove("revision");
    });
    let outcome = import_json(&file, &[]).unwrap();
    assert_eq!(outcome.merged, [eventful()]);
    assert_eq!(outcome.merged[0].revision, 12);
}

#[test]
fn a_file_that_is_not_an_export_is_refused_whole_in_words() {
    let existing = [case("C-1", "Here", PriorityId::P2)];
    let good = exported(&[case("C-9", "Elsewhere", PriorityId::P3)]);
    let padded_to_the_limit = format!("{good}{}", " ".repeat(MAX_IMPORT_BYTES - good.len()));
    assert_eq!(
        import_json(&padded_to_the_limit, &existing).unwrap().added,
        ["C-9"],
        "exactly at the limit is still read"
    );
    let too_large = format!("{padded_to_the_limit} ");
    let newer = edit_file(&[], |file| file["schema"] = json!(3));
    let cases: [(&str, String, &str); 8] = [
        (
            "too large",
            too_large,
            "the file is 5.0 MB (5242881 bytes); SLA Desk imports files of at most 5.0 MB",
        ),
        (
            "not JSON",
            "Kari,Login fails\n".into(),
            "the file is not JSON (expected value at line 1 column 1)",
        ),
        (
            "no format",
            r#"{"schema":2,"cases":[]}"#.into(),
            "the file is not an SLA Desk case export: it has no \"format\": \"sla-desk-cases\"",
        ),
        (
            "another format",
            r#"{"format":"sla-desk-policy","schema":2,"cases":[]}"#.into(),
            "the file is not an SLA Desk case export: its \"format\" is \"sla-desk-policy\", not \"sla-desk-cases\"",
        ),
        (
            "no schema",
            r#"{"format":"sla-desk-cases","cases":[]}"#.into(),
            "the file is not an SLA Desk case export: it has no \"schema\"",
        ),
        (
            "newer schema",
            newer,
            "the file was written with case schema 3, and this version of SLA Desk reads 1 to 2; \
             a newer SLA Desk may read it",
        ),
        (
            "schema 0",
            r#"{"format":"sla-desk-cases","schema":0,"cases":[]}"#.into(),
            "the file was written with case schema 0, and this version of SLA Desk reads 1 to 2; \
             a newer SLA Desk may read it",
        ),
        (
            "no cases",
            r#"{"format":"sla-desk-cases","schema":2,"cases":{}}"#.into(),
            "the file is not an SLA Desk case export: it has no list of \"cases\"",
        ),
    ];
    for (what, text, message) in cases {
        let error = import_json(&text, &existing).unwrap_err();
        assert_eq!(error.to_string(), message, "{what}");
    }
    assert!(matches!(
        import_json(&" ".repeat(MAX_IMPORT_BYTES + 1), &existing),
        Err(ImportError::TooLarge { bytes }) if bytes == MAX_IMPORT_BYTES + 1
    ));
}

#[test]
fn good_cases_of_a_partly_bad_file_are_merged_and_the_bad_ones_reported() {
    let good = [
        case("C-1", "First", PriorityId::P1),
        case("C-2", "Second", PriorityId::P2),
    ];
    let file = edit_file(&good, |file| {
        let cases = file["cases"].as_array_mut().unwrap();
        let mut untitled = cases[0].clone();
        untitled["id"] = json!("C-untitled");
        untitled["title"] = json!("  ");
        let mut resumed = cases[0].clone();
        resumed["id"] = json!("C-resumed");
        resumed["events"]
            .as_array_mut()
            .unwrap()
            .push(json!({"at": "2026-12-04T15:00:00Z", "type": "resumed"}));
        let mut no_revision = cases[1].clone();
        no_revision["id"] = json!("C-norev");
        no_revision.as_object_mut().unwrap().remove("revision");
        let duplicate = cases[1].clone();
        cases.splice(1..1, [json!(42), untitled, resumed, no_revision]);
        cases.push(duplicate);
    });
    let outcome = import_json(&file, &[]).unwrap();
    assert_eq!(outcome.merged, good);
    assert_eq!(outcome.added, ["C-1", "C-2"]);
    let rejected: Vec<(usize, Option<&str>, &str)> = outcome
        .rejected
        .iter()
        .map(|r| (r.position, r.id.as_deref(), r.reason.as_str()))
        .collect();
    assert_eq!(
        rejected,
        [
            (
                2,
                None,
                "it is not a valid case (invalid type: integer `42`, expected struct Case)"
            ),
            (3, Some("C-untitled"), "the case has no title"),
            (
                4,
                Some("C-resumed"),
                "cannot resume: the case is open, not waiting on the customer"
            ),
            (
                5,
                Some("C-norev"),
                "it is not a valid case (missing field `revision`)"
            ),
            (
                7,
                Some("C-2"),
                "the file has a case with this id already, at position 6"
            ),
        ]
    );
    assert_eq!(outcome.summary(), "2 cases added, 5 rejected");
    assert_eq!(
        outcome.rejected[1].to_string(),
        "case 3 in the file (C-untitled): the case has no title"
    );
    assert_eq!(
        Rejected {
            position: 2,
            id: None,
            reason: "it is not a valid case".into()
        }
        .to_string(),
        "case 2 in the file: it is not a valid case"
    );
}

#[test]
fn a_merge_takes_only_higher_revisions_and_never_overwrites_a_newer_case_here() {
    let revised = |id: &str, title: &str, revision: u32| Case {
        revision,
        ..case(id, title, PriorityId::P2)
    };
    let here = [
        revised("C-newer-here", "here", 3),
        revised("C-same", "here", 2),
        revised("C-older-here", "here", 1),
        revised("C-only-here", "here", 5),
    ];
    let file = exported(&[
        revised("C-new", "file", 1),
        revised("C-older-here", "file", 4),
        revised("C-same", "file", 2),
        revised("C-newer-here", "file", 2),
    ]);
    let outcome = import_json(&file, &here).unwrap();
    assert_eq!(
        outcome.merged,
        [
            revised("C-newer-here", "here", 3),
            revised("C-same", "here", 2),
            revised("C-older-here", "file", 4),
            revised("C-only-here", "here", 5),
            revised("C-new", "file", 1),
        ]
    );
    assert_eq!(outcome.added, ["C-new"]);
    assert_eq!(outcome.updated, ["C-older-here"]);
    assert_eq!(outcome.kept, ["C-same", "C-newer-here"]);
    assert_eq!(
        outcome.summary(),
        "1 case added, 1 updated, 2 kept as they were here"
    );
}

// CSV

/// Splits RFC 4180 text into records of cells, checking that every record ends in CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR outside quotes ends a record");
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => {
                assert!(c != '\n', "a bare LF outside quotes");
                cell.push(c);
            }
        }
    }
    assert!(
        record.is_empty() && cell.is_empty(),
        "the last record ends in CRLF"
    );
    records
}

#[test]
fn csv_quotes_per_rfc_4180_and_defuses_formulas() {
    let mut tricky = case("C-1", "=HYPERLINK(\"http://x\",\"y\")", PriorityId::P1);
    tricky.contact_name = "+47 22 00 00 00".into();
    tricky.contact_email = "@evil".into();
    tricky.description = "-2+3\nsecond \"line\", with comma".into();
    let mut tab = case("C-2", "\tTabbed", PriorityId::P4);
    tab.description = "\rcarriage".into();
    let csv = export_csv(&engine(), &[tricky, tab], at("2026-12-07T09:00:00Z"));
    assert!(csv.starts_with(
        "id,title,priority,state,submitted,\
         initial response deadline,initial response status,\
         actions to resolve commence deadline,actions to resolve commence status,\
         customer update deadline,customer update status,\
         contact name,contact email,description\r\n"
    ));
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",));
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 3);
    assert!(records.iter().all(|record| record.len() == 14));
    assert_eq!(
        records[1],
        [
            "C-1",
            "'=HYPERLINK(\"http://x\",\"y\")",
            "P1",
            "open",
            "2026-12-04T14:30:00Z",
            "2026-12-07T07:30:00Z",
            "breached by 1 h 30 min",
            "2026-12-07T07:30:00Z",
            "breached by 1 h 30 min",
            "2026-12-07T10:30:00Z",
            "on track",
            "'+47 22 00 00 00",
            "'@evil",
            "'-2+3\nsecond \"line\", with comma",
        ]
    );
    assert_eq!(records[2][1], "'\tTabbed");
    assert_eq!(records[2][13], "'\rcarriage");
}

#[test]
fn csv_statuses_read_in_words_and_unevaluable_cases_say_why() {
    let resolved = with_events(
        case("C-met", "Met", PriorityId::P2),
        &[
            ("2026-12-04T14:40:00Z", CaseEventKind::FirstResponse),
            ("2026-12-04T14:50:00Z", CaseEventKind::WaitingOnCustomer),
        ],
    );
    let later = Case::new(
        "C-later",
        "Later",
        at("2026-12-09T08:00:00Z"),
        PriorityId::P2,
    );
    let csv = export_csv(&engine(), &[resolved, later], at("2026-12-07T09:00:00Z"));
    let records = parse_csv(&csv);
    let statuses = |record: &[String]| [6, 8, 10].map(|i| record[i].clone());
    assert_eq!(records[1][3], "waiting on the customer");
    assert_eq!(statuses(&records[1]), ["met", "paused", "paused"]);
    let why = "the case has not been submitted yet".to_string();
    assert_eq!(statuses(&records[2]), [why.clone(), why.clone(), why]);
    assert_eq!(
        [&records[2][5], &records[2][7], &records[2][9]],
        ["", "", ""]
    );
}

// ICS

/// The content lines of `ics`, unfolded.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

#[test]
fn ics_has_one_event_per_running_clock_in_utc() {
    use CaseEventKind::*;
    let cases = [
        // Three running clocks.
        case("C-p1", "All three", PriorityId::P1),
        // P4 has only an initial-response clock.
        case("C-p4", "Only one", PriorityId::P4),
        // All stopped.
        with_events(
            case("C-done", "Done", PriorityId::P2),
            &[("2026-12-04T14:40:00Z", Resolved)],
        ),
        // The initial response stopped.
        with_events(
            case("C-answered", "Answered", PriorityId::P2),
            &[("2026-12-04T14:40:00Z", FirstResponse)],
        ),
        // The pausable clocks are paused; the initial response runs on.
        with_events(
            case("C-waiting", "Waiting", PriorityId::P3),
            &[("2026-12-04T14:45:00Z", WaitingOnCustomer)],
        ),
        // Not submitted yet at the instant asked about.
        Case::new(
            "C-later",
            "Later",
            at("2026-12-09T08:00:00Z"),
            PriorityId::P1,
        ),
    ];
    let t = at("2026-12-05T09:00:00Z");
    let ics = export_ics(&engine(), &cases, t);
    let lines = unfolded(&ics);
    assert_eq!(
        lines[..4],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//SLA Desk//EN",
            "CALSCALE:GREGORIAN"
        ]
    );
    assert_eq!(lines[lines.len() - 2..], ["END:VCALENDAR", ""]);
    let uids: Vec<&str> = lines
        .iter()
        .filter_map(|line| line.strip_prefix("UID:"))
        .collect();
    assert_eq!(
        uids,
        [
            "C-p1-initial_response@sla-desk",
            "C-p1-actions_commence@sla-desk",
            "C-p1-customer_update@sla-desk",
            "C-p4-initial_response@sla-desk",
            "C-answered-actions_commence@sla-desk",
            "C-answered-customer_update@sla-desk",
            "C-waiting-initial_response@sla-desk",
        ]
    );
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 7);
    assert_eq!(ics.matches("END:VEVENT").count(), 7);
    assert_eq!(ics.matches("DTSTAMP:20261205T090000Z\r\n").count(), 7);
    assert_eq!(ics.matches("DURATION:PT15M\r\n").count(), 7);
    // The worked examples: P1 Friday 15:30 in Oslo, both clocks Monday 08:30 Oslo, 07:30 UTC.
    let p1: Vec<&String> = lines.iter().take(20).collect();
    assert!(p1.iter().any(|line| *line == "DTSTART:20261207T073000Z"));
    assert!(lines.contains(&"SUMMARY:P1 initial response due: All three".to_string()));
    assert!(lines.contains(
        &"DESCRIPTION:Case C-p1\\, priority P1: initial response due by 2026-12-07T07:30:00Z."
            .to_string()
    ));
    for line in lines.iter().filter(|line| line.starts_with("DTSTART:")) {
        let time = &line["DTSTART:".len()..];
        assert_eq!(time.len(), 16, "{line}");
        assert!(time.ends_with('Z') && time.as_bytes()[8] == b'T', "{line}");
    }
}

#[test]
fn ics_text_is_escaped_and_lines_are_folded_at_75_octets_on_character_boundaries() {
    let title = "Kassa; feiler, \\ \"alltid\"\nsærlig på fredager 😀 ".repeat(4);
    let cases = [case("C-1,2", &title, PriorityId::P4)];
    let ics = export_ics(&engine(), &cases, at("2026-12-05T09:00:00Z"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "CRLF only");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        ics.split("\r\n").any(|line| line.len() == 75),
        "long lines fill their 75 octets"
    );
    let escaped = "Kassa\\; feiler\\, \\\\ \"alltid\"\\nsærlig på fredager 😀 ".repeat(4);
    let lines = unfolded(&ics);
    assert!(lines.contains(&format!("SUMMARY:P4 initial response due: {escaped}")));
    assert!(lines.contains(&"UID:C-1\\,2-initial_response@sla-desk".to_string()));
}
