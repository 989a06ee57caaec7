//! The thin Yew layer: components render the core's state and send its events; the
//! edge (`edge.rs`) performs the effects. Natively (feature `prerender`) only the view
//! below, the header and the start page compile, to render the first paint at build time.

pub mod components;
cfg_if::cfg_if! {
    if #[cfg(target_arch = "wasm32")] {
        mod browser;
        pub mod edge;
        pub mod first_paint;
        pub mod panel_app;
    } else {
        pub mod prerender;
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{start, App, Results};

/// A page's edge with what its views send their actions and chosen files through.
#[cfg(target_arch = "wasm32")]
pub type EdgeAndCallbacks<M> = (
    std::rc::Rc<edge::Edge<M>>,
    Callback<<M as crate::core::pages::machine::Machine>::Action>,
    Callback<Vec<web_sys::File>>,
);

/// The page's edge for its state machine `M`, made once, with what its views send their
/// actions and chosen files through.
#[cfg(target_arch = "wasm32")]
#[hook]
pub fn use_edge<M: crate::core::pages::machine::Machine>() -> EdgeAndCallbacks<M> {
    let rerender = use_force_update();
    let edge = use_memo((), move |_| edge::Edge::<M>::start(rerender));
    let callbacks = {
        let edge = std::rc::Rc::clone(&edge);
        use_memo((), move |_| {
            let reader = std::rc::Rc::clone(&edge);
            (
                Callback::from(move |a: M::Action| edge.dispatch(a)),
                Callback::from(move |f: Vec<web_sys::File>| reader.read_files(f)),
            )
        })
    };
    ((*edge).clone(), callbacks.0.clone(), callbacks.1.clone())
}

use yew::prelude::*;

use crate::core::pages::session::{Action, State};
use components::header::header;
use components::{notice_of, page_frame, Ctx};

/// Every page as the state shows it, around its content: the same in the browser and in
/// the start page rendered at build time.
pub fn view(ctx: Ctx, state: &State, page: Html) -> Html {
    page_frame(state.lang, header(&ctx, state), notices(&ctx, state), page)
}

/// The state's notice: about saved data, links, files or another tab (the library page
/// adds the undo of a deletion, made only there).
pub fn notices(ctx: &Ctx, state: &State) -> Html {
    let notice = notice_of(ctx, state.notice.as_ref(), || Action::DismissNotice);
    #[cfg(target_arch = "wasm32")]
    if state.page == crate::core::pages::session::Page::Library {
        return html! { <>{ notice }{ components::library::undo_notice(ctx, state) }</> };
    }
    notice
}

/// The start page's content for the state.
pub fn start_page(ctx: &Ctx, state: &State) -> Html {
    let title = state.current().map(|s| (s.assessment.category, s.display_title(state.lang)));
    let others: Vec<_> = state
        .library
        .assessments
        .iter()
        .filter(|s| state.library.current != Some(s.id))
        .map(|s| (s.id, s.display_title(state.lang)))
        .collect();
    components::start::start_page(ctx, title.as_ref().map(|(c, t)| (*c, t.as_str())), &others)
}
