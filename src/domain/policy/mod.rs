//! The SLA policy as data: priorities with their clauses and targets, the business calendar,
//! the at-risk threshold and the questionnaire. An administrator edits it as JSON; the site
//! embedding the app may replace it. [`Policy::default`] is the policy of the SLA rules.

mod defaults;

use chrono::TimeDelta;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::calendar::schedule::WallTime;
use super::calendar::{CalendarSpec, FieldError};
use super::case::looks_like_email;
use super::priority::PriorityId;
use super::questionnaire::Questionnaire;

/// The policy format this code reads.
pub const POLICY_VERSION: u32 = 1;

/// Whether `text` is a web origin: `http` or `https`, a host, an optional port, and nothing
/// else (no path, no wildcard).
///
/// ```
/// use sla_desk::domain::policy::is_origin;
/// assert!(is_origin("https://support.example.com"));
/// assert!(is_origin("http://127.0.0.1:8182"));
/// assert!(!is_origin("*"));
/// assert!(!is_origin("https://support.example.com/help"));
/// assert!(!is_origin("https://*.example.com"));
/// ```
pub fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok = port.is_none_or(|port| !port.is_empty() && port.parse::<u16>().is_ok());
    matches!(scheme, "http" | "https") && host_ok && port_ok
}

/// The whole SLA policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Format version; must be [`POLICY_VERSION`].
    pub version: u32,
    pub priorities: Priorities,
    /// Business minutes in one business day (480: one 08:00-16:00 day).
    pub business_day_minutes: i64,
    /// A running clock is at risk with at most this percentage of its target left.
    pub at_risk_percent: i64,
    /// The clocks that stop while a case waits on the customer.
    pub pausable_clocks: Vec<ClockKind>,
    pub support_email: String,
    /// The sites allowed to embed the app and receive its messages, as origins
    /// (`https://support.example.com`). Empty: messages go to no one.
    #[serde(default)]
    pub embed_origins: Vec<String>,
    pub calendar: CalendarSpec,
    pub questionnaire: Questionnaire,
}

/// The five priorities, keyed `P1` to `P5` in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priorities {
    #[serde(rename = "P1")]
    pub p1: PriorityPolicy,
    #[serde(rename = "P2")]
    pub p2: PriorityPolicy,
    #[serde(rename = "P3")]
    pub p3: PriorityPolicy,
    #[serde(rename = "P4")]
    pub p4: PriorityPolicy,
    #[serde(rename = "P5")]
    pub p5: PriorityPolicy,
}

impl Priorities {
    /// The policy of one priority.
    pub fn get(&self, id: PriorityId) -> &PriorityPolicy {
        match id {
            PriorityId::P1 => &self.p1,
            PriorityId::P2 => &self.p2,
            PriorityId::P3 => &self.p3,
            PriorityId::P4 => &self.p4,
            PriorityId::P5 => &self.p5,
        }
    }

    /// The policy of one priority, to edit.
    pub fn get_mut(&mut self, id: PriorityId) -> &mut PriorityPolicy {
        match id {
            PriorityId::P1 => &mut self.p1,
            PriorityId::P2 => &mut self.p2,
            PriorityId::P3 => &mut self.p3,
            PriorityId::P4 => &mut self.p4,
            PriorityId::P5 => &mut self.p5,
        }
    }
}

/// One priority: its name, definition and targets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriorityPolicy {
    /// "Urgent", "Important", ...
    pub name: String,
    /// The clauses of the definition, as in the procedure; clause 1 is `clauses[0]`.
    pub clauses: Vec<String>,
    /// The procedure's response-level text, quoted back to the customer.
    pub response_level: String,
    pub initial_response: Target,
    pub actions_commence: Target,
    pub customer_update: Target,
}

impl PriorityPolicy {
    /// The target of one clock.
    pub fn target(&self, kind: ClockKind) -> &Target {
        match kind {
            ClockKind::InitialResponse => &self.initial_response,
            ClockKind::ActionsCommence => &self.actions_commence,
            ClockKind::CustomerUpdate => &self.customer_update,
        }
    }

    /// Clause `number` (1-based) of the definition.
    pub fn clause(&self, number: usize) -> Option<&str> {
        number
            .checked_sub(1)
            .and_then(|index| self.clauses.get(index))
            .map(String::as_str)
    }
}

/// The three clocks of a case (SLA rules, section 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockKind {
    /// Until the first response.
    InitialResponse,
    /// Until work to resolve the case starts.
    ActionsCommence,
    /// Until the next update to the customer contact; restarts at every update.
    CustomerUpdate,
}

impl ClockKind {
    /// All clocks, in the order the procedure names them.
    pub const ALL: [ClockKind; 3] = [
        ClockKind::InitialResponse,
        ClockKind::ActionsCommence,
        ClockKind::CustomerUpdate,
    ];

    /// The JSON field name, also used in error paths.
    pub fn field(self) -> &'static str {
        match self {
            ClockKind::InitialResponse => "initial_response",
            ClockKind::ActionsCommence => "actions_commence",
            ClockKind::CustomerUpdate => "customer_update",
        }
    }
}

impl fmt::Display for ClockKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClockKind::InitialResponse => "initial response",
            ClockKind::ActionsCommence => "actions to resolve commence",
            ClockKind::CustomerUpdate => "customer update",
        })
    }
}

/// How long a clock may run. In JSON: `{"business_hours": 2}`, `{"none": "on request"}`, ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    BusinessMinutes(i64),
    BusinessHours(i64),
    /// Each business day is the policy's `business_day_minutes`.
    BusinessDays(i64),
    /// The same local wall time this many days later, open or not.
    CalendarDays(i64),
    /// No clock; the text says what happens instead ("on request").
    None(String),
}

/// Longest business target accepted: a year of round-the-clock minutes.
const MAX_BUSINESS_MINUTES: i64 = 366 * 24 * 60;
const MAX_CALENDAR_DAYS: i64 = 3660;

impl Target {
    /// The business time this target allows, or `None` for calendar-day and no-clock targets.
    pub fn business_time(&self, business_day_minutes: i64) -> Option<TimeDelta> {
        let minutes = match *self {
            Target::BusinessMinutes(minutes) => minutes,
            Target::BusinessHours(hours) => hours.saturating_mul(60),
            Target::BusinessDays(days) => days.saturating_mul(business_day_minutes),
            Target::CalendarDays(_) | Target::None(_) => return None,
        };
        Some(TimeDelta::minutes(minutes.clamp(0, MAX_BUSINESS_MINUTES)))
    }

    fn problem(&self, business_day_minutes: i64) -> Option<String> {
        let amount = match *self {
            Target::BusinessMinutes(n)
            | Target::BusinessHours(n)
            | Target::BusinessDays(n)
            | Target::CalendarDays(n) => n,
            Target::None(_) => return None,
        };
        if amount < 0 {
            return Some(format!("a target cannot be negative ({self})"));
        }
        let too_long = match *self {
            Target::CalendarDays(days) => days > MAX_CALENDAR_DAYS,
            Target::BusinessMinutes(minutes) => minutes > MAX_BUSINESS_MINUTES,
            Target::BusinessHours(hours) => hours > MAX_BUSINESS_MINUTES / 60,
            Target::BusinessDays(days) => {
                days.saturating_mul(business_day_minutes.max(1)) > MAX_BUSINESS_MINUTES
            }
            Target::None(_) => false,
        };
        too_long.then(|| format!("{self} is too long (at most a year)"))
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (amount, unit) = match self {
            Target::BusinessMinutes(n) => (*n, "business minute"),
            Target::BusinessHours(n) => (*n, "business hour"),
            Target::BusinessDays(n) => (*n, "business day"),
            Target::CalendarDays(n) => (*n, "calendar day"),
            Target::None(note) => return write!(f, "no clock ({note})"),
        };
        let plural = if amount == 1 { "" } else { "s" };
        write!(f, "{amount} {unit}{plural}")
    }
}

/// Why a policy was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    /// Not JSON of the policy's shape (serde's message, with line and column).
    Json(String),
    /// Well-formed, but with these problems.
    Invalid(Vec<FieldError>),
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyError::Json(message) => write!(f, "the policy could not be read: {message}"),
            PolicyError::Invalid(problems) => {
                for (index, problem) in problems.iter().enumerate() {
                    if index > 0 {
                        f.write_str("\n")?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for PolicyError {}

/// Times of day that do not parse, found before typed reading so that each can be reported
/// with its field path (serde would stop at the first, with a line and column only).
fn bad_wall_times(policy: &serde_json::Value) -> Vec<FieldError> {
    let mut problems = Vec::new();
    let mut check = |path: String, intervals: &serde_json::Value| {
        let Some(intervals) = intervals.as_array() else {
            return;
        };
        for (index, interval) in intervals.iter().enumerate() {
            for end in ["open", "close"] {
                if let Some(text) = interval.get(end).and_then(serde_json::Value::as_str) {
                    if let Err(error) = text.parse::<WallTime>() {
                        problems.push(FieldError::new(
                            format!("{path}[{index}].{end}"),
                            error.to_string(),
                        ));
                    }
                }
            }
        }
    };
    let calendar = &policy["calendar"];
    if let Some(weekly) = calendar["weekly"].as_object() {
        for (day, intervals) in weekly {
            check(format!("calendar.weekly.{day}"), intervals);
        }
    }
    if let Some(special_days) = calendar["special_days"].as_array() {
        for (index, special) in special_days.iter().enumerate() {
            check(
                format!("calendar.special_days[{index}].intervals"),
                &special["intervals"],
            );
        }
    }
    problems
}

impl Policy {
    /// Reads a policy from JSON and validates it.
    ///
    /// ```
    /// use sla_desk::domain::policy::Policy;
    /// let json = serde_json::to_string(&Policy::default()).unwrap();
    /// assert_eq!(Policy::from_json(&json), Ok(Policy::default()));
    ///
    /// let bad = json.replace("Europe/Oslo", "Europe/Olso").replace("\"at_risk_percent\":25", "\"at_risk_percent\":140");
    /// let message = Policy::from_json(&bad).unwrap_err().to_string();
    /// assert!(message.contains("at_risk_percent: must be between 0 and 100, not 140"));
    /// assert!(message.contains("calendar.time_zone: unknown time zone \"Europe/Olso\""));
    /// ```
    pub fn from_json(json: &str) -> Result<Policy, PolicyError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|error| PolicyError::Json(error.to_string()))?;
        let bad_times = bad_wall_times(&value);
        if !bad_times.is_empty() {
            return Err(PolicyError::Invalid(bad_times));
        }
        // Read again from the text rather than from the tree: errors then point into the
        // user's file, and the bundle carries one deserializer of policies, not two.
        let policy: Policy =
            serde_json::from_str(json).map_err(|error| PolicyError::Json(error.to_string()))?;
        policy.validate()?;
        Ok(policy)
    }

    /// The policy as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks the policy; the error lists every problem, each naming its field.
    pub fn validate(&self) -> Result<(), PolicyError> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(PolicyError::Invalid(problems))
        }
    }

    /// Every problem with the policy, each naming its field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if self.version != POLICY_VERSION {
            problems.push(FieldError::new(
                "version",
                format!(
                    "unsupported policy version {} (this app reads version {POLICY_VERSION})",
                    self.version
                ),
            ));
        }
        for id in PriorityId::ALL {
            let priority = self.priorities.get(id);
            let path = format!("priorities.{id}");
            if priority.name.trim().is_empty() {
                problems.push(FieldError::new(format!("{path}.name"), "is empty"));
            }
            if priority.clauses.is_empty() {
                problems.push(FieldError::new(
                    format!("{path}.clauses"),
                    "a priority needs at least one clause",
                ));
            }
            for kind in ClockKind::ALL {
                if let Some(message) = priority.target(kind).problem(self.business_day_minutes) {
                    problems.push(FieldError::new(format!("{path}.{}", kind.field()), message));
                }
            }
        }
        if !(1..=1440).contains(&self.business_day_minutes) {
            problems.push(FieldError::new(
                "business_day_minutes",
                format!(
                    "must be between 1 and 1440 (a day), not {}",
                    self.business_day_minutes
                ),
            ));
        }
        if !(0..=100).contains(&self.at_risk_percent) {
            problems.push(FieldError::new(
                "at_risk_percent",
                format!("must be between 0 and 100, not {}", self.at_risk_percent),
            ));
        }
        let email = self.support_email.trim();
        if !looks_like_email(email) {
            problems.push(FieldError::new(
                "support_email",
                format!("\"{email}\" is not an email address"),
            ));
        }
        for (index, origin) in self.embed_origins.iter().enumerate() {
            if !is_origin(origin) {
                problems.push(FieldError::new(
                    format!("embed_origins[{index}]"),
                    format!("\"{origin}\" is not an origin such as https://support.example.com (a scheme and a host, an optional port, nothing after)"),
                ));
            }
        }
        problems.extend(
            self.calendar
                .problems()
                .into_iter()
                .map(|problem| problem.within("calendar")),
        );
        if let Err(error) = self.questionnaire.validate() {
            problems.push(FieldError::new("questionnaire", error.to_string()));
        }
        for outcome in self.questionnaire.outcomes() {
            let priority = self.priorities.get(outcome.priority);
            if priority.clause(outcome.clause).is_none() {
                problems.push(FieldError::new(
                    "questionnaire",
                    format!(
                        "an answer leads to {} clause {}, but {} has {} clause{}",
                        outcome.priority,
                        outcome.clause,
                        outcome.priority,
                        priority.clauses.len(),
                        if priority.clauses.len() == 1 { "" } else { "s" }
                    ),
                ));
            }
        }
        problems
    }

    /// Whether `kind` stops while a case waits on the customer.
    pub fn is_pausable(&self, kind: ClockKind) -> bool {
        self.pausable_clocks.contains(&kind)
    }
}
