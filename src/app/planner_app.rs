//! The planner page (rencana.html) as the browser runs it: its own bundle, so the
//! self-check's users who never plan a budget never download it. The edge here holds the
//! planner's state machine ([`PlannerState`]) and performs its effects with the main
//! edge's free functions for storage: the self-check's saved data, read as the page opens
//! and read again just before each write, so another tab's save is never written over.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_utils::{document_element, window};
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;

use super::components::header::{back_to_form, own_page_header};
use super::components::planner::planner_page;
use super::components::{notice_of, page_frame, text_el, Ctx};
use super::edge::{fragment, stored, write};
use crate::core::i18n;
use crate::core::planner::session::{PlannerAction, PlannerEffect, PlannerState, PLANNER_FILE};
use crate::core::session::{CHECK_FILE, STORAGE_KEY};

pub struct PlannerEdge {
    state: RefCell<PlannerState>,
    rerender: UseForceUpdateHandle,
}

impl PlannerEdge {
    pub fn start(rerender: UseForceUpdateHandle) -> Rc<PlannerEdge> {
        let fragment = fragment();
        let (state, effects) = PlannerState::boot(stored().as_deref(), &fragment);
        let edge = Rc::new(PlannerEdge { state: RefCell::new(state), rerender });
        edge.perform(effects);
        edge
    }

    pub fn dispatch(self: &Rc<Self>, action: PlannerAction) {
        // The borrow ends before effects run: an effect may dispatch again.
        let effects = self.state.borrow_mut().update(action);
        self.perform(effects);
        self.rerender.force_update();
    }

    fn perform(self: &Rc<Self>, effects: Vec<PlannerEffect>) {
        for effect in effects {
            match effect {
                PlannerEffect::SetDocumentLang(lang) => {
                    let _ = document_element().set_attribute("lang", lang.code());
                }
                PlannerEffect::ReadStorage => self.dispatch(PlannerAction::Stored(stored())),
                PlannerEffect::Write(text) => {
                    if !write(STORAGE_KEY, &text) {
                        self.dispatch(PlannerAction::WriteFailed);
                    }
                }
                PlannerEffect::OpenApp => {
                    let _ = window().location().assign(CHECK_FILE);
                }
            }
        }
    }
}

#[function_component(PlannerApp)]
pub fn planner_app() -> Html {
    let rerender = use_force_update();
    let edge = use_memo((), move |_| PlannerEdge::start(rerender));
    let dispatch = {
        let edge = Rc::clone(&edge);
        use_memo((), move |_| Callback::from(move |a: PlannerAction| edge.dispatch(a)))
    };
    let state = edge.state.borrow();
    let ctx = Ctx { lang: state.lang, dispatch: (*dispatch).clone(), read_file: Callback::noop() };
    let notices = notice_of(&ctx, state.notice.as_ref(), || PlannerAction::DismissNotice);
    let main = match &state.sheet {
        Some(sheet) => planner_page(&ctx, sheet),
        None => html! {
            <div class="page"><section class="panel">
                { text_el("h1", "", ctx.t(i18n::PLAN_OPEN)) }
                <p>{ back_to_form(ctx.lang) }</p>
            </section></div>
        },
    };
    page_frame(ctx.lang, own_page_header(&ctx, PLANNER_FILE, i18n::PLAN_OPEN, PlannerAction::SetLang), notices, main)
}

/// Mounts the planner on the body, in place of the page's loading line.
pub fn start() {
    super::edge::mount::<PlannerApp>();
}
