use crate::domain::calendar::zone::Zone;
use crate::domain::sla::SlaEngine;
use crate::ui::browser;
use crate::ui::components::holidays_editor::HolidaysEditor;
use crate::ui::components::policy_field::{
    problem_message, read_number, text_field, Apply, DraftHandle, TextField,
};
use crate::ui::components::special_days_editor::SpecialDaysEditor;
use crate::ui::components::targets_editor::TargetsEditor;
use crate::ui::components::weekly_hours_editor::WeeklyHoursEditor;
use crate::ui::forms::{input_value, on_import_file, outcome_message};
use crate::ui::policy_draft::{field_id, message_at, Draft, Edit};
use crate::ui::policy_storage;
use crate::ui::state::AppContext;
use std::rc::Rc;
use yew::prelude::*;

const TIME_ZONES: &str = "time-zones";
const EMBED_ORIGINS: &str = "embed_origins";

/// The policy editor: the team's calendar, the targets and the rest of the policy, checked as
/// they are typed, saved in this browser, reset, exported and imported.
#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let state = use_context::<AppContext>();
    let draft: DraftHandle = {
        let policy = state.as_ref().map(|state| state.engine.policy().clone());
        use_reducer(move || Draft::new(policy.unwrap_or_default()))
    };
    let message = use_state(|| None::<(bool, String)>);
    let confirm_reset = use_state(|| false);
    let problems = use_memo(draft.clone(), |draft| draft.problems());
    {
        // The policy in use changed (the site's policy.json arrived, say): show it, unless the
        // user has started editing.
        let draft = draft.clone();
        let engine = state.as_ref().map(|state| state.engine.clone());
        use_effect_with(engine, move |engine| {
            if let Some(engine) = engine {
                if !draft.edited && draft.policy != *engine.policy() {
                    draft.dispatch(Edit::load(engine.policy().clone()));
                }
            }
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let policy = &draft.policy;

    let field = |field: TextField, apply: Apply| text_field(&draft, &problems, field, apply);
    let time_zone = {
        let mut input = TextField::new(
            "calendar.time_zone",
            "Support team time zone",
            &policy.calendar.time_zone,
        );
        input.list = Some(TIME_ZONES);
        field(
            input,
            Rc::new(|policy, text| {
                policy.calendar.time_zone = text.trim().to_string();
                Ok(())
            }),
        )
    };
    let email = {
        let mut input = TextField::new("support_email", "Support email", &policy.support_email);
        input.input_type = "email";
        field(
            input,
            Rc::new(|policy, text| {
                policy.support_email = text.trim().to_string();
                Ok(())
            }),
        )
    };
    let day_minutes = field(
        TextField::new(
            "business_day_minutes",
            "Business day (minutes)",
            policy.business_day_minutes,
        ),
        Rc::new(|policy, text| {
            policy.business_day_minutes = read_number(text)?;
            Ok(())
        }),
    );
    let at_risk = field(
        TextField::new(
            "at_risk_percent",
            "At risk with this much of a target left (%)",
            policy.at_risk_percent,
        ),
        Rc::new(|policy, text| {
            policy.at_risk_percent = read_number(text)?;
            Ok(())
        }),
    );
    let origins = {
        let error = message_at(&problems, EMBED_ORIGINS);
        let oninput = {
            let draft = draft.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(text) = input_value(&event) {
                    draft.dispatch(Edit::new(move |draft| {
                        draft.type_text(EMBED_ORIGINS, text, |policy, text| {
                            policy.embed_origins = text
                                .lines()
                                .map(str::trim)
                                .filter(|line| !line.is_empty())
                                .map(str::to_string)
                                .collect();
                            Ok(())
                        })
                    }))
                }
            })
        };
        html! {
            <div class="field">
                <label for={EMBED_ORIGINS}>{ "Sites allowed to embed the app (one origin a line, such as https://support.example.com)" }</label>
                <textarea id={EMBED_ORIGINS} rows="3" {oninput}
                          value={draft.text(EMBED_ORIGINS, policy.embed_origins.join("\n"))}
                          aria-invalid={error.as_ref().map(|_| "true")}
                          aria-describedby={error.as_ref().map(|_| "embed_origins-error")} />
                { problem_message("embed_origins-error".into(), error) }
            </div>
        }
    };

    let on_save = {
        let (state, draft, message) = (state.clone(), draft.clone(), message.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let count = draft.problems().len();
            if count > 0 {
                message.set(Some((
                    true,
                    format!(
                        "Not saved: fix the {count} problem{} listed at the top first.",
                        if count == 1 { "" } else { "s" }
                    ),
                )));
                browser::focus_field("settings-problems");
                return;
            }
            let engine = match SlaEngine::new(draft.policy.clone()) {
                Ok(engine) => Rc::new(engine),
                Err(error) => return message.set(Some((true, format!("Not saved: {error}")))),
            };
            draft.dispatch(Edit::load(engine.policy().clone()));
            message.set(Some(match policy_storage::save(&state, engine) {
                Ok(()) => (false, "Saved. The deadlines of every case follow the new policy.".into()),
                Err(error) => (true, format!("The new policy applies on this page, but the browser did not store it: {error}.")),
            }));
        })
    };
    let on_reset = {
        let (state, draft, message, confirm_reset) = (
            state.clone(),
            draft.clone(),
            message.clone(),
            confirm_reset.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if !*confirm_reset {
                return confirm_reset.set(true);
            }
            confirm_reset.set(false);
            match policy_storage::reset(&state) {
                Ok(()) => {
                    draft.dispatch(Edit::load(state.default_engine.policy().clone()));
                    message.set(Some((false, "The default policy applies again.".into())));
                }
                Err(error) => {
                    message.set(Some((true, format!("The policy was not reset: {error}."))))
                }
            }
        })
    };
    let on_export = {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let json = state.engine.policy().to_json();
            message.set(
                browser::download("sla-desk-policy.json", "application/json", &json)
                    .err()
                    .map(|error| (true, error)),
            );
        })
    };
    let on_import = {
        let (draft, message) = (draft.clone(), message.clone());
        on_import_file(move |name, read| {
            match read.and_then(|text| policy_storage::read_policy(&text)) {
                Ok(engine) => {
                    let policy = engine.policy().clone();
                    draft.dispatch(Edit::new(move |draft| {
                        *draft = Draft::new(policy);
                        draft.edited = true;
                    }));
                    message.set(Some((
                        false,
                        format!("Imported {name}. Check it, then save to apply it."),
                    )));
                }
                Err(error) => message.set(Some((true, format!("Nothing was imported: {error}.")))),
            }
        })
    };

    html! {
        <section class="page settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{ "Settings" }</h1>
            <p>
                { "The support policy: the team\u{2019}s hours, holidays and targets. Saved here, it applies in this browser only. In use now: " }
                { if state.policy_saved { "the policy saved in this browser." } else { "the default policy." } }
            </p>
            if !problems.is_empty() {
                <div id="settings-problems" class="notice notice-error" tabindex="-1">
                    <p>{ format!("{} problem{} to fix before saving:", problems.len(), if problems.len() == 1 { "" } else { "s" }) }</p>
                    <ul>
                        { for problems.iter().map(|problem| {
                            let id = field_id(&problem.path);
                            let onclick = {
                                let id = id.clone();
                                Callback::from(move |event: MouseEvent| {
                                    event.prevent_default();
                                    browser::focus_field(&id);
                                })
                            };
                            html! { <li><a href={format!("#{id}")} {onclick}>{ problem.to_string() }</a></li> }
                        }) }
                    </ul>
                </div>
            }
            <form class="settings-form" onsubmit={on_save} novalidate=true>
                <fieldset>
                    <legend>{ "Support team" }</legend>
                    { time_zone }
                    <datalist id={TIME_ZONES}>
                        { for Zone::names().map(|zone| html! { <option value={zone} /> }) }
                    </datalist>
                    { email }
                    { day_minutes }
                    { at_risk }
                </fieldset>
                <WeeklyHoursEditor draft={draft.clone()} problems={problems.clone()} weekly={policy.calendar.weekly.clone()} />
                <HolidaysEditor draft={draft.clone()} problems={problems.clone()} holidays={policy.calendar.holidays.clone()} />
                <SpecialDaysEditor draft={draft.clone()} problems={problems.clone()} special_days={policy.calendar.special_days.clone()} />
                <TargetsEditor draft={draft.clone()} problems={problems.clone()} priorities={policy.priorities.clone()} />
                <fieldset>
                    <legend>{ "Embedding" }</legend>
                    { origins }
                </fieldset>
                <div class="step-actions">
                    <button type="submit">{ "Save policy" }</button>
                    <button type="button" class="secondary" onclick={on_reset.clone()}>
                        { if *confirm_reset { "Yes, discard my policy and use the default" } else { "Reset to default" } }
                    </button>
                    if *confirm_reset {
                        <button type="button" class="secondary" onclick={{
                            let confirm_reset = confirm_reset.clone();
                            Callback::from(move |_: MouseEvent| confirm_reset.set(false))
                        }}>{ "Cancel" }</button>
                    }
                </div>
                { outcome_message(&message) }
            </form>
            <section aria-labelledby="policy-transfer-title" class="transfer">
                <h2 id="policy-transfer-title">{ "Export and import" }</h2>
                <div class="step-actions">
                    <button type="button" class="secondary" onclick={on_export}>{ "Export the policy in use (JSON)" }</button>
                </div>
                <div class="field">
                    <label for="import-policy">{ "Import a policy (JSON) to check and save" }</label>
                    <input id="import-policy" type="file" accept="application/json,.json" onchange={on_import} />
                </div>
            </section>
        </section>
    }
}
