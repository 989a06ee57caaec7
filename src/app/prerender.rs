//! Pages rendered natively at build time (src/bin/prerender.rs) from the app's components:
//! the page's first paint, the app's own view of the state a browser with nothing saved
//! opens in, so it is what the app renders in its place when it mounts; the method pages,
//! static pages of their own; the panel's page around its bundle; and every page's security
//! policy, which allows its inline scripts by their hashes only.

use base64::Engine;
use sha2::{Digest, Sha256};
use yew::prelude::*;
use yew::ServerRenderer;

use super::components::method::method_document;
use super::components::Ctx;
use crate::core::base::i18n;
use crate::core::base::text::Lang;
use crate::core::pages::session::{Page, State};
use crate::core::pages::SitePage;

/// Where the page (index.html) takes the start page.
pub const PLACEHOLDER: &str = r#"<div id="pra"></div>"#;
const MINIFIED_PLACEHOLDER: &str = "<div id=pra></div>";

/// Every page's release, which the app compares with the release this browser last ran:
/// written empty here, in this one form; scripts/release.mjs fills it in.
pub const RELEASE_META: &str = r#"<meta name="cek-paritrana-release" content="">"#;
/// Where index.html takes it and the icon, as its source states it and as the release
/// build's minifier leaves it.
const RELEASE_META_PLACES: [&str; 2] = [r#"<meta name="cek-paritrana-release">"#, "<meta name=cek-paritrana-release>"];

/// The icon (assets/favicon.svg), written into every page as a data URI: the first paint
/// then fetches nothing but the stylesheet (Lighthouse's simulated phone counts a request
/// begun before that paint against it). The manifest names the file.
fn icon_link() -> String {
    let svg = base64::engine::general_purpose::STANDARD.encode(include_str!("../../assets/favicon.svg").trim_end());
    format!(r#"<link rel="icon" href="data:image/svg+xml;base64,{svg}">"#)
}

/// What every page's head takes at build time: its release (empty) and its icon.
fn built_head() -> String {
    format!("{RELEASE_META}{}", icon_link())
}

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
    render(ServerRenderer::<FirstPaint>::new())
}

fn render<C: BaseComponent>(renderer: ServerRenderer<C>) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    runtime.block_on(renderer.hydratable(false).render())
}

#[derive(Properties, PartialEq)]
struct MethodProps {
    lang: Lang,
}

#[function_component(MethodBody)]
fn method_body(p: &MethodProps) -> Html {
    method_document(&Ctx { lang: p.lang, dispatch: Callback::noop(), read_file: Callback::noop() })
}

/// Shows the category chosen, or named by the address's fragment (the category, or a place
/// in it: a criterion the form links to, then scrolled to), and only it; keeps it in the
/// links to the other language. Without it every category shows.
const METHOD_SCRIPT: &str = r#"(function () {
  var select = document.getElementById('method-category');
  var parts = document.querySelectorAll('[data-method-category]');
  function show() {
    var code = location.hash.slice(1);
    var place = code && document.getElementById(code);
    var part = place && place.closest('[data-method-category]');
    if (part) code = part.getAttribute('data-method-category');
    if (![].some.call(parts, function (p) { return p.getAttribute('data-method-category') === code; })) code = select.value;
    select.value = code;
    [].forEach.call(parts, function (p) { p.hidden = p.getAttribute('data-method-category') !== code; });
    [].forEach.call(document.querySelectorAll('a.lang'), function (a) { a.hash = code; });
    if (part) place.scrollIntoView();
  }
  select.addEventListener('change', function () { location.replace('#' + select.value); });
  addEventListener('hashchange', show);
  document.getElementById('method-choice').hidden = false;
  show();
})();"#;

/// The method page in `lang`, whole: the app page's content security policy `csp`, its
/// stylesheet `css` (file name), its release (blank: see [`RELEASE_META`]), and no app code.
pub fn method_page(lang: Lang, csp: &str, css: &str) -> String {
    let title = SitePage::method(lang).document_title(lang);
    let head = page_head(lang, &title, i18n::TAGLINE.get(lang), csp, css);
    let body = render(ServerRenderer::<MethodBody>::with_props(move || MethodProps { lang }));
    format!(
        r##"{head}
</head>
<body>
{body}
<script>
{METHOD_SCRIPT}
</script>
</body>
</html>
"##
    )
}

/// A page's document up to the end of its head but for what is its own: the language, the
/// title and description, the security policy `csp`, the release (blank: see
/// [`RELEASE_META`]) and the icon, and the stylesheet (file name), all by relative URLs.
fn page_head(lang: Lang, title: &str, description: &str, csp: &str, css: &str) -> String {
    format!(
        r##"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="theme-color" content="#0b5d4b">
{built}
<meta http-equiv="Content-Security-Policy" content="{csp}">
<link rel="stylesheet" href="./{css}">"##,
        lang = lang.code(),
        built = built_head()
    )
}

/// The start page's placeholder as the built page holds it: the release build minifies the
/// page, which drops the quotes.
fn placeholder_in(page: &str) -> Option<&'static str> {
    [PLACEHOLDER, MINIFIED_PLACEHOLDER].into_iter().find(|p| page.contains(p))
}

/// The built page (index.html) with its release, in the one form every page writes it in,
/// and its icon.
fn with_built_head(page: &str) -> Option<String> {
    let place = RELEASE_META_PLACES.into_iter().find(|p| page.contains(p))?;
    Some(page.replacen(place, &built_head(), 1))
}

/// Another page of the app (`page`: the built index.html): the same head, so the same
/// code, with the page's own title and only the loading line in place of the start page,
/// until the app renders the page its address names. `None` without the placeholder or
/// the self-check's title.
pub fn app_page(page: &str, of: SitePage) -> Option<String> {
    let page = &with_built_head(page)?;
    let placeholder = placeholder_in(page)?;
    let title_of = |p: SitePage| format!("<title>{}</title>", p.document_title(Lang::Id));
    let check_title = title_of(SitePage::Check);
    if !page.contains(&check_title) {
        return None;
    }
    let loading = format!(
        r#"<div id="pra"><p class="memuat-teks memuat-selalu">{} · {}</p></div>"#,
        i18n::LOADING.id,
        i18n::LOADING.en
    );
    Some(page.replacen(placeholder, &loading, 1).replacen(&check_title, &title_of(of), 1))
}

/// The page with the start page in its placeholder, after a line shown instead while
/// the page may open elsewhere (index.html's inline script); `None` without the
/// placeholder.
pub fn into_page(page: &str) -> Option<String> {
    let page = &with_built_head(page)?;
    let placeholder = placeholder_in(page)?;
    let loading = format!(r#"<p class="memuat-teks">{} · {}</p>"#, i18n::LOADING.id, i18n::LOADING.en);
    Some(page.replacen(placeholder, &format!(r#"<div id="pra">{loading}{}</div>"#, start_page()), 1))
}

/// The id of the data block naming what a page's loader (assets/loader.js) loads; Trunk.toml's
/// `pattern_script` writes index.html's.
pub const BUNDLE_BLOCK: &str = "bundle";

/// What the panel's page shows while its bundle loads, in both languages.
const PANEL_HEADING: &str = "Cek Paritrana: mode panel / panel mode";
const PANEL_DESCRIPTION: &str = "Peringkat kandidat Paritrana Award untuk panel provinsi atau cabang BPJS Ketenagakerjaan: data tidak pernah meninggalkan peramban Anda.";

/// The files the panel's page names: its bundle (`js`, `wasm`), and the loader and
/// stylesheet it shares with the self-check's pages, by their built names.
pub struct PanelFiles<'a> {
    pub js: &'a str,
    pub wasm: &'a str,
    pub loader: &'a str,
    pub css: &'a str,
}

/// The panel's page, whole: the app page's content security policy `csp`, its loading line
/// until the bundle runs, and the loader told (in its data block) the bundle and the storage
/// key of the panel's language (`lang_key`), which it sets before the bundle runs.
pub fn panel_page(csp: &str, title: &str, lang_key: &str, files: &PanelFiles) -> String {
    let PanelFiles { js, wasm, loader, css } = files;
    let bundle = serde_json::json!({ "js": format!("./{js}"), "wasm": format!("./{wasm}"), "lang": lang_key });
    let head = page_head(Lang::Id, &format!("Cek Paritrana: {title}"), PANEL_DESCRIPTION, csp, css);
    format!(
        r##"{head}
<script type="application/json" id="{BUNDLE_BLOCK}">{bundle}</script>
<script type="module" async fetchpriority="low" src="./{loader}"></script>
</head>
<body>
<div id="memuat" class="page"><section class="panel"><h1>{PANEL_HEADING}</h1><p role="status">Memuat… / Loading…</p></section></div>
</body>
</html>
"##
    )
}

/// The page with its security policy allowing its inline scripts, each by its hash
/// (`'sha256-…'` in `script-src`): `policy` is the policy as index.html's source states it,
/// which the page holds (in its `<meta http-equiv="Content-Security-Policy">`). `None`
/// when the page does not hold it, or it has no `script-src`.
pub fn with_script_hashes(page: &str, policy: &str) -> Option<String> {
    if !page.contains(policy) {
        return None;
    }
    let hashes: Vec<String> = inline_scripts(page)
        .into_iter()
        .map(|script| format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))))
        .collect();
    Some(page.replacen(policy, &allowing(policy, &hashes)?, 1))
}

/// `policy` with `sources` added to its `script-src` (each once); `None` without one.
fn allowing(policy: &str, sources: &[String]) -> Option<String> {
    let mut found = false;
    let directives: Vec<String> = policy
        .split(';')
        .map(|d| {
            let d = d.trim();
            if d.split_whitespace().next() != Some("script-src") {
                return d.to_string();
            }
            found = true;
            let mut out = d.to_string();
            for source in sources {
                if !out.split_whitespace().any(|s| s == source) {
                    out.push(' ');
                    out.push_str(source);
                }
            }
            out
        })
        .filter(|d| !d.is_empty())
        .collect();
    found.then(|| directives.join("; "))
}

/// The text of every script of `page` that runs from the page itself: `<script>` elements
/// without `src` whose type is JavaScript's (none, a JavaScript MIME type or `module`), not
/// data blocks (`application/json`). Comments are skipped. The text is as the browser takes
/// it: everything up to the first `</script`.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    // ASCII lower case keeps every byte where it was.
    let lower = page.to_ascii_lowercase();
    let mut scripts = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find('<').map(|i| at + i) {
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            at = lower[start..].find("-->").map_or(lower.len(), |i| start + i + 3);
            continue;
        }
        let is_script = rest
            .strip_prefix("<script")
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/');
        if !is_script {
            at = start + 1;
            continue;
        }
        let Some((attributes, open_end)) = start_tag(&lower, start + "<script".len()) else { break };
        let close = lower[open_end..].find("</script").map_or(lower.len(), |i| open_end + i);
        let runs = !attributes.iter().any(|(name, _)| *name == "src")
            && attributes.iter().find(|(name, _)| *name == "type").is_none_or(|(_, t)| is_javascript(t));
        if runs {
            scripts.push(&page[open_end..close]);
        }
        at = close;
    }
    scripts
}

/// Whether a script's `type` makes it run: none, JavaScript's usual MIME types, or a module
/// (a legacy one such a page never writes is taken for data: the browser would then refuse
/// it, which the end-to-end tests see).
fn is_javascript(kind: &str) -> bool {
    matches!(kind.trim(), "" | "module" | "text/javascript" | "application/javascript")
}

/// The attributes of a start tag whose name ends at `from` (names and values as written,
/// quotes taken off), and where the tag ends (after its `>`); `None` if it never ends.
fn start_tag(tag: &str, from: usize) -> Option<(Vec<(&str, &str)>, usize)> {
    let bytes = tag.as_bytes();
    let mut attributes = Vec::new();
    let mut i = from;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i)? {
            b'>' => return Some((attributes, i + 1)),
            _ => {
                let name_start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/') {
                    i += 1;
                }
                let name = &tag[name_start..i];
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                let mut value = "";
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    match bytes.get(i)? {
                        &quote @ (b'"' | b'\'') => {
                            let end = i + 1 + tag[i + 1..].find(quote as char)?;
                            value = &tag[i + 1..end];
                            i = end + 1;
                        }
                        _ => {
                            let value_start = i;
                            while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                                i += 1;
                            }
                            value = &tag[value_start..i];
                        }
                    }
                }
                attributes.push((name, value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_scripts_that_run_are_found_as_the_browser_reads_them() {
        let page = "<!doctype html><head><!-- <script>no</script> --><script>a()</script>\
            <script type=module>b()</script><SCRIPT TYPE=\"text/javascript\">c()</SCRIPT>\
            <script type=\"application/json\" id=bundle>{\"js\": \"x.js\"}</script>\
            <script src=./x.js></script><script type=module src='./y.js'></script>\
            <scripts>no</scripts><script data-x=\"a>b\">d()</script></head>";
        assert_eq!(inline_scripts(page), ["a()", "b()", "c()", "d()"]);
    }

    #[test]
    fn the_policy_allows_each_inline_script_by_its_hash() {
        let policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
        let page = format!(
            "<meta http-equiv=Content-Security-Policy content=\"{policy}\"><script>a()</script><script>a()</script>"
        );
        // sha256("a()"), base64: `printf 'a()' | openssl dgst -sha256 -binary | base64`.
        let hashed = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='; style-src 'self'";
        assert_eq!(with_script_hashes(&page, policy), Some(page.replace(policy, hashed)));
        assert_eq!(with_script_hashes("<script>a()</script>", policy), None, "no policy in the page");
        assert_eq!(with_script_hashes(&page, "default-src 'self'"), None, "no script-src");
        let none = format!("<meta content=\"{policy}\"><script src=x.js></script>");
        assert_eq!(with_script_hashes(&none, policy), Some(none.clone()));
    }
}
