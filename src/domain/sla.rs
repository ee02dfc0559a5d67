//! The SLA engine: each clock of a case, its deadline and its status at an instant
//! (SLA rules, sections 2, 4 and 5).

use chrono::{DateTime, TimeDelta, Utc};
use std::fmt;

use super::calendar::{BusinessCalendar, DeadlineError, Interval};
use super::case::{Case, CaseEventKind};
use super::policy::{ClockKind, Policy, PolicyError, Target};
use super::priority::PriorityId;

/// A validated policy with its compiled calendar: what the UI asks about deadlines and clocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaEngine {
    policy: Policy,
    calendar: BusinessCalendar,
}

/// Where a clock stands at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockStatus {
    /// Stopped at or before its deadline.
    Met,
    /// Stopped after its deadline, or still running past it, by this much business time
    /// (wall-clock time for calendar-day targets).
    Breached { by: TimeDelta },
    /// Running, with at most the policy's at-risk share of its target left.
    AtRisk { left: TimeDelta },
    /// Running, with more than that left.
    OnTrack { left: TimeDelta },
    /// Stopped while the case waits on the customer.
    Paused,
    /// This priority has no target for this clock.
    None,
}

/// A status in words, as exports write it: "on track", "at risk", "breached by 1 h 30 min",
/// "met", "paused" or "none".
///
/// ```
/// use chrono::TimeDelta;
/// use sla_desk::domain::sla::ClockStatus;
/// let breached = ClockStatus::Breached { by: TimeDelta::minutes(90) };
/// assert_eq!(breached.to_string(), "breached by 1 h 30 min");
/// // Business time is counted in hours: a business day is not 24 of them.
/// let long = ClockStatus::Breached { by: TimeDelta::hours(30) };
/// assert_eq!(long.to_string(), "breached by 30 h");
/// assert_eq!(ClockStatus::AtRisk { left: TimeDelta::minutes(5) }.to_string(), "at risk");
/// ```
impl fmt::Display for ClockStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClockStatus::Met => f.write_str("met"),
            ClockStatus::Breached { by } => {
                write!(f, "breached by {}", business_time_words(by.num_minutes()))
            }
            ClockStatus::AtRisk { .. } => f.write_str("at risk"),
            ClockStatus::OnTrack { .. } => f.write_str("on track"),
            ClockStatus::Paused => f.write_str("paused"),
            ClockStatus::None => f.write_str("none"),
        }
    }
}

/// Business time in words, in hours and minutes (a business day is no 24 hours, so no days):
/// "45 min", "2 h", "30 h 5 min".
///
/// ```
/// use sla_desk::domain::sla::business_time_words;
/// assert_eq!(business_time_words(45), "45 min");
/// assert_eq!(business_time_words(120), "2 h");
/// assert_eq!(business_time_words(30 * 60 + 5), "30 h 5 min");
/// assert_eq!(business_time_words(0), "0 min");
/// ```
pub fn business_time_words(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, minutes) => format!("{minutes} min"),
        (hours, 0) => format!("{hours} h"),
        (hours, minutes) => format!("{hours} h {minutes} min"),
    }
}

/// One clock of a case at an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockReport {
    pub kind: ClockKind,
    /// The priority whose target applies (the case's priority at the instant).
    pub priority: PriorityId,
    pub target: Target,
    /// When the clock (for the update clock: its current round) started counting.
    pub started: DateTime<Utc>,
    /// The deadline; while paused, the deadline if the case resumed at the instant.
    pub deadline: Option<DateTime<Utc>>,
    /// When the clock stopped, if it has.
    pub stopped: Option<DateTime<Utc>>,
    pub status: ClockStatus,
}

/// Why clocks could not be evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockError {
    /// The case had not been submitted at the instant asked about.
    NotSubmitted,
    Calendar(DeadlineError),
}

impl fmt::Display for ClockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClockError::NotSubmitted => f.write_str("the case has not been submitted yet"),
            ClockError::Calendar(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for ClockError {}

impl From<DeadlineError> for ClockError {
    fn from(error: DeadlineError) -> Self {
        ClockError::Calendar(error)
    }
}

/// What one clock's events come to, up to the instant asked about.
struct Timeline {
    priority: PriorityId,
    started: DateTime<Utc>,
    stopped: Option<DateTime<Utc>>,
    pauses: Vec<Interval>,
    /// Waiting on the customer since then, at the instant asked about.
    waiting_since: Option<DateTime<Utc>>,
}

/// Clocks count whole minutes: an event at 15:00:40 counts from 15:00. Targets are whole
/// minutes and so are opening hours, so every deadline is a whole minute too, and a target
/// that fills a day up to its close ends at the close rather than seconds into the next day.
fn whole_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    let seconds = t.timestamp();
    DateTime::from_timestamp(seconds - seconds.rem_euclid(60), 0).unwrap_or(t)
}

fn timeline(case: &Case, kind: ClockKind, pausable: bool, t: DateTime<Utc>) -> Option<Timeline> {
    let mut line: Option<Timeline> = None;
    for event in case.events_until(t) {
        let at = whole_minute(event.at);
        if let CaseEventKind::Submitted { priority } = event.kind {
            line = Some(Timeline {
                priority,
                started: at,
                stopped: None,
                pauses: Vec::new(),
                waiting_since: None,
            });
            continue;
        }
        let Some(line) = line.as_mut() else { continue };
        let stops_here = match (&event.kind, kind) {
            (CaseEventKind::FirstResponse, ClockKind::InitialResponse)
            | (CaseEventKind::WorkStarted, ClockKind::ActionsCommence)
            | (CaseEventKind::Resolved | CaseEventKind::Closed, _) => true,
            (CaseEventKind::UpdateGiven | CaseEventKind::Reopened, ClockKind::CustomerUpdate) => {
                // The update clock starts a new round, counted from here.
                line.started = at;
                line.stopped = None;
                line.pauses.clear();
                false
            }
            _ => false,
        };
        if let Some(since) = line.waiting_since {
            if matches!(
                event.kind,
                CaseEventKind::Resumed | CaseEventKind::Resolved | CaseEventKind::Closed
            ) {
                line.pauses.push(Interval {
                    start: since,
                    end: at,
                });
                line.waiting_since = None;
            }
        }
        match &event.kind {
            CaseEventKind::PriorityChanged { to, .. } => line.priority = *to,
            CaseEventKind::WaitingOnCustomer if pausable => line.waiting_since = Some(at),
            _ => {}
        }
        if stops_here && line.stopped.is_none() {
            line.stopped = Some(at);
        }
    }
    line
}

impl SlaEngine {
    /// Validates `policy` and compiles its calendar.
    pub fn new(policy: Policy) -> Result<SlaEngine, PolicyError> {
        policy.validate()?;
        let calendar = policy.calendar.compile().map_err(|error| {
            PolicyError::Invalid(
                error
                    .problems
                    .into_iter()
                    .map(|problem| problem.within("calendar"))
                    .collect(),
            )
        })?;
        Ok(SlaEngine { policy, calendar })
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn calendar(&self) -> &BusinessCalendar {
        &self.calendar
    }

    /// The deadline of `target` for a clock started at `start`, not counting `pauses`;
    /// `None` for a target of no clock. Calendar-day targets move by the paused wall time.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use sla_desk::domain::policy::{Policy, Target};
    /// use sla_desk::domain::sla::SlaEngine;
    /// let engine = SlaEngine::new(Policy::default()).unwrap();
    /// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    /// // Friday 2026-12-04 15:30 in Oslo, two business days: Tuesday 15:30.
    /// let deadline = engine.deadline(at("2026-12-04T14:30:00Z"), &Target::BusinessDays(2), &[]);
    /// assert_eq!(deadline, Ok(Some(at("2026-12-08T14:30:00Z"))));
    /// ```
    pub fn deadline(
        &self,
        start: DateTime<Utc>,
        target: &Target,
        pauses: &[Interval],
    ) -> Result<Option<DateTime<Utc>>, DeadlineError> {
        if let Some(business) = target.business_time(self.policy.business_day_minutes) {
            return self.calendar.deadline(start, business, pauses).map(Some);
        }
        let Target::CalendarDays(days) = *target else {
            return Ok(None);
        };
        let mut deadline = self.calendar.add_calendar_days(start, days);
        let mut pauses: Vec<Interval> = pauses.to_vec();
        pauses.sort_by_key(|pause| pause.start);
        let mut counted_to = start;
        for pause in pauses {
            if pause.start >= deadline {
                break;
            }
            let from = pause.start.max(counted_to);
            if pause.end > from {
                deadline += pause.end - from;
                counted_to = pause.end;
            }
        }
        Ok(Some(deadline))
    }

    /// Time that counts against `target` in `[from, to)`: open time, or wall-clock time for a
    /// calendar-day target; either way outside `pauses`.
    fn counted(
        &self,
        target: &Target,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        pauses: &[Interval],
    ) -> TimeDelta {
        if !matches!(target, Target::CalendarDays(_)) {
            return self.calendar.open_time(from, to, pauses);
        }
        if to <= from {
            return TimeDelta::zero();
        }
        let paused = pauses
            .iter()
            .map(|pause| (pause.end.min(to) - pause.start.max(from)).max(TimeDelta::zero()))
            .fold(TimeDelta::zero(), |sum, part| sum + part);
        (to - from - paused).max(TimeDelta::zero())
    }

    /// One clock of `case` at instant `t`.
    ///
    /// ```
    /// use chrono::{DateTime, TimeDelta, Utc};
    /// use sla_desk::domain::case::Case;
    /// use sla_desk::domain::policy::{ClockKind, Policy};
    /// use sla_desk::domain::priority::PriorityId;
    /// use sla_desk::domain::sla::{ClockStatus, SlaEngine};
    /// let engine = SlaEngine::new(Policy::default()).unwrap();
    /// let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    /// // P2 submitted Friday 15:30 in Oslo: initial response due Monday 09:30.
    /// let case = Case::new("C-7", "Checkout fails", at("2026-12-04T14:30:00Z"), PriorityId::P2);
    /// let saturday = engine.clock(&case, ClockKind::InitialResponse, at("2026-12-05T12:00:00Z")).unwrap();
    /// assert_eq!(saturday.deadline, Some(at("2026-12-07T08:30:00Z")));
    /// assert_eq!(saturday.status, ClockStatus::OnTrack { left: TimeDelta::minutes(90) });
    /// let monday = engine.clock(&case, ClockKind::InitialResponse, at("2026-12-07T08:10:00Z")).unwrap();
    /// assert_eq!(monday.status, ClockStatus::AtRisk { left: TimeDelta::minutes(20) });
    /// ```
    pub fn clock(
        &self,
        case: &Case,
        kind: ClockKind,
        t: DateTime<Utc>,
    ) -> Result<ClockReport, ClockError> {
        let pausable = self.policy.is_pausable(kind);
        let mut line = timeline(case, kind, pausable, t).ok_or(ClockError::NotSubmitted)?;
        let target = self
            .policy
            .priorities
            .get(line.priority)
            .target(kind)
            .clone();
        if let Some(since) = line.waiting_since {
            line.pauses.push(Interval {
                start: since,
                end: t,
            });
        }
        let deadline = self.deadline(line.started, &target, &line.pauses)?;
        let status = match deadline {
            None => ClockStatus::None,
            Some(deadline) => self.status(&target, &line, deadline, t),
        };
        Ok(ClockReport {
            kind,
            priority: line.priority,
            target,
            started: line.started,
            deadline,
            stopped: line.stopped,
            status,
        })
    }

    fn status(
        &self,
        target: &Target,
        line: &Timeline,
        deadline: DateTime<Utc>,
        t: DateTime<Utc>,
    ) -> ClockStatus {
        let overdue = |until| ClockStatus::Breached {
            by: self.counted(target, deadline, until, &line.pauses),
        };
        if let Some(stopped) = line.stopped {
            return if stopped <= deadline {
                ClockStatus::Met
            } else {
                overdue(stopped)
            };
        }
        if let Some(since) = line.waiting_since {
            return if deadline < since {
                overdue(since)
            } else {
                ClockStatus::Paused
            };
        }
        if t > deadline {
            return overdue(t);
        }
        let left = self.counted(target, t, deadline, &line.pauses);
        let whole = match *target {
            Target::CalendarDays(days) => TimeDelta::days(days),
            _ => target
                .business_time(self.policy.business_day_minutes)
                .unwrap_or_default(),
        };
        if left.num_milliseconds() * 100 <= whole.num_milliseconds() * self.policy.at_risk_percent {
            ClockStatus::AtRisk { left }
        } else {
            ClockStatus::OnTrack { left }
        }
    }

    /// All three clocks of `case` at instant `t`, in [`ClockKind::ALL`] order.
    pub fn clocks(&self, case: &Case, t: DateTime<Utc>) -> Result<[ClockReport; 3], ClockError> {
        let [initial, actions, update] = ClockKind::ALL;
        Ok([
            self.clock(case, initial, t)?,
            self.clock(case, actions, t)?,
            self.clock(case, update, t)?,
        ])
    }
}

impl Policy {
    /// Validates the policy and compiles it into an engine (a copy of the policy).
    pub fn compiled(&self) -> Result<SlaEngine, PolicyError> {
        SlaEngine::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn seconds_of_a_submission_do_not_push_a_deadline_that_fills_the_day_into_the_next() {
        let engine = SlaEngine::new(Policy::default()).unwrap();
        // Wednesday 2026-04-01 15:00:40 in Oslo, before Easter: one business hour ends at the
        // 16:00 close, not at Tuesday 08:00:40 after the holidays.
        let submitted = at("2026-04-01T13:00:40.123Z");
        let case = Case::new("C-1", "Down", submitted, PriorityId::P1);
        let report = engine
            .clock(&case, ClockKind::InitialResponse, submitted)
            .unwrap();
        assert_eq!(report.started, at("2026-04-01T13:00:00Z"));
        assert_eq!(report.deadline, Some(at("2026-04-01T14:00:00Z")));
    }
}
