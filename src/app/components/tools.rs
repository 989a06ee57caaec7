use yew::prelude::*;

use super::use_ctx;
use crate::app::edge;
use crate::core::i18n;
use crate::core::session::{Action, ExportAction, LibraryAction, PlanAction, Sharing};

#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    /// What became of the last "copy link".
    pub share: Option<Sharing>,
}

/// Print, CSV, file, link, target and planner: everything stays in the browser or in a file.
#[function_component(Tools)]
pub fn tools(props: &ToolsProps) -> Html {
    let ctx = use_ctx();
    let export = |make: fn() -> ExportAction| ctx.send(move |_: MouseEvent| Action::Export(make()));
    // Feedback beside the buttons, where the user is looking.
    let status = match &props.share {
        Some(Sharing::Copied) => ctx.t(i18n::LINK_COPIED),
        _ => "",
    };
    html! {
        <section class="panel tools" aria-labelledby="tools-title">
            <h2 id="tools-title">{ ctx.t(i18n::TOOLS) }</h2>
            <div class="tool-buttons">
                <button type="button" class="button" id="print-report" onclick={export(|| ExportAction::Print)}>{ ctx.t(i18n::PRINT) }</button>
                <button type="button" class="button" id="download-csv" onclick={export(|| ExportAction::Csv { today: edge::today() })}>{ ctx.t(i18n::DOWNLOAD_CSV) }</button>
                <button type="button" class="button" id="download-file" onclick={export(|| ExportAction::File { today: edge::today() })}>{ ctx.t(i18n::DOWNLOAD_FILE) }</button>
                <button type="button" class="button" id="copy-link" onclick={export(|| ExportAction::CopyLink { page: edge::page_address() })}>{ ctx.t(i18n::COPY_LINK) }</button>
                <button type="button" class="button" id="start-target" onclick={ctx.send(|_: MouseEvent| Action::Library(LibraryAction::StartTarget))}>{ ctx.t(i18n::START_TARGET) }</button>
                <button type="button" class="button" id="open-planner" onclick={ctx.send(|_: MouseEvent| Action::Plan(PlanAction::Open(Vec::new())))}>{ ctx.t(i18n::PLAN_OPEN) }</button>
            </div>
            <p class="tool-status" role="status">{ status }</p>
            // Without clipboard access, the link to copy by hand.
            if let Some(Sharing::Manual(url)) = &props.share {
                <div class="field">
                    <label for="manual-link">{ ctx.t(i18n::LINK_MANUAL) }</label>
                    <input id="manual-link" type="text" readonly=true value={url.clone()} />
                </div>
            }
        </section>
    }
}
