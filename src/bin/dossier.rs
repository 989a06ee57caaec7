//! The dossier page's bundle (bukti.html): built apart from the self-check's by Trunk's
//! post-build hook (scripts/pages.mjs), so the self-check never loads its editing page.

#[cfg(target_arch = "wasm32")]
fn main() {
    cek_paritrana::app::dossier_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The dossier page runs in the browser: it is built with `trunk build --release`.");
}
