//! The building blocks of the settings page's editors: text fields bound to one field of the
//! draft policy, row buttons, and the problems shown at a field.

use crate::domain::calendar::FieldError;
use crate::domain::policy::Policy;
use crate::ui::forms::input_value;
use crate::ui::policy_draft::{field_id, message_at, Draft, Edit};
use std::rc::Rc;
use yew::prelude::*;

/// The draft policy, shared by the settings page and its editors.
pub type DraftHandle = UseReducerHandle<Draft>;

/// Reads typed text into the policy, or says in words why it does not read.
pub type Apply = Rc<dyn Fn(&mut Policy, &str) -> Result<(), String>>;

/// One text field: where it is in the policy, how it is labelled and what it shows.
pub struct TextField {
    /// The field's path in the policy, as problems name it.
    pub path: String,
    pub label: String,
    /// Where the label is implied by the layout (a row of a table), it is for screen readers only.
    pub hide_label: bool,
    /// The policy's value, shown until something is typed.
    pub shown: String,
    pub input_type: &'static str,
    /// The id of a `<datalist>` of suggestions.
    pub list: Option<&'static str>,
}

impl TextField {
    pub fn new(path: impl Into<String>, label: impl Into<String>, shown: impl ToString) -> Self {
        TextField {
            path: path.into(),
            label: label.into(),
            hide_label: false,
            shown: shown.to_string(),
            input_type: "text",
            list: None,
        }
    }

    pub fn hidden_label(mut self) -> Self {
        self.hide_label = true;
        self
    }
}

/// The field with its label and, below it, the problems whose path names it.
pub fn text_field(
    draft: &DraftHandle,
    problems: &[FieldError],
    field: TextField,
    apply: Apply,
) -> Html {
    let id = field_id(&field.path);
    let error = message_at(problems, &field.path);
    let error_id = format!("{id}-error");
    let value = draft.text(&field.path, &field.shown);
    let oninput = {
        let (draft, path) = (draft.clone(), field.path);
        Callback::from(move |event: InputEvent| {
            if let Some(text) = input_value(&event) {
                let (path, apply) = (path.clone(), apply.clone());
                draft.dispatch(Edit::new(move |draft| {
                    draft.type_text(&path, text, |policy, text| apply(policy, text))
                }));
            }
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()} class={classes!(field.hide_label.then_some("visually-hidden"))}>{ field.label }</label>
            <input {id} type={field.input_type} {value} {oninput} list={field.list}
                   aria-invalid={error.as_ref().map(|_| "true")}
                   aria-describedby={error.as_ref().map(|_| error_id.clone())} />
            { problem_message(error_id.clone(), error) }
        </div>
    }
}

/// A problem shown at its field, with the id the field's `aria-describedby` names.
pub fn problem_message(id: String, message: Option<String>) -> Html {
    match message {
        Some(message) => html! { <p class="field-error" {id}>{ message }</p> },
        None => html! {},
    }
}

/// A button's click that makes one change to the draft (adds a row, removes one).
pub fn on_click_edit(
    draft: &DraftHandle,
    edit: impl Fn(&mut Draft) + 'static,
) -> Callback<MouseEvent> {
    let (draft, edit) = (draft.clone(), Rc::new(edit));
    Callback::from(move |_: MouseEvent| {
        let edit = edit.clone();
        draft.dispatch(Edit::new(move |draft| edit(draft)));
    })
}

/// The end of one row of a list (an interval, a holiday): its Remove button, named for screen
/// readers after what it removes ("holiday 3"), then the problems whose path names the row.
pub fn row_end(
    problems: &[FieldError],
    row: &str,
    what: String,
    on_remove: Callback<MouseEvent>,
) -> Html {
    html! {
        <>
            <button type="button" class="secondary" onclick={on_remove}>
                { "Remove" }<span class="visually-hidden">{ format!(" {what}") }</span>
            </button>
            { problem_message(format!("{}-error", field_id(row)), message_at(problems, row)) }
        </>
    }
}

/// Reads a whole number.
pub fn read_number(text: &str) -> Result<i64, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("\u{201c}{text}\u{201d} is not a whole number"))
}
