use crate::ui::service_worker;
use web_sys::ServiceWorker;
use yew::prelude::*;

/// "A new version is available": shown once a new deployment's service worker is installed, so
/// that the page never runs old files for ever, and never switches under the user unasked.
#[function_component(UpdateBanner)]
pub fn update_banner() -> Html {
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            service_worker::register(move |worker| waiting.set(Some(worker)));
        });
    }
    let Some(worker) = (*waiting).clone() else {
        return html! {};
    };
    let reload = Callback::from(move |_: MouseEvent| service_worker::activate(&worker));
    html! {
        <div class="notice" role="status">
            <p>{ "A new version is available." }</p>
            <button type="button" onclick={reload}>{ "Reload" }</button>
        </div>
    }
}
