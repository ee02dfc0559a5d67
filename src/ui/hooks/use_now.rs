use crate::ui::browser;
use chrono::{DateTime, Utc};
use gloo::timers::callback::Interval;
use yew::prelude::*;

/// The current time, refreshed every second while the component is mounted.
///
/// Only the component that calls it re-renders each second, so a countdown in one row of a
/// long list does not re-render the list.
#[hook]
pub fn use_now() -> DateTime<Utc> {
    let now = use_state(browser::now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let ticker = Interval::new(1_000, move || now.set(browser::now()));
            move || drop(ticker)
        });
    }
    *now
}
