//! SLA Desk: a pure domain core and a Yew user interface.
pub mod domain;
pub mod ui;
