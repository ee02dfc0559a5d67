//! Hooks shared by components.
pub mod use_embedding;
pub mod use_now;
