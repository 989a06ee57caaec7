use yew::prelude::*;

use super::{button, Ctx};
use crate::core::base::i18n;
use crate::core::pages::session::{Action, ExportAction, LibraryAction, Sharing};
use crate::core::pages::{dossier_address, planner_address};

/// Print, CSV, file, link, target and planner: everything stays in the browser or in a file.
/// `share`: what became of the last "copy link".
/// `id`: the open assessment's, for the planner's address.
pub fn tools(ctx: &Ctx, id: u32, share: Option<&Sharing>) -> Html {
    // Feedback beside the buttons, where the user is looking.
    let status = match share {
        Some(Sharing::Copied) => ctx.t(i18n::LINK_COPIED),
        _ => "",
    };
    html! {
        <section class="panel tools" aria-labelledby="tools-title">
            <h2 id="tools-title">{ ctx.t(i18n::TOOLS) }</h2>
            <div class="tool-buttons">
                { button("button", "print-report", ctx.t(i18n::PRINT), ctx.on_click(|| Action::Export(ExportAction::Print))) }
                { button("button", "download-csv", ctx.t(i18n::DOWNLOAD_CSV), ctx.on_click(|| Action::Export(ExportAction::Csv))) }
                { button("button", "download-file", ctx.t(i18n::DOWNLOAD_FILE), ctx.on_click(|| Action::Export(ExportAction::File))) }
                { button("button", "copy-link", ctx.t(i18n::COPY_LINK), ctx.on_click(|| Action::Export(ExportAction::CopyLink))) }
                { button("button", "start-target", ctx.t(i18n::START_TARGET), ctx.on_click(|| Action::Library(LibraryAction::StartTarget))) }
                // Pages of their own: the self-check's bundle carries neither the planner nor
                // the dossier page.
                <a class="button" id="open-planner" href={planner_address(id, &[])}>{ ctx.t(i18n::PLAN_OPEN) }</a>
                <a class="button" id="open-dossier" href={dossier_address(id)}>{ ctx.t(i18n::DOSSIER_OPEN) }</a>
            </div>
            <p class="tool-status" role="status">{ status }</p>
            // Without clipboard access, the link to copy by hand.
            if let Some(Sharing::Manual(url)) = share {
                <div class="field">
                    <label for="manual-link">{ ctx.t(i18n::LINK_MANUAL) }</label>
                    <input id="manual-link" type="text" readonly=true value={url.clone()} />
                </div>
            }
        </section>
    }
}
