//! The service worker (`sw.js`, written by `scripts/post-build.mjs`): it keeps the app working
//! with no network, and a new deployment waits in it until the user chooses to reload.

use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The page's service-worker container, where the browser has one (not on plain http but for
/// localhost, nor in some private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|container| !container.is_undefined())
        .map(JsCast::unchecked_into)
}

type OnUpdate = Rc<dyn Fn(ServiceWorker)>;

/// Registers `sw.js`, and calls `on_update` with the new version's worker once one is installed
/// and waiting behind the version this page runs.
pub fn register(on_update: impl Fn(ServiceWorker) + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update: OnUpdate = Rc::new(on_update);
    wasm_bindgen_futures::spawn_local(async move {
        // The app works without the worker, just not offline, so a refusal is left at that.
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // The browser checks for a new sw.js on every visit and may have found one already.
        if let Some(waiting) = registration
            .waiting()
            .filter(|_| container.controller().is_some())
        {
            on_update(waiting);
        } else if let Some(installing) = registration.installing() {
            when_installed(installing, container.clone(), on_update.clone());
        }
        let found = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            if let Some(installing) = found.installing() {
                when_installed(installing, container.clone(), on_update.clone());
            }
        })
        // The registration lives as long as the page; so does this listener.
        .forget();
    });
}

/// Calls `on_update` with `worker` once it is installed, if it updates a running version.
fn when_installed(worker: ServiceWorker, container: ServiceWorkerContainer, on_update: OnUpdate) {
    let target = worker.clone();
    EventListener::new(&target, "statechange", move |_| {
        // The first worker a browser installs is no update: the page simply had none.
        if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            on_update(worker.clone());
        }
    })
    .forget();
}

/// Lets the waiting `worker` take over, then reloads the page so that it runs the new version.
pub fn activate(worker: &ServiceWorker) {
    if let Some(container) = container() {
        EventListener::once(&container, "controllerchange", |_| {
            // A refused reload leaves the page on the version it runs, which still works.
            let _ = gloo::utils::window().location().reload();
        })
        .forget();
    }
    // Fails only for a worker that is gone, and then there is nothing to switch to.
    let _ = worker.post_message(&JsValue::from_str("skipWaiting"));
}
