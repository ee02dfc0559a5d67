use super::envelope::{read_tree, Envelope, Migrations};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use serde_json::value::RawValue;
use std::fmt;
use std::marker::PhantomData;

/// An envelope as stored, its data not parsed yet.
#[derive(Deserialize)]
struct RawEnvelope<'a> {
    schema: u32,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// Where a record that could not be read is kept: this prefix, then its original key.
pub const BACKUP_PREFIX: &str = "sla-desk.backup.";

/// Why the store could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser offers no storage here (a private window or a blocked iframe, say).
    Unavailable(String),
    /// The browser's storage is full.
    QuotaExceeded,
    /// Anything else the browser said.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable(why) => write!(
                f,
                "this browser does not let SLA Desk store data here ({why})"
            ),
            Self::QuotaExceeded => write!(f, "the browser's storage for this site is full"),
            Self::Failed(why) => write!(f, "the browser could not store the data ({why})"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string-to-string store such as localStorage. Methods take `&self`, as the browser's do.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A record type that can be stored: it has an id and can check itself.
pub trait StoredRecord: Serialize + DeserializeOwned {
    fn id(&self) -> &str;
    /// Whether a record read back makes sense; `Err` says in words why not.
    fn validate(&self) -> Result<(), String>;
}

/// A stored record that could not be read, kept under a backup key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// The key it was stored under.
    pub key: String,
    /// Exactly what was stored.
    pub raw: String,
    /// Why it could not be read, in words.
    pub reason: String,
}

/// What loading found: the records it could read, and those it put aside.
#[derive(Debug)]
pub struct Loaded<T> {
    pub records: Vec<T>,
    pub quarantined: Vec<Quarantined>,
}

/// Records of one type, each under `prefix` + its id.
pub struct RecordStore<S, T> {
    store: S,
    prefix: &'static str,
    migrations: Migrations,
    record: PhantomData<T>,
}

impl<S: KeyValueStore, T: StoredRecord> RecordStore<S, T> {
    pub fn new(store: S, prefix: &'static str, migrations: Migrations) -> Self {
        Self {
            store,
            prefix,
            migrations,
            record: PhantomData,
        }
    }

    /// The key a record with this id is stored under.
    pub fn key(&self, id: &str) -> String {
        format!("{}{id}", self.prefix)
    }

    /// Whether `key` holds one of these records (another tab's change, say).
    pub fn owns_key(&self, key: &str) -> bool {
        key.starts_with(self.prefix)
    }

    /// Reads every record. Those that cannot be read move under a backup key and are
    /// reported; if even that fails they stay where they are, and are still reported.
    pub fn load_all(&self) -> Result<Loaded<T>, StoreError> {
        let mut loaded = Loaded {
            records: Vec::new(),
            quarantined: Vec::new(),
        };
        let mut keys: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter(|key| self.owns_key(key))
            .collect();
        keys.sort();
        for key in keys {
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            match self.read(&key, &raw) {
                Ok(record) => loaded.records.push(record),
                Err(reason) => {
                    set_aside(&self.store, &key, &raw)?;
                    loaded.quarantined.push(Quarantined { key, raw, reason });
                }
            }
        }
        Ok(loaded)
    }

    /// Reads the record under `key`, if there is one that can be read.
    pub fn load(&self, key: &str) -> Result<Option<T>, StoreError> {
        Ok(self
            .store
            .get(key)?
            .and_then(|raw| self.read(key, &raw).ok()))
    }

    /// Writes `record` with the current schema version.
    pub fn save(&self, record: &T) -> Result<(), StoreError> {
        self.store
            .set(&self.key(record.id()), &encode(record, &self.migrations)?)
    }

    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        self.store.remove(&self.key(id))
    }

    /// Every record put aside so far, oldest key first.
    pub fn backups(&self) -> Result<Vec<Quarantined>, StoreError> {
        let mut backups = Vec::new();
        for backup_key in self.store.keys()? {
            let Some(key) = backup_key.strip_prefix(BACKUP_PREFIX) else {
                continue;
            };
            if !self.owns_key(key) {
                continue;
            }
            if let Some(raw) = self.store.get(&backup_key)? {
                let reason = self.read(key, &raw).err().unwrap_or_default();
                backups.push(Quarantined {
                    key: key.to_string(),
                    raw,
                    reason,
                });
            }
        }
        backups.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(backups)
    }

    /// Forgets the records put aside, once the user has saved them or chosen to.
    pub fn discard_backups(&self) -> Result<(), StoreError> {
        for backup in self.backups()? {
            self.store
                .remove(&format!("{BACKUP_PREFIX}{}", backup.key))?;
        }
        Ok(())
    }

    fn read(&self, key: &str, raw: &str) -> Result<T, String> {
        let record: T = decode(key, raw, &self.migrations)?;
        record.validate().map_err(|why| format!("{key}: {why}"))?;
        if self.key(record.id()) != key {
            return Err(format!(
                "{key} holds the record of another id, \"{}\"",
                record.id()
            ));
        }
        Ok(record)
    }
}

/// `value` in an envelope of the current schema version, as stored.
pub(super) fn encode<T: Serialize>(
    value: &T,
    migrations: &Migrations,
) -> Result<String, StoreError> {
    // Written as text straight away: a JSON tree first would build in a second serializer.
    #[derive(Serialize)]
    struct EnvelopeOf<'a, T> {
        schema: u32,
        data: &'a T,
    }
    let envelope = EnvelopeOf {
        schema: migrations.current(),
        data: value,
    };
    serde_json::to_string(&envelope).map_err(|error| StoreError::Failed(error.to_string()))
}

/// The value stored under `key` as `raw`, brought up to date; `Err` says in words why not.
pub(super) fn decode<T: DeserializeOwned>(
    key: &str,
    raw: &str,
    migrations: &Migrations,
) -> Result<T, String> {
    let envelope: RawEnvelope = serde_json::from_str(raw)
        .map_err(|error| format!("{key} is not valid stored data ({error})"))?;
    let invalid =
        |error: serde_json::Error| format!("{key} does not hold a valid record ({error})");
    // Data of the current schema goes straight into the record; only older data takes the
    // slower way through a JSON tree and the migrations. Loading thousands of cases at start
    // is mostly the former.
    if envelope.schema == migrations.current() {
        return serde_json::from_str(envelope.data.get()).map_err(invalid);
    }
    let data = serde_json::from_str(envelope.data.get()).map_err(invalid)?;
    let data = migrations
        .upgrade(Envelope {
            schema: envelope.schema,
            data,
        })
        .map_err(|why| format!("{key} cannot be upgraded: {why}"))?;
    read_tree(data).map_err(|error| format!("{key} does not hold a valid record ({error})"))
}

/// Moves what cannot be read under its backup key. If even that fails it stays where it is:
/// losing it would be worse than reading it again next time.
pub(super) fn set_aside<S: KeyValueStore>(
    store: &S,
    key: &str,
    raw: &str,
) -> Result<(), StoreError> {
    if store.set(&format!("{BACKUP_PREFIX}{key}"), raw).is_ok() {
        store.remove(key)?;
    }
    Ok(())
}
