//! Stored cases: every earlier schema loads, and a case that does not make sense is put aside.

use chrono::{DateTime, Utc};
use sla_desk::domain::case::{Case, CaseEvent, CaseEventKind};
use sla_desk::domain::priority::PriorityId;
use sla_desk::storage::cases::{case_store, CASE_MIGRATIONS};
use sla_desk::storage::{Envelope, KeyValueStore, MemoryStore, BACKUP_PREFIX};

fn at(text: &str) -> DateTime<Utc> {
    text.parse()
        .unwrap_or_else(|error| panic!("{text}: {error}"))
}

/// A case as schema 1 stored it, word for word: no revision.
const V1_CASE: &str = r#"{"schema":1,"data":{"id":"C-v1","title":"Checkout fails","description":"Card payments time out","contact_name":"Kari Nordmann","contact_email":"kari@example.no","classification":null,"events":[{"at":"2026-12-04T14:30:00Z","type":"submitted","priority":"P2"},{"at":"2026-12-04T14:45:00Z","type":"first_response"},{"at":"2026-12-04T15:00:00Z","type":"waiting_on_customer"}]}}"#;

fn v1_case_as_it_loads() -> Case {
    let mut case = Case::new(
        "C-v1",
        "Checkout fails",
        at("2026-12-04T14:30:00Z"),
        PriorityId::P2,
    );
    case.description = "Card payments time out".into();
    case.contact_name = "Kari Nordmann".into();
    case.contact_email = "kari@example.no".into();
    for (time, kind) in [
        ("2026-12-04T14:45:00Z", CaseEventKind::FirstResponse),
        ("2026-12-04T15:00:00Z", CaseEventKind::WaitingOnCustomer),
    ] {
        case.record(CaseEvent { at: at(time), kind }).unwrap();
    }
    case
}

#[test]
fn the_current_schema_is_2() {
    assert_eq!(CASE_MIGRATIONS.current(), 2);
}

#[test]
fn cases_of_every_earlier_schema_are_migrated() {
    let current = v1_case_as_it_loads();
    let v2 = serde_json::to_string(&Envelope {
        schema: 2,
        data: serde_json::to_value(&current).unwrap(),
    })
    .unwrap();
    for (schema, raw) in [(1, V1_CASE.to_string()), (2, v2)] {
        let envelope: Envelope = serde_json::from_str(&raw).unwrap();
        assert_eq!(envelope.schema, schema);
        let data = CASE_MIGRATIONS.upgrade(envelope).unwrap();
        let case: Case = serde_json::from_value(data).unwrap();
        assert_eq!(case, current, "schema {schema}");
    }
}

#[test]
fn a_v1_case_loads_with_a_revision_for_each_event() {
    let store = MemoryStore::default();
    store.set("sla-desk.case.C-v1", V1_CASE).unwrap();
    let loaded = case_store(store.clone()).load_all().unwrap();
    assert!(loaded.quarantined.is_empty(), "{:?}", loaded.quarantined);
    assert_eq!(loaded.records, [v1_case_as_it_loads()]);
    assert_eq!(loaded.records[0].revision, 3);

    // Saved again, it is written with the current schema and reads back the same.
    case_store(store.clone()).save(&loaded.records[0]).unwrap();
    let raw = store.get("sla-desk.case.C-v1").unwrap().unwrap();
    assert!(raw.starts_with(r#"{"schema":2,"#), "{raw}");
    assert_eq!(
        case_store(store).load_all().unwrap().records,
        [v1_case_as_it_loads()]
    );
}

#[test]
fn cases_that_fail_validation_are_quarantined_with_the_reason() {
    let store = MemoryStore::default();
    let good = v1_case_as_it_loads();
    case_store(store.clone()).save(&good).unwrap();
    let mut resumed_twice = good.clone();
    resumed_twice.id = "C-bad".into();
    resumed_twice.events.push(CaseEvent {
        at: at("2026-12-04T15:10:00Z"),
        kind: CaseEventKind::Resumed,
    });
    resumed_twice.events.push(CaseEvent {
        at: at("2026-12-04T15:20:00Z"),
        kind: CaseEventKind::Resumed,
    });
    let zero_revision = Case {
        id: "C-zero".into(),
        revision: 0,
        ..good.clone()
    };
    let untitled = Case {
        id: "C-untitled".into(),
        title: " ".into(),
        ..good.clone()
    };
    for case in [&resumed_twice, &zero_revision, &untitled] {
        case_store(store.clone()).save(case).unwrap();
    }

    let loaded = case_store(store.clone()).load_all().unwrap();
    assert_eq!(loaded.records, [good]);
    let reasons: Vec<(&str, &str)> = loaded
        .quarantined
        .iter()
        .map(|q| (q.key.as_str(), q.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "sla-desk.case.C-bad",
                "sla-desk.case.C-bad: cannot resume: the case is open, not waiting on the customer"
            ),
            (
                "sla-desk.case.C-untitled",
                "sla-desk.case.C-untitled: the case has no title"
            ),
            (
                "sla-desk.case.C-zero",
                "sla-desk.case.C-zero: the case's revision is 0; revisions start at 1"
            ),
        ]
    );
    for (key, _) in reasons {
        assert!(store
            .get(&format!("{BACKUP_PREFIX}{key}"))
            .unwrap()
            .is_some());
    }
}

#[test]
fn a_case_from_a_newer_schema_is_kept_aside_not_dropped() {
    let store = MemoryStore::default();
    let raw = V1_CASE.replace(r#""schema":1"#, r#""schema":3"#);
    store.set("sla-desk.case.C-v1", &raw).unwrap();
    let loaded = case_store(store).load_all().unwrap();
    assert!(loaded.records.is_empty());
    assert!(
        loaded.quarantined[0].reason.contains("schema version 3"),
        "{}",
        loaded.quarantined[0].reason
    );
}
