use crate::domain::case::Case;
use crate::domain::case_list::{case_rows, CaseFilter, StateFilter};
use crate::ui::components::{
    countdown::Countdown, deadline_time::DeadlineTime, status_badge::StatusBadge,
};
use crate::ui::format::countdown;
use crate::ui::hooks::use_now::use_now;
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use crate::ui::summary::case_clock_label;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseListItemProps {
    pub case: Rc<Case>,
}

/// One case in the list, with its most urgent running clock kept live. Each row ticks on its
/// own, so a countdown never re-renders the whole list.
#[function_component(CaseListItem)]
pub fn case_list_item(props: &CaseListItemProps) -> Html {
    let now = use_now();
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let engine = &state.engine;
    let team_zone = engine.calendar().time_zone().clone();
    let case = props.case.as_ref();
    let every_case = CaseFilter {
        state: StateFilter::All,
        ..CaseFilter::default()
    };
    let rows = case_rows(engine, std::slice::from_ref(case), &every_case, now);
    let Some(row) = rows.first() else {
        return html! {};
    };
    let priority = case
        .priority()
        .map(|priority| priority.to_string())
        .unwrap_or_default();
    let badge = format!("priority-badge priority-{}", priority.to_lowercase());
    let age = case
        .submitted_at()
        .map(|submitted| format!("opened {}", countdown(now, submitted)));

    let urgent = match row.urgent.map(|index| &row.clocks[index]) {
        Some(clock) => html! {
            <p class="case-urgent">
                { format!("{}: ", case_clock_label(clock.kind)) }
                if let Some(deadline) = clock.deadline {
                    <DeadlineTime at={deadline} {team_zone} />{ " " }<Countdown {deadline} />{ " " }
                }
                <StatusBadge status={clock.status} />
            </p>
        },
        None => {
            html! { <p class="case-urgent">{ format!("No clock running: {}.", case.state()) }</p> }
        }
    };

    html! {
        <li class="case-row">
            <div class="case-heading">
                <span class={badge}>{ priority }</span>
                <a class="case-title" href={Route::Case { id: case.id.clone() }.to_hash()}>{ &case.title }</a>
                if let Some(age) = age {
                    <span class="case-age">{ age }</span>
                }
            </div>
            { urgent }
            <ul class="clock-badges" aria-label="All clocks">
                { for row.clocks.iter().map(|clock| html! {
                    <li>{ format!("{}: ", case_clock_label(clock.kind)) }<StatusBadge status={clock.status} /></li>
                }) }
            </ul>
        </li>
    }
}
