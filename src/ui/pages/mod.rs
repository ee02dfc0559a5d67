//! One component a page.
pub mod calculator;
pub mod case_detail;
pub mod cases;
pub mod classify;
pub mod not_found;
pub mod settings;
