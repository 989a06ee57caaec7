//! The panel page (panel.html) as the browser runs it: its own bundle, so the self-check's
//! users never download it. The edge here holds the panel's state machine
//! ([`PanelState`]) and performs its effects through gloo, with the main edge's free
//! functions for storage and downloads: storage under the panel's own key, the files of a
//! batch read together, downloads, print.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_file::callbacks::FileReader;
use gloo_utils::{document_element, window};
use wasm_bindgen::JsCast;
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;

use super::components::header::{brand_link, lang_button, lang_switch, page_links, site_header};
use super::components::panel::{panel_page, Ctx};
use super::components::{notice, page_frame};
use super::edge::{download, read, storage, write};
use crate::core::i18n;
use crate::core::pages::{SitePage, PANEL_KEY};
use crate::core::panel::session::{PanelAction, PanelEffect, PanelFailure, PanelState, LANG_KEY};
use crate::core::session::ASIDE_PREFIX;
use crate::core::text::Lang;

pub struct PanelEdge {
    state: RefCell<PanelState>,
    rerender: UseForceUpdateHandle,
    /// The batch being read.
    batch: RefCell<Vec<FileReader>>,
    /// Another tab's write of the panel's set.
    listener: RefCell<Option<EventListener>>,
}

impl PanelEdge {
    /// Opens the panel from what browser storage holds.
    pub fn start(rerender: UseForceUpdateHandle) -> Rc<PanelEdge> {
        let mut state = PanelState::new(read(LANG_KEY).as_deref());
        let lang = state.lang;
        let mut effects = vec![PanelEffect::SetLang(lang)];
        if storage().is_none() {
            state.notice = Some(i18n::STORAGE_FAILED.into());
        }
        effects.extend(state.update(PanelAction::Stored(read(PANEL_KEY))));
        let edge = Rc::new(PanelEdge {
            state: RefCell::new(state),
            rerender,
            batch: RefCell::new(Vec::new()),
            listener: RefCell::new(None),
        });
        let other = Rc::clone(&edge);
        *edge.listener.borrow_mut() = Some(EventListener::new(&window(), "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
            // What storage holds now, not what the event carried (a late event).
            if e.key().as_deref() == Some(PANEL_KEY) {
                other.dispatch(PanelAction::ChangedElsewhere(read(PANEL_KEY)));
            }
        }));
        edge.perform(effects);
        edge
    }

    pub fn dispatch(self: &Rc<Self>, action: PanelAction) {
        // The borrow ends before effects run: an effect may dispatch again.
        let effects = self.state.borrow_mut().update(action);
        self.perform(effects);
        self.rerender.force_update();
    }

    /// Reads the files chosen and hands them over together, once the last is read; those
    /// the browser could not read follow by name.
    pub fn read_files(self: &Rc<Self>, files: Vec<web_sys::File>) {
        type Batch = (usize, Vec<(String, Vec<u8>)>, Vec<String>);
        let batch: Rc<RefCell<Batch>> = Rc::new(RefCell::new((files.len(), Vec::new(), Vec::new())));
        let readers = files.into_iter().map(|file| {
            let (edge, batch, name) = (Rc::clone(self), Rc::clone(&batch), file.name());
            gloo_file::callbacks::read_as_bytes(&file.into(), move |read| {
                let mut b = batch.borrow_mut();
                match read {
                    Ok(bytes) => b.1.push((name, bytes)),
                    Err(_) => b.2.push(name),
                }
                b.0 -= 1;
                if b.0 == 0 {
                    let (read, unreadable) = (std::mem::take(&mut b.1), std::mem::take(&mut b.2));
                    drop(b);
                    edge.dispatch(PanelAction::Files(read));
                    if !unreadable.is_empty() {
                        edge.dispatch(PanelAction::Unreadable(unreadable));
                    }
                }
            })
        });
        *self.batch.borrow_mut() = readers.collect();
    }

    fn perform(self: &Rc<Self>, effects: Vec<PanelEffect>) {
        for effect in effects {
            match effect {
                PanelEffect::Write(text) => {
                    if !write(PANEL_KEY, &text) {
                        self.dispatch(PanelAction::Failed(PanelFailure::Storage));
                    }
                }
                PanelEffect::KeepAside(text) => {
                    let key = format!("{ASIDE_PREFIX}panel.{}", js_sys::Date::now() as u64);
                    if !write(&key, &text) {
                        self.dispatch(PanelAction::Failed(PanelFailure::Storage));
                    }
                }
                PanelEffect::Download { name, mime, content } => {
                    if download(&name, mime, &content).is_err() {
                        self.dispatch(PanelAction::Failed(PanelFailure::Download));
                    }
                }
                PanelEffect::Print => {
                    let _ = window().print();
                }
                PanelEffect::SetLang(lang) => {
                    let _ = document_element().set_attribute("lang", lang.code());
                    write(LANG_KEY, lang.code());
                }
            }
        }
    }
}

/// The brand (back to the self-check), the pages and the language.
fn header(ctx: &Ctx) -> Html {
    let lang = |l: Lang, label: &'static str, name: String| {
        lang_button(ctx.lang, l, label, name, ctx.send(move |_: MouseEvent| PanelAction::SetLang(l)))
    };
    let nav = page_links(ctx.lang, SitePage::Panel);
    site_header(ctx.lang, brand_link(), ctx.t(i18n::NAV_PANEL), nav, lang_switch(ctx.lang, lang))
}

#[function_component(PanelApp)]
pub fn panel_app() -> Html {
    let rerender = use_force_update();
    let edge = use_memo((), move |_| PanelEdge::start(rerender));
    let callbacks = {
        let edge = Rc::clone(&edge);
        use_memo((), move |_| {
            let batch = Rc::clone(&edge);
            (
                Callback::from(move |a: PanelAction| edge.dispatch(a)),
                Callback::from(move |f: Vec<web_sys::File>| batch.read_files(f)),
            )
        })
    };
    let state = edge.state.borrow();
    let ctx = Ctx { lang: state.lang, dispatch: callbacks.0.clone() };
    let notices = match &state.notice {
        Some(text) => notice(ctx.lang, text, ctx.send(|_: MouseEvent| PanelAction::DismissNotice)),
        None => Html::default(),
    };
    page_frame(ctx.lang, header(&ctx), notices, panel_page(&ctx, &state, callbacks.1.clone()))
}

/// Mounts the panel on the body, in place of the page's loading line.
pub fn start() {
    super::edge::mount::<PanelApp>();
}
