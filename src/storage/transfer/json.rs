//! The JSON export: every case in full, with the case schema, so that a later SLA Desk can
//! still read it through the same migrations as stored cases.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use std::collections::hash_map::{Entry, HashMap};
use std::fmt;

use crate::domain::case::Case;
use crate::storage::cases::CASE_MIGRATIONS;
use crate::storage::{read_tree, Envelope, StoredRecord};

/// The `"format"` of an SLA Desk case export.
pub const EXPORT_FORMAT: &str = "sla-desk-cases";

/// The largest file [`import_json`] reads: far more than a browser's localStorage holds, so
/// any real export fits, while a wrong file picked by mistake is refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// `cases` as a pretty-printed export file, stamped `exported_at`.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use sla_desk::domain::case::Case;
/// use sla_desk::domain::priority::PriorityId;
/// use sla_desk::storage::transfer::{export_json, import_json};
/// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
/// let cases = [Case::new("C-1", "Login fails", at("2026-12-04T14:30:00Z"), PriorityId::P1)];
/// let file = export_json(&cases, at("2026-12-05T09:00:00Z"));
/// assert!(file.starts_with("{\n  \"format\": \"sla-desk-cases\",\n  \"schema\": 2,"));
/// let outcome = import_json(&file, &[]).unwrap();
/// assert_eq!(outcome.merged, cases);
/// assert_eq!(outcome.summary(), "1 case added");
/// ```
pub fn export_json(cases: &[Case], exported_at: DateTime<Utc>) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT,
        schema: CASE_MIGRATIONS.current(),
        exported_at: super::rfc3339_utc(exported_at),
        cases,
    };
    // Serialising cannot fail: every map in a case has string keys.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The export file, its fields in the order people reading it want them.
#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'static str,
    schema: u32,
    exported_at: String,
    cases: &'a [Case],
}

/// Why a whole file was refused; nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all (serde's message, with line and column).
    NotJson(String),
    /// JSON, but not an SLA Desk case export; the text says what is missing.
    WrongFormat(String),
    /// Written with a case schema this version does not read (a newer app, say).
    UnknownSchema { schema: u64 },
}

/// Megabytes with one decimal, as file sizes are usually shown. Counted in whole tenths, so
/// that no float formatting (about 10 KB of wasm) is shipped for it.
///
/// ```
/// use sla_desk::storage::transfer::megabytes;
/// assert_eq!(megabytes(5 * 1024 * 1024), "5.0 MB");
/// assert_eq!(megabytes(6_346_000), "6.1 MB");
/// assert_eq!(megabytes(0), "0.0 MB");
/// ```
pub fn megabytes(bytes: usize) -> String {
    let mebibyte = 1024 * 1024;
    let tenths = (bytes * 10 + mebibyte / 2) / mebibyte;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file is {} ({bytes} bytes); SLA Desk imports files of at most {}",
                megabytes(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
            ImportError::NotJson(why) => write!(f, "the file is not JSON ({why})"),
            ImportError::WrongFormat(why) => {
                write!(f, "the file is not an SLA Desk case export: {why}")
            }
            ImportError::UnknownSchema { schema } => write!(
                f,
                "the file was written with case schema {schema}, and this version of SLA Desk \
                 reads 1 to {}; a newer SLA Desk may read it",
                CASE_MIGRATIONS.current()
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// A case of the file that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based place in the file's list of cases.
    pub position: usize,
    /// The case's id, if it could be read.
    pub id: Option<String>,
    /// Why, in words.
    pub reason: String,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "case {} in the file", self.position)?;
        if let Some(id) = &self.id {
            write!(f, " ({id})")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    /// The resulting list: the cases already here in their order, updated ones in their
    /// place, then the added ones in file order.
    pub merged: Vec<Case>,
    /// Ids of the cases that were new here.
    pub added: Vec<String>,
    /// Ids of the cases replaced by a higher revision from the file.
    pub updated: Vec<String>,
    /// Ids of the cases whose revision here was the same or higher, left as they were.
    pub kept: Vec<String>,
    pub rejected: Vec<Rejected>,
}

impl ImportOutcome {
    /// One sentence for the user: "2 cases added, 1 updated, 1 kept as it was here,
    /// 1 rejected". Counts of zero are left out.
    pub fn summary(&self) -> String {
        let kept = if self.kept.len() == 1 {
            "kept as it was here"
        } else {
            "kept as they were here"
        };
        let parts: Vec<String> = [
            (self.added.len(), "added"),
            (self.updated.len(), "updated"),
            (self.kept.len(), kept),
            (self.rejected.len(), "rejected"),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .enumerate()
        .map(|(index, (count, what))| match (index, count) {
            (0, 1) => format!("1 case {what}"),
            (0, count) => format!("{count} cases {what}"),
            (_, count) => format!("{count} {what}"),
        })
        .collect();
        if parts.is_empty() {
            "the file has no cases".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// The file's case schema, if this version reads it.
fn schema_of(file: &Value) -> Result<u32, ImportError> {
    let schema = file
        .get("schema")
        .ok_or_else(|| ImportError::WrongFormat("it has no \"schema\"".into()))?
        .as_u64()
        .ok_or_else(|| ImportError::WrongFormat("its \"schema\" is not a whole number".into()))?;
    match u32::try_from(schema) {
        Ok(readable) if (1..=CASE_MIGRATIONS.current()).contains(&readable) => Ok(readable),
        _ => Err(ImportError::UnknownSchema { schema }),
    }
}

/// One case of the file, brought up to date and checked as a stored case would be.
fn read_case(schema: u32, data: Value) -> Result<Case, String> {
    let data = CASE_MIGRATIONS
        .upgrade(Envelope { schema, data })
        .map_err(|why| format!("it cannot be upgraded: {why}"))?;
    let case: Case =
        read_tree(data).map_err(|error| format!("it is not a valid case ({error})"))?;
    case.validate()?;
    Ok(case)
}

/// Reads an export file and merges its cases into `existing` by id: a new id is added, a
/// higher revision replaces the case here, and a case here with the same or a higher
/// revision is kept. Cases that cannot be read are rejected one by one with the reason; a
/// file that is not an export at all is refused whole.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use sla_desk::domain::case::{Case, CaseEvent, CaseEventKind};
/// use sla_desk::domain::priority::PriorityId;
/// use sla_desk::storage::transfer::{export_json, import_json};
/// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
/// let here = Case::new("C-1", "Login fails", at("2026-12-04T14:30:00Z"), PriorityId::P1);
/// let mut there = here.clone();
/// there.record(CaseEvent { at: at("2026-12-04T14:40:00Z"), kind: CaseEventKind::FirstResponse }).unwrap();
/// let file = export_json(&[there.clone()], at("2026-12-05T09:00:00Z"));
/// let outcome = import_json(&file, &[here]).unwrap();
/// assert_eq!(outcome.summary(), "1 case updated");
/// assert_eq!(outcome.merged, [there]);
/// assert!(import_json("[1, 2]", &[]).unwrap_err().to_string().starts_with("the file is not an SLA Desk case export"));
/// ```
pub fn import_json(text: &str, existing: &[Case]) -> Result<ImportOutcome, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let mut file: Value =
        serde_json::from_str(text).map_err(|error| ImportError::NotJson(error.to_string()))?;
    match file.get("format").and_then(Value::as_str) {
        Some(EXPORT_FORMAT) => {}
        Some(other) => {
            return Err(ImportError::WrongFormat(format!(
                "its \"format\" is \"{other}\", not \"{EXPORT_FORMAT}\""
            )))
        }
        None => {
            return Err(ImportError::WrongFormat(format!(
                "it has no \"format\": \"{EXPORT_FORMAT}\""
            )))
        }
    }
    let schema = schema_of(&file)?;
    let Some(Value::Array(records)) = file.get_mut("cases").map(Value::take) else {
        return Err(ImportError::WrongFormat(
            "it has no list of \"cases\"".into(),
        ));
    };

    let mut outcome = ImportOutcome {
        merged: existing.to_vec(),
        added: Vec::new(),
        updated: Vec::new(),
        kept: Vec::new(),
        rejected: Vec::new(),
    };
    let mut place: HashMap<String, usize> = existing
        .iter()
        .enumerate()
        .map(|(index, case)| (case.id.clone(), index))
        .collect();
    // Where in the file each id was first seen, to reject a second copy.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, record) in records.into_iter().enumerate() {
        let position = index + 1;
        let id = record.get("id").and_then(Value::as_str).map(str::to_string);
        let reject = |reason: String| Rejected {
            position,
            id: id.clone(),
            reason,
        };
        let case = match read_case(schema, record) {
            Ok(case) => case,
            Err(reason) => {
                outcome.rejected.push(reject(reason));
                continue;
            }
        };
        match seen.entry(case.id.clone()) {
            Entry::Occupied(first) => {
                outcome.rejected.push(reject(format!(
                    "the file has a case with this id already, at position {}",
                    first.get()
                )));
                continue;
            }
            Entry::Vacant(first) => {
                first.insert(position);
            }
        }
        match place.get(&case.id) {
            None => {
                place.insert(case.id.clone(), outcome.merged.len());
                outcome.added.push(case.id.clone());
                outcome.merged.push(case);
            }
            Some(&here) if outcome.merged[here].revision < case.revision => {
                outcome.updated.push(case.id.clone());
                outcome.merged[here] = case;
            }
            Some(_) => outcome.kept.push(case.id),
        }
    }
    Ok(outcome)
}
