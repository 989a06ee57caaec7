use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use yew::prelude::*;

use super::number_field::field_dom_id;
use super::weights::{weights_panel, WeightActions};
use super::{button, class_if, labelled_cell, table_head, text_el, Ctx, WeightDrafts};
use crate::app::Results;
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::{format_decimal, format_points};
use crate::core::evaluation::derived::DerivedFigure;
use crate::core::evaluation::planner::plans;
use crate::core::evaluation::scoring::CriterionScore;
use crate::core::evaluation::Evaluation;
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::Target;
use crate::core::model::inputs::Field;
use crate::core::pages::session::{Action, Edit};
use crate::core::pages::{dossier_address, planner_address};
use crate::core::rubric::measure::Status;
use crate::core::rubric::{rubric, Band, RUBRIC_VERSION};

/// Circumference of the gauge ring (r = 52), to draw the score as a share of it.
const RING: Decimal = dec!(326.73);
const TOP_ACTIONS: usize = 5;

/// A row of the table's foot: what is summed and its points.
fn sum_row(label: impl Into<Html>, points: String) -> Html {
    html! {
        <tr>
            <th scope="row" colspan="4">{ label.into() }</th>
            { text_el("td", "num", points) }
        </tr>
    }
}

/// The estimated score: total and band, caps, pillars, next steps, derived figures, the
/// criterion table and the weights.
/// `id`: the open assessment's, for the planner's address.
pub fn results_panel(ctx: &Ctx, id: u32, a: &Assessment, results: &Results, weight_drafts: &WeightDrafts) -> Html {
    let r = &results.evaluation;
    html! {
        <div class="results">
            { score_card(ctx, a, r) }
            { pillar_bars(ctx, a, r) }
            { next_steps(ctx, id, a, r) }
            { derived_figures(ctx, r) }
            { criteria_table(ctx, id, a, r) }
            { weights_panel(ctx.lang, WeightActions {
                dispatch: ctx.dispatch.clone(),
                weight: |id, text| Action::Edit(Edit::Weight(id, text)),
                reset: || Action::Edit(Edit::ResetWeights),
            }, a, weight_drafts) }
        </div>
    }
}

/// The total on its ring and the band, which stay in view beside the form on a wide screen,
/// then what is said of them in the column's flow (a card that held it all grew taller than
/// a laptop's screen and hid the rest of the column under it).
fn score_card(ctx: &Ctx, a: &Assessment, r: &Evaluation) -> Html {
    let band = rubric().band_by_id(r.score.band_id).unwrap_or(&rubric().bands[0]);
    html! { <>{ score_head(ctx, r, band) }{ score_notes(ctx, a, r, band) }</> }
}

/// The total on its ring and the band.
fn score_head(ctx: &Ctx, r: &Evaluation, band: &Band) -> Html {
    let lang = ctx.lang;
    let b = &r.score;
    let total = b.shown_total();
    // SVG and CSS want a plain decimal point, not the Indonesian display format.
    let arc = (total * RING / Decimal::ONE_HUNDRED).round_dp(2).to_string();
    html! {
        <section class="panel score-card" aria-labelledby="results-title">
            <h2 id="results-title">{ ctx.t(i18n::RESULTS) }</h2>
            <div class="gauge-row">
                <svg class="gauge" viewBox="0 0 120 120" role="img" aria-labelledby="total-text">
                    <circle cx="60" cy="60" r="52" class="gauge-track" />
                    // A zero-length arc with round caps would still draw a dot.
                    if !total.is_zero() {
                        <circle cx="60" cy="60" r="52" class={format!("gauge-value band-{}", b.band_id)}
                            stroke-dasharray={format!("{arc} 326.73")} transform="rotate(-90 60 60)" />
                    }
                </svg>
                <div class="total-block">
                    <p id="total-text" class="total" data-total={format_points(total)}>
                        { text_el("span", "total-number", format_points(total)) }
                        { text_el("span", "total-of", ctx.t(i18n::OUT_OF_100)) }
                    </p>
                    <p class={format!("band band-{}", b.band_id)} data-band={b.band_id}>{ band.name.get(lang) }</p>
                </div>
            </div>
        </section>
    }
}

/// The band's advice, that the score is an estimate, what moved it (weights, the rubric,
/// criteria not applicable), the fields to fix and the caps.
fn score_notes(ctx: &Ctx, a: &Assessment, r: &Evaluation, band: &Band) -> Html {
    let lang = ctx.lang;
    let b = &r.score;
    let field_issues: Vec<_> = r.checked.issues.iter().collect();
    html! {
        <div class="panel score-notes">
            { text_el("p", "band-advice", band.advice.get(lang)) }
            <p class="estimate-note">
                { text_el("strong", "", format!("{} · {} {RUBRIC_VERSION}. ", ctx.t(i18n::UNOFFICIAL), ctx.t(i18n::RUBRIC))) }
                { ctx.t(i18n::ESTIMATE_NOTE) }
            </p>
            if b.custom_weights {
                <p class="custom-weights-line">
                    <span class="badge custom-weights" id="custom-weights-note">{ ctx.t(i18n::CUSTOM_WEIGHTS) }</span>
                    <span id="rubric-weighted-total">{ format!("{}: {}", ctx.t(i18n::WITH_RUBRIC_WEIGHTS), format_points(r.rubric_weighted_total)) }</span>
                </p>
            }
            if let (Some(old), Some((before, after))) = (a.saved_under, r.before_upgrade) {
                <p class="note rubric-moved" id="rubric-moved" role="status">
                    { i18n::rubric_moved(old.key(), a.version.key(), &format_points(before), &format_points(after)).get(lang).to_string() }
                    { " " }
                    { button("link-button", "", ctx.t(i18n::GOT_IT), ctx.on_click(|| Action::Edit(Edit::AcceptRubric))) }
                </p>
            }
            if b.renormalised && !a.not_applicable.is_empty() { { text_el("p", "note renormalised", ctx.t(i18n::RENORMALISED)) } }
            if !field_issues.is_empty() {
                <div class="alert" role="status">
                    { text_el("p", "", format!("{}: {}", ctx.t(i18n::FIX_FIELDS), field_issues.len())) }
                    { text_el("p", "alert-note", ctx.t(i18n::FIX_FIELDS_NOTE)) }
                    <ul>
                        { for field_issues.iter().map(|i| match i.target {
                            Target::Field(f) => html! { <li><a href={format!("#{}", field_dom_id(f))}>{ f.label().get(lang) }</a></li> },
                            Target::Year => html! { <li><a href="#p-year">{ ctx.t(i18n::YEAR) }</a></li> },
                        }) }
                    </ul>
                </div>
            }
            { for b.caps.iter().map(|cap| html! {
                <div class={class_if("cap", "is-inactive", !cap.lowered)} data-cap={cap.id}>
                    { text_el("p", "cap-title", format!("{} {}", ctx.t(i18n::CAP), format_points(cap.max_total))) }
                    <ul>{ for cap.findings.iter().map(|f| text_el("li", "", f.get(lang).to_string())) }</ul>
                    { text_el("p", "cap-text", cap.explanation.get(lang)) }
                    if !cap.lowered { { text_el("p", "cap-text", ctx.t(i18n::CAP_NOT_LOWERING)) } }
                </div>
            }) }
        </div>
    }
}

/// Each pillar's points of its weight, as a bar.
fn pillar_bars(ctx: &Ctx, a: &Assessment, r: &Evaluation) -> Html {
    let (lang, cat, b) = (ctx.lang, a.rubric(), &r.score);
    html! {
        <section class="panel" aria-labelledby="pillars-title">
            <h2 id="pillars-title">{ ctx.t(i18n::PILLARS) }</h2>
            <ul class="pillar-bars">
                { for b.pillars.iter().map(|p| {
                    let name = cat.pillar(p.id).map(|x| x.name.get(lang)).unwrap_or(p.id);
                    let share = if p.weight.is_zero() { Decimal::ZERO } else { p.points * Decimal::ONE_HUNDRED / p.weight };
                    html! {
                        <li data-pillar={p.id}>
                            { text_el("span", "bar-label", name) }
                            { text_el("span", "bar-value", format!("{} / {}", format_points(p.points), format_points(p.weight))) }
                            <span class="bar" aria-hidden="true"><span class="bar-fill" style={format!("width:{}%", share.round_dp(1))}></span></span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The steps that raise the score most, the first few shown, the rest behind a disclosure;
/// then the criteria that score nothing only because their figures are not filled in.
fn next_steps(ctx: &Ctx, id: u32, a: &Assessment, r: &Evaluation) -> Html {
    let lang = ctx.lang;
    let (top, rest) = r.steps.split_at(r.steps.len().min(TOP_ACTIONS));
    let action_item = |act: &crate::core::evaluation::steps::Step| {
        html! {
            <li data-criterion={act.criterion_id}>
                { text_el("span", "gain", format!("+{} {}", format_points(act.gain), ctx.t(i18n::POINTS))) }
                { text_el("span", "action-text", act.text.get(lang).to_string()) }
                // A step that types figures the planner works with can be worked out there.
                if plans(&act.figures) {
                    { " " }
                    <a class="link-button plan-step" href={planner_address(id, &act.figures)}>{ ctx.t(i18n::PLAN_FROM_STEP) }</a>
                }
            </li>
        }
    };
    html! {
        <section class="panel" aria-labelledby="actions-title">
            <h2 id="actions-title">{ ctx.t(i18n::NEXT_STEPS) }</h2>
            if r.steps.is_empty() {
                { text_el("p", "", ctx.t(i18n::NO_STEPS)) }
            } else {
                <ol class="actions" id="top-actions">{ for top.iter().map(action_item) }</ol>
                // Print shows every step; on screen the rest sits behind a disclosure.
                if !rest.is_empty() {
                    <ol class="actions print-only" start={(TOP_ACTIONS + 1).to_string()}>{ for rest.iter().map(action_item) }</ol>
                    <details class="more-actions screen-only">
                        { text_el("summary", "", format!("{} ({})", ctx.t(i18n::ALL_STEPS), r.steps.len())) }
                        <ol class="actions" start={(TOP_ACTIONS + 1).to_string()}>{ for rest.iter().map(action_item) }</ol>
                    </details>
                }
            }
            { not_filled(ctx, a, r) }
        </section>
    }
}

/// The criteria left at zero because a figure is still empty, heaviest first, each linked
/// to its first empty field: points no step can show until the figure is there.
fn not_filled(ctx: &Ctx, a: &Assessment, r: &Evaluation) -> Html {
    let missing = r.score.not_filled();
    if missing.is_empty() {
        return html! {};
    }
    let cat = a.rubric();
    let item = |(c, field): &(&CriterionScore, Field)| {
        let title = cat.criterion(c.id).map(|k| k.title.get(ctx.lang)).unwrap_or(c.id);
        html! {
            <li>
                <a href={format!("#{}", field_dom_id(*field))}>{ title }</a>
                { format!(" ({} {} {})", ctx.t(i18n::UP_TO), format_points(c.effective_weight), ctx.t(i18n::POINTS)) }
            </li>
        }
    };
    html! {
        <div class="not-filled" id="not-filled">
            { text_el("p", "", ctx.t(i18n::NOT_FILLED)) }
            <ul>{ for missing.iter().map(item) }</ul>
        </div>
    }
}

/// Coverage, what the budget buys, contributions, and the figures that do not agree.
fn derived_figures(ctx: &Ctx, r: &Evaluation) -> Html {
    let lang = ctx.lang;
    html! {
        <>
            if !r.derived.figures.is_empty() || !r.derived.warnings.is_empty() {
                <section class="panel" aria-labelledby="figures-title">
                    <h2 id="figures-title">{ ctx.t(i18n::FIGURES) }</h2>
                    { figure_list(ctx, &r.derived.figures) }
                    if !r.derived.warnings.is_empty() {
                        <div class="warning">
                            { text_el("p", "warning-title", ctx.t(i18n::CHECK_THESE)) }
                            <ul>{ for r.derived.warnings.iter().map(|w| text_el("li", "", w.get(lang).to_string())) }</ul>
                        </div>
                    }
                </section>
            }
        </>
    }
}

/// Every criterion's reason, sub-score, weight and points, the caps and the total; the way
/// to the dossier.
fn criteria_table(ctx: &Ctx, id: u32, a: &Assessment, r: &Evaluation) -> Html {
    let (lang, cat, b) = (ctx.lang, a.rubric(), &r.score);
    let total = b.shown_total();
    html! {
        // The scrollable table below is the landmark; one name, one region.
        <section class="panel">
            <h2 id="table-title">{ ctx.t(i18n::TABLE) }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-title">
                <table class="criteria-table stack-on-phone">
                    { table_head(ctx.lang, &[("", i18n::COL_CRITERION), ("", i18n::COL_REASON), ("num", i18n::COL_SUB), ("num", i18n::COL_WEIGHT), ("num", i18n::COL_POINTS)]) }
                    <tbody>
                        { for b.criteria.iter().map(|c| {
                            let title = cat.criterion(c.id).map(|k| k.title.get(lang)).unwrap_or(c.id);
                            let na = c.status == Status::NotApplicable;
                            let weight = if c.effective_weight == c.weight || na {
                                format_points(c.weight)
                            } else {
                                format!("{} → {}", format_points(c.weight), format_points(c.effective_weight))
                            };
                            // A status is one or the other, never both.
                            let row_class = if na {
                                Some("is-na")
                            } else {
                                matches!(c.status, Status::Invalid(_)).then_some("is-invalid")
                            };
                            html! {
                                <tr data-criterion={c.id} class={row_class}>
                                    <th scope="row">
                                        { title }
                                        if c.self_rated { { text_el("span", "badge self-rated", ctx.t(i18n::SELF_RATED)) } }
                                        if r.unproven.contains(&c.id) { { text_el("span", "badge unproven", ctx.t(i18n::UNPROVEN)) } }
                                    </th>
                                    { labelled_cell("", ctx.t(i18n::COL_REASON), c.reason.get(lang).to_string()) }
                                    { labelled_cell("num", ctx.t(i18n::COL_SUB), if na { "–".to_string() } else { format!("{}%", format_decimal(c.sub * Decimal::ONE_HUNDRED, 1)) }) }
                                    { labelled_cell("num", ctx.t(i18n::COL_WEIGHT), weight) }
                                    { labelled_cell("num", ctx.t(i18n::COL_POINTS), format_points(c.points)) }
                                </tr>
                            }
                        }) }
                    </tbody>
                    <tfoot>
                        if b.total < b.uncapped_total {
                            { sum_row(ctx.t(i18n::SUM_BEFORE_CAP), format_points(b.uncapped_total)) }
                            { for b.caps.iter().filter(|c| c.lowered).map(|cap| {
                                sum_row(format!("{} {}", ctx.t(i18n::CAP), format_points(cap.max_total)), format!("≤ {}", format_points(cap.max_total)))
                            }) }
                        }
                        { sum_row(ctx.t(i18n::TOTAL), format_points(total)) }
                    </tfoot>
                </table>
            </div>
            <p class="dossier-line screen-only">
                { if r.unproven.is_empty() { ctx.t(i18n::ALL_PROVEN).to_string() } else { format!("{}: {}. ", ctx.t(i18n::UNPROVEN_COUNT), r.unproven.len()) } }
                <a href={dossier_address(id)}>{ ctx.t(i18n::DOSSIER_OPEN) }</a>
            </p>
        </section>
    }
}

/// Figures with their notes: the derived figures beside the score, and the planner's.
pub fn figure_list<A: 'static>(ctx: &Ctx<A>, figures: &[DerivedFigure]) -> Html {
    html! {
        <dl class="figures">
            { for figures.iter().map(|f| html! {
                <div data-figure={f.id}>
                    { text_el("dt", "", ctx.t(f.label)) }
                    <dd>{ text_el("span", "figure-value", f.value.shown()) }</dd>
                    // The note under both, as wide as the list: a citation is long.
                    if let Some(n) = &f.note { { text_el("dd", "figure-note", n.get(ctx.lang).to_string()) } }
                </div>
            }) }
        </dl>
    }
}
