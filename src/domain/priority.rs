//! The five priorities of the incident-response procedure.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A case priority, `P1` (most urgent) to `P5` (enhancement request).
///
/// ```
/// use sla_desk::domain::priority::PriorityId;
/// assert_eq!(PriorityId::P2.to_string(), "P2");
/// assert_eq!("p3".parse::<PriorityId>(), Ok(PriorityId::P3));
/// assert!(PriorityId::P1 < PriorityId::P5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PriorityId {
    P1,
    P2,
    P3,
    P4,
    P5,
}

impl PriorityId {
    /// Every priority, most urgent first.
    pub const ALL: [PriorityId; 5] = [Self::P1, Self::P2, Self::P3, Self::P4, Self::P5];

    /// Zero-based position in [`PriorityId::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for PriorityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "P{}", self.index() + 1)
    }
}

/// The text was not one of `P1` to `P5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPriority(pub String);

impl fmt::Display for UnknownPriority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a priority (P1 to P5)", self.0)
    }
}

impl std::error::Error for UnknownPriority {}

impl std::str::FromStr for PriorityId {
    type Err = UnknownPriority;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|priority| priority.to_string().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| UnknownPriority(text.to_string()))
    }
}
