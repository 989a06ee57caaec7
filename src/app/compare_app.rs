//! The comparison page (bandingkan.html) as the browser runs it: its own bundle, so the
//! self-check's users who never compare never download it. The edge here holds the
//! comparison's state machine ([`CompareState`]) and performs its effects with the main
//! edge's free functions for storage: the self-check's saved data, read as the page opens
//! and read again just before the language is written, so another tab's save stays.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_utils::document_element;
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;

use super::components::compare::compare_page;
use super::components::header::own_page_header;
use super::components::{notice_of, page_frame, Ctx};
use super::edge::{fragment, show_address, stored, write};
use crate::core::compare::session::{CompareAction, CompareEffect, CompareState, COMPARE_FILE};
use crate::core::i18n;
use crate::core::session::STORAGE_KEY;

pub struct CompareEdge {
    state: RefCell<CompareState>,
    rerender: UseForceUpdateHandle,
}

impl CompareEdge {
    pub fn start(rerender: UseForceUpdateHandle) -> Rc<CompareEdge> {
        let fragment = fragment();
        let (state, effects) = CompareState::boot(stored().as_deref(), &fragment);
        let edge = Rc::new(CompareEdge { state: RefCell::new(state), rerender });
        edge.perform(effects);
        edge
    }

    pub fn dispatch(self: &Rc<Self>, action: CompareAction) {
        // The borrow ends before effects run: an effect may dispatch again.
        let effects = self.state.borrow_mut().update(action);
        self.perform(effects);
        self.rerender.force_update();
    }

    fn perform(self: &Rc<Self>, effects: Vec<CompareEffect>) {
        for effect in effects {
            match effect {
                CompareEffect::SetDocumentLang(lang) => {
                    let _ = document_element().set_attribute("lang", lang.code());
                }
                CompareEffect::ReadStorage => self.dispatch(CompareAction::Stored(stored())),
                CompareEffect::Write(text) => {
                    if !write(STORAGE_KEY, &text) {
                        self.dispatch(CompareAction::WriteFailed);
                    }
                }
                CompareEffect::ShowAddress(address) => show_address(&address),
            }
        }
    }
}

#[function_component(CompareApp)]
pub fn compare_app() -> Html {
    let rerender = use_force_update();
    let edge = use_memo((), move |_| CompareEdge::start(rerender));
    let dispatch = {
        let edge = Rc::clone(&edge);
        use_memo((), move |_| Callback::from(move |a: CompareAction| edge.dispatch(a)))
    };
    let state = edge.state.borrow();
    let ctx = Ctx { lang: state.lang, dispatch: (*dispatch).clone(), read_file: Callback::noop() };
    let notices = notice_of(&ctx, state.notice.as_ref(), || CompareAction::DismissNotice);
    let main = html! { <div class="page">{ compare_page(&ctx, &state.library, state.pair()) }</div> };
    page_frame(ctx.lang, own_page_header(&ctx, COMPARE_FILE, i18n::NAV_COMPARE, CompareAction::SetLang), notices, main)
}

/// Mounts the comparison on the body, in place of the page's loading line.
pub fn start() {
    super::edge::mount::<CompareApp>();
}
