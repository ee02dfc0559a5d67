use crate::domain::case::Case;
use crate::domain::questionnaire::Outcome;
use crate::ui::browser;
use crate::ui::components::{
    clock_list::ClockList, result_actions::ResultActions, support_hours_notice::SupportHoursNotice,
};
use crate::ui::embed::{classified_message, message_target, EmbedConfig};
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClassificationResultProps {
    pub outcome: Outcome,
    /// The answer ids that led here.
    pub answers: Vec<String>,
}

/// The priority, why, and the deadlines that come with it if the case is submitted now.
#[function_component(ClassificationResult)]
pub fn classification_result(props: &ClassificationResultProps) -> Html {
    let heading = use_node_ref();
    // Counted from when the result appeared, so the deadlines do not drift while it is read.
    let submitted = *use_state(browser::now);
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let state = use_context::<AppContext>();
    let embed = use_context::<Rc<EmbedConfig>>().unwrap_or_default();
    {
        // An embedding page learns the result, once, if the policy allows its origin.
        let engine = state.as_ref().map(|state| state.engine.clone());
        use_effect_with(props.outcome, move |outcome| {
            let host = browser::embedding_origin();
            let Some(engine) = engine.filter(|_| embed.embedded) else {
                return;
            };
            let Some(origin) = message_target(host.as_deref(), &engine.policy().embed_origins)
            else {
                return;
            };
            let preview = Case::new("preview", "preview", submitted, outcome.priority);
            if let Ok(clocks) = engine.clocks(&preview, submitted) {
                browser::post_to_embedder(
                    &classified_message(engine.policy(), *outcome, &clocks),
                    origin,
                );
            }
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let engine = &state.engine;
    let policy = engine.policy();
    let outcome = props.outcome;
    let priority = policy.priorities.get(outcome.priority);
    let badge = format!(
        "priority-badge priority-{}",
        outcome.priority.to_string().to_lowercase()
    );
    let trail: Vec<(String, String)> = policy
        .questionnaire
        .walk(&props.answers)
        .map(|walk| {
            walk.trail
                .iter()
                .map(|(q, a)| (q.text.clone(), a.label.clone()))
                .collect()
        })
        .unwrap_or_default();
    let preview = Case::new("preview", "preview", submitted, outcome.priority);
    let team_zone = engine.calendar().time_zone().clone();

    let commitments = match engine.clocks(&preview, submitted) {
        Ok(clocks) => html! {
            <>
                <ClockList clocks={clocks.to_vec()} {team_zone} />
                <ResultActions {outcome} trail={trail.clone()} {submitted} clocks={clocks.to_vec()} />
            </>
        },
        Err(error) => {
            html! { <p role="alert">{ format!("The deadlines cannot be worked out: {error}.") }</p> }
        }
    };

    html! {
        <section class="page result" aria-labelledby="result-title">
            <p class="eyebrow">{ "Your issue's priority" }</p>
            <h1 id="result-title" tabindex="-1" ref={heading}>
                <span class={badge}>{ outcome.priority.to_string() }</span>
                { " " }
                <span class="priority-name">{ &priority.name }</span>
            </h1>

            <section aria-labelledby="why-title">
                <h2 id="why-title">{ format!("Why {}", outcome.priority) }</h2>
                <figure class="clause">
                    <blockquote><p>{ priority.clause(outcome.clause).unwrap_or_default() }</p></blockquote>
                    <figcaption>
                        { format!("Clause {} of {} in the incident response procedure", outcome.clause, outcome.priority) }
                    </figcaption>
                </figure>
                <p>{ "Your answers:" }</p>
                <ol class="why">
                    { for trail.iter().map(|(question, answer)| html! {
                        <li><span class="why-question">{ question }</span>{ " " }<strong>{ answer }</strong></li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="promise-title">
                <h2 id="promise-title">{ "What support promises" }</h2>
                <p class="response-level">{ &priority.response_level }</p>
                <SupportHoursNotice calendar={engine.calendar().clone()} at={submitted} />
                { commitments }
            </section>

            <p><a href={Route::default().to_hash()}>{ "Start over" }</a></p>
        </section>
    }
}
