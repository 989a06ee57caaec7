//! The method page, written at build time in each language (src/bin/prerender.rs) from the
//! rubric data itself: a static page of its own, so the app's bundle carries none of it.
//! Every category's rubric is on it; the page's short script (prerender.rs) shows the one
//! chosen, or named by the address's fragment (the app links to the open assessment's),
//! and without scripts all of them show.

use yew::prelude::*;

use super::header::{brand_link, lang_switch, page_links, rubric_badge, site_header};
use super::{col_head, criterion_explainer, option, page_frame, text_el, Ctx};
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::format_points;
use crate::core::base::text::Lang;
use crate::core::model::assessment::Version;
use crate::core::model::category::Category;
use crate::core::model::inputs::{Ladder, Unit};
use crate::core::pages::session::method_anchor;
use crate::core::pages::{method_file, SitePage};
use crate::core::rubric::calibration::{Case, Input, CASES};
use crate::core::rubric::{differences, rubric, CategoryRubric, RUBRIC_VERSION};
use strum::VariantArray;

/// The page's body: the header, the method and the footer.
pub fn method_document(ctx: &Ctx) -> Html {
    page_frame(ctx.lang, header(ctx), Html::default(), method(ctx))
}

/// The brand and the way back to the self-check, as the panel's page has them, and the page in the other language (the script keeps the category chosen in these
/// links).
fn header(ctx: &Ctx) -> Html {
    let lang = |l: Lang, label: &'static str, name: String| {
        html! {
            <a class="lang" href={method_file(l)} hreflang={l.code()} lang={l.code()}
                aria-current={(ctx.lang == l).then_some("page")} aria-label={name}>{ label }</a>
        }
    };
    let end = html! { <>{ rubric_badge(ctx.lang) }{ lang_switch(ctx.lang, lang) }</> };
    site_header(ctx.lang, brand_link(), ctx.t(i18n::NAV_METHOD), page_links(ctx.lang, SitePage::method(ctx.lang)), end)
}

/// The method, criterion by criterion, for every category, then what holds for all.
fn method(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    html! {
        <div class="method">
            <section class="panel">
                { text_el("h1", "", format!("{} · {} {RUBRIC_VERSION}", ctx.t(i18n::METHOD_TITLE), ctx.t(i18n::RUBRIC))) }
                { text_el("p", "lead", ctx.t(i18n::METHOD_INTRO)) }
                // Of use only with the script, which shows it.
                <div class="field" id="method-choice" hidden=true>
                    <label for="method-category">{ ctx.t(i18n::METHOD_FOR) }</label>
                    <select id="method-category">
                        { for Category::ALL.iter().map(|c| option(c.code().into(), *c == Category::Kabkota, c.name().get(lang))) }
                    </select>
                </div>
            </section>
            { for Category::ALL.iter().map(|c| category(ctx, rubric().category(*c))) }
            <section class="panel">
                { text_el("h2", "", ctx.t(i18n::BANDS)) }
                <ul>
                    { for rubric().bands.iter().map(|band| html! {
                        <li>{ text_el("strong", "", band.name.get(lang)) }{ format!(" ({} {}): ", ctx.t(i18n::FROM), format_points(band.from)) }{ band.advice.get(lang) }</li>
                    }) }
                </ul>
                { text_el("h2", "", ctx.t(i18n::NUMBERS_TITLE)) }
                { text_el("p", "", ctx.t(i18n::NUMBERS_TEXT)) }
            </section>
            { calibration_table(lang, ctx) }
            { for Version::VARIANTS.windows(2).rev().take(1).map(|w| html! {
                <section class="panel" aria-labelledby={format!("changes-{}", w[0].key())}>
                    <h2 id={format!("changes-{}", w[0].key())}>{ format!("{} {}", ctx.t(i18n::CHANGES_FROM), w[0].key()) }</h2>
                    <ul class="changes">
                        { for w[1].rubric().changes.iter().map(|c| text_el("li", "", c.text().get(lang))) }
                        { for differences(w[0].rubric(), w[1].rubric()).iter().map(|d| text_el("li", "", d.get(lang).to_string())) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

/// One category's rubric: why it weighs what it does, its pillars and criteria, its caps.
fn category(ctx: &Ctx, cat: &CategoryRubric) -> Html {
    let lang = ctx.lang;
    let code = cat.category.code();
    html! {
        <div class="method-category" data-method-category={code}>
            <section class="panel">
                { text_el("h2", "", cat.category.name().get(lang)) }
                { text_el("p", "", cat.rationale.text().get(lang)) }
            </section>
            { for cat.pillars.iter().map(|p| html! {
                <section class="panel" aria-labelledby={format!("m-{code}-{}", p.id)}>
                    <h2 id={format!("m-{code}-{}", p.id)}>
                        { p.name.get(lang) }
                        { text_el("span", "pillar-weight", format!("{} {}", format_points(cat.pillar_weight(p.id)), ctx.t(i18n::POINTS))) }
                    </h2>
                    { text_el("p", "", p.explanation.get(lang)) }
                    { for cat.criteria.iter().filter(|c| c.pillar == p.id).map(|c| html! {
                        <article class="method-criterion" id={method_anchor(cat.category, c.id)} data-criterion={c.id}>
                            <h3>
                                { c.title.get(lang) }
                                { text_el("span", "pillar-weight", format!("{} {}", format_points(c.weight), ctx.t(i18n::POINTS))) }
                                if c.self_rated { { text_el("span", "badge self-rated", ctx.t(i18n::SELF_RATED)) } }
                            </h3>
                            <p class="criterion-id">{ "ID " }{ text_el("code", "", c.id) }</p>
                            { criterion_explainer(ctx, c, cat.category, html! {
                                <>
                                    <p>{ text_el("strong", "", format!("{}: ", ctx.t(i18n::WHY_WEIGHT))) }{ c.why_weight.text().get(lang) }</p>
                                    <p class="source">{ text_el("strong", "", format!("{}: ", ctx.t(i18n::SOURCE))) }{ c.source.text().get(lang) }</p>
                                </>
                            }) }
                        </article>
                    }) }
                </section>
            }) }
            <section class="panel">
                { text_el("h2", "", ctx.t(i18n::CAPS)) }
                { for cat.caps.iter().map(|cap| html! {
                    <p>{ text_el("strong", "", format!("{} {}: ", ctx.t(i18n::CAP), format_points(cap.max_total))) }{ cap.explanation.get(lang) }
                       { text_el("span", "source", format!(" ({}: {})", ctx.t(i18n::SOURCE), cap.source.text().get(lang))) }</p>
                }) }
            </section>
        </div>
    }
}

/// The versions the calibration table shows: the one before the current, and the current.
const SHOWN: &[Version] = Version::VARIANTS.split_at(Version::VARIANTS.len() - 2).1;

/// The calibration cases scored under the current version and the one before it, from the
/// same data the tests hold (the closing notes of each version keep the older columns).
/// Rows are built by small plain functions: each `html!` is code in the WebAssembly.
fn calibration_table(lang: Lang, ctx: &Ctx) -> Html {
    let real = CASES.iter().filter(|c| !c.published.is_empty()).count();
    html! {
        <section class="panel" aria-labelledby="calibration">
            <h2 id="calibration">{ ctx.t(i18n::CALIBRATION_TITLE) }</h2>
            <p>{ text_el("strong", "", i18n::checked_against(real).get(lang).to_string()) }{ " " }{ ctx.t(i18n::CALIBRATION_INTRO) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={ctx.t(i18n::CALIBRATION_TABLE)}>
                <table class="calibration stack-on-phone">
                    <thead><tr>
                        { col_head("", ctx.t(i18n::CASE)) }
                        { for SHOWN.iter().map(|v| col_head("", rubric_label(ctx, *v))) }
                        { for [i18n::PUBLISHED, i18n::ASSUMED].into_iter().map(|t| col_head("", ctx.t(t))) }
                    </tr></thead>
                    <tbody>{ for CASES.iter().map(|c| case_row(c, lang, ctx)) }</tbody>
                </table>
            </div>
        </section>
    }
}

fn case_row(c: &Case, lang: Lang, ctx: &Ctx) -> Html {
    let input = |i: &Input| -> String {
        match *i {
            Input::Figure(f, text) => {
                format!("{}: {text}{}", f.label().get(lang), if f.unit() == Unit::Percent { "%" } else { "" })
            }
            Input::Regulation(level) => level.name(c.category).get(lang).to_string(),
            Input::Check(item) => item.label().get(lang).to_string(),
            Input::Attends(who) => who.name(c.category).get(lang).to_string(),
            Input::RevenueShare(share) => share.name().get(lang).to_string(),
        }
    };
    let published = sourced_list(c.published.iter().map(|(i, src)| (input(i), src.to_string())));
    let assumed = sourced_list(c.assumed.iter().map(|(i, why)| (input(i), why.get(lang).to_string())));
    let left_out = (!c.unpublished.is_empty()).then(|| format!("{}: {}", ctx.t(i18n::LEFT_OUT), c.unpublished.len()));
    html! {
        <tr data-case={c.name}>
            <th scope="row">
                { c.name }<br />{ text_el("span", "note", c.result.get(lang)) }
                if let Some(note) = c.note { <br />{ text_el("span", "note", note.get(lang)) } }
            </th>
            { for SHOWN.iter().map(|v| estimate_cell(c, *v, lang, ctx)) }
            <td class="published" data-label={ctx.t(i18n::PUBLISHED)}>{ published }</td>
            <td class="assumed" data-label={ctx.t(i18n::ASSUMED)}>{ assumed }{ for left_out.map(|t| html! { <p class="note">{ t }</p> }) }</td>
        </tr>
    }
}

fn rubric_label(ctx: &Ctx, v: Version) -> String {
    format!("{} {}", ctx.t(i18n::RUBRIC), v.key())
}

/// Items, each with its source or reason in smaller type; items of one source or reason
/// together, the source once after them (a profile built on one reason says it once).
fn sourced_list(items: impl Iterator<Item = (String, String)>) -> Html {
    let mut grouped: Vec<(String, String)> = Vec::new();
    for (text, note) in items {
        match grouped.iter_mut().find(|(_, n)| *n == note) {
            Some((all, _)) => *all = format!("{all}; {text}"),
            None => grouped.push((text, note)),
        }
    }
    if grouped.is_empty() {
        return html! { "—" };
    }
    html! {
        <ul>{ for grouped.into_iter().map(|(text, note)| html! { <li>{ text }{ text_el("span", "source", format!(" ({note})")) }</li> }) }</ul>
    }
}

fn estimate_cell(c: &Case, v: Version, lang: Lang, ctx: &Ctx) -> Html {
    let e = c.estimate(v);
    let total = format_points(e.total);
    let band = v.rubric().band_by_id(e.band_id).map(|b| b.name.get(lang)).unwrap_or_default();
    // Renormalised over a few criteria, the number says little: it is shown, muted, without a band.
    let (main, class) = if e.placed() {
        (format!("{total} {band}"), "")
    } else {
        (format!("({total}) {}", ctx.t(i18n::TOO_LITTLE)), "unplaced")
    };
    html! {
        <td class={class} data-label={rubric_label(ctx, v)} data-version={v.key()} data-total={total} data-band={e.band_id}>
            { main }<br />{ text_el("span", "note", format!("{}% {}", format_points(e.known_weight), ctx.t(i18n::KNOWN_WEIGHT))) }
        </td>
    }
}
