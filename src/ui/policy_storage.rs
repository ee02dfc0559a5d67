//! Where the UI reads and writes the policy: the one saved in this browser, and the site's
//! `policy.json` beside `index.html`. As in [`super::case_storage`], each function does the
//! I/O, then dispatches what came of it.

use super::browser;
use super::state::{AppAction, AppContext};
use crate::domain::policy::{Policy, PolicyError};
use crate::domain::sla::SlaEngine;
use crate::storage::local::LocalStore;
use crate::storage::policy::PolicyStore;
use crate::storage::Quarantined;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;

/// Where a site puts the policy that replaces the built-in one.
const SITE_POLICY_URL: &str = "policy.json";

fn store() -> PolicyStore {
    PolicyStore::new(LocalStore)
}

/// The policy saved in this browser, if one can be read, and the one kept aside because it
/// could not be, if any. Storage that cannot be reached at all is reported with the cases.
pub fn load_saved() -> (Option<Rc<SlaEngine>>, Option<Quarantined>) {
    let store = store();
    let saved = store.load().ok().flatten().map(Rc::new);
    (saved, store.backup().ok().flatten())
}

/// Saves `engine`'s policy and applies it. It applies even if the browser refuses to store it;
/// the result says so in words.
pub fn save(state: &AppContext, engine: Rc<SlaEngine>) -> Result<(), String> {
    let stored = store()
        .save(engine.policy())
        .map_err(|error| error.to_string());
    state.dispatch(AppAction::PolicyChanged(engine));
    stored
}

/// Forgets the saved policy; the default applies again.
pub fn reset(state: &AppContext) -> Result<(), String> {
    store().clear().map_err(|error| error.to_string())?;
    state.dispatch(AppAction::PolicyReset);
    Ok(())
}

/// Forgets the saved policy kept aside.
pub fn discard_backup() -> Result<(), String> {
    store().discard_backup().map_err(|error| error.to_string())
}

/// A policy file's text as an engine, or why not in words (every problem, each naming its
/// field).
pub fn read_policy(json: &str) -> Result<SlaEngine, String> {
    Policy::from_json(json)
        .and_then(SlaEngine::new)
        .map_err(|error| match error {
            PolicyError::Json(_) => error.to_string(),
            PolicyError::Invalid(problems) => problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        })
}

/// Reads the site's `policy.json` in the background and makes it the default. The app has
/// rendered with the saved or built-in policy by then; there being no such file is normal.
pub fn load_site_policy(state: &AppContext) {
    let state = state.clone();
    spawn_local(async move {
        let action = match browser::fetch_text(SITE_POLICY_URL).await {
            Ok(None) => return,
            Ok(Some(text)) => match read_policy(&text) {
                Ok(engine) => AppAction::SitePolicyLoaded(Rc::new(engine)),
                Err(error) => AppAction::SitePolicyFailed(error),
            },
            Err(error) => AppAction::SitePolicyFailed(error),
        };
        state.dispatch(action);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_file_reads_back_as_the_policy_it_was_written_from() {
        let engine = read_policy(&Policy::default().to_json()).unwrap();
        assert_eq!(engine.policy(), &Policy::default());
    }

    #[test]
    fn a_policy_file_that_cannot_be_used_says_why_in_words() {
        assert!(read_policy("<html>")
            .unwrap_err()
            .starts_with("the policy could not be read: expected value at line 1 column 1"));
        let json = Policy::default()
            .to_json()
            .replace("Europe/Oslo", "Europe/Olso")
            .replace("support@example.com", "support");
        assert_eq!(
            read_policy(&json).unwrap_err(),
            "support_email: \"support\" is not an email address; calendar.time_zone: unknown time zone \"Europe/Olso\" (did you mean \"Europe/Oslo\"?)"
        );
    }
}
