//! The CSV export: one row per case with its clocks at an instant, for spreadsheets.

use chrono::{DateTime, Utc};

use crate::domain::case::Case;
use crate::domain::policy::ClockKind;
use crate::domain::sla::SlaEngine;

use super::rfc3339_utc;

/// One cell, safe to open in a spreadsheet: text that a spreadsheet would run as a formula
/// gets a leading apostrophe, and the cell is quoted per RFC 4180 where it needs to be.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|text| cell(text)).collect();
    cells.join(",") + "\r\n"
}

/// The cases as CSV (RFC 4180, CRLF line ends), with each clock's deadline and status at
/// instant `t`. A case whose clocks cannot be evaluated at `t` (not submitted by then, say)
/// has empty deadlines and the reason as each status.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use sla_desk::domain::case::Case;
/// use sla_desk::domain::policy::Policy;
/// use sla_desk::domain::priority::PriorityId;
/// use sla_desk::domain::sla::SlaEngine;
/// use sla_desk::storage::transfer::export_csv;
/// let engine = SlaEngine::new(Policy::default()).unwrap();
/// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
/// let case = Case::new("C-1", "=1+1, or worse", at("2026-12-04T14:30:00Z"), PriorityId::P4);
/// let csv = export_csv(&engine, &[case], at("2026-12-07T08:00:00Z"));
/// let row = csv.split("\r\n").nth(1).unwrap();
/// assert_eq!(
///     row,
///     "C-1,\"'=1+1, or worse\",P4,open,2026-12-04T14:30:00Z,\
///      2026-12-07T14:30:00Z,on track,,none,,none,,,"
/// );
/// ```
pub fn export_csv(engine: &SlaEngine, cases: &[Case], t: DateTime<Utc>) -> String {
    let mut header: Vec<String> = ["id", "title", "priority", "state", "submitted"]
        .map(String::from)
        .to_vec();
    for kind in ClockKind::ALL {
        header.push(format!("{kind} deadline"));
        header.push(format!("{kind} status"));
    }
    header.extend(["contact name", "contact email", "description"].map(String::from));
    let mut csv = row(&header);
    for case in cases {
        let mut cells = vec![
            case.id.clone(),
            case.title.clone(),
            case.priority()
                .map(|priority| priority.to_string())
                .unwrap_or_default(),
            case.state().to_string(),
            case.submitted_at().map(rfc3339_utc).unwrap_or_default(),
        ];
        match engine.clocks(case, t) {
            Ok(clocks) => {
                for clock in clocks {
                    cells.push(clock.deadline.map(rfc3339_utc).unwrap_or_default());
                    cells.push(clock.status.to_string());
                }
            }
            Err(error) => {
                for _ in ClockKind::ALL {
                    cells.push(String::new());
                    cells.push(error.to_string());
                }
            }
        }
        cells.extend([
            case.contact_name.clone(),
            case.contact_email.clone(),
            case.description.clone(),
        ]);
        csv.push_str(&row(&cells));
    }
    csv
}
