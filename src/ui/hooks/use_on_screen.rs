use crate::ui::browser;
use yew::prelude::*;

/// Whether the element `node` refers to is on screen or about to be. True until the browser
/// says otherwise, and always where it cannot tell, so nothing is ever left unrendered.
#[hook]
pub fn use_on_screen(node: NodeRef) -> bool {
    let on_screen = use_state_eq(|| true);
    {
        let setter = on_screen.setter();
        use_effect_with(node, move |node| {
            let watch = node.cast::<web_sys::Element>().and_then(|element| {
                browser::watch_on_screen(&element, move |seen| setter.set(seen))
            });
            move || drop(watch)
        });
    }
    *on_screen
}
