use crate::domain::calendar::schedule::{weekday_field, WeeklySchedule};
use crate::domain::calendar::{FieldError, WEEK};
use crate::ui::components::intervals_editor::{IntervalList, IntervalsEditor};
use crate::ui::components::policy_field::{problem_message, DraftHandle};
use crate::ui::policy_draft::message_at;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeeklyHoursEditorProps {
    pub draft: DraftHandle,
    pub problems: Rc<Vec<FieldError>>,
    pub weekly: WeeklySchedule,
}

/// The opening hours of each weekday.
#[function_component(WeeklyHoursEditor)]
pub fn weekly_hours_editor(props: &WeeklyHoursEditorProps) -> Html {
    let days = WEEK.iter().map(|&day| {
        let field = weekday_field(day);
        let name = format!("{}{}", field[..1].to_uppercase(), &field[1..]);
        html! {
            <fieldset class="day" key={field}>
                <legend>{ name.clone() }</legend>
                <IntervalsEditor draft={props.draft.clone()} problems={props.problems.clone()}
                    list={IntervalList::Weekday(day)} name={name.clone()} intervals={props.weekly.day(day).to_vec()} />
            </fieldset>
        }
    });
    html! {
        <fieldset id="calendar-weekly" class="weekly-hours">
            <legend>{ "Weekly hours (the team\u{2019}s local time)" }</legend>
            { problem_message("calendar-weekly-error".into(), message_at(&props.problems, "calendar.weekly")) }
            { for days }
        </fieldset>
    }
}
