use rust_decimal::Decimal;
use yew::prelude::*;

use super::{event_value, labelled_cell, option, table_head, text_el, Ctx};
use crate::core::base::i18n;
use crate::core::base::number::format_points;
use crate::core::base::text::T;
use crate::core::evaluation::compare::{compare, Comparison};
use crate::core::evaluation::scoring::Score;
use crate::core::formats::persist::Library;
use crate::core::pages::session::Action;
use crate::core::pages::session::Side;

fn signed(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", format_points(d))
    } else {
        format_points(d)
    }
}

/// Two assessments side by side, with the change per criterion, pillar and in total;
/// `pair`: the two compared (before, after), chosen in the core.
#[inline(never)]
pub fn compare_page(ctx: &Ctx, lib: &Library, pair: Option<(u32, u32)>) -> Html {
    if lib.assessments.len() < 2 {
        return html! { <section class="panel">{ text_el("h1", "", ctx.t(i18n::COMPARE_TITLE)) }{ text_el("p", "", ctx.t(i18n::NEED_TWO)) }</section> };
    }
    let Some((before, after)) = pair else { return html! {} };
    let (Some(b), Some(a)) = (lib.get(before), lib.get(after)) else { return html! {} };
    let c = compare(&b.assessment, &a.assessment);
    html! {
        <div class="compare">
            { choice_and_total(ctx, lib, (before, after), &c) }
            { pillar_changes(ctx, &c) }
            { criterion_changes(ctx, &c) }
        </div>
    }
}

/// The class of a change: up, down or the same.
fn delta_class(d: Decimal) -> &'static str {
    if d > Decimal::ZERO {
        "num delta up"
    } else if d < Decimal::ZERO {
        "num delta down"
    } else {
        "num delta same"
    }
}

/// The two chosen, and the totals with the change.
fn choice_and_total(ctx: &Ctx, lib: &Library, (before, after): (u32, u32), c: &Comparison) -> Html {
    let lang = ctx.lang;
    let chooser = |side: Side, chosen: u32, label: &'static str, dom: &'static str| {
        html! {
            <div class="field">
                <label for={dom}>{ label }</label>
                <select id={dom} onchange={ctx.send(move |e: Event| Action::Compare(side, event_value(&e).parse().unwrap_or(chosen)))}>
                    { for lib.assessments.iter().map(|s| option(s.id.to_string().into(), s.id == chosen, s.display_title(lang))) }
                </select>
            </div>
        }
    };
    html! {
        <section class="panel">
            { text_el("h1", "", ctx.t(i18n::COMPARE_TITLE)) }
            { text_el("p", "help", ctx.t(i18n::COMPARE_HELP)) }
            <div class="grid-2">
                { chooser(Side::Before, before, ctx.t(i18n::BEFORE), "compare-before") }
                { chooser(Side::After, after, ctx.t(i18n::AFTER), "compare-after") }
            </div>
            if !c.same_category { { text_el("p", "note", ctx.t(i18n::DIFFERENT_CATEGORIES)) } }
            <p class="compare-total">
                { text_el("span", "", format!("{} {}", ctx.t(i18n::BEFORE), format_points(c.before.shown_total()))) }
                <span aria-hidden="true">{ " → " }</span>
                { text_el("span", "", format!("{} {}", ctx.t(i18n::AFTER), format_points(c.after.shown_total()))) }
                <strong id="compare-delta" class={delta_class(c.delta)}>{ format!("{} {}", signed(c.after.shown_total() - c.before.shown_total()), ctx.t(i18n::POINTS)) }</strong>
            </p>
            { held_by_cap(ctx, i18n::BEFORE, &c.before) }
            { held_by_cap(ctx, i18n::AFTER, &c.after) }
        </section>
    }
}

/// A side's total held down by a cap: the pillars below add up to more than the total.
fn held_by_cap(ctx: &Ctx, side: T, s: &Score) -> Html {
    if s.total >= s.uncapped_total {
        return html! {};
    }
    let caps =
        s.caps.iter().filter(|c| c.lowered).map(|c| format!("{} {}", ctx.t(i18n::CAP), format_points(c.max_total)));
    let text = format!(
        "{}: {} {} · {}",
        ctx.t(side),
        ctx.t(i18n::SUM_BEFORE_CAP),
        format_points(s.uncapped_total),
        caps.collect::<Vec<_>>().join(", ")
    );
    text_el("p", "note compare-cap", text)
}

/// Each pillar before and after, as bars of its weight.
fn pillar_changes(ctx: &Ctx, c: &Comparison) -> Html {
    let lang = ctx.lang;
    html! {
        <section class="panel" aria-labelledby="compare-pillars">
            <h2 id="compare-pillars">{ ctx.t(i18n::PILLARS) }</h2>
            <ul class="compare-bars">
                { for c.pillars.iter().map(|p| {
                    // Bars show points out of the pillar's weight.
                    let weight = c.after.pillars.iter().chain(&c.before.pillars).find(|x| x.id == p.id).map(|x| x.weight).unwrap_or(Decimal::ONE_HUNDRED);
                    let width = |x: Decimal| format!("width:{}%", if weight.is_zero() { Decimal::ZERO } else { (x * Decimal::ONE_HUNDRED / weight).round_dp(1) });
                    html! {
                        <li data-pillar={p.id}>
                            { text_el("span", "bar-label", p.name.get(lang)) }
                            { text_el("span", "bar-value", format!("{} → {} ({})", format_points(p.before), format_points(p.after), signed(p.delta))) }
                            <span class="bar before" aria-hidden="true"><span class="bar-fill" style={width(p.before)}></span></span>
                            <span class="bar after" aria-hidden="true"><span class="bar-fill" style={width(p.after)}></span></span>
                        </li>
                    }
                }) }
            </ul>
            <p class="legend"><span class="swatch before"></span>{ ctx.t(i18n::BEFORE) }<span class="swatch after"></span>{ ctx.t(i18n::AFTER) }</p>
        </section>
    }
}

/// Each criterion's points and figures before and after, and the change.
fn criterion_changes(ctx: &Ctx, c: &Comparison) -> Html {
    let lang = ctx.lang;
    html! {
        // The scrollable table below is the landmark; one name, one region.
        <section class="panel">
            <h2 id="compare-table-title">{ ctx.t(i18n::TABLE) }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-table-title">
                <table class="compare-table stack-on-phone">
                    { table_head(ctx.lang, &[("", i18n::COL_CRITERION), ("", i18n::BEFORE), ("", i18n::AFTER), ("num", i18n::CHANGE)]) }
                    <tbody>
                        { for c.criteria.iter().map(|d| {
                            let cell = |s: &Option<crate::core::evaluation::scoring::CriterionScore>| match s {
                                Some(s) => html! { <>{ text_el("span", "num-strong", format!("{} {}", format_points(s.points), ctx.t(i18n::POINTS))) }<br/>{ text_el("span", "figure-note", s.input.get(lang).to_string()) }</> },
                                None => html! { { "–" } },
                            };
                            html! {
                                <tr data-criterion={d.id}>
                                    <th scope="row">{ d.title.get(lang) }</th>
                                    { labelled_cell("", ctx.t(i18n::BEFORE), cell(&d.before)) }
                                    { labelled_cell("", ctx.t(i18n::AFTER), cell(&d.after)) }
                                    { labelled_cell(delta_class(d.delta), ctx.t(i18n::CHANGE), signed(d.delta)) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
