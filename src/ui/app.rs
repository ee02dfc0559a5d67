//! The root component: state, routing and the page frame.

use super::browser;
use super::components::{site_footer::SiteFooter, site_header::SiteHeader};
use super::pages::{classify::ClassifyPage, not_found::NotFoundPage};
use super::route::Route;
use super::state::{AppAction, AppContext, AppState};
use gloo::events::EventListener;
use yew::prelude::*;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(browser::current_route()));

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
        Route::Classify { answers } => html! { <ClassifyPage answers={answers.clone()} /> },
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
