//! The library page (pustaka.html) as the browser runs it: its own bundle, so the
//! self-check's bundle carries none of it. It runs the self-check's own state machine
//! through the same edge (saved as typed, another tab's save merged, written as the page
//! is left); an assessment opened or imported here goes to the self-check's form.

use std::rc::Rc;

use yew::prelude::*;

use super::components::header::own_page_header;
use super::components::library::{library_page, undo_notice};
use super::components::{page_frame, Ctx};
use super::edge::Edge;
use super::notices;
use crate::core::i18n;
use crate::core::session::{Action, Page, LIBRARY_FILE};

#[function_component(LibraryApp)]
pub fn library_app() -> Html {
    let rerender = use_force_update();
    let edge =
        use_memo((), move |_| Edge::start(rerender, Some(Action::Navigate(Page::Library)), |p| p == Page::Library));
    let callbacks = {
        let edge = Rc::clone(&edge);
        use_memo((), move |_| {
            let reader = Rc::clone(&edge);
            (
                Callback::from(move |a: Action| edge.dispatch(a)),
                Callback::from(move |f: web_sys::File| reader.read_file(f)),
            )
        })
    };
    let state = edge.state();
    let ctx = Ctx { lang: state.lang, dispatch: callbacks.0.clone(), read_file: callbacks.1.clone() };
    page_frame(
        ctx.lang,
        own_page_header(&ctx, LIBRARY_FILE, i18n::LIBRARY_TITLE, Action::SetLang),
        html! { <>{ notices(&ctx, &state) }{ undo_notice(&ctx, &state) }</> },
        library_page(&ctx, &state),
    )
}

/// Mounts the library page on the body, in place of the page's loading line.
pub fn start() {
    super::edge::mount::<LibraryApp>();
}
