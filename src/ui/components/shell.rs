use crate::domain::sla::SlaEngine;
use crate::ui::browser;
use crate::ui::components::{site_footer::SiteFooter, site_header::SiteHeader};
use crate::ui::pages::{
    calculator::CalculatorPage, classify::ClassifyPage, not_found::NotFoundPage,
};
use crate::ui::route::Route;
use crate::ui::state::{AppAction, AppContext, AppState};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub engine: Rc<SlaEngine>,
}

/// The state, the routing and the page frame.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let engine = props.engine.clone();
    let state = use_reducer(move || AppState {
        route: browser::current_route(),
        engine,
    });

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                state.dispatch(AppAction::RouteChanged(browser::current_route()));
            });
            move || drop(listener)
        });
    }

    let page = match &state.route {
        Route::Classify { answers } => html! {
            // Keyed by the answers: every step is a fresh view, with its own "now".
            <ClassifyPage key={answers.join("/")} answers={answers.clone()} />
        },
        Route::Calculator { priority, at } => html! {
            <CalculatorPage priority={priority.clone()} at={at.clone()} />
        },
        Route::NotFound(hash) => html! { <NotFoundPage address={hash.clone()} /> },
    };

    html! {
        <ContextProvider<AppContext> context={state}>
            <div class="app">
                <SiteHeader />
                <main id="main" class="app-main">{ page }</main>
                <SiteFooter />
            </div>
        </ContextProvider<AppContext>>
    }
}
