//! The panel page (panel.html) as the browser runs it: its own bundle, so the candidates
//! never download it. The one edge runs the panel's state machine ([`PanelState`]):
//! storage under the panel's own key, a batch of files read together, downloads, print.

use yew::prelude::*;

use super::components::header::{brand_link, lang_button, lang_switch, page_links, site_header};
use super::components::panel::panel_page;
use super::components::{notice_of, page_frame, Ctx};
use super::use_edge;
use crate::core::base::i18n;
use crate::core::base::text::Lang;
use crate::core::pages::panel::session::{PanelAction, PanelState};
use crate::core::pages::SitePage;

/// The brand (back to the self-check), the pages and the language.
fn header(ctx: &Ctx<PanelAction>) -> Html {
    let lang = |l: Lang, label: &'static str, name: String| {
        lang_button(ctx.lang, l, label, name, ctx.send(move |_: MouseEvent| PanelAction::SetLang(l)))
    };
    let nav = page_links(ctx.lang, SitePage::Panel);
    site_header(ctx.lang, brand_link(), ctx.t(i18n::NAV_PANEL), nav, lang_switch(ctx.lang, lang))
}

#[function_component(PanelApp)]
pub fn panel_app() -> Html {
    let (edge, dispatch, read_file) = use_edge::<PanelState>();
    let state = edge.state();
    let ctx = Ctx { lang: state.lang, dispatch, read_file };
    let notices = notice_of(&ctx, state.notice.as_ref(), || PanelAction::DismissNotice);
    page_frame(ctx.lang, header(&ctx), notices, panel_page(&ctx, &state))
}

/// Mounts the panel on the body, in place of the page's loading line.
pub fn start() {
    super::edge::mount::<PanelApp>();
}
