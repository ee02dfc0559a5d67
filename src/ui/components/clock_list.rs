use crate::domain::calendar::zone::Zone;
use crate::domain::policy::Target;
use crate::domain::sla::ClockReport;
use crate::ui::components::status_badge::StatusBadge;
use crate::ui::components::{countdown::Countdown, deadline_time::DeadlineTime};
use crate::ui::summary::{case_clock_label, commitment_label};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClockListProps {
    pub clocks: Vec<ClockReport>,
    pub team_zone: Zone,
    /// Shown for a case (with each clock's status), not for a classification.
    #[prop_or_default]
    pub with_status: bool,
}

/// The deadline of each clock, or what happens instead where a priority has none.
#[function_component(ClockList)]
pub fn clock_list(props: &ClockListProps) -> Html {
    let rows = props.clocks.iter().map(|clock| {
        let promise = match (clock.deadline, &clock.target) {
            (Some(deadline), _) => html! {
                <>
                    <DeadlineTime at={deadline} team_zone={props.team_zone.clone()} />
                    { " " }
                    <Countdown {deadline} />
                    <span class="target">{ format!("within {}", clock.target) }</span>
                </>
            },
            (None, Target::None(note)) => {
                html! { <span class="no-clock">{ format!("No deadline: {note}.") }</span> }
            }
            (None, target) => html! { <span class="no-clock">{ target.to_string() }</span> },
        };
        let label = if props.with_status {
            case_clock_label(clock.kind)
        } else {
            commitment_label(clock.kind)
        };
        html! {
            <div key={clock.kind.field()} class="commitment">
                <dt>{ label }</dt>
                <dd>
                    { promise }
                    if props.with_status {
                        <StatusBadge status={clock.status} />
                    }
                </dd>
            </div>
        }
    });
    html! { <dl class="commitments">{ for rows }</dl> }
}
