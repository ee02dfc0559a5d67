use crate::domain::sla::SlaEngine;
use crate::ui::browser;
use crate::ui::case_storage;
use crate::ui::components::minute_clock::MinuteClock;
use crate::ui::components::notices::Notices;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::components::{site_footer::SiteFooter, site_header::SiteHeader};
use crate::ui::embed::EmbedConfig;
use crate::ui::hooks::use_embedding::use_embedding;
use crate::ui::pages::{
    calculator::CalculatorPage, case_detail::CaseDetailPage, cases::CasesPage,
    classify::ClassifyPage, not_found::NotFoundPage, settings::SettingsPage,
};
use crate::ui::policy_storage;
use crate::ui::route::Route;
use crate::ui::state::{AppAction, AppContext};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub engine: Rc<SlaEngine>,
}

/// The state, the routing and the page frame.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let engine = props.engine.clone();
    let state = use_reducer(move || case_storage::initial_state(browser::current_route(), engine));

    let embed = use_memo((), |_| EmbedConfig::from_query(&browser::query()));
    use_embedding(embed.clone(), state.engine.policy().embed_origins.clone());
    use_effect_with((), |_| browser::mark("sla-desk:first-render"));
    {
        let state = state.clone();
        use_effect_with((), move |_| policy_storage::load_site_policy(&state));
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                state.dispatch(AppAction::RouteChanged(browser::current_route()));
            });
            move || drop(listener)
        });
    }
    {
        // Another tab changed a case: show it here too.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
                if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                    case_storage::changed_elsewhere(&state, event.key());
                }
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
        Route::Cases => html! { <CasesPage /> },
        Route::Case { id } => html! { <CaseDetailPage key={id.clone()} id={id.clone()} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::NotFound(hash) => html! { <NotFoundPage address={hash.clone()} /> },
    };

    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Rc<EmbedConfig>> context={embed.clone()}>
                <MinuteClock>
                    <div class={classes!("app", embed.embedded.then_some("embedded"))}>
                        <SiteHeader />
                        <main id="main" class="app-main">
                            <UpdateBanner />
                            <Notices />
                            { page }
                        </main>
                        if !embed.embedded {
                            <SiteFooter />
                        }
                    </div>
                </MinuteClock>
            </ContextProvider<Rc<EmbedConfig>>>
        </ContextProvider<AppContext>>
    }
}
