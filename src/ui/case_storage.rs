//! Where the UI reads and writes cases: localStorage through the storage layer. Each function
//! does the I/O, then dispatches what came of it, so the reducer stays pure and the in-memory
//! state keeps every change even when the browser refuses to store it.

use super::browser;
use super::policy_storage;
use super::route::Route;
use super::state::{AppAction, AppContext, AppState};
use crate::domain::case::Case;
use crate::domain::sla::SlaEngine;
use crate::storage::cases::{case_store, CaseStore, CASE_PREFIX};
use crate::storage::local::LocalStore;
use std::collections::BTreeSet;
use std::rc::Rc;

fn store() -> CaseStore {
    case_store(LocalStore)
}

/// The state at start: the saved policy, else `built_in`; every case that can be read; and the
/// records that cannot, set aside.
pub fn initial_state(route: Route, built_in: Rc<SlaEngine>) -> AppState {
    let (saved_policy, policy_set_aside) = policy_storage::load_saved();
    let store = store();
    browser::mark("sla-desk:cases-loading");
    let loaded = store.load_all();
    browser::mark("sla-desk:cases-loaded");
    let (cases, set_aside, storage_problem) = match loaded {
        Ok(loaded) => {
            // Records set aside by an earlier visit are offered again until dismissed.
            let mut set_aside = store.backups().unwrap_or(loaded.quarantined);
            set_aside.extend(policy_set_aside);
            (loaded.records, set_aside, None)
        }
        Err(error) => (
            Vec::new(),
            Vec::new(),
            Some(format!("Your cases cannot be read: {error}.")),
        ),
    };
    AppState {
        route,
        policy_saved: saved_policy.is_some(),
        engine: saved_policy.unwrap_or_else(|| built_in.clone()),
        default_engine: built_in,
        site_policy_problem: None,
        cases: Rc::new(cases),
        unsaved: Rc::new(BTreeSet::new()),
        storage_problem,
        set_aside: Rc::new(set_aside),
        recently_deleted: None,
    }
}

/// Keeps `case` (new or changed) and writes it. The result says, in words, if storage refused.
pub fn save_case(state: &AppContext, case: Case) -> Result<(), String> {
    resave_unsaved(state);
    let saved = store().save(&case).map_err(|error| error.to_string());
    state.dispatch(AppAction::CaseChanged {
        case,
        saved: saved.clone(),
    });
    saved
}

/// Deletes the case; [`undo_delete`] brings it back.
pub fn delete_case(state: &AppContext, id: &str) {
    resave_unsaved(state);
    let saved = store().delete(id).map_err(|error| error.to_string());
    state.dispatch(AppAction::CaseDeleted {
        id: id.to_string(),
        saved,
    });
}

/// Brings back the case deleted last.
pub fn undo_delete(state: &AppContext) {
    if let Some(case) = state.recently_deleted.as_deref() {
        // A failure is kept in the state and shown with the other storage problems.
        let _ = save_case(state, case.clone());
    }
}

/// Writes imported cases.
pub fn save_imported(state: &AppContext, cases: Vec<Case>) {
    resave_unsaved(state);
    let store = store();
    let saved = cases
        .into_iter()
        .map(|case| {
            let result = store.save(&case).map_err(|error| error.to_string());
            (case, result)
        })
        .collect();
    state.dispatch(AppAction::CasesImported { saved });
}

/// Tries again to write every change storage refused before.
pub fn resave_unsaved(state: &AppContext) {
    if state.unsaved.is_empty() {
        return;
    }
    let store = store();
    let mut written = Vec::new();
    let mut problem = None;
    for id in state.unsaved.iter() {
        let result = match state.cases.iter().find(|case| &case.id == id) {
            Some(case) => store.save(case),
            None => store.delete(id),
        };
        match result {
            Ok(()) => written.push(id.clone()),
            Err(error) => problem = Some(error.to_string()),
        }
    }
    state.dispatch(AppAction::Resaved {
        ids: written,
        problem,
    });
}

/// Another tab wrote `key` (`None`: it cleared all storage): take its change in.
pub fn changed_elsewhere(state: &AppContext, key: Option<String>) {
    let store = store();
    let keys: Vec<String> = match key {
        Some(key) => vec![key],
        None => state.cases.iter().map(|case| store.key(&case.id)).collect(),
    };
    for key in keys {
        let Some(id) = key.strip_prefix(CASE_PREFIX) else {
            continue;
        };
        if let Ok(case) = store.load(&key) {
            state.dispatch(AppAction::ChangedElsewhere {
                id: id.to_string(),
                case,
            });
        }
    }
}

/// Forgets the records set aside, once the user has downloaded them or chosen not to.
pub fn dismiss_set_aside(state: &AppContext) -> Result<(), String> {
    store()
        .discard_backups()
        .map_err(|error| error.to_string())?;
    policy_storage::discard_backup()?;
    state.dispatch(AppAction::SetAsideDismissed);
    Ok(())
}
