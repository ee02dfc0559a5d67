//! The browser's localStorage as a [`KeyValueStore`].

use super::store::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};

/// The page's localStorage. Every call reports the browser's refusal rather than panicking.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

fn storage() -> Result<web_sys::Storage, StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StoreError::Unavailable("localStorage is turned off".into())),
        Err(error) => Err(StoreError::Unavailable(describe(&error))),
    }
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .unwrap_or_else(|| format!("{error:?}"))
}

fn classify(error: JsValue) -> StoreError {
    let is_quota = error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|exception| exception.name() == "QuotaExceededError");
    if is_quota {
        StoreError::QuotaExceeded
    } else {
        StoreError::Failed(describe(&error))
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let count = storage.length().map_err(classify)?;
        Ok((0..count)
            .filter_map(|index| storage.key(index).ok().flatten())
            .collect())
    }
}
