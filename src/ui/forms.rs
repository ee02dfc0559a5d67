//! Reading form fields in event handlers, and reporting what came of a form's action.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The text of the input or text area an input event came from.
pub fn input_value(event: &InputEvent) -> Option<String> {
    event
        .target_dyn_into::<HtmlInputElement>()
        .map(|input| input.value())
        .or_else(|| {
            event
                .target_dyn_into::<HtmlTextAreaElement>()
                .map(|area| area.value())
        })
}

/// Keeps a field's text in `state` as it is typed.
pub fn text_input(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |event: InputEvent| {
        if let Some(value) = input_value(&event) {
            state.set(value);
        }
    })
}

/// What came of an action (an import, an export, a save) below its buttons: `(is_error, text)`.
pub fn outcome_message(message: &Option<(bool, String)>) -> Html {
    match message {
        Some((true, text)) => html! { <p role="alert" class="field-error">{ text }</p> },
        Some((false, text)) => html! { <p role="status" class="saved">{ text }</p> },
        None => html! {},
    }
}
