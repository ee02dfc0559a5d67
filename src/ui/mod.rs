//! The Yew user interface. It only calls the domain core; what touches the browser is in
//! [`browser`].
pub mod app;
pub mod browser;
pub mod case_storage;
pub mod components;
pub mod embed;
pub mod format;
mod forms;
mod hooks;
mod pages;
pub mod policy_draft;
pub mod policy_storage;
pub mod route;
pub mod service_worker;
pub mod state;
pub mod summary;
pub mod uri;
