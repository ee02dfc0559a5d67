//! Hash-based routes, so that any static host, an iframe and offline use all work, and a
//! help-center article can link straight to a step or a result.

use super::uri::{decode_uri_component, encode_uri_component};
use std::fmt;

/// A page of the app and the state that lives in its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The questionnaire after the given answers (none: the first question).
    Classify { answers: Vec<String> },
    /// The SLA calculator: a priority and a submission time typed as the viewer's wall time
    /// (`2026-12-04T15:30`); either may be missing or not yet valid, and the page says so.
    Calculator {
        priority: Option<String>,
        at: Option<String>,
    },
    /// The cases kept in this browser.
    Cases,
    /// One case.
    Case { id: String },
    /// The policy editor.
    Settings,
    /// An address that names no page.
    NotFound(String),
}

impl Default for Route {
    fn default() -> Self {
        Self::Classify {
            answers: Vec::new(),
        }
    }
}

impl Route {
    /// Reads a location hash such as `#/classify/broken/production`.
    ///
    /// ```
    /// use sla_desk::ui::route::Route;
    /// assert_eq!(Route::from_hash(""), Route::default());
    /// assert_eq!(
    ///     Route::from_hash("#/classify/broken/test"),
    ///     Route::Classify { answers: vec!["broken".into(), "test".into()] }
    /// );
    /// ```
    pub fn from_hash(hash: &str) -> Self {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut segments = path.split('/').filter(|segment| !segment.is_empty());
        match segments.next() {
            None => Self::default(),
            Some("classify") => Self::Classify {
                answers: segments.map(str::to_string).collect(),
            },
            Some("calculator") => Self::Calculator {
                priority: segments.next().map(str::to_string),
                at: segments.next().map(str::to_string),
            },
            Some("cases") => Self::Cases,
            Some("settings") => Self::Settings,
            Some("case") => match segments.next().map(decode_uri_component) {
                Some(Some(id)) => Self::Case { id },
                Some(None) => Self::NotFound(hash.to_string()),
                None => Self::Cases,
            },
            Some(_) => Self::NotFound(hash.to_string()),
        }
    }

    /// The hash that leads back to this route (`#/` for the first question).
    pub fn to_hash(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Classify { answers } if answers.is_empty() => write!(f, "#/"),
            Self::Classify { answers } => write!(f, "#/classify/{}", answers.join("/")),
            Self::Calculator { priority, at } => {
                write!(f, "#/calculator")?;
                for part in [priority, at].into_iter().flatten() {
                    write!(f, "/{part}")?;
                }
                Ok(())
            }
            Self::Cases => write!(f, "#/cases"),
            Self::Case { id } => write!(f, "#/case/{}", encode_uri_component(id)),
            Self::Settings => write!(f, "#/settings"),
            Self::NotFound(hash) => write!(f, "{hash}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_a_round_trip_through_its_hash() {
        for route in [
            Route::default(),
            Route::Classify {
                answers: vec!["broken".into(), "production".into(), "down".into()],
            },
            Route::Calculator {
                priority: None,
                at: None,
            },
            Route::Calculator {
                priority: Some("P2".into()),
                at: Some("2026-12-04T15:30".into()),
            },
            Route::Cases,
            Route::Case {
                id: "C-19aa3f0c2e0-0badcafe".into(),
            },
            Route::Case {
                id: "imported/#1 ø".into(),
            },
            Route::Settings,
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_addresses_are_not_found_rather_than_the_home_page() {
        assert_eq!(
            Route::from_hash("#/nowhere"),
            Route::NotFound("#/nowhere".into())
        );
    }

    #[test]
    fn empty_and_slash_only_hashes_are_the_first_question() {
        for hash in ["", "#", "#/", "#//"] {
            assert_eq!(Route::from_hash(hash), Route::default(), "{hash:?}");
        }
    }
}
