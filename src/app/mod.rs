//! The thin Yew layer: components render the core's state and send its events; the
//! edge (`edge.rs`) performs the effects. Natively (feature `prerender`) only the view
//! below, the header and the start page compile, to render the first paint at build time.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod compare_app;
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod dossier_app;
#[cfg(target_arch = "wasm32")]
pub mod edge;
#[cfg(target_arch = "wasm32")]
pub mod panel_app;
#[cfg(target_arch = "wasm32")]
pub mod planner_app;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
pub use browser::{start, App, Results};

use yew::prelude::*;

use crate::core::i18n;
use crate::core::session::{Action, LibraryAction, State};
use components::header::header;
use components::{button, notice, page_frame, Ctx};

/// Every page as the state shows it, around its content: the same in the browser and in
/// the start page rendered at build time.
pub fn view(ctx: Ctx, state: &State, page: Html) -> Html {
    page_frame(state.lang, header(&ctx, state), notices(&ctx, state), page)
}

/// The state's notices: about saved data, links, files or another tab, and the undo of a
/// deletion.
pub fn notices(ctx: &Ctx, state: &State) -> Html {
    let lang = state.lang;
    html! {
        <>
            if let Some(text) = &state.notice {
                { notice(lang, text, ctx.on_click(|| Action::DismissNotice)) }
            }
            if let Some((_, removed)) = &state.undo {
                <div class="notice undo" role="status">
                    <p>{ format!("\u{201c}{}\u{201d} {}", removed.display_title(lang), ctx.t(i18n::DELETED)) }</p>
                    { button("button", "undo", ctx.t(i18n::UNDO), ctx.on_click(|| Action::Library(LibraryAction::Undo))) }
                </div>
            }
        </>
    }
}

/// The start page's content for the state.
pub fn start_page(ctx: &Ctx, state: &State) -> Html {
    let title = state.current().map(|s| (s.assessment.category, s.display_title(state.lang)));
    components::start::start_page(ctx, title.as_ref().map(|(c, t)| (*c, t.as_str())))
}
