#[cfg(target_arch = "wasm32")]
fn main() {
    cek_paritrana::app::start();
}

// Natively the crate is a library plus tests; the binary only makes sense in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cek Paritrana runs in the browser: build it with `trunk build --release`.");
}
