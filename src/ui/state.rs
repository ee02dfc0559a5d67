//! The app's state, changed only through [`AppAction`]s, and shared by context.

use super::route::Route;
use crate::domain::sla::SlaEngine;
use std::rc::Rc;
use yew::prelude::*;

/// Everything the pages share.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// The support policy with its compiled calendar.
    pub engine: Rc<SlaEngine>,
}

/// What can happen to the state.
pub enum AppAction {
    /// The address changed (a click, a link, or the browser's Back and Forward).
    RouteChanged(Route),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        match action {
            AppAction::RouteChanged(route) if route == self.route => self,
            AppAction::RouteChanged(route) => Rc::new(Self {
                route,
                ..(*self).clone()
            }),
        }
    }
}

/// The handle pages use to read the state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;
