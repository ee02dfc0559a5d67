//! Component tests: yew components rendered into a fresh element in headless Chromium, clicked
//! and asserted. Run with `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

mod support;

use sla_desk::domain::questionnaire::Questionnaire;
use support::{button_labelled, mount, text_of};
use wasm_bindgen_test::*;

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
