//! The library page's bundle (pustaka.html): built apart from the self-check's by Trunk's
//! post-build hook (scripts/pages.mjs), so the self-check never loads the library page.

#[cfg(target_arch = "wasm32")]
fn main() {
    cek_paritrana::app::library_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The library page runs in the browser: it is built with `trunk build --release`.");
}
