//! The app's state, changed only through [`AppAction`]s, and shared by context.
//!
//! The reducer is pure: reading and writing storage happens in [`super::case_storage`], which
//! dispatches what came of it.

use super::route::Route;
use crate::domain::case::Case;
use crate::domain::sla::SlaEngine;
use crate::storage::Quarantined;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Everything the pages share.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// The support policy that applies, with its compiled calendar. Deadlines are worked out
    /// from it on every render, so replacing it moves every case's deadlines.
    pub engine: Rc<SlaEngine>,
    /// The policy that applies when none is saved in this browser: the site's `policy.json`
    /// once it has been read, the built-in one until then (or without one).
    pub default_engine: Rc<SlaEngine>,
    /// Whether `engine` is a policy the user saved here, which the site's policy does not
    /// replace.
    pub policy_saved: bool,
    /// Why the site's `policy.json` could not be used, in words.
    pub site_policy_problem: Option<String>,
    /// The cases of this browser, as the user last changed them (saved or not).
    pub cases: Rc<Vec<Case>>,
    /// Ids of cases whose latest change could not be written yet; they are written again.
    pub unsaved: Rc<BTreeSet<String>>,
    /// The latest storage problem, in words, until a write succeeds.
    pub storage_problem: Option<String>,
    /// Stored records that could not be read, kept aside and offered back to the user.
    pub set_aside: Rc<Vec<Quarantined>>,
    /// The case deleted last, until it is undone or another change is made.
    pub recently_deleted: Option<Rc<Case>>,
}

/// What can happen to the state.
pub enum AppAction {
    /// The address changed (a click, a link, or the browser's Back and Forward).
    RouteChanged(Route),
    /// A case was created or changed here; `saved` says whether storage took it.
    CaseChanged {
        case: Case,
        saved: Result<(), String>,
    },
    /// A case was deleted here.
    CaseDeleted {
        id: String,
        saved: Result<(), String>,
    },
    /// Cases were imported; each entry says whether storage took it.
    CasesImported {
        saved: Vec<(Case, Result<(), String>)>,
    },
    /// Another tab changed (or, with `None`, deleted) the case with this id.
    ChangedElsewhere { id: String, case: Option<Case> },
    /// Writing the unsaved cases again succeeded for these ids.
    Resaved {
        ids: Vec<String>,
        problem: Option<String>,
    },
    /// The user has saved or dismissed the records kept aside.
    SetAsideDismissed,
    /// The user saved this policy: it applies from now on.
    PolicyChanged(Rc<SlaEngine>),
    /// The user dropped their saved policy: the default applies again.
    PolicyReset,
    /// The site's `policy.json` was read: it is the default from now on.
    SitePolicyLoaded(Rc<SlaEngine>),
    /// The site's `policy.json` could not be used, for this reason.
    SitePolicyFailed(String),
}

impl AppState {
    fn with_case(&self, case: Case) -> Vec<Case> {
        let mut cases = (*self.cases).clone();
        match cases.iter_mut().find(|existing| existing.id == case.id) {
            Some(existing) => *existing = case,
            None => cases.push(case),
        }
        cases
    }

    fn mark(&mut self, id: &str, saved: Result<(), String>) {
        let mut unsaved = (*self.unsaved).clone();
        match saved {
            Ok(()) => {
                unsaved.remove(id);
                if unsaved.is_empty() {
                    self.storage_problem = None;
                }
            }
            Err(problem) => {
                unsaved.insert(id.to_string());
                self.storage_problem = Some(problem);
            }
        }
        self.unsaved = Rc::new(unsaved);
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::RouteChanged(route) if route == self.route => return self,
            AppAction::RouteChanged(route) => next.route = route,
            AppAction::CaseChanged { case, saved } => {
                next.mark(&case.id, saved);
                next.cases = Rc::new(self.with_case(case));
                next.recently_deleted = None;
            }
            AppAction::CaseDeleted { id, saved } => {
                let mut cases = (*self.cases).clone();
                if let Some(index) = cases.iter().position(|case| case.id == id) {
                    next.recently_deleted = Some(Rc::new(cases.remove(index)));
                }
                next.cases = Rc::new(cases);
                next.mark(&id, saved);
            }
            AppAction::CasesImported { saved } => {
                for (case, result) in saved {
                    next.mark(&case.id, result);
                    next.cases = Rc::new(next.with_case(case));
                }
            }
            AppAction::ChangedElsewhere { id, case } => {
                // This tab's own unsaved change is newer than what the other tab wrote.
                if self.unsaved.contains(&id) {
                    return self;
                }
                next.cases = Rc::new(match case {
                    Some(case) => self.with_case(case),
                    None => self
                        .cases
                        .iter()
                        .filter(|case| case.id != id)
                        .cloned()
                        .collect(),
                });
            }
            AppAction::Resaved { ids, problem } => {
                for id in ids {
                    next.mark(&id, Ok(()));
                }
                if let Some(problem) = problem {
                    next.storage_problem = Some(problem);
                }
            }
            AppAction::SetAsideDismissed => next.set_aside = Rc::new(Vec::new()),
            AppAction::PolicyChanged(engine) => {
                next.engine = engine;
                next.policy_saved = true;
            }
            AppAction::PolicyReset => {
                next.engine = self.default_engine.clone();
                next.policy_saved = false;
            }
            AppAction::SitePolicyLoaded(engine) => {
                if !self.policy_saved {
                    next.engine = engine.clone();
                }
                next.default_engine = engine;
                next.site_policy_problem = None;
            }
            AppAction::SitePolicyFailed(problem) => next.site_policy_problem = Some(problem),
        }
        Rc::new(next)
    }
}

/// The handle pages use to read the state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::{ClockKind, Policy};
    use crate::domain::priority::PriorityId;
    use chrono::{DateTime, Utc};

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn engine(policy: Policy) -> Rc<SlaEngine> {
        Rc::new(SlaEngine::new(policy).unwrap())
    }

    fn friday_closes_at_three() -> Rc<SlaEngine> {
        let mut policy = Policy::default();
        policy.calendar.weekly.friday[0].close = "15:00".parse().unwrap();
        engine(policy)
    }

    /// A state with one P2 case submitted on Friday 2026-12-04 at 14:30 in Oslo.
    fn state() -> Rc<AppState> {
        let built_in = engine(Policy::default());
        let case = Case::new(
            "C-1",
            "Checkout fails",
            at("2026-12-04T13:30:00Z"),
            PriorityId::P2,
        );
        Rc::new(AppState {
            route: Route::Cases,
            engine: built_in.clone(),
            default_engine: built_in,
            policy_saved: false,
            site_policy_problem: None,
            cases: Rc::new(vec![case]),
            unsaved: Rc::default(),
            storage_problem: None,
            set_aside: Rc::default(),
            recently_deleted: None,
        })
    }

    /// The initial-response deadline of the state's case, as a page works it out on render.
    fn first_deadline(state: &AppState) -> Option<DateTime<Utc>> {
        let case = &state.cases[0];
        let clocks = state
            .engine
            .clocks(case, at("2026-12-04T13:31:00Z"))
            .unwrap();
        clocks
            .iter()
            .find(|clock| clock.kind == ClockKind::InitialResponse)
            .and_then(|clock| clock.deadline)
    }

    #[test]
    fn a_saved_policy_moves_the_deadlines_of_existing_cases() {
        let before = state();
        // 1 h 30 min on Friday, then 30 min on Monday.
        assert_eq!(first_deadline(&before), Some(at("2026-12-07T07:30:00Z")));
        let after = before.reduce(AppAction::PolicyChanged(friday_closes_at_three()));
        // Only 30 min on Friday now, so 1 h 30 min on Monday.
        assert_eq!(first_deadline(&after), Some(at("2026-12-07T08:30:00Z")));
        assert!(after.policy_saved);

        let reset = after.reduce(AppAction::PolicyReset);
        assert_eq!(first_deadline(&reset), Some(at("2026-12-07T07:30:00Z")));
        assert!(!reset.policy_saved);
    }

    #[test]
    fn the_site_policy_applies_unless_one_is_saved_and_is_the_default_either_way() {
        let site = friday_closes_at_three();
        let loaded = state().reduce(AppAction::SitePolicyLoaded(site.clone()));
        assert!(Rc::ptr_eq(&loaded.engine, &site));
        assert!(Rc::ptr_eq(&loaded.default_engine, &site));

        let own = engine(Policy {
            at_risk_percent: 10,
            ..Policy::default()
        });
        let saved = state().reduce(AppAction::PolicyChanged(own.clone()));
        let loaded = saved.reduce(AppAction::SitePolicyLoaded(site.clone()));
        assert!(Rc::ptr_eq(&loaded.engine, &own));
        let reset = loaded.reduce(AppAction::PolicyReset);
        assert!(Rc::ptr_eq(&reset.engine, &site));
    }

    #[test]
    fn a_site_policy_that_cannot_be_used_is_reported_and_changes_nothing_else() {
        let before = state();
        let after = before
            .clone()
            .reduce(AppAction::SitePolicyFailed("it is not JSON".into()));
        assert_eq!(after.site_policy_problem.as_deref(), Some("it is not JSON"));
        assert!(Rc::ptr_eq(&after.engine, &before.engine));
    }
}
