//! The plain-text summary of a classification, for the clipboard and for an email to support.
//! Pure functions, tested natively.

use super::format::{wall_time, zone_city};
use super::uri::encode_uri_component;
use crate::domain::calendar::zone::Zone;
use crate::domain::policy::{ClockKind, Policy};
use crate::domain::questionnaire::Outcome;
use crate::domain::sla::ClockReport;
use chrono::{DateTime, FixedOffset, Utc};

/// What a summary is made of.
pub struct Classification<'a> {
    pub policy: &'a Policy,
    pub outcome: Outcome,
    /// Each question asked, with the answer given.
    pub answers: Vec<(&'a str, &'a str)>,
    pub submitted: DateTime<Utc>,
    pub clocks: &'a [ClockReport],
    pub team_zone: Zone,
}

/// The label of a clock in the result of a classification.
pub fn commitment_label(kind: ClockKind) -> &'static str {
    match kind {
        ClockKind::InitialResponse => "Initial response",
        ClockKind::ActionsCommence => "Actions to resolve commence",
        ClockKind::CustomerUpdate => "First update",
    }
}

/// The label of a clock of a case.
pub fn case_clock_label(kind: ClockKind) -> &'static str {
    match kind {
        ClockKind::CustomerUpdate => "Next customer update",
        other => commitment_label(other),
    }
}

impl Classification<'_> {
    /// The summary as plain text, with each deadline in the support team's time and, where it
    /// differs, the customer's (`viewer` gives the customer's offset at an instant).
    pub fn summary(&self, viewer: impl Fn(DateTime<Utc>) -> FixedOffset) -> String {
        let priority = self.policy.priorities.get(self.outcome.priority);
        let city = zone_city(self.team_zone.name());
        let both_times = |t: DateTime<Utc>| {
            let team = self.team_zone.offset_from_utc(t);
            let mine = viewer(t);
            if mine == team {
                format!("{} ({city} time)", wall_time(t, team))
            } else {
                format!(
                    "{} ({city} time); {} your time",
                    wall_time(t, team),
                    wall_time(t, mine)
                )
            }
        };
        let mut lines = vec![
            format!("Priority: {} {}", self.outcome.priority, priority.name),
            format!(
                "Why: clause {} of {}: \"{}\"",
                self.outcome.clause,
                self.outcome.priority,
                priority.clause(self.outcome.clause).unwrap_or_default()
            ),
        ];
        lines.extend(
            self.answers
                .iter()
                .map(|(question, answer)| format!("- {question} {answer}")),
        );
        lines.push(format!("Submitted: {}", both_times(self.submitted)));
        for clock in self.clocks {
            let line = match clock.deadline {
                Some(deadline) => both_times(deadline),
                None => format!("none ({})", clock.target),
            };
            lines.push(format!("{} by: {line}", commitment_label(clock.kind)));
        }
        lines.join("\n")
    }

    /// A `mailto:` link to the policy's support address, with subject and body filled in.
    pub fn mailto(&self, body: &str) -> String {
        let priority = self.policy.priorities.get(self.outcome.priority);
        let subject = format!("{} {}: new issue", self.outcome.priority, priority.name);
        format!(
            "mailto:{}?subject={}&body={}",
            encode_uri_component(&self.policy.support_email),
            encode_uri_component(&subject),
            encode_uri_component(body)
        )
    }
}

trait OffsetAt {
    fn offset_from_utc(&self, t: DateTime<Utc>) -> FixedOffset;
}

impl OffsetAt for Zone {
    fn offset_from_utc(&self, t: DateTime<Utc>) -> FixedOffset {
        self.offset_at(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Case;
    use crate::domain::priority::PriorityId;
    use crate::domain::sla::SlaEngine;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn with_summary(viewer_offset_hours: i32, check: impl FnOnce(&Classification, String)) {
        let engine = SlaEngine::new(Policy::default()).unwrap();
        let submitted = at("2026-12-04T14:30:00Z");
        let case = Case::new("preview", "preview", submitted, PriorityId::P2);
        let clocks = engine.clocks(&case, submitted).unwrap();
        let classification = Classification {
            policy: engine.policy(),
            outcome: Outcome {
                priority: PriorityId::P2,
                clause: 1,
            },
            answers: vec![("Which system is affected?", "Production")],
            submitted,
            clocks: &clocks,
            team_zone: engine.calendar().time_zone().clone(),
        };
        let viewer = FixedOffset::east_opt(viewer_offset_hours * 3600).unwrap();
        let text = classification.summary(|_| viewer);
        check(&classification, text);
    }

    #[test]
    fn the_summary_gives_priority_why_and_deadlines_in_the_teams_time() {
        with_summary(1, |_, text| {
            assert!(
                text.starts_with(
                    "Priority: P2 Important\nWhy: clause 1 of P2: \"The Hosted Service"
                ),
                "{text}"
            );
            assert!(
                text.contains("- Which system is affected? Production"),
                "{text}"
            );
            assert!(
                text.contains("Initial response by: Mon 7 Dec 2026, 09:30 (Oslo time)\n"),
                "{text}"
            );
            assert!(
                text.contains("Actions to resolve commence by: Mon 7 Dec 2026, 11:30 (Oslo time)"),
                "{text}"
            );
            assert!(!text.contains("your time"), "{text}");
        });
    }

    #[test]
    fn a_customer_elsewhere_also_gets_their_own_time() {
        with_summary(-5, |_, text| {
            assert!(
                text.contains("Initial response by: Mon 7 Dec 2026, 09:30 (Oslo time); Mon 7 Dec 2026, 03:30 your time"),
                "{text}"
            );
        });
    }

    #[test]
    fn the_email_goes_to_the_support_address_with_subject_and_body() {
        with_summary(1, |classification, text| {
            let link = classification.mailto(&text);
            assert!(link.starts_with("mailto:support%40example.com?subject=P2%20Important%3A%20new%20issue&body=Priority%3A%20P2"), "{link}");
        });
    }
}
