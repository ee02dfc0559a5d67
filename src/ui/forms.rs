//! Reading form fields in event handlers, and reporting what came of a form's action.

use super::browser;
use crate::storage::transfer::MAX_IMPORT_BYTES;
use wasm_bindgen_futures::spawn_local;
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

/// The `onchange` of an import's `<input type="file">`: reads the chosen file as text (refusing
/// one over [`MAX_IMPORT_BYTES`]), clears the input so that the same file can be chosen again
/// after a fix, and hands `on_read` the file's name and its text, or why it could not be read.
pub fn on_import_file(
    on_read: impl Fn(String, Result<String, String>) + 'static,
) -> Callback<Event> {
    let on_read = std::rc::Rc::new(on_read);
    Callback::from(move |event: Event| {
        let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        let on_read = on_read.clone();
        spawn_local(async move {
            let name = file.name();
            on_read(name, browser::read_file(file, MAX_IMPORT_BYTES).await);
        });
    })
}
