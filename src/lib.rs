//! SLA Desk: a pure domain core and a Yew user interface.
pub mod domain;
pub mod storage;
pub mod ui;
