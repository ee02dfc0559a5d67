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
    /// The support policy with its compiled calendar.
    pub engine: Rc<SlaEngine>,
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
        }
        Rc::new(next)
    }
}

/// The handle pages use to read the state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;
