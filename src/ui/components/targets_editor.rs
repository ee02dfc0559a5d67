use crate::domain::calendar::FieldError;
use crate::domain::policy::{ClockKind, Priorities, Target};
use crate::domain::priority::PriorityId;
use crate::ui::components::policy_field::{read_number, text_field, DraftHandle, TextField};
use crate::ui::policy_draft::{field_id, Edit};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The kinds of target: value in the form, and in words.
const KINDS: [(&str, &str); 5] = [
    ("business_minutes", "business minutes"),
    ("business_hours", "business hours"),
    ("business_days", "business days"),
    ("calendar_days", "calendar days"),
    ("none", "no clock"),
];

fn kind(target: &Target) -> &'static str {
    match target {
        Target::BusinessMinutes(_) => "business_minutes",
        Target::BusinessHours(_) => "business_hours",
        Target::BusinessDays(_) => "business_days",
        Target::CalendarDays(_) => "calendar_days",
        Target::None(_) => "none",
    }
}

fn amount(target: &Target) -> Option<i64> {
    match target {
        Target::BusinessMinutes(n)
        | Target::BusinessHours(n)
        | Target::BusinessDays(n)
        | Target::CalendarDays(n) => Some(*n),
        Target::None(_) => None,
    }
}

/// A target of `kind` with the amount of `old`, where it has one.
fn with_kind(kind: &str, old: &Target) -> Target {
    let amount = amount(old).unwrap_or(1);
    match kind {
        "business_minutes" => Target::BusinessMinutes(amount),
        "business_hours" => Target::BusinessHours(amount),
        "business_days" => Target::BusinessDays(amount),
        "calendar_days" => Target::CalendarDays(amount),
        _ => Target::None("on request".into()),
    }
}

/// The target's amount with the same kind, or its note for no clock.
fn with_text(old: &Target, text: &str) -> Result<Target, String> {
    Ok(match old {
        Target::None(_) => Target::None(text.to_string()),
        Target::BusinessMinutes(_) => Target::BusinessMinutes(read_number(text)?),
        Target::BusinessHours(_) => Target::BusinessHours(read_number(text)?),
        Target::BusinessDays(_) => Target::BusinessDays(read_number(text)?),
        Target::CalendarDays(_) => Target::CalendarDays(read_number(text)?),
    })
}

fn target_mut(priorities: &mut Priorities, id: PriorityId, clock: ClockKind) -> &mut Target {
    let priority = priorities.get_mut(id);
    match clock {
        ClockKind::InitialResponse => &mut priority.initial_response,
        ClockKind::ActionsCommence => &mut priority.actions_commence,
        ClockKind::CustomerUpdate => &mut priority.customer_update,
    }
}

#[derive(Properties, PartialEq)]
pub struct TargetsEditorProps {
    pub draft: DraftHandle,
    pub problems: Rc<Vec<FieldError>>,
    pub priorities: Priorities,
}

/// Each priority's target for each clock: a kind and an amount (or, with no clock, what
/// happens instead).
#[function_component(TargetsEditor)]
pub fn targets_editor(props: &TargetsEditorProps) -> Html {
    let cell = |id: PriorityId, clock: ClockKind| {
        let target = props.priorities.get(id).target(clock);
        let path = format!("priorities.{id}.{}", clock.field());
        let kind_id = format!("{}-kind", field_id(&path));
        let on_kind = {
            let (draft, path) = (props.draft.clone(), path.clone());
            Callback::from(move |event: Event| {
                let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else {
                    return;
                };
                let path = path.clone();
                draft.dispatch(Edit::new(move |draft| {
                    let target = target_mut(&mut draft.policy.priorities, id, clock);
                    *target = with_kind(&select.value(), target);
                    draft.forget_typed(&path);
                }))
            })
        };
        let shown = match target {
            Target::None(note) => note.clone(),
            other => amount(other).unwrap_or_default().to_string(),
        };
        let amount_label = if matches!(target, Target::None(_)) {
            "instead"
        } else {
            "amount"
        };
        let field = TextField::new(path.clone(), format!("{id} {clock}: {amount_label}"), shown)
            .hidden_label();
        let amount = text_field(
            &props.draft,
            &props.problems,
            field,
            Rc::new(move |policy, text| {
                let target = target_mut(&mut policy.priorities, id, clock);
                *target = with_text(target, text)?;
                Ok(())
            }),
        );
        html! {
            <td>
                <div class="field">
                    <label for={kind_id.clone()} class="visually-hidden">{ format!("{id} {clock}: unit") }</label>
                    <select id={kind_id} onchange={on_kind}>
                        { for KINDS.iter().map(|(value, words)| html! {
                            <option value={*value} selected={*value == kind(target)}>{ *words }</option>
                        }) }
                    </select>
                </div>
                { amount }
            </td>
        }
    };
    html! {
        <fieldset class="targets">
            <legend>{ "Targets per priority" }</legend>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ "Priority" }</th>
                        { for ClockKind::ALL.iter().map(|clock| html! { <th scope="col">{ clock.to_string() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for PriorityId::ALL.iter().map(|&id| html! {
                        <tr>
                            <th scope="row">{ format!("{id} {}", props.priorities.get(id).name) }</th>
                            { for ClockKind::ALL.iter().map(|&clock| cell(id, clock)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </fieldset>
    }
}
