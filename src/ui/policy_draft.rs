//! The policy being edited on the settings page: a [`Policy`] plus the text typed into fields
//! that does not read as a value yet, so that a half-typed "12:3" stays on screen with its
//! problem instead of snapping back. Pure, and tested natively.

use crate::domain::calendar::FieldError;
use crate::domain::policy::Policy;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// Text typed into one field, and why it does not read, if it does not.
#[derive(Debug, Clone, PartialEq)]
struct Typed {
    text: String,
    problem: Option<String>,
}

/// A policy being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Every edit that reads as a value.
    pub policy: Policy,
    /// What was typed, by field path (`calendar.weekly.friday[0].close`).
    typed: BTreeMap<String, Typed>,
    /// Whether the user has changed anything since the draft was loaded.
    pub edited: bool,
}

/// A change to a draft; the reducer applies changes in order, so quick edits are not lost.
pub struct Edit(Box<dyn FnOnce(&mut Draft)>);

impl Edit {
    pub fn new(edit: impl FnOnce(&mut Draft) + 'static) -> Edit {
        Edit(Box::new(edit))
    }

    /// Starts again from `policy`, unedited.
    pub fn load(policy: Policy) -> Edit {
        Edit::new(move |draft| *draft = Draft::new(policy))
    }
}

impl Reducible for Draft {
    type Action = Edit;

    fn reduce(self: Rc<Self>, Edit(edit): Edit) -> Rc<Self> {
        let mut next = (*self).clone();
        next.edited = true;
        edit(&mut next);
        Rc::new(next)
    }
}

impl Draft {
    pub fn new(policy: Policy) -> Draft {
        Draft {
            policy,
            typed: BTreeMap::new(),
            edited: false,
        }
    }

    /// What the field at `path` shows: the text typed there, else `shown` (the policy's value).
    pub fn text(&self, path: &str, shown: impl ToString) -> String {
        self.typed
            .get(path)
            .map_or_else(|| shown.to_string(), |typed| typed.text.clone())
    }

    /// Takes `text` typed at `path`: `apply` reads it into the policy, or says why it cannot.
    pub fn type_text(
        &mut self,
        path: &str,
        text: String,
        apply: impl FnOnce(&mut Policy, &str) -> Result<(), String>,
    ) {
        let problem = apply(&mut self.policy, &text).err();
        self.typed.insert(path.to_string(), Typed { text, problem });
    }

    /// Forgets what was typed at `path` and in the fields under it (the rows of a list, say),
    /// whose values have just changed or moved.
    pub fn forget_typed(&mut self, path: &str) {
        self.typed.retain(|key, _| {
            let under = key
                .strip_prefix(path)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['[', '.']));
            !under
        });
    }

    /// Every problem: text that does not read, then the policy's own problems.
    pub fn problems(&self) -> Vec<FieldError> {
        let unread = self.typed.iter().filter_map(|(path, typed)| {
            let problem = typed.problem.as_ref()?;
            Some(FieldError::new(path, problem))
        });
        unread.chain(self.policy.problems()).collect()
    }
}

/// The DOM id of the field a problem's path names: `calendar.weekly.monday[1].open` is
/// `calendar-weekly-monday-1-open`. Each origin's problem goes to the one text area that lists
/// them all.
///
/// ```
/// use sla_desk::ui::policy_draft::field_id;
/// assert_eq!(field_id("calendar.weekly.monday[1]"), "calendar-weekly-monday-1");
/// assert_eq!(field_id("priorities.P1.initial_response"), "priorities-P1-initial_response");
/// assert_eq!(field_id("embed_origins[2]"), "embed_origins");
/// ```
pub fn field_id(path: &str) -> String {
    let path = if path.starts_with("embed_origins[") {
        "embed_origins"
    } else {
        path
    };
    let mut id = String::with_capacity(path.len());
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The messages of the problems shown at the field with this path, joined.
pub fn message_at(problems: &[FieldError], path: &str) -> Option<String> {
    let id = field_id(path);
    let messages: Vec<&str> = problems
        .iter()
        .filter(|problem| field_id(&problem.path) == id)
        .map(|problem| problem.message.as_str())
        .collect();
    (!messages.is_empty()).then(|| messages.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::schedule::WallTime;

    const FRIDAY_CLOSE: &str = "calendar.weekly.friday[0].close";

    fn set_friday_close(policy: &mut Policy, text: &str) -> Result<(), String> {
        let close: WallTime = text.parse().map_err(|error| format!("{error}"))?;
        policy.calendar.weekly.friday[0].close = close;
        Ok(())
    }

    #[test]
    fn text_that_reads_changes_the_policy_and_stays_as_typed() {
        let mut draft = Draft::new(Policy::default());
        assert_eq!(draft.text(FRIDAY_CLOSE, "16:00"), "16:00");
        draft.type_text(FRIDAY_CLOSE, "15:00".into(), set_friday_close);
        assert_eq!(
            draft.policy.calendar.weekly.friday[0].to_string(),
            "08:00-15:00"
        );
        assert_eq!(draft.text(FRIDAY_CLOSE, "ignored"), "15:00");
        assert_eq!(draft.problems(), []);
    }

    #[test]
    fn text_that_does_not_read_is_kept_with_its_problem_and_the_policy_is_unchanged() {
        let mut draft = Draft::new(Policy::default());
        draft.type_text(FRIDAY_CLOSE, "15:0".into(), set_friday_close);
        assert_eq!(draft.policy, Policy::default());
        assert_eq!(draft.text(FRIDAY_CLOSE, "16:00"), "15:0");
        assert_eq!(
            draft.problems(),
            [FieldError::new(
                FRIDAY_CLOSE,
                "\"15:0\" is not a time of day (write HH:MM, from 00:00 to 24:00)"
            )]
        );
        draft.forget_typed("calendar.weekly.friday");
        assert_eq!(draft.problems(), []);
        assert_eq!(draft.text(FRIDAY_CLOSE, "16:00"), "16:00");
    }

    #[test]
    fn the_policys_own_problems_follow_the_unread_text() {
        let mut draft = Draft::new(Policy::default());
        draft.type_text(FRIDAY_CLOSE, "07:00".into(), set_friday_close);
        draft.policy.support_email = "support".into();
        let paths: Vec<String> = draft.problems().into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["support_email", "calendar.weekly.friday[0]"]);
    }

    #[test]
    fn edits_mark_the_draft_edited_and_loading_starts_afresh() {
        let draft = Rc::new(Draft::new(Policy::default()));
        let edited = draft.reduce(Edit::new(|draft| draft.policy.at_risk_percent = 10));
        assert!(edited.edited);
        assert_eq!(edited.policy.at_risk_percent, 10);
        let loaded = edited.reduce(Edit::load(Policy::default()));
        assert_eq!(*loaded, Draft::new(Policy::default()));
    }

    #[test]
    fn problems_are_shown_at_the_field_their_path_names() {
        let problems = [
            FieldError::new("embed_origins[0]", "first"),
            FieldError::new("embed_origins[3]", "second"),
            FieldError::new("calendar.weekly.friday[0]", "row"),
            FieldError::new("calendar.weekly.friday[0].close", "close"),
        ];
        assert_eq!(
            message_at(&problems, "embed_origins").as_deref(),
            Some("first; second")
        );
        assert_eq!(
            message_at(&problems, "calendar.weekly.friday[0]").as_deref(),
            Some("row")
        );
        assert_eq!(
            message_at(&problems, FRIDAY_CLOSE).as_deref(),
            Some("close")
        );
        assert_eq!(message_at(&problems, "support_email"), None);
    }
}
