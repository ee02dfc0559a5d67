//! Hooks shared by components.
pub mod use_embedding;
pub mod use_now;
pub mod use_on_screen;
