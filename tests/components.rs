//! Component tests: yew components rendered into a fresh element in headless Chromium, clicked
//! and asserted. Run with `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

mod support;

use sla_desk::domain::questionnaire::Questionnaire;
use sla_desk::ui::components::question_step::{QuestionStep, QuestionStepProps};
use std::cell::RefCell;
use std::rc::Rc;
use support::{button_labelled, mount, mount_with_props, text_of};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_app_shell_shows_the_product_name_navigation_and_version() {
    let root = mount::<sla_desk::ui::app::App>("#/").await;
    assert!(text_of(&root, ".brand").contains("SLA Desk"));
    assert!(root
        .query_selector("nav[aria-label='Main'] a")
        .ok()
        .flatten()
        .is_some());
    assert!(text_of(&root, ".version").starts_with('v'));
}

#[wasm_bindgen_test]
async fn answering_a_question_leads_to_the_next_and_back_returns() {
    let root = mount::<sla_desk::ui::app::App>("#/").await;
    let tree = Questionnaire::default();
    assert_eq!(text_of(&root, "h1"), tree.questions[0].text);

    button_labelled(&root, "Something is broken").click();
    support::settle().await;
    assert_eq!(text_of(&root, "h1"), "Which system is affected?");
    assert_eq!(text_of(&root, ".progress"), "Question 2 of 3");

    button_labelled(&root, "Back").click();
    support::settle().await;
    assert_eq!(text_of(&root, "h1"), "What do you need help with?");
}

#[wasm_bindgen_test]
async fn a_deep_link_to_a_result_shows_the_priority_and_why() {
    let root = mount::<sla_desk::ui::app::App>("#/classify/broken/production/down").await;
    assert_eq!(text_of(&root, ".priority-badge"), "P1");
    let why = text_of(&root, ".why");
    assert!(
        why.contains("We cannot reach or use the service at all"),
        "{why}"
    );
}

#[wasm_bindgen_test]
async fn a_question_step_shows_its_answers_with_hints_and_reports_the_choice() {
    let tree = Questionnaire::default();
    let question = tree.question("production").unwrap().clone();
    let chosen = Rc::new(RefCell::new(Vec::new()));
    let props = QuestionStepProps {
        question: question.clone(),
        number: 3,
        total: 3,
        on_answer: {
            let chosen = chosen.clone();
            Callback::from(move |id: String| chosen.borrow_mut().push(id))
        },
        on_back: Some(Callback::noop()),
        on_start_over: None,
    };
    let root = mount_with_props::<QuestionStep>(props).await;

    assert_eq!(text_of(&root, "h1"), question.text);
    assert_eq!(text_of(&root, ".progress"), "Question 3 of 3");
    let hints = root.query_selector_all(".answer-hint").unwrap();
    assert_eq!(hints.length() as usize, question.answers.len());
    // Each answer button is described by its hint, for screen readers.
    let first = root.query_selector("button.answer").unwrap().unwrap();
    let hint_id = first.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        root.query_selector(&format!("#{hint_id}"))
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        question.answers[0].hint
    );

    button_labelled(&root, "It is usable").click();
    assert_eq!(*chosen.borrow(), ["blocked"]);
    assert!(
        root.query_selector("button.secondary").unwrap().is_some(),
        "Back is offered"
    );
}

#[wasm_bindgen_test]
async fn the_result_quotes_the_clause_and_gives_each_deadline_as_a_time_element() {
    let root = mount::<sla_desk::ui::app::App>("#/classify/broken/test/down").await;
    assert_eq!(text_of(&root, ".priority-badge"), "P2");
    assert!(text_of(&root, ".clause").contains("development/test system is not accessible"));
    assert!(text_of(&root, ".clause figcaption").contains("Clause 2 of P2"));
    let times = root.query_selector_all(".commitment time").unwrap();
    assert_eq!(times.length(), 3);
    for index in 0..times.length() {
        let time: web_sys::Element =
            wasm_bindgen::JsCast::unchecked_into(times.item(index).unwrap());
        let stamp = time.get_attribute("datetime").unwrap();
        assert!(
            stamp.ends_with("Z") && stamp.parse::<chrono::DateTime<chrono::Utc>>().is_ok(),
            "{stamp}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_settings_page_shows_a_time_that_does_not_read_at_its_field_and_does_not_save() {
    let root = mount::<sla_desk::ui::app::App>("#/settings").await;
    let close: web_sys::HtmlInputElement = root
        .query_selector("#calendar-weekly-friday-0-close")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into().ok())
        .expect("Friday's closing time is a text field");
    assert_eq!(close.value(), "16:00");

    close.set_value("25:00");
    let typed = web_sys::InputEvent::new("input").expect("an input event");
    close.dispatch_event(&typed).expect("dispatched");
    support::settle().await;
    assert_eq!(
        text_of(&root, "#calendar-weekly-friday-0-close-error"),
        "\"25:00\" is not a time of day (write HH:MM, from 00:00 to 24:00)"
    );
    assert_eq!(close.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(close.value(), "25:00");
    assert!(text_of(&root, "#settings-problems").starts_with("1 problem to fix before saving"));

    button_labelled(&root, "Save policy").click();
    support::settle().await;
    assert_eq!(
        text_of(&root, ".settings-form [role=alert]"),
        "Not saved: fix the 1 problem listed at the top first."
    );
    let saved = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| {
            storage
                .get_item(sla_desk::storage::policy::POLICY_KEY)
                .ok()
                .flatten()
        });
    assert_eq!(saved, None);
}
