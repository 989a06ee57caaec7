//! The comparison page's bundle (bandingkan.html): built apart from the self-check's by
//! Trunk's post-build hook (scripts/pages.mjs), so the self-check never loads its code.

#[cfg(target_arch = "wasm32")]
fn main() {
    cek_paritrana::app::compare_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The comparison runs in the browser: it is built with `trunk build --release`.");
}
