//! The panel page's bundle (panel.html): built apart from the self-check's, by Trunk as a
//! second rust asset of index.html that the page does not load (a "worker"), so the
//! self-check never loads the panel's code; src/bin/prerender.rs writes its page.

#[cfg(target_arch = "wasm32")]
fn main() {
    cek_paritrana::app::panel_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The panel runs in the browser: it is built with `trunk build --release`.");
}
