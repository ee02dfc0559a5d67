//! The pure domain core: policy, business calendar, SLA engine, questionnaire and case model.
//! Nothing here touches the browser; the UI calls it with the current time as an argument.
pub mod calendar;
pub mod case;
pub mod case_list;
pub mod policy;
pub mod priority;
pub mod questionnaire;
pub mod sample;
pub mod sla;
