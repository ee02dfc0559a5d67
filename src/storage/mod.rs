//! Storage: versioned records in a key-value store (the browser's localStorage in the app, a
//! map in tests).
//!
//! Each record is kept under its own key, so two tabs editing different records never
//! overwrite each other. Each is wrapped in an [`Envelope`] with its schema version and brought
//! up to date by the [`Migrations`] on the way in. A record that cannot be read is never
//! dropped: it is moved under a backup key, reported, and can be offered back to the user.

pub mod cases;
mod envelope;
pub mod local;
mod memory;
pub mod policy;
mod store;
pub mod transfer;

pub use envelope::{read_tree, Envelope, Migration, Migrations};
pub use memory::MemoryStore;
pub use store::{
    KeyValueStore, Loaded, Quarantined, RecordStore, StoreError, StoredRecord, BACKUP_PREFIX,
};
