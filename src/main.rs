//! Mounts the app into the page.
fn main() {
    yew::Renderer::<sla_desk::ui::app::App>::new().render();
}
