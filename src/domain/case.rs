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
pub struct CaseEvent {
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: CaseEventKind,
}

/// What happened. In JSON the kind is the `"type"` field, in snake case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Why an event cannot be recorded.
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
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaseError::OutOfOrder { at, latest } => write!(
                f,
                "the event is dated {at}, before the case's latest event ({latest})"
            ),
            CaseError::NotAllowed { action, reason } => write!(f, "cannot {action}: {reason}"),
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

    /// Adds an event, if it comes in order and is possible in the case's current state.
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
    fn events_round_trip_through_json_with_snake_case_tags() {
        let mut case = case();
        record(&mut case, 1, WaitingOnCustomer).unwrap();
        let json = serde_json::to_string(&case).unwrap();
        assert!(json.contains(r#""type":"waiting_on_customer""#));
        assert!(json.contains(r#""type":"submitted","priority":"P1""#));
        assert_eq!(serde_json::from_str::<Case>(&json).unwrap(), case);
    }
}
