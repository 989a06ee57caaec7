//! Effects at the edge: downloads, reading a chosen file, the clipboard, the URL
//! fragment and printing. Nothing here sends data anywhere: downloads are blob: URLs
//! made in the page, and the fragment never reaches a server.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Saves `content` as a file the browser downloads.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The bytes of a file the user chose, read in the page.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

pub async fn copy_text(text: String) -> Result<(), JsValue> {
    let clipboard = window().ok_or("no window")?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(&text)).await.map(|_| ())
}

/// This page's address without its fragment, to build share links from.
pub fn page_address() -> String {
    let Some(location) = window().map(|w| w.location()) else { return String::new() };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The fragment (`#…`) of the address the page was opened with.
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Removes the fragment so a reload does not open the shared assessment twice.
pub fn clear_fragment() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address()));
    }
}

/// Calls `f` whenever the fragment changes; the listener lives as long as the value returned.
pub fn on_hash_change(f: impl Fn() + 'static) -> Option<HashListener> {
    let window = window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    window.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref()).ok()?;
    Some(HashListener { window, closure })
}

pub struct HashListener {
    window: web_sys::Window,
    closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for HashListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback("hashchange", self.closure.as_ref().unchecked_ref());
    }
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Today's date as `YYYY-MM-DD`, for file names and the report.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}
