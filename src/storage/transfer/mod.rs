//! Cases in and out of the app as files: JSON to move them between browsers without losing
//! anything, CSV for spreadsheets and ICS for calendars.
//!
//! Exports are pure functions of the cases and an instant; the UI offers the text as a
//! download. Import never changes anything itself: it returns the merged list and what
//! happened to each case, and the UI saves the result.

use chrono::{DateTime, SecondsFormat, Utc};

mod csv;
mod ics;
mod json;

pub use csv::export_csv;
pub use ics::export_ics;
pub use json::{
    export_json, import_json, megabytes, ImportError, ImportOutcome, Rejected, EXPORT_FORMAT,
    MAX_IMPORT_BYTES,
};

/// An instant as exports write it for people and spreadsheets: UTC, RFC 3339, whole seconds.
fn rfc3339_utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}
