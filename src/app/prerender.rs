//! The page's first paint, rendered natively at build time (src/bin/prerender.rs): the
//! app's own view of the state a browser with nothing saved opens in, so it is what the
//! app renders in its place when it mounts.

use yew::prelude::*;
use yew::ServerRenderer;

use super::components::Ctx;
use crate::core::i18n;
use crate::core::session::{Page, State};

/// Where the page (index.html) takes the start page.
pub const PLACEHOLDER: &str = r#"<div id="pra"></div>"#;
const MINIFIED_PLACEHOLDER: &str = "<div id=pra></div>";

#[function_component(FirstPaint)]
fn first_paint() -> Html {
    // The app's boot with storage that holds nothing.
    let (state, _) = State::boot(Some(""));
    assert_eq!(state.page, Page::Start, "a browser with nothing saved opens on the start page");
    let ctx = Ctx { lang: state.lang, dispatch: Callback::noop(), read_file: Callback::noop() };
    let page = super::start_page(&ctx, &state);
    super::view(ctx, &state, page)
}

/// The start page as the app renders it, without its event handlers.
pub fn start_page() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    runtime.block_on(ServerRenderer::<FirstPaint>::new().hydratable(false).render())
}

/// The page with the start page in its placeholder, after a line shown instead while
/// the page may open elsewhere (index.html's inline script); `None` without the
/// placeholder.
pub fn into_page(page: &str) -> Option<String> {
    // The release build minifies the page, which drops the quotes.
    let placeholder = [PLACEHOLDER, MINIFIED_PLACEHOLDER].into_iter().find(|p| page.contains(p))?;
    let loading = format!(r#"<p class="memuat-teks">{} · {}</p>"#, i18n::LOADING.id, i18n::LOADING.en);
    Some(page.replacen(placeholder, &format!(r#"<div id="pra">{loading}{}</div>"#, start_page()), 1))
}
