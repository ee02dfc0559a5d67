use crate::domain::calendar::dates::parse_iso_date;
use crate::domain::calendar::holidays::{Holiday, HolidayRule};
use crate::domain::calendar::FieldError;
use crate::ui::browser;
use crate::ui::components::policy_field::{
    on_click_edit, read_number, row_end, text_field, DraftHandle, TextField,
};
use crate::ui::policy_draft::{field_id, Edit};
use chrono::NaiveDate;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const PATH: &str = "calendar.holidays";

/// The kinds of holiday rule: value in the form, and in words.
const RULES: [(&str, &str); 3] = [
    ("fixed", "Once, on a date"),
    ("yearly", "Every year, on a month and day"),
    ("easter", "Every year, days from Easter Sunday"),
];

#[derive(Properties, PartialEq)]
pub struct HolidaysEditorProps {
    pub draft: DraftHandle,
    pub problems: Rc<Vec<FieldError>>,
    pub holidays: Vec<Holiday>,
}

/// Reads a date as a date input gives it (`2026-12-24`).
pub fn read_date(text: &str) -> Result<NaiveDate, String> {
    parse_iso_date(text).ok_or_else(|| format!("\u{201c}{text}\u{201d} is not a date (YYYY-MM-DD)"))
}

/// Reads typed text into one holiday, or says why it does not read.
type ChangeHoliday = Rc<dyn Fn(&mut Holiday, &str) -> Result<(), String>>;

/// Whole local dates the team is closed: once, every year, or relative to Easter.
#[function_component(HolidaysEditor)]
pub fn holidays_editor(props: &HolidaysEditorProps) -> Html {
    let draft = &props.draft;
    let edit = |index: usize, change: ChangeHoliday| {
        Rc::new(
            move |policy: &mut crate::domain::policy::Policy, text: &str| match policy
                .calendar
                .holidays
                .get_mut(index)
            {
                Some(holiday) => change(holiday, text),
                None => Ok(()),
            },
        )
    };
    let rows = props.holidays.iter().enumerate().map(|(index, holiday)| {
        let row = format!("{PATH}[{index}]");
        let number = index + 1;
        let field = |name: &str, label: &str, shown: String| {
            TextField::new(format!("{row}.{name}"), format!("Holiday {number} {label}"), shown)
        };
        let name = text_field(draft, &props.problems, field("name", "name", holiday.name.clone()),
            edit(index, Rc::new(|holiday, text| { holiday.name = text.to_string(); Ok(()) })));
        let rule_inputs = match holiday.rule {
            HolidayRule::Fixed { date } => {
                let mut date_field = field("date", "date", date.to_string());
                date_field.input_type = "date";
                text_field(draft, &props.problems, date_field, edit(index, Rc::new(|holiday, text| {
                    holiday.rule = HolidayRule::Fixed { date: read_date(text)? };
                    Ok(())
                })))
            }
            HolidayRule::Yearly { month, day } => html! { <>
                { text_field(draft, &props.problems, field("month", "month (1 to 12)", month.to_string()), edit(index, Rc::new(|holiday, text| {
                    if let HolidayRule::Yearly { day, .. } = holiday.rule {
                        let month = u32::try_from(read_number(text)?).map_err(|_| format!("{text} is not a month"))?;
                        holiday.rule = HolidayRule::Yearly { month, day };
                    }
                    Ok(())
                }))) }
                { text_field(draft, &props.problems, field("day", "day of the month", day.to_string()), edit(index, Rc::new(|holiday, text| {
                    if let HolidayRule::Yearly { month, .. } = holiday.rule {
                        let day = u32::try_from(read_number(text)?).map_err(|_| format!("{text} is not a day of the month"))?;
                        holiday.rule = HolidayRule::Yearly { month, day };
                    }
                    Ok(())
                }))) }
            </> },
            HolidayRule::Easter { offset_days } => text_field(draft, &props.problems,
                field("offset_days", "days after Easter Sunday (negative: before)", offset_days.to_string()),
                edit(index, Rc::new(|holiday, text| {
                    let offset_days = i32::try_from(read_number(text)?).map_err(|_| format!("{text} days is too far"))?;
                    holiday.rule = HolidayRule::Easter { offset_days };
                    Ok(())
                }))),
        };
        let rule_id = format!("{}-rule", field_id(&row));
        let on_rule = {
            let draft = draft.clone();
            Callback::from(move |event: Event| {
                let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else { return };
                let rule = match select.value().as_str() {
                    "yearly" => HolidayRule::Yearly { month: 1, day: 1 },
                    "easter" => HolidayRule::Easter { offset_days: 0 },
                    _ => HolidayRule::Fixed { date: browser::now().date_naive() },
                };
                draft.dispatch(Edit::new(move |draft| {
                    if let Some(holiday) = draft.policy.calendar.holidays.get_mut(index) {
                        holiday.rule = rule;
                    }
                    draft.forget_typed(PATH);
                }));
            })
        };
        let current = match holiday.rule {
            HolidayRule::Fixed { .. } => "fixed",
            HolidayRule::Yearly { .. } => "yearly",
            HolidayRule::Easter { .. } => "easter",
        };
        let on_remove = on_click_edit(draft, move |draft| {
            draft.policy.calendar.holidays.remove(index);
            draft.forget_typed(PATH);
        });
        html! {
            <li id={field_id(&row)} class="holiday">
                { name }
                <div class="field">
                    <label for={rule_id.clone()} class="visually-hidden">{ format!("Holiday {number} falls") }</label>
                    <select id={rule_id} onchange={on_rule}>
                        { for RULES.iter().map(|(value, words)| html! {
                            <option value={*value} selected={*value == current}>{ *words }</option>
                        }) }
                    </select>
                </div>
                { rule_inputs }
                { row_end(&props.problems, &row, format!("holiday {number}"), on_remove) }
            </li>
        }
    });
    let on_add = on_click_edit(draft, |draft| {
        draft.policy.calendar.holidays.push(Holiday {
            name: "New holiday".into(),
            rule: HolidayRule::Fixed {
                date: browser::now().date_naive(),
            },
        })
    });
    html! {
        <fieldset id="calendar-holidays" class="holidays">
            <legend>{ "Holidays (closed all day)" }</legend>
            <ol>{ for rows }</ol>
            <button type="button" class="secondary" onclick={on_add}>{ "Add holiday" }</button>
        </fieldset>
    }
}
