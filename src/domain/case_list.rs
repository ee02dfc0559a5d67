//! What the case-list page shows: cases filtered, searched and ordered by what is due first.

use chrono::{DateTime, Utc};

use super::case::{Case, CaseState};
use super::policy::{ClockKind, Target};
use super::priority::PriorityId;
use super::sla::{ClockError, ClockReport, ClockStatus, SlaEngine};

/// Which cases by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StateFilter {
    All,
    /// Open or waiting on the customer.
    #[default]
    Open,
    /// Resolved or closed.
    Resolved,
}

/// What the list shows. The default shows the open cases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub state: StateFilter,
    /// Only cases of this (current) priority.
    pub priority: Option<PriorityId>,
    /// Only cases with a running clock at risk or breached; a clock that stopped late is
    /// history, not something to act on.
    pub needs_attention: bool,
    /// Case-insensitive text to find in the id, title, description, contact name or email.
    pub text: String,
}

/// One case in the list, with its clocks at the instant asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow<'a> {
    pub case: &'a Case,
    /// In [`ClockKind::ALL`] order.
    pub clocks: [ClockReport; 3],
    /// Index into `clocks` of the most urgent running clock: the most overdue breached one,
    /// else the one due first; `None` if no clock runs.
    pub urgent: Option<usize>,
    /// The earliest deadline of a running clock, passed or not.
    pub next_deadline: Option<DateTime<Utc>>,
    /// Why the clocks could not be evaluated, if they could not (a case not submitted by the
    /// instant asked about, say). The case is still listed; its clocks then read status
    /// `None` with the reason as their target's note, and none of them runs.
    pub problem: Option<ClockError>,
}

impl StateFilter {
    fn admits(self, state: CaseState) -> bool {
        match self {
            StateFilter::All => true,
            StateFilter::Open => matches!(state, CaseState::Open | CaseState::WaitingOnCustomer),
            StateFilter::Resolved => matches!(state, CaseState::Resolved | CaseState::Closed),
        }
    }
}

/// Whether the case's typed text contains `needle`, which is already lower case.
fn mentions(case: &Case, needle: &str) -> bool {
    [
        &case.id,
        &case.title,
        &case.description,
        &case.contact_name,
        &case.contact_email,
    ]
    .iter()
    .any(|text| text.to_lowercase().contains(needle))
}

/// Whether the clock has a deadline and has neither stopped nor paused.
fn runs(clock: &ClockReport) -> bool {
    clock.stopped.is_none()
        && clock.deadline.is_some()
        && !matches!(clock.status, ClockStatus::Paused | ClockStatus::None)
}

/// Clocks that stand for ones that could not be evaluated: no deadline, status `None`.
fn unevaluated(case: &Case, error: ClockError, t: DateTime<Utc>) -> [ClockReport; 3] {
    ClockKind::ALL.map(|kind| ClockReport {
        kind,
        // The least urgent priority, when the case has none yet.
        priority: case.priority().unwrap_or(PriorityId::P5),
        target: Target::None(error.to_string()),
        started: case.submitted_at().unwrap_or(t),
        deadline: None,
        stopped: None,
        status: ClockStatus::None,
    })
}

/// The index of the most urgent running clock.
fn most_urgent(clocks: &[ClockReport; 3]) -> Option<usize> {
    let running = || clocks.iter().enumerate().filter(|(_, clock)| runs(clock));
    let most_overdue = running()
        .filter_map(|(index, clock)| match clock.status {
            ClockStatus::Breached { by } => Some((index, by, clock.deadline)),
            _ => None,
        })
        // The most overdue first; of equally overdue clocks, the one due first.
        .min_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    if let Some((index, _, _)) = most_overdue {
        return Some(index);
    }
    running()
        .min_by_key(|(_, clock)| clock.deadline)
        .map(|(index, _)| index)
}

impl<'a> CaseRow<'a> {
    /// The row of `case` at instant `t`, whatever a filter would say of it.
    pub fn at(engine: &SlaEngine, case: &'a Case, t: DateTime<Utc>) -> CaseRow<'a> {
        let (clocks, problem) = match engine.clocks(case, t) {
            Ok(clocks) => (clocks, None),
            Err(error) => (unevaluated(case, error, t), Some(error)),
        };
        let next_deadline = clocks
            .iter()
            .filter(|clock| runs(clock))
            .filter_map(|clock| clock.deadline)
            .min();
        CaseRow {
            case,
            urgent: most_urgent(&clocks),
            clocks,
            next_deadline,
            problem,
        }
    }
}

/// The rows of the case list at instant `t`: the cases `filter` admits, the most pressing
/// first (by next deadline, cases without one last), ties by submission time then id.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use sla_desk::domain::case::Case;
/// use sla_desk::domain::case_list::{case_rows, CaseFilter};
/// use sla_desk::domain::policy::Policy;
/// use sla_desk::domain::priority::PriorityId;
/// use sla_desk::domain::sla::SlaEngine;
/// let engine = SlaEngine::new(Policy::default()).unwrap();
/// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
/// let cases = [
///     Case::new("C-1", "Slow reports", at("2026-12-04T14:30:00Z"), PriorityId::P3),
///     Case::new("C-2", "Login fails", at("2026-12-04T14:30:00Z"), PriorityId::P1),
/// ];
/// let rows = case_rows(&engine, &cases, &CaseFilter::default(), at("2026-12-07T07:00:00Z"));
/// let ids: Vec<&str> = rows.iter().map(|row| row.case.id.as_str()).collect();
/// assert_eq!(ids, ["C-2", "C-1"]);
/// assert_eq!(rows[0].next_deadline, Some(at("2026-12-07T07:30:00Z")));
/// ```
pub fn case_rows<'a>(
    engine: &SlaEngine,
    cases: &'a [Case],
    filter: &CaseFilter,
    t: DateTime<Utc>,
) -> Vec<CaseRow<'a>> {
    let needle = filter.text.trim().to_lowercase();
    let mut rows: Vec<CaseRow<'a>> = cases
        .iter()
        .filter(|case| filter.state.admits(case.state()))
        .filter(|case| {
            filter
                .priority
                .is_none_or(|wanted| case.priority() == Some(wanted))
        })
        .filter(|case| needle.is_empty() || mentions(case, &needle))
        .map(|case| CaseRow::at(engine, case, t))
        .filter(|row| {
            !filter.needs_attention
                || row.clocks.iter().any(|clock| {
                    runs(clock)
                        && matches!(
                            clock.status,
                            ClockStatus::AtRisk { .. } | ClockStatus::Breached { .. }
                        )
                })
        })
        .collect();
    rows.sort_by(|a, b| {
        // `None` sorts first in an `Option`; cases with no deadline go last.
        let due = |row: &CaseRow| (row.next_deadline.is_none(), row.next_deadline);
        let submitted =
            |row: &CaseRow| (row.case.submitted_at().is_none(), row.case.submitted_at());
        due(a)
            .cmp(&due(b))
            .then_with(|| submitted(a).cmp(&submitted(b)))
            .then_with(|| a.case.id.cmp(&b.case.id))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::{CaseEvent, CaseEventKind};
    use crate::domain::policy::Policy;
    use chrono::TimeDelta;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    fn engine() -> SlaEngine {
        SlaEngine::new(Policy::default()).unwrap()
    }

    /// Friday 2026-12-04 15:30 in Oslo.
    const FRIDAY: &str = "2026-12-04T14:30:00Z";
    /// Monday 2026-12-07 10:00 in Oslo.
    const MONDAY: &str = "2026-12-07T09:00:00Z";

    fn case(id: &str, submitted: &str, priority: PriorityId) -> Case {
        Case::new(id, format!("Case {id}"), at(submitted), priority)
    }

    fn with(mut case: Case, events: &[(&str, CaseEventKind)]) -> Case {
        for (time, kind) in events {
            case.record(CaseEvent {
                at: at(time),
                kind: kind.clone(),
            })
            .unwrap();
        }
        case
    }

    fn ids(rows: &[CaseRow]) -> Vec<String> {
        rows.iter().map(|row| row.case.id.clone()).collect()
    }

    fn all() -> CaseFilter {
        CaseFilter {
            state: StateFilter::All,
            ..CaseFilter::default()
        }
    }

    #[test]
    fn the_default_filter_shows_open_cases_of_any_priority() {
        assert_eq!(
            CaseFilter::default(),
            CaseFilter {
                state: StateFilter::Open,
                priority: None,
                needs_attention: false,
                text: String::new(),
            }
        );
    }

    #[test]
    fn state_and_priority_filters() {
        use CaseEventKind::*;
        let cases = [
            case("open", FRIDAY, PriorityId::P2),
            with(
                case("waiting", FRIDAY, PriorityId::P3),
                &[(FRIDAY, WaitingOnCustomer)],
            ),
            with(
                case("resolved", FRIDAY, PriorityId::P2),
                &[(FRIDAY, Resolved)],
            ),
            with(case("closed", FRIDAY, PriorityId::P1), &[(FRIDAY, Closed)]),
            with(
                case("now-p2", FRIDAY, PriorityId::P1),
                &[(
                    FRIDAY,
                    PriorityChanged {
                        to: PriorityId::P2,
                        reason: String::new(),
                    },
                )],
            ),
        ];
        let t = at(MONDAY);
        let shown = |filter: CaseFilter| {
            let mut ids = ids(&case_rows(&engine(), &cases, &filter, t));
            ids.sort();
            ids
        };
        assert_eq!(shown(CaseFilter::default()), ["now-p2", "open", "waiting"]);
        assert_eq!(
            shown(CaseFilter {
                state: StateFilter::Resolved,
                ..all()
            }),
            ["closed", "resolved"]
        );
        assert_eq!(shown(all()).len(), cases.len());
        assert_eq!(
            shown(CaseFilter {
                priority: Some(PriorityId::P2),
                ..all()
            }),
            ["now-p2", "open", "resolved"],
            "the current priority counts"
        );
    }

    #[test]
    fn text_search_ignores_case_and_looks_in_every_typed_field() {
        let mut cases: Vec<Case> = (1..=6)
            .map(|n| case(&format!("C-{n}"), FRIDAY, PriorityId::P3))
            .collect();
        cases[1].title = "Kassa FEILER".into();
        cases[2].description = "the kassa is down".into();
        cases[3].contact_name = "Åse Kassadottir".into();
        cases[4].contact_email = "KASSA@example.no".into();
        cases[5].id = "KaSSa-7".into();
        let search = |text: &str| {
            let mut ids = ids(&case_rows(
                &engine(),
                &cases,
                &CaseFilter {
                    text: text.into(),
                    ..all()
                },
                at(MONDAY),
            ));
            ids.sort();
            ids
        };
        assert_eq!(search("  kassa "), ["C-2", "C-3", "C-4", "C-5", "KaSSa-7"]);
        assert_eq!(search("åse"), ["C-4"]);
        assert_eq!(search("").len(), 6);
        assert!(search("nowhere").is_empty());
    }

    #[test]
    fn rows_go_by_next_deadline_then_submission_then_id_and_cases_without_one_last() {
        use CaseEventKind::*;
        let cases = [
            case("p5", FRIDAY, PriorityId::P5),
            case("z-twin", FRIDAY, PriorityId::P3),
            // Submitted Tuesday: not yet at the instant asked about.
            case("future", "2026-12-08T09:00:00Z", PriorityId::P1),
            // Saturday: counts from Monday 08:00, due 09:00 like Friday evening's.
            case("saturday", "2026-12-05T09:00:00Z", PriorityId::P1),
            case("a-twin", FRIDAY, PriorityId::P3),
            with(
                case("resolved", "2026-12-04T14:00:00Z", PriorityId::P2),
                &[("2026-12-04T14:10:00Z", Resolved)],
            ),
            // Friday 16:30, after closing: due Monday 09:00.
            case("friday-evening", "2026-12-04T15:30:00Z", PriorityId::P1),
            case("friday", FRIDAY, PriorityId::P1),
        ];
        let rows = case_rows(&engine(), &cases, &all(), at(MONDAY));
        assert_eq!(
            ids(&rows),
            [
                "friday",
                "friday-evening",
                "saturday",
                "a-twin",
                "z-twin",
                "resolved",
                "p5",
                "future"
            ]
        );
        let next: Vec<Option<DateTime<Utc>>> = rows.iter().map(|row| row.next_deadline).collect();
        assert_eq!(
            next[..4],
            [
                Some(at("2026-12-07T07:30:00Z")),
                Some(at("2026-12-07T08:00:00Z")),
                Some(at("2026-12-07T08:00:00Z")),
                Some(at("2026-12-07T10:30:00Z")),
            ]
        );
        assert!(next[5..].iter().all(Option::is_none));
    }

    #[test]
    fn a_case_whose_clocks_cannot_be_evaluated_is_listed_with_the_reason() {
        let cases = [case("future", "2026-12-08T09:00:00Z", PriorityId::P1)];
        let rows = case_rows(&engine(), &cases, &CaseFilter::default(), at(MONDAY));
        let row = &rows[0];
        assert_eq!(row.problem, Some(ClockError::NotSubmitted));
        assert_eq!((row.urgent, row.next_deadline), (None, None));
        for (clock, kind) in row.clocks.iter().zip(ClockKind::ALL) {
            assert_eq!((clock.kind, clock.status), (kind, ClockStatus::None));
            assert_eq!(
                clock.target.to_string(),
                "no clock (the case has not been submitted yet)"
            );
        }
        let attention = CaseFilter {
            needs_attention: true,
            ..CaseFilter::default()
        };
        assert!(case_rows(&engine(), &cases, &attention, at(MONDAY)).is_empty());
    }

    #[test]
    fn the_urgent_clock_is_the_most_overdue_running_one_else_the_one_due_first() {
        use CaseEventKind::*;
        // P2 from Friday 15:30: initial response due Monday 09:30, actions 11:30, update 15:30.
        let fresh = case("fresh", FRIDAY, PriorityId::P2);
        let responded = with(
            case("responded", FRIDAY, PriorityId::P2),
            &[("2026-12-07T09:00:00Z", FirstResponse)],
        );
        let waiting = with(
            case("waiting", FRIDAY, PriorityId::P2),
            &[("2026-12-04T14:40:00Z", WaitingOnCustomer)],
        );
        let resolved = with(
            case("resolved", FRIDAY, PriorityId::P2),
            &[("2026-12-04T14:40:00Z", Resolved)],
        );
        let cases = [fresh, responded, waiting, resolved];
        let urgent = |t: &str| -> Vec<Option<usize>> {
            let rows = case_rows(&engine(), &cases, &all(), at(t));
            let mut rows: Vec<(String, Option<usize>)> = rows
                .iter()
                .map(|row| (row.case.id.clone(), row.urgent))
                .collect();
            rows.sort();
            rows.into_iter().map(|(_, urgent)| urgent).collect()
        };
        // Order: fresh, resolved, responded, waiting.
        // Saturday: nothing overdue; the initial response is due first.
        assert_eq!(
            urgent("2026-12-05T12:00:00Z"),
            [Some(0), None, Some(0), Some(0)]
        );
        // Monday 12:00 in Oslo: initial response 2 h 30 min overdue, actions 30 min.
        assert_eq!(
            urgent("2026-12-07T11:00:00Z"),
            [Some(0), None, Some(1), Some(0)]
        );
        let rows = case_rows(&engine(), &cases[..1], &all(), at("2026-12-07T11:00:00Z"));
        assert_eq!(
            rows[0].clocks[0].status,
            ClockStatus::Breached {
                by: TimeDelta::minutes(150)
            }
        );
        assert_eq!(rows[0].next_deadline, Some(at("2026-12-07T08:30:00Z")));
    }

    #[test]
    fn of_breached_clocks_the_most_overdue_is_urgent_even_if_another_was_due_first() {
        // A calendar-day clock is overdue in wall time, a business clock in business time,
        // so the one due first need not be the most overdue.
        let report = |kind, deadline: &str, status| ClockReport {
            kind,
            priority: PriorityId::P3,
            target: Target::BusinessHours(4),
            started: at(FRIDAY),
            deadline: Some(at(deadline)),
            stopped: None,
            status,
        };
        let breached = |minutes| ClockStatus::Breached {
            by: TimeDelta::minutes(minutes),
        };
        let on_track = ClockStatus::OnTrack {
            left: TimeDelta::minutes(60),
        };
        let clocks = [
            report(
                ClockKind::InitialResponse,
                "2026-12-07T08:00:00Z",
                breached(30),
            ),
            report(ClockKind::ActionsCommence, "2026-12-07T09:00:00Z", on_track),
            report(
                ClockKind::CustomerUpdate,
                "2026-12-07T08:30:00Z",
                breached(90),
            ),
        ];
        assert_eq!(most_urgent(&clocks), Some(2));
        let [first, second, third] = clocks;
        let paused = ClockReport {
            status: ClockStatus::Paused,
            ..third
        };
        assert_eq!(
            most_urgent(&[first.clone(), second.clone(), paused.clone()]),
            Some(0)
        );
        let stopped = ClockReport {
            stopped: Some(at(MONDAY)),
            ..first
        };
        assert_eq!(
            most_urgent(&[stopped.clone(), second, paused.clone()]),
            Some(1)
        );
        let none = ClockReport {
            status: ClockStatus::None,
            deadline: None,
            ..paused.clone()
        };
        assert_eq!(most_urgent(&[stopped, none, paused]), None);
    }

    #[test]
    fn needs_attention_keeps_running_clocks_at_risk_or_breached_only() {
        use CaseEventKind::*;
        let cases = [
            // P3 from Friday 15:30: initial response due Monday 11:30; at 10:45, 45 of 240
            // minutes are left: at risk.
            case("at-risk", FRIDAY, PriorityId::P3),
            // P2: initial response due 09:30, so breached at 10:45.
            case("breached", FRIDAY, PriorityId::P2),
            // Late first response, work started in time, update on track: history only.
            with(
                case("was-late", FRIDAY, PriorityId::P2),
                &[
                    ("2026-12-07T09:00:00Z", FirstResponse),
                    ("2026-12-07T09:00:00Z", WorkStarted),
                ],
            ),
            case("on-track", "2026-12-07T09:30:00Z", PriorityId::P4),
        ];
        let filter = CaseFilter {
            needs_attention: true,
            ..CaseFilter::default()
        };
        let rows = case_rows(&engine(), &cases, &filter, at("2026-12-07T09:45:00Z"));
        assert_eq!(ids(&rows), ["breached", "at-risk"]);
    }
}
