use crate::ui::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub address: String,
}

/// An address that names no page: say so, and offer the way back.
#[function_component(NotFoundPage)]
pub fn not_found_page(props: &NotFoundProps) -> Html {
    html! {
        <section class="page" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{ "Page not found" }</h1>
            <p>{ format!("There is no page at \u{201c}{}\u{201d}.", props.address) }</p>
            <p><a href={Route::default().to_hash()}>{ "Classify an issue" }</a></p>
        </section>
    }
}
