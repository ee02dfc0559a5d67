//! The few places where the UI talks to the browser directly.

use super::route::Route;
use chrono::{DateTime, Utc};

/// The browser's current time, to the millisecond.
pub fn now() -> DateTime<Utc> {
    // Date.now() is a whole number of milliseconds well inside chrono's range.
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// The route in the address bar.
pub fn current_route() -> Route {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Route::from_hash(&hash)
}

/// Goes to `route` as a new history entry, so the browser's Back button returns here.
pub fn navigate(route: &Route) {
    // Setting the hash fires `hashchange`, which the app listens to; a refusal (a sandboxed
    // frame, say) leaves the page where it is, which is the best that can be done.
    let _ = gloo::utils::window().location().set_hash(&route.to_hash());
}
