use crate::domain::questionnaire::Step;
use crate::ui::browser;
use crate::ui::components::{
    classification_result::ClassificationResult, question_step::QuestionStep,
};
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClassifyProps {
    /// The answers given so far, from the address.
    pub answers: Vec<String>,
}

/// The questionnaire: the next question, or the result once the answers lead to one.
#[function_component(ClassifyPage)]
pub fn classify_page(props: &ClassifyProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let questionnaire = &state.engine.policy().questionnaire;
    let go_to = |answers: Vec<String>| browser::navigate(&Route::Classify { answers });
    let start_over = Callback::from(move |_: MouseEvent| go_to(Vec::new()));

    let walk = match questionnaire.walk(&props.answers) {
        Ok(walk) => walk,
        Err(error) => {
            return html! {
                <section class="page" aria-labelledby="classify-error-title">
                    <h1 id="classify-error-title">{ "This link does not lead to a question" }</h1>
                    <p role="alert">{ format!("The link's answers are not valid: {error}.") }</p>
                    <button type="button" onclick={start_over}>{ "Start over" }</button>
                </section>
            };
        }
    };

    match walk.step {
        Step::Ask(question) => {
            let answered = props.answers.clone();
            let on_answer = Callback::from(move |answer: String| {
                let mut answers = answered.clone();
                answers.push(answer);
                go_to(answers);
            });
            let on_back = (!props.answers.is_empty()).then(|| {
                let answers = props.answers.clone();
                Callback::from(move |()| go_to(answers[..answers.len() - 1].to_vec()))
            });
            let on_start_over =
                (!props.answers.is_empty()).then(|| Callback::from(move |()| go_to(Vec::new())));
            html! {
                <QuestionStep
                    question={question.clone()}
                    number={walk.trail.len() + 1}
                    total={walk.trail.len() + questionnaire.questions_left(question)}
                    {on_answer}
                    {on_back}
                    {on_start_over}
                />
            }
        }
        Step::Done(outcome) => html! {
            <ClassificationResult {outcome} answers={props.answers.clone()} />
        },
    }
}
