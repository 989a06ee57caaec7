//! Every page's header: the brand and what the page is, the links to the other pages, and
//! at the end the rubric and the language. The app's, here; the panel and method pages
//! build theirs from the same pieces.

use yew::prelude::*;

use super::{text_el, Ctx};
use crate::core::base::i18n;
use crate::core::base::text::{Lang, T};
use crate::core::pages::session::{Action, Page, State};
use crate::core::pages::{SitePage, CHECK_ADDRESS, START_FRAGMENT};
use crate::core::rubric::RUBRIC_VERSION;

/// A header: `brand` and `tag` (what the page is), the `nav` items, and `end`.
pub fn site_header(lang: Lang, brand: Html, tag: &'static str, nav: Html, end: Html) -> Html {
    html! {
        <header class="site-header">
            <div class="brand">{ brand }{ text_el("span", "brand-tag", tag) }</div>
            <nav aria-label={i18n::NAV.get(lang)}><ul class="nav">{ nav }</ul></nav>
            <div class="header-end">{ end }</div>
        </header>
    }
}

/// The brand as a link back to the self-check, on the panel and method pages.
pub fn brand_link() -> Html {
    html! { <a class="brand-name" href={CHECK_ADDRESS}><span class="logo" aria-hidden="true">{ "✓" }</span>{ "Cek Paritrana" }</a> }
}

/// The way back to the self-check's form from another page, shown as a button.
pub fn back_to_form(lang: Lang) -> Html {
    html! { <a class="button" href={CHECK_ADDRESS}>{ i18n::BACK_TO_FORM.get(lang) }</a> }
}

/// A link in the header's list; `current` marks the page shown.
pub fn nav_link(href: impl Into<AttrValue>, label: &'static str, current: bool) -> Html {
    html! { <li><a class="nav-link" href={href.into()} aria-current={current.then_some("page")}>{ label }</a></li> }
}

/// The links the panel and method pages show, the app's own list: its start page, the
/// self-check, the library, the comparison, the method, the panel (`here` marked).
pub fn page_links(lang: Lang, here: SitePage) -> Html {
    let link = |page: SitePage, label: T| nav_link(page.address(), label.get(lang), here == page);
    let start = format!("{CHECK_ADDRESS}{START_FRAGMENT}");
    html! {
        <>
            { nav_link(start, i18n::NAV_START.get(lang), false) }
            { link(SitePage::Check, i18n::NAV_CHECK) }
            { link(SitePage::Library, i18n::NAV_LIBRARY) }
            { link(SitePage::Compare, i18n::NAV_COMPARE) }
            { link(SitePage::method(lang), i18n::NAV_METHOD) }
            { link(SitePage::Panel, i18n::NAV_PANEL) }
        </>
    }
}

/// The rubric the estimate follows.
pub fn rubric_badge(lang: Lang) -> Html {
    text_el(
        "span",
        "rubric-badge",
        format!("{} {RUBRIC_VERSION} · {}", i18n::RUBRIC.get(lang), i18n::UNOFFICIAL.get(lang)),
    )
}

/// The language switch, one item per language made by `item(lang, label, name)`; the
/// accessible name starts with the visible label (WCAG 2.5.3, label in name).
pub fn lang_switch(lang: Lang, item: impl Fn(Lang, &'static str, String) -> Html) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={i18n::LANGUAGE.get(lang)}>
            { item(Lang::Id, "ID", "ID · Bahasa Indonesia".to_string()) }
            { item(Lang::En, "EN", "EN · English".to_string()) }
        </div>
    }
}

/// A language as a button of an app's switch: pressed when shown, `onclick` to choose it.
pub fn lang_button(shown: Lang, lang: Lang, label: &'static str, name: String, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="lang" lang={lang.code()} aria-pressed={(shown == lang).to_string()} aria-label={name} {onclick}>{ label }</button>
    }
}

/// The self-check's header, for the page the state shows.
pub fn header(ctx: &Ctx, state: &State) -> Html {
    let page = state.page;
    let nav_item = |view: Page, label: &'static str, enabled: bool| {
        let current = page == view;
        html! {
            <li>
                <button type="button" class="nav-link" aria-current={current.then_some("page")}
                    disabled={!enabled} onclick={ctx.send(move |_: MouseEvent| Action::Navigate(view))}>
                    { label }
                </button>
            </li>
        }
    };
    let brand = html! {
        <button type="button" class="brand-name" onclick={ctx.on_click(|| Action::Navigate(Page::Start))}>
            <span class="logo" aria-hidden="true">{ "✓" }</span>
            { "Cek Paritrana" }
        </button>
    };
    let nav = html! {
        <>
            { nav_item(Page::Start, ctx.t(i18n::NAV_START), true) }
            { nav_item(Page::Check, ctx.t(i18n::NAV_CHECK), state.current().is_some()) }
            // Pages of the app, followed in the page (edge.rs); the method is static and
            // the panel a download of its own.
            { nav_link(SitePage::Library.address(), ctx.t(i18n::NAV_LIBRARY), page == Page::Library) }
            { nav_link(state.compare_address(), ctx.t(i18n::NAV_COMPARE), page == Page::Compare) }
            { nav_link(state.method_address(), ctx.t(i18n::NAV_METHOD), false) }
            { nav_link(SitePage::Panel.address(), ctx.t(i18n::NAV_PANEL), false) }
        </>
    };
    let lang = |l: Lang, label: &'static str, name: String| {
        lang_button(ctx.lang, l, label, name, ctx.send(move |_: MouseEvent| Action::SetLang(l)))
    };
    let end = html! { <>{ rubric_badge(ctx.lang) }{ lang_switch(ctx.lang, lang) }</> };
    // What the page is: the app's tagline on the self-check, else the page's title.
    let tag = match page {
        Page::Start | Page::Check => i18n::TAGLINE,
        other => other.site_page().title(),
    };
    site_header(ctx.lang, brand, ctx.t(tag), nav, end)
}
