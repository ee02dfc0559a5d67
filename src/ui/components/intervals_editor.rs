use crate::domain::calendar::schedule::{weekday_field, WallInterval, WallTime};
use crate::domain::calendar::FieldError;
use crate::domain::policy::Policy;
use crate::ui::components::policy_field::{
    on_click_edit, row_end, text_field, DraftHandle, TextField,
};
use crate::ui::policy_draft::field_id;
use chrono::Weekday;
use std::rc::Rc;
use yew::prelude::*;

/// Which list of opening intervals is edited.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IntervalList {
    Weekday(Weekday),
    /// The special day at this index.
    SpecialDay(usize),
}

impl IntervalList {
    /// The list's path in the policy.
    pub fn path(self) -> String {
        match self {
            IntervalList::Weekday(day) => format!("calendar.weekly.{}", weekday_field(day)),
            IntervalList::SpecialDay(index) => format!("calendar.special_days[{index}].intervals"),
        }
    }

    fn get_mut(self, policy: &mut Policy) -> Option<&mut Vec<WallInterval>> {
        match self {
            IntervalList::Weekday(day) => Some(policy.calendar.weekly.day_mut(day)),
            IntervalList::SpecialDay(index) => policy
                .calendar
                .special_days
                .get_mut(index)
                .map(|special| &mut special.intervals),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct IntervalsEditorProps {
    pub draft: DraftHandle,
    pub problems: Rc<Vec<FieldError>>,
    pub list: IntervalList,
    /// What the intervals belong to, in labels: "Friday", "Special day 1".
    pub name: AttrValue,
    pub intervals: Vec<WallInterval>,
}

/// The opening intervals of a day, each with its opening and closing time ("HH:MM", up to
/// 24:00), to add to and remove from.
#[function_component(IntervalsEditor)]
pub fn intervals_editor(props: &IntervalsEditorProps) -> Html {
    let list = props.list;
    let path = list.path();
    let change_rows = |change: fn(&mut Vec<WallInterval>, usize), index: usize| {
        let path = path.clone();
        on_click_edit(&props.draft, move |draft| {
            if let Some(intervals) = list.get_mut(&mut draft.policy) {
                change(intervals, index);
            }
            draft.forget_typed(&path);
        })
    };
    let rows = props.intervals.iter().enumerate().map(|(index, interval)| {
        let row = format!("{path}[{index}]");
        let number = index + 1;
        let end = |end: &str, label: &str, shown: WallTime, set: fn(&mut WallInterval, WallTime)| {
            let field = TextField::new(format!("{row}.{end}"), format!("{} interval {number} {label}", props.name), shown).hidden_label();
            text_field(&props.draft, &props.problems, field, Rc::new(move |policy, text| {
                let time: WallTime = text.parse().map_err(|error| format!("{error}"))?;
                if let Some(interval) = list.get_mut(policy).and_then(|intervals| intervals.get_mut(index)) {
                    set(interval, time);
                }
                Ok(())
            }))
        };
        html! {
            <li id={field_id(&row)} class="interval">
                { end("open", "opens", interval.open, |interval, time| interval.open = time) }
                <span aria-hidden="true">{ "to" }</span>
                { end("close", "closes", interval.close, |interval, time| interval.close = time) }
                { row_end(&props.problems, &row, format!("{} interval {number}", props.name), change_rows(|intervals, index| { intervals.remove(index); }, index)) }
            </li>
        }
    });
    html! {
        <>
            if props.intervals.is_empty() {
                <p class="closed">{ "Closed" }</p>
            }
            <ul class="intervals">{ for rows }</ul>
            <button type="button" class="secondary" onclick={change_rows(add_interval, 0)}>
                { "Add interval" }<span class="visually-hidden">{ format!(" to {}", props.name) }</span>
            </button>
        </>
    }
}

/// A new interval: office hours on a closed day, else from the last closing to midnight.
fn add_interval(intervals: &mut Vec<WallInterval>, _: usize) {
    let open = intervals
        .last()
        .map_or(WallTime::hour(8), |last| last.close);
    let close = if intervals.is_empty() {
        WallTime::hour(16)
    } else {
        WallTime::hour(24)
    };
    intervals.push(WallInterval { open, close });
}
