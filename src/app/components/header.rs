use yew::prelude::*;

use super::{text_el, Ctx};
use crate::core::i18n;
use crate::core::rubric::RUBRIC_VERSION;
use crate::core::session::{Action, Page, State};
use crate::core::text::Lang;

/// The brand, the pages and the language, for the page the state shows.
pub fn header(ctx: &Ctx, state: &State) -> Html {
    let page = state.page;
    let nav_item = |view: Page, label: &'static str, enabled: bool| {
        // The dossier belongs to the open assessment.
        let current = page == view || (view == Page::Check && page == Page::Dossier);
        html! {
            <li>
                <button type="button" class="nav-link" aria-current={current.then_some("page")}
                    disabled={!enabled} onclick={ctx.send(move |_: MouseEvent| Action::Navigate(view))}>
                    { label }
                </button>
            </li>
        }
    };
    let lang_button = |lang: Lang, label: &'static str, name: &'static str| {
        let pressed = ctx.lang == lang;
        html! {
            // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
            <button type="button" class="lang" lang={lang.code()} aria-pressed={pressed.to_string()} aria-label={format!("{label} · {name}")}
                onclick={ctx.send(move |_: MouseEvent| Action::SetLang(lang))}>{ label }</button>
        }
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <button type="button" class="brand-name" onclick={ctx.on_click(|| Action::Navigate(Page::Start))}>
                    <span class="logo" aria-hidden="true">{ "✓" }</span>
                    { "Cek Paritrana" }
                </button>
                { text_el("span", "brand-tag", ctx.t(i18n::TAGLINE)) }
            </div>
            <nav aria-label={ctx.t(i18n::NAV)}>
                <ul class="nav">
                    { nav_item(Page::Start, ctx.t(i18n::NAV_START), true) }
                    { nav_item(Page::Check, ctx.t(i18n::NAV_CHECK), state.current().is_some()) }
                    { nav_item(Page::Library, ctx.t(i18n::NAV_LIBRARY), true) }
                    { nav_item(Page::Compare, ctx.t(i18n::NAV_COMPARE), true) }
                    // Pages of their own: the method written at build time, the panel with its
                    // own bundle; the self-check's bundle holds neither.
                    <li><a class="nav-link" href={state.method_address()}>{ ctx.t(i18n::NAV_METHOD) }</a></li>
                    <li><a class="nav-link" href="panel.html">{ ctx.t(i18n::NAV_PANEL) }</a></li>
                </ul>
            </nav>
            <div class="header-end">
                { text_el("span", "rubric-badge", format!("{} {RUBRIC_VERSION} · {}", ctx.t(i18n::RUBRIC), ctx.t(i18n::UNOFFICIAL))) }
                <div class="lang-switch" role="group" aria-label={ctx.t(i18n::LANGUAGE)}>
                    { lang_button(Lang::Id, "ID", "Bahasa Indonesia") }
                    { lang_button(Lang::En, "EN", "English") }
                </div>
            </div>
        </header>
    }
}
