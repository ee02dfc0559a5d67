//! The case model: who reported what, and the dated events that drive its clocks.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

use super::priority::PriorityId;
use super::questionnaire::Outcome;

/// A support case. Its events are in time order; [`Case::record`] keeps them so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub id: String,
    /// 1 for a new case, one more for every change ([`Case::record`], [`Case::edit`]), so that
    /// of two copies of a case (another browser's export, say) the later one can be told.
    pub revision: u32,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    /// The questionnaire's answer, if the priority came from it ("why P2").
    #[serde(default)]
    pub classification: Option<Outcome>,
    #[serde(default)]
    pub events: Vec<CaseEvent>,
}

/// Something that happened to a case, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredEvent")]
pub struct CaseEvent {
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: CaseEventKind,
}

/// A case event as JSON holds it: one flat object, `{"at": ..., "type": "note", "text": ...}`.
///
/// Read as this plain struct and then checked, rather than through serde's `flatten` and
/// internally tagged enum, which buffer every event and deserialize it twice over (about 20 KB
/// of wasm for the two record types that have this shape).
#[derive(Deserialize)]
struct StoredEvent {
    #[serde(deserialize_with = "super::calendar::dates::rfc3339")]
    at: DateTime<Utc>,
    #[serde(rename = "type")]
    kind: String,
    priority: Option<PriorityId>,
    to: Option<PriorityId>,
    #[serde(default)]
    reason: String,
    text: Option<String>,
}

impl TryFrom<StoredEvent> for CaseEvent {
    type Error = String;

    fn try_from(stored: StoredEvent) -> Result<CaseEvent, String> {
        let missing = |field: &str| format!("missing field `{field}`");
        let kind = match stored.kind.as_str() {
            "submitted" => CaseEventKind::Submitted {
                priority: stored.priority.ok_or_else(|| missing("priority"))?,
            },
            "priority_changed" => CaseEventKind::PriorityChanged {
                to: stored.to.ok_or_else(|| missing("to"))?,
                reason: stored.reason,
            },
            "first_response" => CaseEventKind::FirstResponse,
            "work_started" => CaseEventKind::WorkStarted,
            "update_given" => CaseEventKind::UpdateGiven,
            "waiting_on_customer" => CaseEventKind::WaitingOnCustomer,
            "resumed" => CaseEventKind::Resumed,
            "resolved" => CaseEventKind::Resolved,
            "reopened" => CaseEventKind::Reopened,
            "closed" => CaseEventKind::Closed,
            "note" => CaseEventKind::Note {
                text: stored.text.ok_or_else(|| missing("text"))?,
            },
            other => return Err(format!("unknown event type `{other}`")),
        };
        Ok(CaseEvent {
            at: stored.at,
            kind,
        })
    }
}

/// What happened. In JSON the kind is the `"type"` field, in snake case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CaseEventKind {
    /// The case was submitted; all clocks start.
    Submitted { priority: PriorityId },
    /// Re-classified; clocks take the new targets, still counted from submission.
    PriorityChanged {
        to: PriorityId,
        #[serde(default)]
        reason: String,
    },
    /// The first response to the customer; stops the initial-response clock.
    FirstResponse,
    /// Work to resolve started; stops the actions clock.
    WorkStarted,
    /// The customer contact was updated; the update clock starts over.
    UpdateGiven,
    /// Waiting on the customer; pausable clocks stop.
    WaitingOnCustomer,
    /// The customer answered; pausable clocks run again.
    Resumed,
    /// Resolved; all clocks stop.
    Resolved,
    /// Opened again after resolution; the update clock starts over.
    Reopened,
    /// Closed for good.
    Closed,
    /// A note; changes nothing.
    Note { text: String },
}

impl CaseEventKind {
    /// What recording this event does, in words, for error messages.
    fn verb(&self) -> &'static str {
        match self {
            CaseEventKind::Submitted { .. } => "submit the case",
            CaseEventKind::PriorityChanged { .. } => "change the priority",
            CaseEventKind::FirstResponse => "record the first response",
            CaseEventKind::WorkStarted => "record that work started",
            CaseEventKind::UpdateGiven => "record an update",
            CaseEventKind::WaitingOnCustomer => "wait on the customer",
            CaseEventKind::Resumed => "resume",
            CaseEventKind::Resolved => "resolve the case",
            CaseEventKind::Reopened => "reopen the case",
            CaseEventKind::Closed => "close the case",
            CaseEventKind::Note { .. } => "add a note",
        }
    }
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// Not submitted yet.
    Draft,
    Open,
    WaitingOnCustomer,
    Resolved,
    Closed,
}

impl fmt::Display for CaseState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CaseState::Draft => "not submitted",
            CaseState::Open => "open",
            CaseState::WaitingOnCustomer => "waiting on the customer",
            CaseState::Resolved => "resolved",
            CaseState::Closed => "closed",
        })
    }
}

/// The details of a case that people type, as [`Case::edit`] takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseDetails {
    pub title: String,
    pub description: String,
    pub contact_name: String,
    pub contact_email: String,
}

/// Whether `text` looks like an email address, `name@domain.tld`: enough to catch a typo, not
/// a promise that mail will arrive.
///
/// ```
/// use sla_desk::domain::case::looks_like_email;
/// assert!(looks_like_email("kari@example.no"));
/// assert!(!looks_like_email("kari@example"));
/// assert!(!looks_like_email("kari at example.no"));
/// ```
pub fn looks_like_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(name, domain)| {
        !name.is_empty()
            && domain.contains('.')
            && !domain.contains('@')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !text.contains(char::is_whitespace)
}

/// Why an event cannot be recorded, or details cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseError {
    /// Dated before the latest event already recorded.
    OutOfOrder {
        at: DateTime<Utc>,
        latest: DateTime<Utc>,
    },
    /// Not possible in the case's current state; the text says why.
    NotAllowed {
        action: &'static str,
        reason: String,
    },
    /// The title is empty or blank.
    MissingTitle,
    /// The contact email given does not look like one.
    BadEmail(String),
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaseError::OutOfOrder { at, latest } => write!(
                f,
                "the event is dated {at}, before the case's latest event ({latest})"
            ),
            CaseError::NotAllowed { action, reason } => write!(f, "cannot {action}: {reason}"),
            CaseError::MissingTitle => f.write_str("a case needs a title"),
            CaseError::BadEmail(email) => write!(
                f,
                "\"{email}\" does not look like an email address (name@example.com)"
            ),
        }
    }
}

impl std::error::Error for CaseError {}

/// What the events so far add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Summary {
    state: CaseState,
    priority: Option<PriorityId>,
    responded: bool,
    work_started: bool,
}

impl Summary {
    fn of(events: &[CaseEvent]) -> Summary {
        let mut summary = Summary {
            state: CaseState::Draft,
            priority: None,
            responded: false,
            work_started: false,
        };
        for event in events {
            summary.apply(&event.kind);
        }
        summary
    }

    fn apply(&mut self, kind: &CaseEventKind) {
        match kind {
            CaseEventKind::Submitted { priority } => {
                self.state = CaseState::Open;
                self.priority = Some(*priority);
            }
            CaseEventKind::PriorityChanged { to, .. } => self.priority = Some(*to),
            CaseEventKind::FirstResponse => self.responded = true,
            CaseEventKind::WorkStarted => self.work_started = true,
            CaseEventKind::WaitingOnCustomer => self.state = CaseState::WaitingOnCustomer,
            CaseEventKind::Resumed | CaseEventKind::Reopened => self.state = CaseState::Open,
            CaseEventKind::Resolved => self.state = CaseState::Resolved,
            CaseEventKind::Closed => self.state = CaseState::Closed,
            CaseEventKind::UpdateGiven | CaseEventKind::Note { .. } => {}
        }
    }

    /// Why `kind` cannot happen now, if it cannot.
    fn refusal(&self, kind: &CaseEventKind) -> Option<String> {
        use CaseState::*;
        let state = self.state;
        let active = matches!(state, Open | WaitingOnCustomer);
        let not_active = || format!("the case is {state}");
        match kind {
            CaseEventKind::Submitted { .. } => {
                (state != Draft).then(|| "the case was already submitted".to_string())
            }
            _ if state == Draft => Some("the case has not been submitted yet".to_string()),
            CaseEventKind::Note { .. } => None,
            CaseEventKind::PriorityChanged { to, .. } if active && self.priority == Some(*to) => {
                Some(format!("the case is already {to}"))
            }
            CaseEventKind::FirstResponse if active && self.responded => {
                Some("the first response was already given".to_string())
            }
            CaseEventKind::WorkStarted if active && self.work_started => {
                Some("work already started".to_string())
            }
            CaseEventKind::PriorityChanged { .. }
            | CaseEventKind::FirstResponse
            | CaseEventKind::WorkStarted
            | CaseEventKind::UpdateGiven
            | CaseEventKind::Resolved => (!active).then(not_active),
            CaseEventKind::WaitingOnCustomer => (state != Open).then(not_active),
            CaseEventKind::Resumed => (state != WaitingOnCustomer)
                .then(|| format!("the case is {state}, not waiting on the customer")),
            CaseEventKind::Reopened => {
                (state != Resolved).then(|| format!("the case is {state}, not resolved"))
            }
            CaseEventKind::Closed => (state == Closed).then(not_active),
        }
    }
}

impl Case {
    /// A case submitted at `at` with `priority`; the other details start empty.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use sla_desk::domain::case::{Case, CaseEvent, CaseEventKind, CaseState};
    /// use sla_desk::domain::priority::PriorityId;
    /// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    /// let mut case = Case::new("C-1", "Login fails", at("2026-12-04T14:30:00Z"), PriorityId::P1);
    /// case.record(CaseEvent { at: at("2026-12-04T14:40:00Z"), kind: CaseEventKind::WaitingOnCustomer }).unwrap();
    /// assert_eq!(case.state(), CaseState::WaitingOnCustomer);
    /// let error = case.record(CaseEvent { at: at("2026-12-04T14:35:00Z"), kind: CaseEventKind::Resumed });
    /// assert!(error.unwrap_err().to_string().starts_with("the event is dated"));
    /// ```
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        submitted_at: DateTime<Utc>,
        priority: PriorityId,
    ) -> Case {
        Case {
            id: id.into(),
            revision: 1,
            title: title.into(),
            description: String::new(),
            contact_name: String::new(),
            contact_email: String::new(),
            classification: None,
            events: vec![CaseEvent {
                at: submitted_at,
                kind: CaseEventKind::Submitted { priority },
            }],
        }
    }

    /// Adds an event, if it comes in order and is possible in the case's current state, and
    /// counts a revision.
    pub fn record(&mut self, event: CaseEvent) -> Result<(), CaseError> {
        if let Some(latest) = self.events.last() {
            if event.at < latest.at {
                return Err(CaseError::OutOfOrder {
                    at: event.at,
                    latest: latest.at,
                });
            }
        }
        if let Some(reason) = Summary::of(&self.events).refusal(&event.kind) {
            return Err(CaseError::NotAllowed {
                action: event.kind.verb(),
                reason,
            });
        }
        self.events.push(event);
        self.revision = self.revision.saturating_add(1);
        Ok(())
    }

    /// Replaces the typed details, trimmed, if the title is not blank and the email, when
    /// given, looks like one. Counts a revision only if something changed, so that saving an
    /// unchanged form does not make this copy win over another one that did change.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use sla_desk::domain::case::{Case, CaseDetails};
    /// use sla_desk::domain::priority::PriorityId;
    /// let submitted = "2026-12-04T14:30:00Z".parse::<DateTime<Utc>>().unwrap();
    /// let mut case = Case::new("C-1", "Login fails", submitted, PriorityId::P2);
    /// let details = CaseDetails {
    ///     title: " Login fails for all users ".into(),
    ///     contact_email: "kari@example.no".into(),
    ///     ..CaseDetails::default()
    /// };
    /// case.edit(details.clone()).unwrap();
    /// assert_eq!((case.title.as_str(), case.revision), ("Login fails for all users", 2));
    /// let typo = CaseDetails { contact_email: "kari@example".into(), ..details };
    /// assert_eq!(
    ///     case.edit(typo).unwrap_err().to_string(),
    ///     "\"kari@example\" does not look like an email address (name@example.com)"
    /// );
    /// ```
    pub fn edit(&mut self, details: CaseDetails) -> Result<(), CaseError> {
        let title = details.title.trim();
        if title.is_empty() {
            return Err(CaseError::MissingTitle);
        }
        let email = details.contact_email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            return Err(CaseError::BadEmail(email.to_string()));
        }
        let details = [
            title,
            details.description.trim(),
            details.contact_name.trim(),
            email,
        ];
        let current = [
            &self.title,
            &self.description,
            &self.contact_name,
            &self.contact_email,
        ];
        if current != details {
            [
                self.title,
                self.description,
                self.contact_name,
                self.contact_email,
            ] = details.map(str::to_string);
            self.revision = self.revision.saturating_add(1);
        }
        Ok(())
    }

    /// The events up to and including `t`.
    pub fn events_until(&self, t: DateTime<Utc>) -> &[CaseEvent] {
        &self.events[..self.events.partition_point(|event| event.at <= t)]
    }

    /// When the case was submitted.
    pub fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.events
            .iter()
            .find(|event| matches!(event.kind, CaseEventKind::Submitted { .. }))
            .map(|event| event.at)
    }

    /// The current priority.
    pub fn priority(&self) -> Option<PriorityId> {
        Summary::of(&self.events).priority
    }

    /// The current state.
    pub fn state(&self) -> CaseState {
        Summary::of(&self.events).state
    }

    /// The priority at instant `t`.
    pub fn priority_at(&self, t: DateTime<Utc>) -> Option<PriorityId> {
        Summary::of(self.events_until(t)).priority
    }

    /// The state at instant `t`.
    pub fn state_at(&self, t: DateTime<Utc>) -> CaseState {
        Summary::of(self.events_until(t)).state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseEventKind::*;

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-12-07T10:{minute:02}:00Z").parse().unwrap()
    }

    fn case() -> Case {
        Case::new("C-1", "Down", at(0), PriorityId::P1)
    }

    fn record(case: &mut Case, minute: u32, kind: CaseEventKind) -> Result<(), String> {
        case.record(CaseEvent {
            at: at(minute),
            kind,
        })
        .map_err(|error| error.to_string())
    }

    #[test]
    fn a_full_life_is_accepted() {
        let mut case = case();
        for (minute, kind) in [
            (1, FirstResponse),
            (2, WaitingOnCustomer),
            (3, Resumed),
            (4, WorkStarted),
            (
                4,
                PriorityChanged {
                    to: PriorityId::P2,
                    reason: "less severe".into(),
                },
            ),
            (5, UpdateGiven),
            (6, Resolved),
            (7, Reopened),
            (8, Resolved),
            (9, Closed),
            (
                9,
                Note {
                    text: "done".into(),
                },
            ),
        ] {
            record(&mut case, minute, kind).unwrap();
        }
        assert_eq!(case.state(), CaseState::Closed);
        assert_eq!(case.priority(), Some(PriorityId::P2));
        assert_eq!(case.state_at(at(2)), CaseState::WaitingOnCustomer);
        assert_eq!(case.priority_at(at(3)), Some(PriorityId::P1));
    }

    #[test]
    fn illegal_events_are_refused_in_words() {
        let mut case = case();
        assert_eq!(
            record(&mut case, 1, Resumed).unwrap_err(),
            "cannot resume: the case is open, not waiting on the customer"
        );
        record(&mut case, 1, WorkStarted).unwrap();
        assert_eq!(
            record(&mut case, 2, WorkStarted).unwrap_err(),
            "cannot record that work started: work already started"
        );
        assert_eq!(
            record(
                &mut case,
                2,
                Submitted {
                    priority: PriorityId::P2
                }
            )
            .unwrap_err(),
            "cannot submit the case: the case was already submitted"
        );
        record(&mut case, 3, Resolved).unwrap();
        assert_eq!(
            record(&mut case, 4, Resolved).unwrap_err(),
            "cannot resolve the case: the case is resolved"
        );
        assert_eq!(
            record(
                &mut case,
                4,
                PriorityChanged {
                    to: PriorityId::P3,
                    reason: String::new()
                }
            )
            .unwrap_err(),
            "cannot change the priority: the case is resolved"
        );
    }

    #[test]
    fn events_before_submission_or_out_of_order_are_refused() {
        let mut draft = Case {
            events: Vec::new(),
            ..case()
        };
        assert_eq!(
            record(&mut draft, 1, FirstResponse).unwrap_err(),
            "cannot record the first response: the case has not been submitted yet"
        );
        let mut case = case();
        record(&mut case, 5, UpdateGiven).unwrap();
        assert!(record(&mut case, 4, UpdateGiven)
            .unwrap_err()
            .starts_with("the event is dated 2026-12-07 10:04:00 UTC, before"));
    }

    #[test]
    fn every_change_counts_a_revision_and_a_refusal_or_an_unchanged_edit_does_not() {
        let mut case = case();
        assert_eq!(case.revision, 1);
        record(&mut case, 1, FirstResponse).unwrap();
        assert_eq!(case.revision, 2);
        record(&mut case, 2, FirstResponse).unwrap_err();
        assert_eq!(case.revision, 2);
        let details = CaseDetails {
            title: "Down for everyone".into(),
            description: "Since 10:00".into(),
            contact_name: "Kari".into(),
            contact_email: " kari@example.no ".into(),
        };
        case.edit(details.clone()).unwrap();
        assert_eq!(case.revision, 3);
        assert_eq!(case.contact_email, "kari@example.no");
        case.edit(details).unwrap();
        assert_eq!(case.revision, 3);
    }

    #[test]
    fn edits_without_a_title_or_with_a_bad_email_are_refused_and_change_nothing() {
        let mut case = case();
        let before = case.clone();
        let blank = CaseDetails {
            title: "  ".into(),
            ..CaseDetails::default()
        };
        assert_eq!(
            case.edit(blank).unwrap_err().to_string(),
            "a case needs a title"
        );
        for email in [
            "kari",
            "kari@example",
            "@example.no",
            "kari@.no",
            "ka ri@example.no",
        ] {
            let details = CaseDetails {
                title: "Down".into(),
                contact_email: email.into(),
                ..CaseDetails::default()
            };
            assert_eq!(
                case.edit(details).unwrap_err(),
                CaseError::BadEmail(email.into())
            );
        }
        assert_eq!(case, before);
    }

    #[test]
    fn events_round_trip_through_json_with_snake_case_tags() {
        let mut case = case();
        record(&mut case, 1, WaitingOnCustomer).unwrap();
        let json = serde_json::to_string(&case).unwrap();
        assert!(json.contains(r#""type":"waiting_on_customer""#));
        assert!(json.contains(r#""type":"submitted","priority":"P1""#));
        assert_eq!(serde_json::from_str::<Case>(&json).unwrap(), case);
    }

    #[test]
    fn an_event_json_cannot_read_is_refused_in_words() {
        let read = |json: &str| serde_json::from_str::<CaseEvent>(json).map_err(|e| e.to_string());
        assert_eq!(
            read(r#"{"at":"2026-12-07T10:00:00Z","type":"note","text":"hi"}"#),
            Ok(CaseEvent {
                at: at(0),
                kind: Note { text: "hi".into() }
            })
        );
        assert!(read(r#"{"at":"2026-12-07T10:00:00Z","type":"submitted"}"#)
            .unwrap_err()
            .starts_with("missing field `priority`"));
        assert!(read(r#"{"at":"2026-12-07T10:00:00Z","type":"escalated"}"#)
            .unwrap_err()
            .starts_with("unknown event type `escalated`"));
    }
}
