use yew::prelude::*;

/// The version, and where the data lives.
#[function_component(SiteFooter)]
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "SLA Desk " }
                <span class="version">{ concat!("v", env!("CARGO_PKG_VERSION")) }</span>
                { " · Your data stays in this browser." }
            </p>
        </footer>
    }
}
