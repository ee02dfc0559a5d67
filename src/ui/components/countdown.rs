use crate::ui::format::countdown;
use crate::ui::hooks::use_now::use_now;
use chrono::{DateTime, Utc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub deadline: DateTime<Utc>,
}

/// "in 2 h 30 min", kept current: only this element re-renders when the minute changes.
#[function_component(Countdown)]
pub fn countdown_view(props: &CountdownProps) -> Html {
    let now = use_now();
    html! { <span class="countdown">{ countdown(now, props.deadline) }</span> }
}
