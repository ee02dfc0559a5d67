//! One component a page.
pub mod classify;
pub mod not_found;
