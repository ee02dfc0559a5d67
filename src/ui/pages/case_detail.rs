use crate::domain::calendar::dates::parse_local_date_time;
use crate::domain::case::{CaseEvent, CaseEventKind};
use crate::domain::priority::PriorityId;
use crate::ui::browser;
use crate::ui::case_storage;
use crate::ui::components::{clock_list::ClockList, deadline_time::DeadlineTime};
use crate::ui::forms::text_input;
use crate::ui::hooks::use_now::use_now;
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use chrono::{DateTime, Utc};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseDetailProps {
    pub id: String,
}

/// The buttons that record an event with no further input, in the order work usually goes.
const SIMPLE_EVENTS: [(CaseEventKind, &str); 8] = [
    (CaseEventKind::FirstResponse, "First response received"),
    (CaseEventKind::WorkStarted, "Work started"),
    (CaseEventKind::UpdateGiven, "Update received"),
    (CaseEventKind::WaitingOnCustomer, "Waiting on customer"),
    (CaseEventKind::Resumed, "Resumed"),
    (CaseEventKind::Resolved, "Resolved"),
    (CaseEventKind::Reopened, "Reopened"),
    (CaseEventKind::Closed, "Closed"),
];

/// An event in words, for the timeline.
fn describe(kind: &CaseEventKind) -> String {
    match kind {
        CaseEventKind::Submitted { priority } => format!("Submitted as {priority}"),
        CaseEventKind::PriorityChanged { to, reason } if reason.is_empty() => {
            format!("Priority changed to {to}")
        }
        CaseEventKind::PriorityChanged { to, reason } => {
            format!("Priority changed to {to}: {reason}")
        }
        CaseEventKind::Note { text } => format!("Note: {text}"),
        other => SIMPLE_EVENTS
            .iter()
            .find(|(kind, _)| kind == other)
            .map_or_else(String::new, |(_, label)| label.to_string()),
    }
}

/// When the event happened: the typed wall time in the viewer's zone, or now if none.
fn event_time(typed: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    if typed.trim().is_empty() {
        return Ok(now);
    }
    let local = parse_local_date_time(typed)
        .ok_or_else(|| format!("\u{201c}{typed}\u{201d} is not a date and time."))?;
    let at = browser::from_viewer_local(local).ok_or_else(|| {
        format!(
            "{} does not exist in your time zone.",
            typed.replace('T', " ")
        )
    })?;
    if at > now {
        return Err("An event cannot be dated in the future.".into());
    }
    Ok(at)
}

/// One case: its clocks, the events that drive them, and buttons to record more.
#[function_component(CaseDetailPage)]
pub fn case_detail_page(props: &CaseDetailProps) -> Html {
    let now = use_now();
    let typed_time = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let new_priority = use_state(|| PriorityId::P1);
    let reason = use_state(String::new);
    let note = use_state(String::new);
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let Some(case) = state.cases.iter().find(|case| case.id == props.id).cloned() else {
        return html! {
            <section class="page" aria-labelledby="case-missing-title">
                <h1 id="case-missing-title">{ "Case not found" }</h1>
                <p>{ "There is no case with this id in this browser. It may have been deleted, or saved in another browser." }</p>
                <p><a href={Route::Cases.to_hash()}>{ "All cases" }</a></p>
            </section>
        };
    };
    let engine = &state.engine;
    let team_zone = engine.calendar().time_zone().clone();

    // Records `kind` at the typed time; whatever is wrong is said, and nothing is lost.
    let record = {
        let (state, case, typed_time, problem) = (
            state.clone(),
            case.clone(),
            typed_time.clone(),
            problem.clone(),
        );
        move |kind: CaseEventKind| {
            let at = match event_time(&typed_time, browser::now()) {
                Ok(at) => at,
                Err(error) => return problem.set(Some(error)),
            };
            let mut changed = case.clone();
            match changed.record(CaseEvent { at, kind }) {
                Ok(()) => {
                    // A refused write is kept on the page and shown, with a retry, by the notices.
                    let _ = case_storage::save_case(&state, changed);
                    problem.set(None);
                    typed_time.set(String::new());
                }
                Err(error) => problem.set(Some(format!("This cannot be recorded: {error}."))),
            }
        }
    };

    let possible = |kind: &CaseEventKind| {
        case.clone()
            .record(CaseEvent {
                at: now,
                kind: kind.clone(),
            })
            .is_ok()
    };
    let simple_buttons = SIMPLE_EVENTS.iter().filter(|(kind, _)| possible(kind)).map(|(kind, label)| {
        let (record, kind) = (record.clone(), kind.clone());
        html! { <button type="button" onclick={move |_| record(kind.clone())}>{ *label }</button> }
    });

    let on_change_priority = {
        let (record, new_priority, reason) = (record.clone(), new_priority.clone(), reason.clone());
        Callback::from(move |_: MouseEvent| {
            record(CaseEventKind::PriorityChanged {
                to: *new_priority,
                reason: reason.trim().to_string(),
            });
            reason.set(String::new());
        })
    };
    let on_note = {
        let (record, note, problem) = (record.clone(), note.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            if note.trim().is_empty() {
                return problem.set(Some("Write the note first.".into()));
            }
            record(CaseEventKind::Note {
                text: note.trim().to_string(),
            });
            note.set(String::new());
        })
    };
    let on_delete = {
        let (state, id) = (state.clone(), case.id.clone());
        Callback::from(move |_: MouseEvent| {
            case_storage::delete_case(&state, &id);
            browser::navigate(&Route::Cases);
        })
    };

    let clocks = match engine.clocks(&case, now) {
        Ok(clocks) => {
            html! { <ClockList clocks={clocks.to_vec()} team_zone={team_zone.clone()} with_status=true /> }
        }
        Err(error) => {
            html! { <p role="alert">{ format!("The clocks cannot be worked out: {error}.") }</p> }
        }
    };
    let priority = case.priority().unwrap_or(PriorityId::P5);
    let badge = format!(
        "priority-badge priority-{}",
        priority.to_string().to_lowercase()
    );

    html! {
        <section class="page case-detail" aria-labelledby="case-title">
            <p><a href={Route::Cases.to_hash()}>{ "All cases" }</a></p>
            <h1 id="case-title"><span class={badge}>{ priority.to_string() }</span>{ " " }{ &case.title }</h1>
            <p class="case-meta">
                { format!("Case {} · {}", case.id, case.state()) }
                if let Some(submitted) = case.submitted_at() {
                    { " · submitted " }<DeadlineTime at={submitted} team_zone={team_zone.clone()} />
                }
            </p>
            if !case.description.is_empty() {
                <p class="case-description">{ &case.description }</p>
            }
            if !case.contact_name.is_empty() || !case.contact_email.is_empty() {
                <p class="case-contact">{ format!("Contact: {} {}", case.contact_name, case.contact_email) }</p>
            }

            <section aria-labelledby="clocks-title">
                <h2 id="clocks-title">{ "Clocks" }</h2>
                { clocks }
            </section>

            <section aria-labelledby="record-title" class="record-event">
                <h2 id="record-title">{ "Record what happened" }</h2>
                <div class="field">
                    <label for="event-time">{ "When (your time; leave empty for now)" }</label>
                    <input id="event-time" type="datetime-local" value={(*typed_time).clone()}
                        oninput={text_input(&typed_time)} aria-describedby="event-problem" />
                </div>
                <div class="step-actions">{ for simple_buttons }</div>
                <div class="inline-fields">
                    <div class="field">
                        <label for="new-priority">{ "New priority" }</label>
                        <select id="new-priority" onchange={{
                            let new_priority = new_priority.clone();
                            Callback::from(move |event: Event| {
                                if let Some(priority) = event.target_dyn_into::<HtmlSelectElement>()
                                    .and_then(|select| select.value().parse().ok()) {
                                    new_priority.set(priority);
                                }
                            })
                        }}>
                            { for PriorityId::ALL.iter().map(|id| html! {
                                <option value={id.to_string()} selected={*id == *new_priority}>
                                    { format!("{id} {}", engine.policy().priorities.get(*id).name) }
                                </option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="priority-reason">{ "Reason for the change" }</label>
                        <input id="priority-reason" type="text" value={(*reason).clone()} oninput={text_input(&reason)} />
                    </div>
                    <button type="button" onclick={on_change_priority}>{ "Change priority" }</button>
                </div>
                <div class="field">
                    <label for="case-note">{ "Note" }</label>
                    <textarea id="case-note" rows="3" value={(*note).clone()} oninput={text_input(&note)} />
                </div>
                <button type="button" onclick={on_note}>{ "Add note" }</button>
                <p id="event-problem" class="field-error" role="alert">{ (*problem).clone().unwrap_or_default() }</p>
            </section>

            <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{ "Timeline" }</h2>
                <ol class="timeline">
                    { for case.events.iter().rev().map(|event| html! {
                        <li><DeadlineTime at={event.at} team_zone={team_zone.clone()} />{ " " }<span>{ describe(&event.kind) }</span></li>
                    }) }
                </ol>
            </section>

            <button type="button" class="danger" onclick={on_delete}>{ "Delete case" }</button>
        </section>
    }
}
