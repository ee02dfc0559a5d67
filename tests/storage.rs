//! The storage layer: versioned records, migrations, and nothing unreadable dropped.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sla_desk::storage::{
    KeyValueStore, MemoryStore, Migrations, RecordStore, StoreError, StoredRecord, BACKUP_PREFIX,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Note {
    id: String,
    title: String,
    stars: u8,
}

impl StoredRecord for Note {
    fn id(&self) -> &str {
        &self.id
    }

    fn validate(&self) -> Result<(), String> {
        match self.stars {
            0..=5 => Ok(()),
            stars => Err(format!("{stars} stars is more than 5")),
        }
    }
}

/// Version 1 called the title `name`; version 2 had no stars.
fn v1_to_v2(mut data: Value) -> Result<Value, String> {
    let name = data
        .get_mut("name")
        .map(Value::take)
        .ok_or("it has no name")?;
    data["title"] = name;
    Ok(data)
}

fn v2_to_v3(mut data: Value) -> Result<Value, String> {
    data["stars"] = json!(0);
    Ok(data)
}

const MIGRATIONS: Migrations = Migrations {
    steps: &[v1_to_v2, v2_to_v3],
};

fn notes(store: &MemoryStore) -> RecordStore<MemoryStore, Note> {
    RecordStore::new(store.clone(), "test.note.", MIGRATIONS)
}

fn note(id: &str) -> Note {
    Note {
        id: id.into(),
        title: format!("note {id}"),
        stars: 3,
    }
}

#[test]
fn saved_records_load_back_equal() {
    let store = MemoryStore::default();
    notes(&store).save(&note("a")).unwrap();
    notes(&store).save(&note("b")).unwrap();
    let loaded = notes(&store).load_all().unwrap();
    assert_eq!(loaded.records, [note("a"), note("b")]);
    assert!(loaded.quarantined.is_empty());
}

#[test]
fn records_of_every_earlier_version_are_migrated() {
    let store = MemoryStore::default();
    store
        .set(
            "test.note.v1",
            r#"{"schema":1,"data":{"id":"v1","name":"old"}}"#,
        )
        .unwrap();
    store
        .set(
            "test.note.v2",
            r#"{"schema":2,"data":{"id":"v2","title":"newer"}}"#,
        )
        .unwrap();
    let loaded = notes(&store).load_all().unwrap();
    assert_eq!(
        loaded.records,
        [
            Note {
                id: "v1".into(),
                title: "old".into(),
                stars: 0
            },
            Note {
                id: "v2".into(),
                title: "newer".into(),
                stars: 0
            },
        ]
    );
}

#[test]
fn unreadable_records_are_kept_under_a_backup_key_and_the_rest_loads() {
    let store = MemoryStore::default();
    notes(&store).save(&note("good")).unwrap();
    let bad = [
        (
            "test.note.corrupt",
            "{not json".to_string(),
            "is not valid stored data",
        ),
        (
            "test.note.future",
            r#"{"schema":9,"data":{}}"#.to_string(),
            "schema version 9",
        ),
        (
            "test.note.invalid",
            r#"{"schema":3,"data":{"id":"invalid","title":"t","stars":9}}"#.to_string(),
            "9 stars is more than 5",
        ),
        (
            "test.note.misfiled",
            r#"{"schema":3,"data":{"id":"other","title":"t","stars":1}}"#.to_string(),
            "another id",
        ),
    ];
    for (key, raw, _) in &bad {
        store.set(key, raw).unwrap();
    }

    let loaded = notes(&store).load_all().unwrap();
    assert_eq!(loaded.records, [note("good")]);
    assert_eq!(loaded.quarantined.len(), bad.len());
    for (key, raw, reason) in &bad {
        let kept = loaded.quarantined.iter().find(|q| q.key == *key).unwrap();
        assert_eq!(&kept.raw, raw);
        assert!(kept.reason.contains(reason), "{}", kept.reason);
        assert_eq!(
            store
                .get(&format!("{BACKUP_PREFIX}{key}"))
                .unwrap()
                .as_ref(),
            Some(raw)
        );
        assert_eq!(store.get(key).unwrap(), None, "{key} moved out of the way");
    }

    // Reloading finds them among the backups, not again as new failures.
    assert!(notes(&store).load_all().unwrap().quarantined.is_empty());
    assert_eq!(notes(&store).backups().unwrap().len(), bad.len());
    notes(&store).discard_backups().unwrap();
    assert!(notes(&store).backups().unwrap().is_empty());
}

#[test]
fn a_record_that_cannot_be_backed_up_stays_where_it_is() {
    let store = MemoryStore::with_quota(40);
    store.set("test.note.x", "{broken").unwrap();
    let loaded = notes(&store).load_all().unwrap();
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(
        store.get("test.note.x").unwrap().as_deref(),
        Some("{broken")
    );
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_what_it_had() {
    let store = MemoryStore::with_quota(120);
    notes(&store).save(&note("a")).unwrap();
    let big = Note {
        title: "x".repeat(200),
        ..note("b")
    };
    assert_eq!(notes(&store).save(&big), Err(StoreError::QuotaExceeded));
    assert_eq!(notes(&store).load_all().unwrap().records, [note("a")]);
}

#[test]
fn other_keys_are_left_alone() {
    let store = MemoryStore::default();
    store.set("someone.else", "{not ours").unwrap();
    assert!(notes(&store).load_all().unwrap().quarantined.is_empty());
    assert_eq!(
        store.get("someone.else").unwrap().as_deref(),
        Some("{not ours")
    );
}
