use crate::domain::sla::{business_time_words, ClockStatus};
use chrono::TimeDelta;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: ClockStatus,
}

/// A clock's status in words, coloured by how urgent it is.
#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    let status = props.status;
    let (class, text) = match status {
        ClockStatus::Met => ("met", status.to_string()),
        ClockStatus::Breached { .. } => ("breached", status.to_string()),
        ClockStatus::AtRisk { left } => {
            ("at-risk", format!("{status}: {} left", minutes_to_go(left)))
        }
        ClockStatus::OnTrack { left } => (
            "on-track",
            format!("{status}: {} left", minutes_to_go(left)),
        ),
        ClockStatus::Paused => ("paused", status.to_string()),
        ClockStatus::None => ("none", "no clock".to_string()),
    };
    html! { <span class={classes!("status-badge", class)}>{ text }</span> }
}

/// Business time left, with a part of a minute counted as a minute, as a countdown reads.
fn minutes_to_go(left: TimeDelta) -> String {
    business_time_words((left.num_seconds() + 59).div_euclid(60))
}
