use crate::domain::calendar::dates::iso_date;
use crate::domain::case_list::{case_rows, CaseFilter, StateFilter};
use crate::domain::priority::PriorityId;
use crate::storage::transfer::{export_csv, export_ics, export_json, import_json};
use crate::ui::browser;
use crate::ui::case_storage;
use crate::ui::components::case_list_item::CaseListItem;
use crate::ui::forms::{input_value, on_import_file, outcome_message};
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// How many cases are shown at first, and added by "Show more": enough to scan, few enough
/// that 10,000 stored cases still render at once.
const PAGE_SIZE: usize = 50;

/// The files the cases can be exported as.
#[derive(Clone, Copy)]
enum ExportFormat {
    /// Everything, to import again elsewhere.
    Json,
    /// For spreadsheets.
    Csv,
    /// Each running deadline as a calendar event.
    Ics,
}

/// The cases kept in this browser: filters, search, export and import.
#[function_component(CasesPage)]
pub fn cases_page() -> Html {
    let filter = use_state(CaseFilter::default);
    let shown = use_state(|| PAGE_SIZE);
    let message = use_state(|| None::<(bool, String)>);
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let engine = &state.engine;
    let now = browser::now();

    if state.cases.is_empty() {
        return html! {
            <section class="page cases" aria-labelledby="cases-title">
                <h1 id="cases-title">{ "Cases" }</h1>
                <p class="empty">
                    { "No cases yet. " }
                    <a href={Route::default().to_hash()}>{ "Classify an issue" }</a>
                    { " and choose \u{201c}Save as case\u{201d} to keep it here with live deadlines. Your cases stay in this browser only." }
                </p>
                <ImportControl message={message.clone()} />
                { outcome_message(&message) }
            </section>
        };
    }

    let rows = case_rows(engine, &state.cases, &filter, now);
    let total = rows.len();
    let visible: Vec<_> = rows
        .iter()
        .take(*shown)
        .map(|row| Rc::new(row.case.clone()))
        .collect();

    let set_filter = |update: fn(&mut CaseFilter, String)| {
        let (filter, shown) = (filter.clone(), shown.clone());
        move |value: String| {
            let mut next = (*filter).clone();
            update(&mut next, value);
            filter.set(next);
            shown.set(PAGE_SIZE);
        }
    };
    let on_state = {
        let set = set_filter(|filter, value| {
            filter.state = match value.as_str() {
                "resolved" => StateFilter::Resolved,
                "all" => StateFilter::All,
                _ => StateFilter::Open,
            }
        });
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                set(select.value());
            }
        })
    };
    let on_priority = {
        let set = set_filter(|filter, value| filter.priority = value.parse::<PriorityId>().ok());
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                set(select.value());
            }
        })
    };
    let on_attention = {
        let set = set_filter(|filter, value| filter.needs_attention = value == "true");
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                set(input.checked().to_string());
            }
        })
    };
    let on_search = {
        let set = set_filter(|filter, value| filter.text = value);
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                set(value);
            }
        })
    };
    let export = |format: ExportFormat| {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let now = browser::now();
            let stamp = iso_date(now.date_naive());
            let (name, mime, text) = match format {
                ExportFormat::Json => ("json", "application/json", export_json(&state.cases, now)),
                ExportFormat::Csv => (
                    "csv",
                    "text/csv",
                    export_csv(&state.engine, &state.cases, now),
                ),
                ExportFormat::Ics => (
                    "ics",
                    "text/calendar",
                    export_ics(&state.engine, &state.cases, now),
                ),
            };
            let file = format!("sla-desk-cases-{stamp}.{name}");
            message.set(
                browser::download(&file, mime, &text)
                    .err()
                    .map(|error| (true, error)),
            );
        })
    };
    let state_value = match filter.state {
        StateFilter::Open => "open",
        StateFilter::Resolved => "resolved",
        StateFilter::All => "all",
    };

    html! {
        <section class="page cases" aria-labelledby="cases-title">
            <h1 id="cases-title">{ "Cases" }</h1>
            <form class="case-filters" role="search" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <div class="field">
                    <label for="filter-search">{ "Search" }</label>
                    <input id="filter-search" type="search" value={filter.text.clone()} oninput={on_search} />
                </div>
                <div class="field">
                    <label for="filter-state">{ "Show" }</label>
                    <select id="filter-state" onchange={on_state}>
                        { for [("open", "Open cases"), ("resolved", "Resolved cases"), ("all", "All cases")].iter().map(|(value, label)| html! {
                            <option value={*value} selected={*value == state_value}>{ *label }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="filter-priority">{ "Priority" }</label>
                    <select id="filter-priority" onchange={on_priority}>
                        <option value="" selected={filter.priority.is_none()}>{ "Any priority" }</option>
                        { for PriorityId::ALL.iter().map(|id| html! {
                            <option value={id.to_string()} selected={filter.priority == Some(*id)}>{ id.to_string() }</option>
                        }) }
                    </select>
                </div>
                <div class="field checkbox">
                    <input id="filter-attention" type="checkbox" checked={filter.needs_attention} onchange={on_attention} />
                    <label for="filter-attention">{ "Only at risk or breached" }</label>
                </div>
            </form>
            <p class="case-count" role="status">
                { format!("{total} of {} case{}", state.cases.len(), if state.cases.len() == 1 { "" } else { "s" }) }
            </p>
            <ul class="case-list">
                { for visible.into_iter().map(|case| { let key = case.id.clone(); html! { <CaseListItem {key} {case} /> } }) }
            </ul>
            if total > *shown {
                <button type="button" class="secondary" onclick={{
                    let shown = shown.clone();
                    Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_SIZE))
                }}>{ format!("Show {} more", (total - *shown).min(PAGE_SIZE)) }</button>
            }
            <section aria-labelledby="transfer-title" class="transfer">
                <h2 id="transfer-title">{ "Export and import" }</h2>
                <div class="step-actions">
                    <button type="button" class="secondary" onclick={export(ExportFormat::Json)}>{ "Export JSON" }</button>
                    <button type="button" class="secondary" onclick={export(ExportFormat::Csv)}>{ "Export CSV" }</button>
                    <button type="button" class="secondary" onclick={export(ExportFormat::Ics)}>{ "Export deadlines (ICS)" }</button>
                </div>
                <ImportControl message={message.clone()} />
            </section>
            { outcome_message(&message) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ImportControlProps {
    /// Where to report: `(is_error, text)`.
    message: UseStateHandle<Option<(bool, String)>>,
}

/// A file input that imports cases from a JSON export.
#[function_component(ImportControl)]
fn import_control(props: &ImportControlProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let on_change = {
        let message = props.message.clone();
        on_import_file(move |_, read| {
            let text = match read {
                Ok(text) => text,
                Err(error) => {
                    return message.set(Some((true, format!("Nothing was imported: {error}."))))
                }
            };
            match import_json(&text, &state.cases) {
                Ok(outcome) => {
                    let mut report = outcome.summary();
                    for rejected in &outcome.rejected {
                        report.push_str(&format!(" {rejected}."));
                    }
                    let changed: Vec<_> = outcome
                        .merged
                        .into_iter()
                        .filter(|case| {
                            outcome.added.contains(&case.id) || outcome.updated.contains(&case.id)
                        })
                        .collect();
                    case_storage::save_imported(&state, changed);
                    message.set(Some((!outcome.rejected.is_empty(), report)));
                }
                Err(error) => message.set(Some((true, format!("Nothing was imported: {error}.")))),
            }
        })
    };
    html! {
        <div class="field">
            <label for="import-file">{ "Import cases from a JSON export" }</label>
            <input id="import-file" type="file" accept="application/json,.json" onchange={on_change} />
        </div>
    }
}
