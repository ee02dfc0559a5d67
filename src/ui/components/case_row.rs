use crate::domain::calendar::zone::Zone;
use crate::domain::case::CaseState;
use crate::domain::priority::PriorityId;
use crate::domain::sla::ClockStatus;
use crate::ui::components::{deadline_time::DeadlineTime, status_badge::StatusBadge};
use chrono::{DateTime, Utc};
use std::rc::Rc;
use yew::prelude::*;

/// Everything one row of the case list shows, at one minute.
#[derive(PartialEq, Eq)]
pub struct CaseRowView {
    pub priority: Option<PriorityId>,
    pub title: String,
    /// Where the title links: the case's page.
    pub href: String,
    /// "opened 2 d 4 h ago".
    pub age: Option<String>,
    /// The most urgent running clock, if one runs.
    pub urgent: Option<UrgentClock>,
    pub state: CaseState,
    /// Every clock's label and status.
    pub clocks: Vec<(&'static str, ClockStatus)>,
}

/// The clock a row puts first.
#[derive(PartialEq, Eq)]
pub struct UrgentClock {
    pub label: &'static str,
    /// The deadline and the countdown to it, in words.
    pub deadline: Option<(DateTime<Utc>, String)>,
    pub status: ClockStatus,
}

#[derive(Properties, PartialEq)]
pub struct CaseRowProps {
    pub view: Rc<CaseRowView>,
    pub team_zone: Zone,
}

/// The inside of one row of the case list as [`CaseRowView`] describes it. Yew renders it again only when
/// the view differs from the last one.
#[function_component(CaseRow)]
pub fn case_row(props: &CaseRowProps) -> Html {
    let view = props.view.as_ref();
    let priority = view
        .priority
        .map(|priority| priority.to_string())
        .unwrap_or_default();
    let badge = format!("priority-badge priority-{}", priority.to_lowercase());
    let urgent = match &view.urgent {
        Some(clock) => html! {
            <p class="case-urgent">
                { format!("{}: ", clock.label) }
                if let Some((deadline, countdown)) = &clock.deadline {
                    <DeadlineTime at={*deadline} team_zone={props.team_zone.clone()} />{ " " }
                    <span class="countdown">{ countdown }</span>{ " " }
                }
                <StatusBadge status={clock.status} />
            </p>
        },
        None => {
            html! { <p class="case-urgent">{ format!("No clock running: {}.", view.state) }</p> }
        }
    };
    html! {
        <>
            <div class="case-heading">
                <span class={badge}>{ priority }</span>
                <a class="case-title" href={view.href.clone()}>{ &view.title }</a>
                if let Some(age) = &view.age {
                    <span class="case-age">{ age }</span>
                }
            </div>
            { urgent }
            <ul class="clock-badges" aria-label="All clocks">
                { for view.clocks.iter().map(|(label, status)| html! {
                    <li>{ format!("{label}: ") }<StatusBadge status={*status} /></li>
                }) }
            </ul>
        </>
    }
}
