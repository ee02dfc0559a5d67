//! Embed mode: the app inside another site's iframe.
//!
//! The embedding page chooses the mode, the theme and the first step in the iframe's address
//! (`?embed=compact&cases=1&accent=%23005a9c#/classify/broken`). The app tells the page its
//! height and, when a customer finishes, the classification, by `postMessage`, but only to an
//! origin the policy allows: never to `'*'`.

use serde_json::Value;

/// How the app runs: on its own, or embedded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// Embedded: compact, with no header and no footer.
    pub embedded: bool,
    /// Embedded with a link to the case list.
    pub show_cases: bool,
    /// CSS custom properties to set, each `(name, colour)`, already checked.
    pub theme: Vec<(&'static str, String)>,
    /// Query parameters that were not used, each with why, in words.
    pub ignored: Vec<String>,
}

/// The theme parameters a host may pass, and the CSS custom property each sets.
const THEME_PARAMETERS: [(&str, &str); 5] = [
    ("accent", "--sla-accent"),
    ("accent-text", "--sla-accent-text"),
    ("background", "--sla-bg"),
    ("surface", "--sla-surface"),
    ("text", "--sla-text"),
];

/// Whether `text` is a hex colour, `#rgb` or `#rrggbb`: nothing else reaches the style sheet.
fn is_hex_colour(text: &str) -> bool {
    text.strip_prefix('#')
        .is_some_and(|hex| matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

impl EmbedConfig {
    /// Reads the query part of the app's address (`?embed=compact&accent=%23005a9c`).
    ///
    /// ```
    /// use sla_desk::ui::embed::EmbedConfig;
    /// let config = EmbedConfig::from_query("?embed=compact&cases=1&accent=%23005A9C&text=red");
    /// assert!(config.embedded && config.show_cases);
    /// assert_eq!(config.theme, [("--sla-accent", "#005A9C".to_string())]);
    /// assert_eq!(config.ignored, ["text: \"red\" is not a colour like #005a9c"]);
    /// assert_eq!(EmbedConfig::from_query(""), EmbedConfig::default());
    /// ```
    pub fn from_query(query: &str) -> Self {
        let mut config = Self::default();
        let pairs = query
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split_once('=').unwrap_or((pair, "")));
        for (name, raw) in pairs {
            let value =
                super::uri::decode_uri_component(&raw.replace('+', " ")).unwrap_or_default();
            match (name, value.as_str()) {
                ("embed", _) => config.embedded = true,
                ("cases", "1" | "true") => config.show_cases = true,
                (name, colour) => match THEME_PARAMETERS
                    .iter()
                    .find(|(parameter, _)| *parameter == name)
                {
                    Some((_, property)) if is_hex_colour(colour) => {
                        config.theme.push((property, colour.to_string()));
                    }
                    Some(_) => config
                        .ignored
                        .push(format!("{name}: \"{colour}\" is not a colour like #005a9c")),
                    None => config
                        .ignored
                        .push(format!("{name}: not a setting of SLA Desk")),
                },
            }
        }
        config
    }
}

/// The origin to send a message to: the embedding page's, if the policy allows it.
///
/// ```
/// use sla_desk::ui::embed::message_target;
/// let allowed = ["https://support.example.com".to_string()];
/// assert_eq!(message_target(Some("https://support.example.com"), &allowed), Some("https://support.example.com"));
/// assert_eq!(message_target(Some("https://evil.example"), &allowed), None);
/// assert_eq!(message_target(None, &allowed), None);
/// ```
pub fn message_target<'a>(host: Option<&'a str>, allowed: &[String]) -> Option<&'a str> {
    host.filter(|host| allowed.iter().any(|origin| origin == host))
}

/// The message that tells the host the page's height.
pub fn resize_message(height: u32) -> Value {
    serde_json::json!({ "type": "sla-desk:resize", "height": height })
}

/// The message that tells the host a customer has finished: the priority, the clause that
/// matched, and the deadlines (UTC, RFC 3339; `null` where the priority has no such clock).
pub fn classified_message(
    policy: &crate::domain::policy::Policy,
    outcome: crate::domain::questionnaire::Outcome,
    clocks: &[crate::domain::sla::ClockReport],
) -> Value {
    let priority = policy.priorities.get(outcome.priority);
    let deadlines: serde_json::Map<String, Value> = clocks
        .iter()
        .map(|clock| {
            let deadline = clock
                .deadline
                .map(|at| Value::from(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)))
                .unwrap_or(Value::Null);
            (clock.kind.field().to_string(), deadline)
        })
        .collect();
    serde_json::json!({
        "type": "sla-desk:classified",
        "priority": outcome.priority.to_string(),
        "name": priority.name,
        "clause": outcome.clause,
        "clause_text": priority.clause(outcome.clause).unwrap_or_default(),
        "deadlines": deadlines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Case;
    use crate::domain::policy::Policy;
    use crate::domain::priority::PriorityId;
    use crate::domain::questionnaire::Outcome;
    use crate::domain::sla::SlaEngine;

    #[test]
    fn the_classified_message_gives_priority_clause_and_utc_deadlines() {
        let engine = SlaEngine::new(Policy::default()).unwrap();
        let submitted = "2026-12-04T14:30:00Z".parse().unwrap();
        let case = Case::new("x", "x", submitted, PriorityId::P4);
        let clocks = engine.clocks(&case, submitted).unwrap();
        let outcome = Outcome {
            priority: PriorityId::P4,
            clause: 2,
        };
        let message = classified_message(engine.policy(), outcome, &clocks);
        assert_eq!(message["type"], "sla-desk:classified");
        assert_eq!(message["priority"], "P4");
        assert_eq!(message["clause"], 2);
        assert_eq!(
            message["deadlines"]["initial_response"],
            "2026-12-07T14:30:00Z"
        );
        assert_eq!(message["deadlines"]["actions_commence"], Value::Null);
    }

    #[test]
    fn only_colours_reach_the_theme() {
        let config = EmbedConfig::from_query("accent=%23fff&background=url(x)&surface=%23zzzzzz");
        assert_eq!(config.theme, [("--sla-accent", "#fff".to_string())]);
        assert_eq!(config.ignored.len(), 2);
        assert!(!config.embedded);
    }
}
