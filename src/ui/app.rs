//! The root component: the policy, then the app around it.

use super::components::shell::Shell;
use crate::domain::policy::Policy;
use crate::domain::sla::SlaEngine;
use std::rc::Rc;
use yew::prelude::*;

/// The whole app. Without a valid policy there are no deadlines, so that is said first.
#[function_component(App)]
pub fn app() -> Html {
    let engine = use_memo((), |_| SlaEngine::new(Policy::default()).map(Rc::new));
    match &*engine {
        Ok(engine) => html! { <Shell engine={engine.clone()} /> },
        Err(error) => html! {
            <main class="app-main">
                <h1>{ "SLA Desk cannot start" }</h1>
                <p role="alert">{ format!("The support policy is not valid: {error}") }</p>
            </main>
        },
    }
}
