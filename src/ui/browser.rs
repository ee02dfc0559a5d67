//! The few places where the UI talks to the browser directly.

use super::route::Route;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime, Offset, Timelike, Utc};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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

/// The viewer's UTC offset at instant `t`, as the browser's own time-zone rules give it.
pub fn viewer_offset(t: DateTime<Utc>) -> FixedOffset {
    let date = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    // getTimezoneOffset() is minutes *behind* UTC, and always a whole number.
    let seconds_east = -(date.get_timezone_offset() as i32) * 60;
    FixedOffset::east_opt(seconds_east).unwrap_or_else(|| Utc.fix())
}

/// The viewer's IANA time-zone name, when the browser tells it.
pub fn viewer_zone_name() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|zone| zone.as_string())
}

/// The wall time `local` in the viewer's time zone as an instant, or `None` where the viewer's
/// clocks skip it (a daylight-saving gap) or it is out of range.
pub fn from_viewer_local(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let date = js_sys::Date::new_with_year_month_day_hr_min(
        local.year() as u32,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
    );
    let millis = date.get_time();
    // The browser moves a skipped wall time forwards; reading it back tells.
    let instant = DateTime::from_timestamp_millis(millis as i64)?;
    let read_back = instant.with_timezone(&viewer_offset(instant)).naive_local();
    (!millis.is_nan() && read_back == local).then_some(instant)
}

/// Goes to `route` in place of the current history entry (for edits, not for steps).
pub fn replace(route: &Route) {
    let _ = gloo::utils::window().location().replace(&route.to_hash());
}

/// Offers `contents` to the user as a file download named `file_name`.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let describe = |error: JsValue| format!("the browser refused the download ({error:?})");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let link: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).map_err(describe)
}

/// The text of a file the user chose, with its size checked first.
pub async fn read_file(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    // A File's size is a whole number of bytes, which JavaScript hands over as a double.
    let size = file.size() as usize;
    if size > max_bytes {
        return Err(format!(
            "the file is {}, and files over {} MB are not imported",
            crate::storage::transfer::megabytes(size),
            max_bytes / 1_048_576
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|error| format!("the file could not be read ({error:?})"))?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_string())
}

/// The text of the file at `url` (same origin), or `None` when there is none to be had: no such
/// file (404), or no network (offline, the app carries on with what it has).
pub async fn fetch_text(url: &str) -> Result<Option<String>, String> {
    let Ok(response) = JsFuture::from(gloo::utils::window().fetch_with_str(url)).await else {
        return Ok(None);
    };
    let response: web_sys::Response = response.unchecked_into();
    match response.status() {
        404 => return Ok(None),
        status if !response.ok() => {
            return Err(format!(
                "the server answered {status} {}",
                response.status_text()
            ))
        }
        _ => {}
    }
    let text = response
        .text()
        .map(JsFuture::from)
        .map_err(|error| format!("it could not be read ({error:?})"))?
        .await
        .map_err(|error| format!("it could not be read ({error:?})"))?;
    text.as_string()
        .map(Some)
        .ok_or_else(|| "it is not text".to_string())
}

/// Moves the focus to the form control with this id, or to the first one inside the element
/// with this id (a row of fields), or to that element itself.
pub fn focus_field(id: &str) {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    let controls = "input, select, textarea";
    let target = if element.matches(controls).unwrap_or(false) {
        Some(element)
    } else {
        element
            .query_selector(controls)
            .ok()
            .flatten()
            .or(Some(element))
    };
    if let Some(target) = target.and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

/// A User Timing mark, which benchmarks and the browser's performance tools read.
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// The address's query part (`?embed=compact`), or an empty string.
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The origin of the page that embeds this one, if any, as the browser reports it.
pub fn embedding_origin() -> Option<String> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    // Chromium tells the embedder's origin directly; elsewhere the referrer is the embedder.
    // (`location.ancestorOrigins`, which web-sys does not bind.)
    let ancestors =
        js_sys::Reflect::get(&window.location(), &JsValue::from_str("ancestorOrigins")).ok();
    if let Some(origin) = ancestors
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0))
    {
        return Some(origin);
    }
    let referrer = gloo::utils::document().referrer();
    web_sys::Url::new(&referrer).ok().map(|url| url.origin())
}

/// Sends `message` to the embedding page at exactly `origin`.
pub fn post_to_embedder(message: &serde_json::Value, origin: &str) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Ok(text) = serde_json::to_string(message) else {
        return;
    };
    let Ok(value) = js_sys::JSON::parse(&text) else {
        return;
    };
    // The browser refuses delivery, silently, if the parent is not at `origin` any more.
    let _ = parent.post_message(&value, origin);
}

/// Sets CSS custom properties on the document, where the style sheet reads them.
pub fn apply_theme(theme: &[(&str, String)]) {
    let Some(root) = gloo::utils::document()
        .document_element()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    for (property, value) in theme {
        let _ = root.style().set_property(property, value);
    }
}

/// Calls `on_height` with the page's height now and whenever it changes, until the returned
/// watch is dropped.
pub fn watch_height(on_height: impl Fn(u32) + 'static) -> Option<Watch> {
    let body = gloo::utils::document().body()?;
    let measure = {
        let body = body.clone();
        // scrollHeight is a whole number of CSS pixels, never negative.
        move || on_height(body.scroll_height().max(0) as u32)
    };
    measure();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| measure());
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(Watch {
        stop: Box::new(move || observer.disconnect()),
        _callback: callback,
    })
}

/// Calls `on_change` with whether `element` is on screen, or about to be (within half a
/// screen of it), whenever that changes, until the returned watch is dropped.
pub fn watch_on_screen(
    element: &web_sys::Element,
    on_change: impl Fn(bool) + 'static,
) -> Option<Watch> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Entries come oldest first; the last one is where the element is now.
        let latest = entries
            .iter()
            .last()
            .and_then(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok());
        if let Some(entry) = latest {
            on_change(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("50% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    Some(Watch {
        stop: Box::new(move || observer.disconnect()),
        _callback: callback,
    })
}

/// An observer of the page, stopped when dropped.
pub struct Watch {
    stop: Box<dyn Fn()>,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        (self.stop)();
    }
}
