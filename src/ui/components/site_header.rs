use crate::ui::embed::EmbedConfig;
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use std::rc::Rc;
use yew::prelude::*;

/// The product name and the navigation between pages; embedded, only the links the host
/// asked for.
#[function_component(SiteHeader)]
pub fn site_header() -> Html {
    let state = use_context::<AppContext>();
    let embed = use_context::<Rc<EmbedConfig>>().unwrap_or_default();
    let route = state.as_ref().map(|state| &state.route);
    let pages = [
        (
            "Classify an issue",
            Route::default(),
            matches!(route, Some(Route::Classify { .. })),
            true,
        ),
        (
            "SLA calculator",
            Route::Calculator {
                priority: None,
                at: None,
            },
            matches!(route, Some(Route::Calculator { .. })),
            !embed.embedded,
        ),
        (
            "Cases",
            Route::Cases,
            matches!(route, Some(Route::Cases | Route::Case { .. })),
            !embed.embedded || embed.show_cases,
        ),
        (
            "Settings",
            Route::Settings,
            matches!(route, Some(Route::Settings)),
            !embed.embedded,
        ),
    ];
    let links: Vec<Html> = pages
        .into_iter()
        .filter(|(_, _, _, shown)| *shown)
        .map(|(label, target, current, _)| html! {
            <li><a href={target.to_hash()} aria-current={current.then_some("page")}>{ label }</a></li>
        })
        .collect();
    if embed.embedded {
        // A lone link to where the customer already is would be noise.
        return match links.len() {
            0 | 1 => html! {},
            _ => html! { <nav class="widget-nav" aria-label="Widget"><ul>{ links }</ul></nav> },
        };
    }
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <a class="brand" href={Route::default().to_hash()}>{ "SLA Desk" }</a>
            <nav aria-label="Main"><ul>{ links }</ul></nav>
        </header>
    }
}

/// `href="#main"` would be read as a route; move the focus instead.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
        let _ = main.set_attribute("tabindex", "-1");
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
        }
    }
}
