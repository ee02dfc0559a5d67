use crate::domain::case::{looks_like_email, Case};
use crate::domain::questionnaire::Outcome;
use crate::ui::case_storage;
use crate::ui::forms::input_value;
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use chrono::{DateTime, Utc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveCaseFormProps {
    pub outcome: Outcome,
    pub submitted: DateTime<Utc>,
}

#[derive(Clone, Default, PartialEq)]
struct Draft {
    title: String,
    description: String,
    contact_name: String,
    contact_email: String,
}

#[derive(Clone, PartialEq)]
enum Saved {
    Not,
    As(String),
    Failed(String),
}

/// Problems with a draft, by field id.
fn problems(draft: &Draft) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if draft.title.trim().is_empty() {
        problems.push((
            "case-title",
            "Give the case a title, so you can find it again.",
        ));
    }
    let email = draft.contact_email.trim();
    if !email.is_empty() && !looks_like_email(email) {
        problems.push((
            "case-email",
            "This does not look like an email address (name@example.com).",
        ));
    }
    problems
}

/// A case id that is unique in practice: the submission time and a random part.
fn new_case_id(submitted: DateTime<Utc>) -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("C-{:x}-{random:08x}", submitted.timestamp_millis())
}

/// Keeps the classification as a case in this browser.
#[function_component(SaveCaseForm)]
pub fn save_case_form(props: &SaveCaseFormProps) -> Html {
    let draft = use_state(Draft::default);
    let tried = use_state(|| false);
    let saved = use_state(|| Saved::Not);

    let field = |update: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event).unwrap_or_default();
            let mut next = (*draft).clone();
            update(&mut next, value);
            draft.set(next);
        })
    };

    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let on_submit = {
        let (draft, tried, saved) = (draft.clone(), tried.clone(), saved.clone());
        let (outcome, submitted) = (props.outcome, props.submitted);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            tried.set(true);
            if !problems(&draft).is_empty() {
                return;
            }
            let mut case = Case::new(
                new_case_id(submitted),
                draft.title.trim(),
                submitted,
                outcome.priority,
            );
            case.description = draft.description.trim().to_string();
            case.contact_name = draft.contact_name.trim().to_string();
            case.contact_email = draft.contact_email.trim().to_string();
            case.classification = Some(outcome);
            let id = case.id.clone();
            // A refused write keeps the case on this page; the notice at the top offers a retry.
            saved.set(match case_storage::save_case(&state, case) {
                Ok(()) => Saved::As(id),
                Err(error) => Saved::Failed(format!(
                    "Case {id} is kept on this page, but the browser did not store it: {error}."
                )),
            });
        })
    };

    if let Saved::As(id) = &*saved {
        return html! {
            <p role="status" class="saved">
                { format!("Saved as case {id}. It is kept in this browser only. ") }
                <a href={Route::Case { id: id.clone() }.to_hash()}>{ "Open the case" }</a>
            </p>
        };
    }

    let shown_problems = if *tried { problems(&draft) } else { Vec::new() };
    let problem = |id: &str| {
        shown_problems
            .iter()
            .find(|(field, _)| *field == id)
            .map(|(_, text)| *text)
    };
    let input = |id: &'static str,
                 label: &'static str,
                 kind: &'static str,
                 value: &str,
                 oninput: Callback<InputEvent>,
                 required: bool| {
        let error = problem(id);
        let error_id = format!("{id}-error");
        html! {
            <div class="field">
                <label for={id}>{ label }{ if required { " (required)" } else { "" } }</label>
                <input {id} type={kind} value={value.to_string()} {oninput} required={required}
                       aria-invalid={error.map(|_| "true")}
                       aria-describedby={error.map(|_| error_id.clone())} />
                if let Some(error) = error {
                    <p class="field-error" id={error_id}>{ error }</p>
                }
            </div>
        }
    };

    html! {
        <form class="save-case" onsubmit={on_submit} novalidate=true aria-labelledby="save-case-title">
            <h3 id="save-case-title">{ "Save as case" }</h3>
            { input("case-title", "Title", "text", &draft.title, field(|d, v| d.title = v), true) }
            <div class="field">
                <label for="case-description">{ "Description" }</label>
                <textarea id="case-description" rows="4" value={draft.description.clone()}
                          oninput={field(|d, v| d.description = v)} />
            </div>
            { input("case-contact", "Contact name", "text", &draft.contact_name, field(|d, v| d.contact_name = v), false) }
            { input("case-email", "Contact email", "email", &draft.contact_email, field(|d, v| d.contact_email = v), false) }
            if let Saved::Failed(message) = &*saved {
                <p role="alert" class="field-error">{ message }</p>
            }
            <button type="submit">{ "Save as case" }</button>
        </form>
    }
}
