//! Components in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use cek_paritrana::app::App;
use cek_paritrana::core::category::Category;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let div = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn app_mounts_and_lists_every_category() {
    let div = root();
    yew::Renderer::<App>::with_root(div.clone()).render();
    settle().await;
    let text = div.text_content().unwrap_or_default();
    assert!(text.contains("Cek Paritrana"), "{text}");
    for c in Category::ALL {
        assert!(
            text.contains(c.name().id),
            "{} missing in {text}",
            c.name().id
        );
    }
}
