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

use crate::core::pages::machine::{Effect, Machine, Opening, Reply, StorageReader};
use crate::core::pages::RELEASE_KEY;

/// Writes wait for a pause in typing this long, so a keystroke does not re-serialise
/// the whole library; leaving the page writes at once.
const SAVE_DELAY_MS: u32 = 400;

/// The edge of one page's state machine `M`: every page's effects performed here, in one
/// order (the state changes, the effects run, then the page renders once more).
pub struct Edge<M: Machine> {
    state: RefCell<M>,
    rerender: UseForceUpdateHandle,
    save: RefCell<Option<Timeout>>,
    reading: RefCell<Vec<FileReader>>,
    listeners: RefCell<Vec<EventListener>>,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The text under `key`; `None` when there is none or no storage.
fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Whether the text was written.
fn write(key: &str, text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

impl<M: Machine> Edge<M> {
    /// Opens the page from what browser storage holds, on what its address names.
    pub fn start(rerender: UseForceUpdateHandle) -> Rc<Self> {
        let reader: StorageReader = &read;
        let (state, effects) = M::boot(storage().is_some().then_some(reader));
        let edge = Rc::new(Edge {
            state: RefCell::new(state),
            rerender,
            save: RefCell::new(None),
            reading: RefCell::new(Vec::new()),
            listeners: RefCell::new(Vec::new()),
        });
        edge.perform(effects);
        let release = release().map(|running| (running, read(RELEASE_KEY)));
        let location = window().location();
        let (folder, _) = in_folder(&location.pathname().unwrap_or_default(), "");
        edge.reply(Reply::Opened(Opening {
            address: app_address(),
            folder: format!("{}{folder}/", location.origin().unwrap_or_default()),
            today: today(),
            release,
        }));
        edge.listen();
        edge
    }

    /// The state to render from.
    pub fn state(&self) -> std::cell::Ref<'_, M> {
        self.state.borrow()
    }

    pub fn dispatch(self: &Rc<Self>, action: M::Action) {
        // The borrow ends before effects run: an effect may dispatch again.
        let effects = self.state.borrow_mut().update(action);
        self.perform(effects);
        self.rerender.force_update();
    }

    /// What the browser did or saw, told to the machine in its own words.
    fn reply(self: &Rc<Self>, reply: Reply) {
        if let Some(action) = M::reply(reply) {
            self.dispatch(action);
        }
    }

    /// The browser's own events: the back button or a link pasted into an open page, a
    /// link to another page of the app followed, another tab's save, the page coming back
    /// into view, and leaving it (write what is pending).
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
            if let Some(address) = followed_link(e).filter(|a| M::routes(a)) {
                e.prevent_default();
                edge.reply(Reply::Followed(address));
            }
        }));
        let edge = Rc::clone(self);
        listeners.push(EventListener::new(&w, "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
            // What storage holds now, not what the event carried: by the time a late event
            // is handled, this tab may have written since.
            if e.key().as_deref() == Some(M::KEY) {
                edge.reply(Reply::ChangedElsewhere(read(M::KEY)));
            }
        }));
        let edge = Rc::clone(self);
        listeners.push(EventListener::new(&w, "pagehide", move |_| edge.flush()));
        let edge = Rc::clone(self);
        listeners.push(EventListener::new(&document(), "visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                edge.flush();
            } else {
                edge.reply(Reply::Today(today()));
            }
        }));
    }

    /// The browser moved to another address (popstate and hashchange both report a
    /// fragment pasted; the second finds the state there already).
    fn arrived(self: &Rc<Self>) {
        let shown = self.state.borrow().address();
        // A link within the page (the skip link, a field named by a message) moved only
        // the view: the address goes back to the page's own.
        if in_page_anchor(&window().location().hash().unwrap_or_default()) {
            if let Some(shown) = shown {
                show_address(&shown, false);
            }
            return;
        }
        let address = app_address();
        if shown.as_deref() != Some(address.as_str()) {
            self.reply(Reply::Arrived(address));
        }
    }

    fn flush(self: &Rc<Self>) {
        self.save.borrow_mut().take();
        self.reply(Reply::Flush(read(M::KEY)));
    }

    /// Reads the files chosen and hands them over together, once the last is read; those
    /// the browser could not read by name.
    pub fn read_files(self: &Rc<Self>, files: Vec<web_sys::File>) {
        type Batch = (usize, Vec<(String, Vec<u8>)>, Vec<String>);
        let batch: Rc<RefCell<Batch>> = Rc::new(RefCell::new((files.len(), Vec::new(), Vec::new())));
        let readers = files.into_iter().map(|file| {
            let (edge, batch, name) = (Rc::clone(self), Rc::clone(&batch), file.name());
            gloo_file::callbacks::read_as_bytes(&file.into(), move |outcome| {
                let mut b = batch.borrow_mut();
                match outcome {
                    Ok(bytes) => b.1.push((name, bytes)),
                    Err(_) => b.2.push(name),
                }
                b.0 -= 1;
                if b.0 == 0 {
                    let (read, unreadable) = (std::mem::take(&mut b.1), std::mem::take(&mut b.2));
                    drop(b);
                    edge.reply(Reply::Files { read, unreadable });
                }
            })
        });
        *self.reading.borrow_mut() = readers.collect();
    }

    fn perform(self: &Rc<Self>, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::ScheduleSave => {
                    let edge = Rc::clone(self);
                    // Replacing the timer cancels the one before: one write per pause.
                    *self.save.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || edge.flush()));
                }
                // Reported at once: the state machine waits for it before it counts the
                // text as written.
                Effect::Write { key, text } => {
                    if !write(key, &text) {
                        self.reply(Reply::NotWritten(key));
                    }
                }
                Effect::KeepAside(text) => {
                    let key = format!("{}{}", M::ASIDE, js_sys::Date::now() as u64);
                    let kept = write(&key, &text).then_some(key);
                    self.reply(Reply::AsideKept(kept));
                }
                Effect::Download { name, mime, content } => {
                    if download(&name, mime, &content).is_err() {
                        self.reply(Reply::NotDownloaded);
                    }
                }
                Effect::CopyText(text) => {
                    let edge = Rc::clone(self);
                    wasm_bindgen_futures::spawn_local(async move {
                        let copied = copy_text(&text).await.is_ok();
                        edge.reply(Reply::Copied(copied));
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
fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
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
    in_folder(&location.pathname().unwrap_or_default(), &location.hash().unwrap_or_default()).1
}

/// A URL's path and fragment split into its folder's path and the address in that folder
/// (`bukti.html#3`; `./` for the folder itself).
fn in_folder(path: &str, fragment: &str) -> (String, String) {
    let (folder, file) = path.rsplit_once('/').unwrap_or(("", path));
    let file = if file.is_empty() { "./" } else { file };
    (folder.to_string(), format!("{file}{fragment}"))
}

/// The address in the app's folder a click follows, when it is a plain click (no key held,
/// the main button, not to another window or a download) on a link there, not to a place
/// in the page: when the page's machine shows it, it is shown without loading anything.
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
    let (folder, address) = in_folder(&a.pathname(), &a.hash());
    let same_folder =
        a.origin() == here.origin().ok()? && a.search().is_empty() && folder == in_folder(&here.pathname().ok()?, "").0;
    same_folder.then_some(address)
}

/// Whether a fragment names an element of the page (a place in it, not a page of the app).
fn in_page_anchor(fragment: &str) -> bool {
    fragment.len() > 1 && document().get_element_by_id(&fragment[1..]).is_some()
}

/// Today's date as `YYYY-MM-DD`, for file names and the report.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Milliseconds since the page opened, for the record of how long a re-score took.
pub fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}
