use yew::prelude::*;

use super::use_ctx;
use crate::app::browser;
use crate::app::i18n;
use crate::app::state::Action;
use crate::core::csv::criteria_csv;
use crate::core::file::{export, file_name};
use crate::core::link;
use crate::core::persist::Stored;
use crate::core::scoring::Score;
use crate::core::text::Msg;

#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    pub stored: Stored,
    pub breakdown: std::rc::Rc<Score>,
}

/// Print, CSV, file, link and target: everything stays in the browser or in a file.
#[function_component(Tools)]
pub fn tools(props: &ToolsProps) -> Html {
    let ctx = use_ctx();
    let manual_link = use_state(|| None::<String>);
    let lang = ctx.lang;
    let notify = {
        let d = ctx.dispatch.clone();
        move |m: Msg| d.emit(Action::Notify(m))
    };
    let on_csv = {
        let (s, b, notify) = (props.stored.clone(), props.breakdown.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let text = criteria_csv(&s.display_title(lang), &s.assessment, &b, lang);
            if browser::download(&file_name(&s, lang, &browser::today(), "csv"), "text/csv;charset=utf-8", &text)
                .is_err()
            {
                notify(i18n::DOWNLOAD_FAILED.into());
            }
        })
    };
    let on_file = {
        let (s, notify) = (props.stored.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::download(&file_name(&s, lang, &browser::today(), "json"), "application/json", &export(&s, lang))
                .is_err()
            {
                notify(i18n::DOWNLOAD_FAILED.into());
            }
        })
    };
    // Feedback beside the buttons, where the user is looking.
    let status = use_state(|| None::<Msg>);
    let on_link = {
        let (s, manual_link, status) = (props.stored.clone(), manual_link.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let url = format!(
                "{}#{}{}",
                browser::page_address(),
                link::FRAGMENT_KEY,
                link::encode(&s.display_title(lang), &s.assessment)
            );
            let (manual_link, status) = (manual_link.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::copy_text(url.clone()).await {
                    Ok(()) => {
                        manual_link.set(None);
                        status.set(Some(i18n::LINK_COPIED.into()));
                    }
                    // Without clipboard access, show the link to copy by hand.
                    Err(_) => manual_link.set(Some(url)),
                }
            });
        })
    };
    html! {
        <section class="panel tools" aria-labelledby="tools-title">
            <h2 id="tools-title">{ ctx.t(i18n::TOOLS) }</h2>
            <div class="tool-buttons">
                <button type="button" class="button" id="print-report" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ ctx.t(i18n::PRINT) }</button>
                <button type="button" class="button" id="download-csv" onclick={on_csv}>{ ctx.t(i18n::DOWNLOAD_CSV) }</button>
                <button type="button" class="button" id="download-file" onclick={on_file}>{ ctx.t(i18n::DOWNLOAD_FILE) }</button>
                <button type="button" class="button" id="copy-link" onclick={on_link}>{ ctx.t(i18n::COPY_LINK) }</button>
                <button type="button" class="button" id="start-target" onclick={ctx.send(|_: MouseEvent| Action::StartTarget)}>{ ctx.t(i18n::START_TARGET) }</button>
            </div>
            <p class="tool-status" role="status">{ status.as_ref().map(|m| m.get(lang).to_string()).unwrap_or_default() }</p>
            if let Some(url) = &*manual_link {
                <div class="field">
                    <label for="manual-link">{ ctx.t(i18n::LINK_MANUAL) }</label>
                    <input id="manual-link" type="text" readonly=true value={url.clone()} />
                </div>
            }
        </section>
    }
}
