use crate::ui::browser;
use crate::ui::components::minute_clock::Minute;
use chrono::{DateTime, Utc};
use yew::prelude::*;

/// The current time, read at every render; under a
/// [`MinuteClock`](crate::ui::components::minute_clock::MinuteClock), the component renders
/// again at the start of every minute. Only the components that call it re-render, so a
/// countdown in one row of a long list does not re-render the list.
#[hook]
pub fn use_now() -> DateTime<Utc> {
    // Subscribes to the minute; its value is not needed, the time is read fresh.
    use_context::<Minute>();
    browser::now()
}
