//! One component a page.
pub mod calculator;
pub mod classify;
pub mod not_found;
