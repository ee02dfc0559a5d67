use crate::domain::calendar::schedule::{SpecialDay, WallInterval, WallTime};
use crate::domain::calendar::FieldError;
use crate::ui::browser;
use crate::ui::components::holidays_editor::read_date;
use crate::ui::components::intervals_editor::{IntervalList, IntervalsEditor};
use crate::ui::components::policy_field::{
    on_click_edit, row_end, text_field, DraftHandle, TextField,
};
use crate::ui::policy_draft::field_id;
use std::rc::Rc;
use yew::prelude::*;

const PATH: &str = "calendar.special_days";

#[derive(Properties, PartialEq)]
pub struct SpecialDaysEditorProps {
    pub draft: DraftHandle,
    pub problems: Rc<Vec<FieldError>>,
    pub special_days: Vec<SpecialDay>,
}

/// Dates whose own intervals replace the weekly hours, such as a half day before a holiday.
#[function_component(SpecialDaysEditor)]
pub fn special_days_editor(props: &SpecialDaysEditorProps) -> Html {
    let draft = &props.draft;
    let rows = props.special_days.iter().enumerate().map(|(index, special)| {
        let row = format!("{PATH}[{index}]");
        let number = index + 1;
        let mut date = TextField::new(format!("{row}.date"), format!("Special day {number} date"), special.date);
        date.input_type = "date";
        let date = text_field(draft, &props.problems, date, Rc::new(move |policy, text| {
            let date = read_date(text)?;
            if let Some(special) = policy.calendar.special_days.get_mut(index) {
                special.date = date;
            }
            Ok(())
        }));
        let name = TextField::new(format!("{row}.name"), format!("Special day {number} name"), &special.name);
        let name = text_field(draft, &props.problems, name, Rc::new(move |policy, text| {
            if let Some(special) = policy.calendar.special_days.get_mut(index) {
                special.name = text.to_string();
            }
            Ok(())
        }));
        let on_remove = on_click_edit(draft, move |draft| {
            draft.policy.calendar.special_days.remove(index);
            draft.forget_typed(PATH);
        });
        html! {
            <li id={field_id(&row)} class="special-day">
                { date }
                { name }
                <IntervalsEditor draft={draft.clone()} problems={props.problems.clone()}
                    list={IntervalList::SpecialDay(index)} name={format!("Special day {number}")}
                    intervals={special.intervals.clone()} />
                { row_end(&props.problems, &row, format!("special day {number}"), on_remove) }
            </li>
        }
    });
    let on_add = on_click_edit(draft, |draft| {
        draft.policy.calendar.special_days.push(SpecialDay {
            date: browser::now().date_naive(),
            name: String::new(),
            intervals: vec![WallInterval {
                open: WallTime::hour(8),
                close: WallTime::hour(12),
            }],
        })
    });
    html! {
        <fieldset id="calendar-special_days" class="special-days">
            <legend>{ "Special days (their own hours replace the week\u{2019}s)" }</legend>
            <ol>{ for rows }</ol>
            <button type="button" class="secondary" onclick={on_add}>{ "Add special day" }</button>
        </fieldset>
    }
}
