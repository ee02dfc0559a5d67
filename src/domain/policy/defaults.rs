//! The default policy: the procedure's priorities and section 2 of the SLA rules.

use super::{ClockKind, Policy, Priorities, PriorityPolicy, Target, POLICY_VERSION};
use crate::domain::calendar::CalendarSpec;
use crate::domain::questionnaire::Questionnaire;

const ON_REQUEST: &str = "on request";
const NOT_IN_PROCEDURE: &str = "the procedure sets no target";
const LOGGED: &str = "Requests are logged and evaluated for a future release; updates on request.";

fn priority(
    name: &str,
    clauses: &[&str],
    response_level: &str,
    [initial_response, actions_commence, customer_update]: [Target; 3],
) -> PriorityPolicy {
    PriorityPolicy {
        name: name.into(),
        clauses: clauses.iter().map(|clause| clause.to_string()).collect(),
        response_level: response_level.into(),
        initial_response,
        actions_commence,
        customer_update,
    }
}

fn none(note: &str) -> Target {
    Target::None(note.into())
}

impl Default for Policy {
    /// The default policy of the SLA rules, section 2.
    ///
    /// ```
    /// use sla_desk::domain::policy::{ClockKind, Policy, Target};
    /// use sla_desk::domain::priority::PriorityId;
    /// let policy = Policy::default();
    /// assert_eq!(policy.validate(), Ok(()));
    /// let p1 = policy.priorities.get(PriorityId::P1);
    /// assert_eq!(p1.name, "Urgent");
    /// assert_eq!(p1.target(ClockKind::CustomerUpdate), &Target::BusinessMinutes(240));
    /// assert_eq!(policy.priorities.get(PriorityId::P3).target(ClockKind::CustomerUpdate), &Target::CalendarDays(7));
    /// ```
    fn default() -> Self {
        use Target::*;
        Policy {
            version: POLICY_VERSION,
            priorities: Priorities {
                p1: priority(
                    "Urgent",
                    &["The Hosted Service on the production system is not accessible or operational."],
                    "Initial response within 1 business hour of the case being submitted. The designated Customer Contact will be updated twice daily during business days regarding progress. Actions to resolve will commence within 1 business hour.",
                    [BusinessHours(1), BusinessHours(1), BusinessMinutes(240)],
                ),
                p2: priority(
                    "Important",
                    &[
                        "The Hosted Service on the production system is operational but experiencing a major functional loss that impedes transactions from being completed.",
                        "The development/test system is not accessible or operational.",
                    ],
                    "Initial response within 2 business hours of the case being submitted. The designated Customer Contact will be updated daily during business days regarding progress. Actions to resolve will commence within 4 business hours.",
                    [BusinessHours(2), BusinessHours(4), BusinessDays(1)],
                ),
                p3: priority(
                    "Necessary",
                    &[
                        "The Hosted Service on the production system is experiencing a functional loss that does not significantly impede transactions from being completed, but that affects the performance or user quality.",
                        "The development/test system is experiencing a major functional loss that impedes transactions from being completed.",
                    ],
                    "Initial response within 4 business hours of the case being submitted. The designated Customer Contact will be updated weekly regarding progress. Actions to resolve will commence within 2 business days.",
                    [BusinessHours(4), BusinessDays(2), CalendarDays(7)],
                ),
                p4: priority(
                    "Minor",
                    &[
                        "The Hosted Service has a cosmetic or other minor error that does not affect its performance or functionality.",
                        "Customer questions regarding the use of the Hosted Service.",
                    ],
                    "Initial response within 1 business day of the case being submitted. The designated Customer Contact will be updated upon request.",
                    [BusinessDays(1), none(NOT_IN_PROCEDURE), none(ON_REQUEST)],
                ),
                p5: priority(
                    "Enhancement Request",
                    &["Request for a new feature that does not currently exist in the Hosted Service."],
                    "Requests will be logged and evaluated for inclusion in a future release. The designated Customer Contact will be updated upon request.",
                    [none(LOGGED), none(LOGGED), none(ON_REQUEST)],
                ),
            },
            business_day_minutes: 480,
            at_risk_percent: 25,
            pausable_clocks: vec![ClockKind::ActionsCommence, ClockKind::CustomerUpdate],
            support_email: "support@example.com".into(),
            embed_origins: Vec::new(),
            calendar: CalendarSpec::default(),
            questionnaire: Questionnaire::default(),
        }
    }
}
