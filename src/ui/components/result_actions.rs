use crate::domain::questionnaire::Outcome;
use crate::domain::sla::ClockReport;
use crate::ui::browser;
use crate::ui::components::save_case_form::SaveCaseForm;
use crate::ui::state::AppContext;
use crate::ui::summary::Classification;
use chrono::{DateTime, Utc};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub outcome: Outcome,
    /// Each question asked, with the answer given.
    pub trail: Vec<(String, String)>,
    pub submitted: DateTime<Utc>,
    pub clocks: Vec<ClockReport>,
}

/// What a customer can do with a result: keep it as a case, copy it, or email it to support.
#[function_component(ResultActions)]
pub fn result_actions(props: &ResultActionsProps) -> Html {
    let copy_status = use_state(|| None::<Result<(), ()>>);
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let engine = &state.engine;
    let classification = Classification {
        policy: engine.policy(),
        outcome: props.outcome,
        answers: props
            .trail
            .iter()
            .map(|(q, a)| (q.as_str(), a.as_str()))
            .collect(),
        submitted: props.submitted,
        clocks: &props.clocks,
        team_zone: engine.calendar().time_zone().clone(),
    };
    let summary = classification.summary(browser::viewer_offset);
    let mailto = classification.mailto(&summary);

    let on_copy = {
        let copy_status = copy_status.clone();
        let summary = summary.clone();
        Callback::from(move |_: MouseEvent| {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let copy_status = copy_status.clone();
            let written = clipboard.write_text(&summary);
            spawn_local(async move {
                copy_status.set(Some(
                    JsFuture::from(written).await.map(|_| ()).map_err(|_| ()),
                ));
            });
        })
    };

    html! {
        <section class="result-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{ "Next steps" }</h2>
            <div class="step-actions">
                <button type="button" onclick={on_copy}>{ "Copy summary" }</button>
                <a class="button secondary" href={mailto}>{ "Email support" }</a>
            </div>
            <p role="status" class="copy-status">
                { match *copy_status {
                    Some(Ok(())) => "The summary is copied.",
                    Some(Err(())) => "This browser did not allow copying. The summary is below to select and copy.",
                    None => "",
                } }
            </p>
            if matches!(*copy_status, Some(Err(()))) {
                <label for="summary-text">{ "Summary" }</label>
                <textarea id="summary-text" readonly=true rows="10" value={summary} />
            }
            <SaveCaseForm outcome={props.outcome} submitted={props.submitted} />
        </section>
    }
}
