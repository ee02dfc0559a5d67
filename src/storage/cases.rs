//! Cases in the browser's storage: one key a case.

use serde_json::Value;

use super::envelope::Migrations;
use super::local::LocalStore;
use super::store::{KeyValueStore, RecordStore, StoredRecord};
use crate::domain::case::{Case, CaseEventKind};

/// The key prefix of stored cases.
pub const CASE_PREFIX: &str = "sla-desk.case.";

/// Schema 1 is the first; add a step here, never edit one, when the case format changes.
///
/// - 2: cases count revisions.
pub const CASE_MIGRATIONS: Migrations = Migrations {
    steps: &[count_revisions],
};

/// Schema 1 to 2: a case had no revision. Every change since the case was created added an
/// event, so the events count them.
fn count_revisions(mut data: Value) -> Result<Value, String> {
    let events = match data.get("events") {
        None => 0,
        Some(events) => events
            .as_array()
            .map(Vec::len)
            .ok_or("its events are not a list")?,
    };
    let case = data.as_object_mut().ok_or("it is not a case")?;
    case.insert("revision".into(), events.into());
    Ok(data)
}

impl StoredRecord for Case {
    fn id(&self) -> &str {
        &self.id
    }

    /// A case read back must make sense as a whole: a title, a submission first, and every
    /// later event possible where it stands. Replaying the events through [`Case::record`]
    /// applies exactly the rules that recording them did.
    fn validate(&self) -> Result<(), String> {
        if self.id.trim().is_empty() {
            return Err("the case has no id".into());
        }
        if self.title.trim().is_empty() {
            return Err("the case has no title".into());
        }
        if self.revision == 0 {
            return Err("the case's revision is 0; revisions start at 1".into());
        }
        let Some((first, rest)) = self.events.split_first() else {
            return Err("the case has no events".into());
        };
        let CaseEventKind::Submitted { priority } = first.kind else {
            return Err("the case's first event is not its submission".into());
        };
        let mut replay = Case::new(self.id.clone(), self.title.clone(), first.at, priority);
        for event in rest {
            replay
                .record(event.clone())
                .map_err(|error| error.to_string())?;
        }
        Ok(())
    }
}

/// The cases of this browser.
pub type CaseStore<S = LocalStore> = RecordStore<S, Case>;

/// The case store over `store`.
pub fn case_store<S: KeyValueStore>(store: S) -> CaseStore<S> {
    RecordStore::new(store, CASE_PREFIX, CASE_MIGRATIONS)
}
