use crate::domain::case::Case;
use crate::domain::case_list;
use crate::domain::sla::SlaEngine;
use crate::ui::browser;
use crate::ui::components::case_row::{CaseRow, CaseRowView, UrgentClock};
use crate::ui::components::minute_clock::Minute;
use crate::ui::format::countdown;
use crate::ui::hooks::use_on_screen::use_on_screen;
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use crate::ui::summary::case_clock_label;
use chrono::{DateTime, Utc};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseListItemProps {
    pub case: Rc<Case>,
}

/// One case in the list, with its most urgent running clock kept live. Each row ticks on its
/// own, so a countdown never re-renders the whole list. A row out of sight keeps the words of
/// the last minute it was seen, and catches up as it comes into view; a row whose words are
/// the same as a minute ago (a countdown in days, a clock outside business hours) is not
/// rendered again at all.
#[function_component(CaseListItem)]
pub fn case_list_item(props: &CaseListItemProps) -> Html {
    let node = use_node_ref();
    let on_screen = use_on_screen(node.clone());
    let minute = use_context::<Minute>();
    let state = use_context::<AppContext>();
    let engine = state.as_ref().map(|state| state.engine.clone());
    let view = use_memo(
        (props.case.clone(), engine, minute.filter(|_| on_screen)),
        |(case, engine, _)| {
            let engine = engine.as_ref()?;
            Some(Rc::new(row_view(engine, case, browser::now())))
        },
    );
    let (Some(view), Some(state)) = ((*view).clone(), state) else {
        return html! {};
    };
    html! {
        <li class="case-row" ref={node}>
            <CaseRow {view} team_zone={state.engine.calendar().time_zone().clone()} />
        </li>
    }
}

/// What the row of `case` shows at `now`.
fn row_view(engine: &SlaEngine, case: &Case, now: DateTime<Utc>) -> CaseRowView {
    let row = case_list::CaseRow::at(engine, case, now);
    CaseRowView {
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
    }
}
