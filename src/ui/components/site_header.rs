use crate::ui::route::Route;
use crate::ui::state::AppContext;
use yew::prelude::*;

/// The product name and the navigation between pages.
#[function_component(SiteHeader)]
pub fn site_header() -> Html {
    let state = use_context::<AppContext>();
    let route = state.as_ref().map(|state| &state.route);
    let on_classify = matches!(route, Some(Route::Classify { .. }));
    let on_calculator = matches!(route, Some(Route::Calculator { .. }));
    let on_cases = matches!(route, Some(Route::Cases | Route::Case { .. }));
    let calculator = Route::Calculator {
        priority: None,
        at: None,
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <a class="brand" href={Route::default().to_hash()}>{ "SLA Desk" }</a>
            <nav aria-label="Main">
                <ul>
                    <li>
                        <a href={Route::default().to_hash()}
                           aria-current={on_classify.then_some("page")}>{ "Classify an issue" }</a>
                    </li>
                    <li>
                        <a href={calculator.to_hash()}
                           aria-current={on_calculator.then_some("page")}>{ "SLA calculator" }</a>
                    </li>
                    <li>
                        <a href={Route::Cases.to_hash()}
                           aria-current={on_cases.then_some("page")}>{ "Cases" }</a>
                    </li>
                </ul>
            </nav>
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
