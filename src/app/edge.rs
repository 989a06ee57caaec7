//! The browser edge: holds the core's state machine, feeds it the browser's events and
//! performs its effects through gloo. All browser I/O of the app is here. Nothing
//! leaves the page: downloads are blob: URLs made in the page, and the fragment of a
//! share link never reaches a server. Every candidate page (the self-check, library,
//! dossier, planner, comparison) is this one app: a link between them is followed in the
//! page (the address bar and the history follow), never loaded again.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_file::callbacks::FileReader;
use gloo_timers::callback::Timeout;
use gloo_utils::{document, document_element, window};
use wasm_bindgen::{JsCast, JsValue};
use yew::functional::UseForceUpdateHandle;

use crate::core::pages::route;
use crate::core::session::{
    Action, Effect, ExportAction, Failure, ImportAction, State, StorageAction, ASIDE_PREFIX, RELEASE_KEY, STORAGE_KEY,
};

/// Writes wait for a pause in typing this long, so a keystroke does not re-serialise
/// the whole library; leaving the page writes at once.
const SAVE_DELAY_MS: u32 = 400;

pub struct Edge {
    state: RefCell<State>,
    rerender: UseForceUpdateHandle,
    save: RefCell<Option<Timeout>>,
    reading: RefCell<Option<FileReader>>,
    listeners: RefCell<Vec<EventListener>>,
}

pub(crate) fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The text under `key`; `None` when there is none or no storage.
pub(crate) fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// What storage holds under the self-check's key (empty when nothing is saved); `None`
/// when the browser gives no storage. Every page that runs an app opens from it.
pub(crate) fn stored() -> Option<String> {
    storage().map(|_| read(STORAGE_KEY).unwrap_or_default())
}

/// Whether the text was written.
pub(crate) fn write(key: &str, text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

impl Edge {
    /// Opens the app from what browser storage holds, on the page its address names.
    pub fn start(rerender: UseForceUpdateHandle) -> Rc<Edge> {
        let (mut state, mut effects) = State::boot(stored().as_deref());
        if let Some(running) = release() {
            effects.extend(state.update(Action::Release { running, last: read(RELEASE_KEY) }));
        }
        // The page the address names (a share link too) opens before the first render.
        effects.extend(state.update(Action::Arrived(app_address())));
        let edge = Rc::new(Edge {
            state: RefCell::new(state),
            rerender,
            save: RefCell::new(None),
            reading: RefCell::new(None),
            listeners: RefCell::new(Vec::new()),
        });
        edge.listen();
        edge.perform(effects);
        edge
    }

    /// The state to render from.
    pub fn state(&self) -> std::cell::Ref<'_, State> {
        self.state.borrow()
    }

    pub fn dispatch(self: &Rc<Self>, event: Action) {
        // The borrow ends before effects run: an effect may dispatch again.
        let effects = self.state.borrow_mut().update(event);
        self.rerender.force_update();
        self.perform(effects);
    }

    /// The browser's own events: the back button or a link pasted into an open page, a
    /// link to another page of the app followed, another tab's save, and leaving the page
    /// (write what is pending).
    fn listen(self: &Rc<Self>) {
        let w = window();
        let mut listeners = self.listeners.borrow_mut();
        for moved in ["popstate", "hashchange"] {
            let edge = Rc::clone(self);
            listeners.push(EventListener::new(&w, moved, move |_| edge.arrived()));
        }
        let edge = Rc::clone(self);
        let active = EventListenerOptions::enable_prevent_default();
        listeners.push(EventListener::new_with_options(&document(), "click", active, move |e| {
            if let Some(address) = followed_link(e) {
                e.prevent_default();
                edge.dispatch(Action::Follow(address));
            }
        }));
        let edge = Rc::clone(self);
        listeners.push(EventListener::new(&w, "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
            // What storage holds now, not what the event carried: by the time a late event
            // is handled, this tab may have written since.
            if e.key().as_deref() == Some(STORAGE_KEY) {
                edge.dispatch(Action::Storage(StorageAction::ChangedElsewhere(read(STORAGE_KEY))));
            }
        }));
        let edge = Rc::clone(self);
        listeners.push(EventListener::new(&w, "pagehide", move |_| edge.flush()));
        let edge = Rc::clone(self);
        listeners.push(EventListener::new(&document(), "visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                edge.flush();
            }
        }));
    }

    /// The browser moved to another address (popstate and hashchange both report a
    /// fragment pasted; the second finds the state there already).
    fn arrived(self: &Rc<Self>) {
        // A link within the page (the skip link, a field named by a message) moved only
        // the view: the address goes back to the page's own.
        if in_page_anchor(&window().location().hash().unwrap_or_default()) {
            show_address(&self.state.borrow().address(), false);
            return;
        }
        let address = app_address();
        let there = route(&address) == route(&self.state.borrow().address());
        if !there {
            self.dispatch(Action::Arrived(address));
        }
    }

    fn flush(self: &Rc<Self>) {
        self.save.borrow_mut().take();
        self.dispatch(Action::Storage(StorageAction::Flush(read(STORAGE_KEY))));
    }

    /// Reads a chosen file in the page and hands its bytes to the state machine.
    pub fn read_file(self: &Rc<Self>, file: web_sys::File) {
        let edge = Rc::clone(self);
        let reader = gloo_file::callbacks::read_as_bytes(&file.into(), move |read| {
            edge.reading.borrow_mut().take();
            edge.dispatch(Action::Import(match read {
                Ok(bytes) => ImportAction::Read(bytes),
                Err(_) => ImportAction::Unreadable,
            }));
        });
        *self.reading.borrow_mut() = Some(reader);
    }

    fn perform(self: &Rc<Self>, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::ScheduleSave => {
                    let edge = Rc::clone(self);
                    // Replacing the timer cancels the one before: one write per pause.
                    *self.save.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || edge.flush()));
                }
                Effect::Write(text) => {
                    // Reported at once: the state machine waits for it before it counts
                    // the text as written.
                    if !write(STORAGE_KEY, &text) {
                        self.dispatch(Action::Failed(Failure::Storage));
                    }
                }
                Effect::KeepAside(text) => {
                    let key = format!("{ASIDE_PREFIX}{}", js_sys::Date::now() as u64);
                    let kept = write(&key, &text).then_some(key);
                    self.dispatch(Action::Storage(StorageAction::AsideKept(kept)));
                }
                Effect::Download { name, mime, content } => {
                    if download(&name, mime, &content).is_err() {
                        self.dispatch(Action::Failed(Failure::Download));
                    }
                }
                Effect::CopyText(text) => {
                    let edge = Rc::clone(self);
                    wasm_bindgen_futures::spawn_local(async move {
                        let copied = copy_text(&text).await.is_ok();
                        edge.dispatch(Action::Export(ExportAction::LinkCopied(copied)));
                    });
                }
                Effect::ShowAddress { address, push } => show_address(&address, push),
                Effect::SetTitle(title) => document().set_title(&title),
                Effect::Print => {
                    let _ = window().print();
                }
                Effect::ScrollToTop => window().scroll_to_with_x_and_y(0.0, 0.0),
                Effect::SetDocumentLang(lang) => {
                    let _ = document_element().set_attribute("lang", lang.code());
                }
                // Without storage every visit is a first one: nothing to say.
                Effect::RememberRelease(id) => {
                    write(RELEASE_KEY, &id);
                }
            }
        }
    }
}

/// The release this page belongs to, written into the page at build time
/// (scripts/release.mjs); `None` in a page without it (component tests).
fn release() -> Option<String> {
    let meta = document().query_selector("meta[name=cek-paritrana-release]").ok().flatten()?;
    meta.get_attribute("content").filter(|id| !id.is_empty())
}

/// Saves `content` as a file the browser downloads.
pub(crate) fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(content, Some(mime)));
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    Ok(())
}

async fn copy_text(text: &str) -> Result<JsValue, JsValue> {
    let navigator = window().navigator();
    // Pages not served over https have no clipboard: the link is then shown to copy by hand.
    if js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).map_or(true, |c| c.is_undefined()) {
        return Err(JsValue::NULL);
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await
}

/// Mounts the app `C` of a page of its own (the panel) on the body, in place of the
/// page's loading line.
pub fn mount<C: yew::BaseComponent>()
where
    C::Properties: Default,
{
    if let Some(loading) = document().get_element_by_id("memuat") {
        loading.remove();
    }
    yew::Renderer::<C>::new().render();
}

/// This page's address as the browser shows it (with any fragment).
pub fn page_address() -> String {
    window().location().href().unwrap_or_default()
}

/// Shows `address` (of the app's folder) in the address bar without loading it: a new
/// entry of the history when `push`, else in place of the one shown.
fn show_address(address: &str, push: bool) {
    let Ok(history) = window().history() else { return };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(address))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(address))
    };
}

/// Where the browser is, as an address of the app's folder: the file and the fragment.
fn app_address() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    format!("{file}{}", location.hash().unwrap_or_default())
}

/// The address of the app's page a click follows, when it is a plain click (no key held,
/// the main button, not to another window or a download) on a link to a page of the app
/// in its own folder: that page is then shown without loading anything.
fn followed_link(e: &web_sys::Event) -> Option<String> {
    let click = e.dyn_ref::<web_sys::MouseEvent>()?;
    let plain = !(click.default_prevented()
        || click.button() != 0
        || click.ctrl_key()
        || click.meta_key()
        || click.shift_key()
        || click.alt_key());
    let target = click.target()?.dyn_into::<web_sys::Element>().ok()?;
    let a = target.closest("a[href]").ok()??.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    if !plain || !a.target().is_empty() || a.has_attribute("download") || in_page_anchor(&a.hash()) {
        return None;
    }
    let here = window().location();
    let folder = |path: &str| path.rsplit_once('/').map(|(dir, _)| dir.to_string());
    let same_folder = a.origin() == here.origin().ok()?
        && a.search().is_empty()
        && folder(&a.pathname()) == folder(&here.pathname().ok()?);
    let file = a.pathname();
    let address = format!("{}{}", file.rsplit('/').next().unwrap_or_default(), a.hash());
    (same_folder && route(&address).is_some()).then_some(address)
}

/// Whether a fragment names an element of the page (a place in it, not a page of the app).
fn in_page_anchor(fragment: &str) -> bool {
    fragment.len() > 1 && document().get_element_by_id(&fragment[1..]).is_some()
}

/// Today's date as `YYYY-MM-DD`, for file names and the report.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Milliseconds since the page opened, for the record of how long a re-score took.
pub fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}
