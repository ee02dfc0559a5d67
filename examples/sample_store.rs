//! Prints the localStorage entries of `count` generated cases, as a JSON object of key to
//! stored text: what the app would have written. Used by `scripts/bench-cases.sh`.
//!
//! `cargo run --release --example sample_store -- 10000 > store.json`

use sla_desk::domain::sample::sample_cases;
use sla_desk::storage::cases::case_store;
use sla_desk::storage::{KeyValueStore, MemoryStore};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(count) = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse::<usize>().ok())
    else {
        eprintln!("usage: sample_store <number of cases>");
        return ExitCode::FAILURE;
    };
    let memory = MemoryStore::default();
    let store = case_store(memory.clone());
    let entries: Result<serde_json::Map<String, serde_json::Value>, String> = (|| {
        for case in sample_cases(count, 2026) {
            store.save(&case).map_err(|error| error.to_string())?;
        }
        let mut entries = serde_json::Map::new();
        for key in memory.keys().map_err(|error| error.to_string())? {
            let value = memory
                .get(&key)
                .map_err(|error| error.to_string())?
                .unwrap_or_default();
            entries.insert(key, value.into());
        }
        Ok(entries)
    })();
    match entries {
        Ok(entries) => {
            println!("{}", serde_json::Value::Object(entries));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("could not generate the store: {error}");
            ExitCode::FAILURE
        }
    }
}
