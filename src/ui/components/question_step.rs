use crate::domain::questionnaire::Question;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub question: Question,
    /// 1-based number of this question on the path taken.
    pub number: usize,
    /// The most questions this path can have.
    pub total: usize,
    /// Called with the id of the chosen answer.
    pub on_answer: Callback<String>,
    /// Back one question, and back to the first; absent on the first question.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
    #[prop_or_default]
    pub on_start_over: Option<Callback<()>>,
}

/// One question of the questionnaire, with its answers as buttons.
#[function_component(QuestionStep)]
pub fn question_step(props: &QuestionStepProps) -> Html {
    let heading = use_node_ref();
    {
        // A new question is a new view: move the focus to it so a screen reader reads it.
        let heading = heading.clone();
        use_effect_with(props.question.id.clone(), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let answers = props.question.answers.iter().map(|answer| {
        let on_answer = props.on_answer.clone();
        let id = answer.id.clone();
        let hint_id = format!("hint-{}-{}", props.question.id, answer.id);
        html! {
            <li key={answer.id.clone()}>
                <button type="button" class="answer" aria-describedby={hint_id.clone()}
                        onclick={move |_| on_answer.emit(id.clone())}>
                    <span class="answer-label">{ &answer.label }</span>
                    <span class="answer-hint" id={hint_id}>{ &answer.hint }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="page question-step" aria-labelledby="question-title">
            <p class="progress" id="question-progress">
                { format!("Question {} of {}", props.number, props.total) }
            </p>
            <progress value={props.number.to_string()} max={props.total.to_string()}
                      aria-labelledby="question-progress"></progress>
            <h1 id="question-title" tabindex="-1" ref={heading}>{ &props.question.text }</h1>
            <ul class="answers">{ for answers }</ul>
            <div class="step-actions">
                if let Some(on_back) = props.on_back.clone() {
                    <button type="button" class="secondary" onclick={move |_| on_back.emit(())}>
                        { "Back" }
                    </button>
                }
                if let Some(on_start_over) = props.on_start_over.clone() {
                    <button type="button" class="secondary" onclick={move |_| on_start_over.emit(())}>
                        { "Start over" }
                    </button>
                }
            </div>
        </section>
    }
}
