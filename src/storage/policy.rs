//! The policy saved in this browser: one key, in the same versioned envelope as cases. A saved
//! policy that cannot be read is moved under the backup key and offered back, like a case.

use super::envelope::Migrations;
use super::local::LocalStore;
use super::store::{decode, encode, set_aside, KeyValueStore, Quarantined, StoreError};
use super::BACKUP_PREFIX;
use crate::domain::policy::Policy;
use crate::domain::sla::SlaEngine;

/// The key of the saved policy.
pub const POLICY_KEY: &str = "sla-desk.policy";

/// Schema 1 is the first; add a step here, never edit one, when the stored format changes.
/// (The policy's own `version` is the format of policy files; this is how this app stores one.)
pub const POLICY_MIGRATIONS: Migrations = Migrations { steps: &[] };

/// The policy saved in a key-value store.
#[derive(Debug, Clone, Default)]
pub struct PolicyStore<S = LocalStore> {
    store: S,
}

impl<S: KeyValueStore> PolicyStore<S> {
    pub fn new(store: S) -> Self {
        Self { store }
    }

    /// The saved policy, checked and compiled; `None` if there is none or it cannot be read,
    /// in which case it is set aside first (see [`Self::backup`]).
    pub fn load(&self) -> Result<Option<SlaEngine>, StoreError> {
        let Some(raw) = self.store.get(POLICY_KEY)? else {
            return Ok(None);
        };
        match read(POLICY_KEY, &raw) {
            Ok(engine) => Ok(Some(engine)),
            Err(_) => {
                set_aside(&self.store, POLICY_KEY, &raw)?;
                Ok(None)
            }
        }
    }

    /// Saves `policy` as the one that applies in this browser.
    pub fn save(&self, policy: &Policy) -> Result<(), StoreError> {
        self.store
            .set(POLICY_KEY, &encode(policy, &POLICY_MIGRATIONS)?)
    }

    /// Forgets the saved policy, so that the default applies again.
    pub fn clear(&self) -> Result<(), StoreError> {
        self.store.remove(POLICY_KEY)
    }

    /// The saved policy that could not be read, kept aside, with why.
    pub fn backup(&self) -> Result<Option<Quarantined>, StoreError> {
        Ok(self.store.get(&backup_key())?.map(|raw| Quarantined {
            key: POLICY_KEY.to_string(),
            reason: read(POLICY_KEY, &raw).err().unwrap_or_default(),
            raw,
        }))
    }

    /// Forgets the policy kept aside, once the user has saved it or chosen not to.
    pub fn discard_backup(&self) -> Result<(), StoreError> {
        self.store.remove(&backup_key())
    }
}

fn backup_key() -> String {
    format!("{BACKUP_PREFIX}{POLICY_KEY}")
}

fn read(key: &str, raw: &str) -> Result<SlaEngine, String> {
    let policy: Policy = decode(key, raw, &POLICY_MIGRATIONS)?;
    SlaEngine::new(policy).map_err(|error| format!("{key} is not a valid policy: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    fn store() -> (MemoryStore, PolicyStore<MemoryStore>) {
        let memory = MemoryStore::default();
        (memory.clone(), PolicyStore::new(memory))
    }

    fn friday_closes_at_three() -> Policy {
        let mut policy = Policy::default();
        policy.calendar.weekly.friday[0].close = "15:00".parse().unwrap();
        policy
    }

    #[test]
    fn nothing_saved_loads_as_none() {
        let (_, policies) = store();
        assert_eq!(policies.load(), Ok(None));
        assert_eq!(policies.backup(), Ok(None));
    }

    #[test]
    fn a_saved_policy_loads_back_compiled() {
        let (memory, policies) = store();
        policies.save(&friday_closes_at_three()).unwrap();
        let raw = memory.get(POLICY_KEY).unwrap().unwrap();
        assert!(raw.starts_with(r#"{"schema":1,"data":{"#), "{raw}");
        let engine = policies.load().unwrap().unwrap();
        assert_eq!(engine.policy(), &friday_closes_at_three());
    }

    #[test]
    fn clearing_brings_back_no_saved_policy() {
        let (_, policies) = store();
        policies.save(&friday_closes_at_three()).unwrap();
        policies.clear().unwrap();
        assert_eq!(policies.load(), Ok(None));
    }

    #[test]
    fn an_unreadable_policy_is_kept_aside_with_the_reason_and_not_loaded() {
        for (raw, reason) in [
            ("{not json", "sla-desk.policy is not valid stored data"),
            (
                r#"{"schema":2,"data":{}}"#,
                "sla-desk.policy cannot be upgraded: it was written with schema version 2",
            ),
            (
                r#"{"schema":1,"data":{"version":1}}"#,
                "sla-desk.policy does not hold a valid record (missing field `priorities`",
            ),
        ] {
            let (memory, policies) = store();
            memory.set(POLICY_KEY, raw).unwrap();
            assert_eq!(policies.load(), Ok(None), "{raw}");
            assert_eq!(memory.get(POLICY_KEY).unwrap(), None);
            assert_eq!(memory.get(&backup_key()).unwrap().as_deref(), Some(raw));
            let backup = policies.backup().unwrap().unwrap();
            assert_eq!(
                (backup.key.as_str(), backup.raw.as_str()),
                (POLICY_KEY, raw)
            );
            assert!(backup.reason.starts_with(reason), "{}", backup.reason);

            policies.discard_backup().unwrap();
            assert_eq!(policies.backup(), Ok(None));
        }
    }

    #[test]
    fn a_stored_policy_that_breaks_the_rules_is_kept_aside_naming_the_field() {
        let (memory, policies) = store();
        let invalid = Policy {
            at_risk_percent: 140,
            ..Policy::default()
        };
        policies.save(&invalid).unwrap();
        assert_eq!(policies.load(), Ok(None));
        let reason = policies.backup().unwrap().unwrap().reason;
        assert_eq!(
            reason,
            "sla-desk.policy is not a valid policy: at_risk_percent: must be between 0 and 100, not 140"
        );
        assert!(memory.get(POLICY_KEY).unwrap().is_none());
    }

    #[test]
    fn a_full_store_refuses_the_save_in_words() {
        let policies = PolicyStore::new(MemoryStore::with_quota(100));
        let error = policies.save(&Policy::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the browser's storage for this site is full"
        );
    }
}
