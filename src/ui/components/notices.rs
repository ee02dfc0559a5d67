use crate::ui::browser;
use crate::ui::case_storage;
use crate::ui::state::AppContext;
use yew::prelude::*;

/// What the user must know about their stored data: a refused write (with a retry), records
/// that could not be read (with a download), a deletion that can still be undone, and a site
/// policy that could not be used.
#[function_component(Notices)]
pub fn notices() -> Html {
    let download_problem = use_state(|| None::<String>);
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };

    let storage_problem = state.storage_problem.as_ref().map(|problem| {
        let retry = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| case_storage::resave_unsaved(&state))
        };
        let unsaved = state.unsaved.len();
        html! {
            <div class="notice notice-error" role="alert">
                <p>
                    { format!("{problem}.") }
                    if unsaved > 0 {
                        { format!(" {unsaved} change{} kept on this page but not stored yet; they are stored with your next change, or now:",
                            if unsaved == 1 { " is" } else { "s are" }) }
                    }
                </p>
                if unsaved > 0 {
                    <button type="button" onclick={retry}>{ "Try again" }</button>
                }
            </div>
        }
    });

    let set_aside = (!state.set_aside.is_empty()).then(|| {
        let records = state.set_aside.clone();
        let on_download = {
            let download_problem = download_problem.clone();
            Callback::from(move |_: MouseEvent| {
                let body: Vec<_> = records
                    .iter()
                    .map(|record| serde_json::json!({ "key": record.key, "reason": record.reason, "stored": record.raw }))
                    .collect();
                let text = serde_json::to_string_pretty(&body).unwrap_or_default();
                download_problem.set(browser::download("sla-desk-unreadable-records.json", "application/json", &text).err());
            })
        };
        let on_dismiss = {
            let state = state.clone();
            let download_problem = download_problem.clone();
            Callback::from(move |_: MouseEvent| download_problem.set(case_storage::dismiss_set_aside(&state).err()))
        };
        let count = state.set_aside.len();
        html! {
            <div class="notice notice-warning" role="alert">
                <p>
                    { format!("{count} stored record{} could not be read, so {} kept aside and nothing was lost. ",
                        if count == 1 { "" } else { "s" }, if count == 1 { "it is" } else { "they are" }) }
                    { "Download them to keep or repair them." }
                </p>
                <ul class="set-aside">
                    { for state.set_aside.iter().map(|record| html! { <li>{ &record.reason }</li> }) }
                </ul>
                <div class="step-actions">
                    <button type="button" onclick={on_download}>{ "Download unreadable records" }</button>
                    <button type="button" class="secondary" onclick={on_dismiss}>{ "Dismiss" }</button>
                </div>
                if let Some(problem) = &*download_problem {
                    <p class="field-error">{ problem }</p>
                }
            </div>
        }
    });

    let deleted = state.recently_deleted.as_ref().map(|case| {
        let undo = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| case_storage::undo_delete(&state))
        };
        html! {
            <div class="notice" role="status">
                <p>{ format!("Case \u{201c}{}\u{201d} deleted.", case.title) }</p>
                <button type="button" onclick={undo}>{ "Undo" }</button>
            </div>
        }
    });

    let site_policy = state.site_policy_problem.as_ref().map(|problem| {
        let applies = if state.policy_saved {
            "Your saved policy applies, and the built-in policy is the default"
        } else {
            "The built-in policy applies"
        };
        html! {
            <div class="notice notice-warning" role="alert">
                <p>{ format!("The site\u{2019}s policy.json could not be used: {problem}. {applies}.") }</p>
            </div>
        }
    });

    html! { <>{ site_policy }{ storage_problem }{ set_aside }{ deleted }</> }
}
