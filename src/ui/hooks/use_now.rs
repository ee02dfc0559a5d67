use crate::ui::browser;
use chrono::{DateTime, Utc};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// The current time, read at every render, and a fresh render at the start of every minute
/// while the component is mounted.
///
/// Deadlines are whole minutes and countdowns read in minutes, so nothing on screen changes
/// between two minute boundaries: waking once a minute, on the boundary, keeps every countdown
/// and status exact for a sixtieth of the work of ticking every second. Only the component that
/// calls it re-renders, so a countdown in one row of a long list does not re-render the list.
#[hook]
pub fn use_now() -> DateTime<Utc> {
    let now = browser::now();
    let minute = now.timestamp_millis().div_euclid(60_000);
    let wake = use_force_update();
    // Re-armed whenever a render falls in a new minute.
    use_effect_with(minute, move |minute| {
        let until_next_minute = ((minute + 1) * 60_000 - browser::now().timestamp_millis()).max(0);
        let timer = Timeout::new(until_next_minute as u32, move || wake.force_update());
        move || drop(timer)
    });
    now
}
