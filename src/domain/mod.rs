//! The pure domain core.
