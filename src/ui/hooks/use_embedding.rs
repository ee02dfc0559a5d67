use crate::ui::browser;
use crate::ui::embed::{message_target, resize_message, EmbedConfig};
use std::rc::Rc;
use yew::prelude::*;

/// Sets the host's theme, reports parameters it could not use, and keeps the host told of the
/// page's height, while the app is embedded in a page whose origin `allowed` names.
#[hook]
pub fn use_embedding(embed: Rc<EmbedConfig>, allowed: Vec<String>) {
    {
        let embed = embed.clone();
        use_effect_with((), move |_| {
            browser::apply_theme(&embed.theme);
            for ignored in &embed.ignored {
                // For the developer of the embedding page, who reads the console.
                web_sys::console::warn_1(
                    &format!("SLA Desk ignored the parameter {ignored}.").into(),
                );
            }
        });
    }
    use_effect_with((embed.embedded, allowed), |(embedded, allowed)| {
        let host = browser::embedding_origin();
        let target = message_target(host.as_deref(), allowed)
            .filter(|_| *embedded)
            .map(str::to_string);
        let watch = target.and_then(|origin| {
            browser::watch_height(move |height| {
                browser::post_to_embedder(&resize_message(height), &origin)
            })
        });
        move || drop(watch)
    });
}
