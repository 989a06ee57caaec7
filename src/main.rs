#[cfg(target_arch = "wasm32")]
fn main() {
    // Not while a press on the start page rendered at build time lasts: it would be lost.
    cek_paritrana::app::first_paint::after_press(cek_paritrana::app::start);
}

// Natively the crate is a library plus tests; the binary only makes sense in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cek Paritrana runs in the browser: build it with `trunk build --release`.");
}
