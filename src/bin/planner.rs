//! The planner page's bundle (rencana.html): built apart from the self-check's by Trunk's
//! post-build hook (scripts/pages.mjs), so the self-check never loads the planner's code.

#[cfg(target_arch = "wasm32")]
fn main() {
    cek_paritrana::app::planner_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The planner runs in the browser: it is built with `trunk build --release`.");
}
