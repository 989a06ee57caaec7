//! The dossier page (bukti.html#<id>) as the browser runs it: its own bundle, so the
//! self-check's bundle carries none of the dossier's editing page. It runs the self-check's
//! own state machine through the same edge (saved as typed, another tab's save merged,
//! written as the page is left), opened on the assessment its address names; its header
//! is a page of its own's, and every way out is a link back to the self-check.

use std::rc::Rc;

use yew::prelude::*;

use super::components::dossier::dossier_page;
use super::components::header::{back_to_form, own_page_header};
use super::components::{page_frame, text_el, Ctx};
use super::edge::{fragment, Edge};
use super::{notices, Results};
use crate::core::i18n;
use crate::core::session::{read_dossier_address, Action, Page, DOSSIER_FILE};

#[function_component(DossierApp)]
pub fn dossier_app() -> Html {
    let rerender = use_force_update();
    // Nothing to show (`Start`) says so here.
    let opening = Some(Action::OpenDossier(read_dossier_address(&fragment())));
    let edge = use_memo((), move |_| Edge::start(rerender, opening, |p| matches!(p, Page::Dossier | Page::Start)));
    let dispatch = {
        let edge = Rc::clone(&edge);
        use_memo((), move |_| Callback::from(move |a: Action| edge.dispatch(a)))
    };
    let state = edge.state();
    let ctx = Ctx { lang: state.lang, dispatch: (*dispatch).clone(), read_file: Callback::noop() };
    // The dossier's claims are the assessment's score: checked and scored once per change.
    let shown = (state.page == Page::Dossier).then(|| state.current().map(|s| s.assessment.clone())).flatten();
    let results = use_memo(shown, |a| a.as_ref().map(Results::of));
    let main = match (state.page, state.current(), results.as_ref()) {
        (Page::Dossier, Some(s), Some(r)) => {
            dossier_page(&ctx, &s.assessment, r, state.view.removed.as_ref().map(|x| x.0))
        }
        // Nothing to show here (no assessment in this browser, or deleted in another tab).
        _ => html! {
            <div class="page"><section class="panel">
                { text_el("h1", "", ctx.t(i18n::DOSSIER)) }
                { text_el("p", "", ctx.t(i18n::DOSSIER_NOT_FOUND)) }
                <p>{ back_to_form(ctx.lang) }</p>
            </section></div>
        },
    };
    page_frame(
        ctx.lang,
        own_page_header(&ctx, DOSSIER_FILE, i18n::DOSSIER, Action::SetLang),
        notices(&ctx, &state),
        main,
    )
}

/// Mounts the dossier page on the body, in place of the page's loading line.
pub fn start() {
    super::edge::mount::<DossierApp>();
}
