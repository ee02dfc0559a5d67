//! Helpers for the component tests: a fresh element per test, and ways to find things in it.
#![allow(dead_code)] // each test file uses its own subset

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::BaseComponent;

/// Sets the address to `hash`, renders `C` into a new element of its own and lets it settle.
pub async fn mount<C>(hash: &str) -> Element
where
    C: BaseComponent,
    C::Properties: Default,
{
    let window = gloo::utils::window();
    window
        .location()
        .set_hash(hash)
        .expect("the test page accepts a hash");
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attached");
    yew::Renderer::<C>::with_root(root.clone()).render();
    settle().await;
    root
}

/// Renders `C` with `props` into a new element of its own and lets it settle.
pub async fn mount_with_props<C: BaseComponent>(props: C::Properties) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attached");
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// Runs every pending render and effect, then waits for the browser's `hashchange` to be
/// delivered and handled.
pub async fn settle() {
    yew::scheduler::flush().await;
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback(&resolve)
            .expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(tick)
        .await
        .expect("the timer fires");
    yew::scheduler::flush().await;
}

/// The text of the first element matching `selector`, trimmed.
pub fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The button whose text starts with `label`.
pub fn button_labelled(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").expect("a selector");
    (0..buttons.length())
        .filter_map(|index| buttons.item(index))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|button| {
            button
                .text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(label)
        })
        .unwrap_or_else(|| panic!("no button labelled {label}"))
}
