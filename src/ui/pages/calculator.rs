use crate::domain::calendar::dates::{local_date_time, parse_local_date_time};
use crate::domain::case::Case;
use crate::domain::priority::PriorityId;
use crate::ui::browser;
use crate::ui::components::{clock_list::ClockList, support_hours_notice::SupportHoursNotice};
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use chrono::{DateTime, Utc};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The format of `<input type="datetime-local">`, and of the time in the address.
const DEFAULT_PRIORITY: PriorityId = PriorityId::P2;

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    pub priority: Option<String>,
    pub at: Option<String>,
}

/// Reads the typed submission time, or says in words what is wrong with it.
fn submission_time(text: &str) -> Result<DateTime<Utc>, String> {
    if text.trim().is_empty() {
        return Err("Choose the date and time the case is submitted.".into());
    }
    let local = parse_local_date_time(text).ok_or_else(|| {
        format!("\u{201c}{text}\u{201d} is not a date and time; use the form 2026-12-04T15:30.")
    })?;
    browser::from_viewer_local(local).ok_or_else(|| {
        format!(
            "{} does not exist in your time zone: the clocks skip it when daylight saving starts.",
            text.replace('T', " ")
        )
    })
}

/// What-if: the deadlines of any priority for a case submitted at any time.
#[function_component(CalculatorPage)]
pub fn calculator_page(props: &CalculatorProps) -> Html {
    let typed_at = {
        let from_route = props.at.clone();
        use_state(move || {
            from_route.unwrap_or_else(|| {
                let now = browser::now();
                local_date_time(
                    now.with_timezone(&browser::viewer_offset(now))
                        .naive_local(),
                )
            })
        })
    };
    {
        // Back, Forward or a link changed the address: show what it says.
        let typed_at = typed_at.clone();
        use_effect_with(props.at.clone(), move |at| {
            if let Some(at) = at {
                typed_at.set(at.clone());
            }
        });
    }
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let engine = &state.engine;
    let priority_text = props
        .priority
        .clone()
        .unwrap_or_else(|| DEFAULT_PRIORITY.to_string());
    let priority = priority_text.parse::<PriorityId>();

    let on_priority = {
        let typed_at = typed_at.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                browser::replace(&Route::Calculator {
                    priority: Some(select.value()),
                    at: Some((*typed_at).clone()),
                });
            }
        })
    };
    let on_at = {
        let (typed_at, priority_text) = (typed_at.clone(), priority_text.clone());
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let value = input.value();
            typed_at.set(value.clone());
            if submission_time(&value).is_ok() {
                browser::replace(&Route::Calculator {
                    priority: Some(priority_text.clone()),
                    at: Some(value),
                });
            }
        })
    };

    let submitted = submission_time(&typed_at);
    let outcome = match (&priority, &submitted) {
        (Err(error), _) => {
            html! { <p role="alert" class="field-error">{ format!("{error}.") }</p> }
        }
        (_, Err(_)) => html! {},
        (Ok(priority), Ok(submitted)) => {
            let preview = Case::new("what-if", "what-if", *submitted, *priority);
            match engine.clocks(&preview, *submitted) {
                Ok(clocks) => html! {
                    <section aria-labelledby="calculator-result-title">
                        <h2 id="calculator-result-title">
                            { format!("{} {}", priority, engine.policy().priorities.get(*priority).name) }
                        </h2>
                        <SupportHoursNotice calendar={engine.calendar().clone()} at={*submitted} />
                        <ClockList clocks={clocks.to_vec()} team_zone={engine.calendar().time_zone().clone()} />
                    </section>
                },
                Err(error) => {
                    html! { <p role="alert">{ format!("The deadlines cannot be worked out: {error}.") }</p> }
                }
            }
        }
    };
    let at_error = submitted.as_ref().err();

    html! {
        <section class="page calculator" aria-labelledby="calculator-title">
            <h1 id="calculator-title">{ "SLA calculator" }</h1>
            <p>{ "See the deadlines of any priority for a case submitted at any time." }</p>
            <form class="calculator-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <div class="field">
                    <label for="calculator-priority">{ "Priority" }</label>
                    <select id="calculator-priority" onchange={on_priority}>
                        { for PriorityId::ALL.iter().map(|id| html! {
                            <option value={id.to_string()} selected={priority.as_ref() == Ok(id)}>
                                { format!("{id} {}", engine.policy().priorities.get(*id).name) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="calculator-at">{ "Submitted at (your time)" }</label>
                    <input id="calculator-at" type="datetime-local" value={(*typed_at).clone()} oninput={on_at}
                           aria-invalid={at_error.map(|_| "true")}
                           aria-describedby={at_error.map(|_| "calculator-at-error")} />
                    if let Some(error) = at_error {
                        <p class="field-error" id="calculator-at-error" role="alert">{ error }</p>
                    }
                </div>
            </form>
            { outcome }
        </section>
    }
}
