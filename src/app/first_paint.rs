//! The hand-over from the first paint (the start page rendered at build time into
//! index.html) to the app, once it has rendered the same page in its place.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gloo_utils::{document, document_element, window};
use wasm_bindgen::JsCast;

/// Set by index.html's inline script while a press begun on the start page rendered at
/// build time lasts (a mouse button or a pen held down).
const PRESSED: &str = "data-tekan";

/// Runs `mount` (the app replacing the start page rendered at build time) now, or once a
/// press begun on that page ends: a click needs its press and release on one element, so
/// a press on the first paint's card released on the app's would click nothing (a mouse
/// held as the app mounted lost one tap in a hundred). The click the release makes comes
/// in the same task, before the mount: it follows the first paint's link. A finger's tap
/// clicks what is under it when it lifts, so it needs no wait.
pub fn after_press(mount: fn()) {
    if !document_element().has_attribute(PRESSED) {
        return mount();
    }
    let pending = Rc::new(Cell::new(Some(mount)));
    for released in ["pointerup", "pointercancel"] {
        let pending = Rc::clone(&pending);
        EventListener::once(&window(), released, move |_| {
            if let Some(mount) = pending.take() {
                Timeout::new(0, mount).forget();
            }
        })
        .forget();
    }
}

/// The links and buttons of the start page rendered at build time (index.html), and the
/// same once the app has rendered it in their place.
const FIRST_PAINT_CONTROLS: &str = "#pra a, #pra button";
const APP_CONTROLS: &str = "a, button";

/// Before the app replaces the start page rendered at build time: which of its links and
/// buttons has the focus (a keyboard may have got there first), for
/// [`take_over_first_paint`].
pub fn keep_first_paint_focus() {
    let (Some(active), Ok(controls)) =
        (document().active_element(), document().query_selector_all(FIRST_PAINT_CONTROLS))
    else {
        return;
    };
    if let Some(i) = (0..controls.length()).find(|&i| controls.item(i).is_some_and(|c| c.is_same_node(Some(&active)))) {
        let _ = document_element().set_attribute("data-fokus", &i.to_string());
    }
}

/// The first paint hands over to the app, once it has rendered: the loading state of
/// index.html ends, the focus returns to the same link or button, and a click made on a
/// button of the start page rendered at build time (the language), before the app ran, is
/// made again on the same button, now the app's. The inline script keeps a click only
/// while that start page shows, and the app renders the same start page (an end-to-end
/// test holds them equal), so the n-th control is the same one. The categories' cards are
/// links (`#baru=…`): a tap before the app runs moves the address, which the app reads as
/// it opens.
pub fn take_over_first_paint() {
    let root = document_element();
    let take = |name: &str| {
        let index = root.get_attribute(name).and_then(|i| i.parse::<u32>().ok());
        let _ = root.remove_attribute(name);
        index
    };
    let (focused, clicked) = (take("data-fokus"), take("data-klik"));
    let _ = root.remove_attribute("data-memuat");
    let control = |i: u32, selector: &str| {
        let all = document().query_selector_all(selector).ok()?;
        all.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()
    };
    if let Some(c) = focused.and_then(|i| control(i, APP_CONTROLS)) {
        let _ = c.focus();
    }
    if let Some(b) = clicked.and_then(|i| control(i, "button")) {
        b.click();
    }
}
