//! The planner page (rencana.html) as the browser runs it: its own bundle, so the
//! self-check's users who never plan a budget never download it. The edge here holds the
//! planner's state machine ([`PlannerState`]) and performs its effects with the main
//! edge's free functions for storage: the self-check's saved data, read as the page opens
//! and read again just before each write, so another tab's save is never written over.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_utils::{document, document_element, window};
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;

use super::components::planner::planner_page;
use super::components::{button, text_el, Ctx};
use super::edge::{read, storage, write};
use crate::core::i18n;
use crate::core::planner::session::{PlannerAction, PlannerEffect, PlannerState};
use crate::core::session::{method_file, STORAGE_KEY};
use crate::core::text::Lang;

/// What storage holds under the self-check's key: `None` without storage.
fn stored() -> Option<String> {
    storage().map(|_| read(STORAGE_KEY).unwrap_or_default())
}

pub struct PlannerEdge {
    state: RefCell<PlannerState>,
    rerender: UseForceUpdateHandle,
}

impl PlannerEdge {
    pub fn start(rerender: UseForceUpdateHandle) -> Rc<PlannerEdge> {
        let fragment = window().location().hash().unwrap_or_default();
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
                    let _ = window().location().assign("./");
                }
            }
        }
    }
}

/// The brand (back to the self-check), the pages and the language.
fn header(ctx: &Ctx<PlannerAction>) -> Html {
    let lang_button = |lang: Lang, label: &'static str, name: &'static str| {
        let pressed = ctx.lang == lang;
        html! {
            <button type="button" class="lang" lang={lang.code()} aria-pressed={pressed.to_string()} aria-label={format!("{label} · {name}")}
                onclick={ctx.send(move |_: MouseEvent| PlannerAction::SetLang(lang))}>{ label }</button>
        }
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <a class="brand-name" href="./">
                    <span class="logo" aria-hidden="true">{ "✓" }</span>
                    { "Cek Paritrana" }
                </a>
                { text_el("span", "brand-tag", ctx.t(i18n::PLAN_OPEN)) }
            </div>
            <nav aria-label={ctx.t(i18n::NAV)}>
                <ul class="nav">
                    <li><a class="nav-link" href="./">{ ctx.t(i18n::NAV_CHECK) }</a></li>
                    <li><a class="nav-link" href={method_file(ctx.lang)}>{ ctx.t(i18n::NAV_METHOD) }</a></li>
                    <li><a class="nav-link" href="panel.html">{ ctx.t(i18n::NAV_PANEL) }</a></li>
                </ul>
            </nav>
            <div class="header-end">
                <div class="lang-switch" role="group" aria-label={ctx.t(i18n::LANGUAGE)}>
                    { lang_button(Lang::Id, "ID", "Bahasa Indonesia") }
                    { lang_button(Lang::En, "EN", "English") }
                </div>
            </div>
        </header>
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
    html! {
        <>
            <a class="skip-link" href="#main">{ ctx.t(i18n::SKIP) }</a>
            { header(&ctx) }
            if let Some(notice) = &state.notice {
                <div class="notice" role="status">
                    { text_el("p", "", notice.get(ctx.lang).to_string()) }
                    { button("button", "", ctx.t(i18n::CLOSE), ctx.on_click(|| PlannerAction::DismissNotice)) }
                </div>
            }
            <main id="main" tabindex="-1">
                if let Some(sheet) = &state.sheet {
                    { planner_page(&ctx, sheet) }
                } else {
                    <div class="page"><section class="panel">
                        { text_el("h1", "", ctx.t(i18n::PLAN_OPEN)) }
                        <p><a class="button" href="./">{ ctx.t(i18n::BACK_TO_FORM) }</a></p>
                    </section></div>
                }
            </main>
            <footer class="site-footer">{ text_el("p", "", ctx.t(i18n::FOOTER)) }</footer>
        </>
    }
}

/// Mounts the planner on the body, in place of the page's loading line.
pub fn start() {
    if let Some(loading) = document().get_element_by_id("memuat") {
        loading.remove();
    }
    yew::Renderer::<PlannerApp>::new().render();
}
