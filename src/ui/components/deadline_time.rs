use crate::domain::calendar::zone::Zone;
use crate::ui::browser;
use crate::ui::format::{wall_time, zone_city};
use chrono::{DateTime, SecondsFormat, Utc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeadlineTimeProps {
    pub at: DateTime<Utc>,
    /// The support team's zone, shown beside the viewer's time where the two differ.
    pub team_zone: Zone,
}

/// An instant in the viewer's local time, machine-readable, with the team's time beside it.
#[function_component(DeadlineTime)]
pub fn deadline_time(props: &DeadlineTimeProps) -> Html {
    let viewer = browser::viewer_offset(props.at);
    let team = props.team_zone.offset_at(props.at);
    html! {
        <>
            <time datetime={props.at.to_rfc3339_opts(SecondsFormat::Secs, true)}>
                { wall_time(props.at, viewer) }
            </time>
            if viewer != team {
                <span class="team-time">
                    { format!(" ({} in {})", wall_time(props.at, team), zone_city(props.team_zone.name())) }
                </span>
            }
        </>
    }
}
