use crate::domain::case::Case;
use crate::domain::case_list::{case_rows, CaseFilter, StateFilter};
use crate::ui::components::case_row::{CaseRow, CaseRowView, UrgentClock};
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
/// own, so a countdown never re-renders the whole list; and a row whose words are the same as
/// a minute ago (a countdown in days, a clock outside business hours) is not re-rendered at all.
#[function_component(CaseListItem)]
pub fn case_list_item(props: &CaseListItemProps) -> Html {
    let now = use_now();
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let engine = &state.engine;
    let case = props.case.as_ref();
    let every_case = CaseFilter {
        state: StateFilter::All,
        ..CaseFilter::default()
    };
    let rows = case_rows(engine, std::slice::from_ref(case), &every_case, now);
    let Some(row) = rows.first() else {
        return html! {};
    };
    let view = CaseRowView {
        priority: case.priority(),
        title: case.title.clone(),
        href: Route::Case {
            id: case.id.clone(),
        }
        .to_hash(),
        age: case
            .submitted_at()
            .map(|submitted| format!("opened {}", countdown(now, submitted))),
        urgent: row.urgent.map(|index| {
            let clock = &row.clocks[index];
            UrgentClock {
                label: case_clock_label(clock.kind),
                deadline: clock
                    .deadline
                    .map(|deadline| (deadline, countdown(now, deadline))),
                status: clock.status,
            }
        }),
        state: case.state(),
        clocks: row
            .clocks
            .iter()
            .map(|clock| (case_clock_label(clock.kind), clock.status))
            .collect(),
    };
    html! { <CaseRow view={Rc::new(view)} team_zone={engine.calendar().time_zone().clone()} /> }
}
