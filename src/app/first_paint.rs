//! The hand-over from the first paint (the start page rendered at build time into
//! index.html) to the app, once it has rendered the same page in its place.

use gloo_utils::{document, document_element};
use wasm_bindgen::JsCast;

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
/// index.html ends, the focus returns to the same link or button, and a click made on the
/// start page rendered at build time, before the app ran, is made again on the same
/// button, now the app's. The inline script keeps a click only while that start page
/// shows, and the app renders the same start page (an end-to-end test holds them equal),
/// so the n-th control is the same one.
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
