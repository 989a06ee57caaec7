use yew::prelude::*;

use super::number_field::number_field;
use super::{class_if, criterion_explainer, event_checked, text_el, Ctx};
use crate::app::Results;
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::{format_points, format_rupiah};
use crate::core::evaluation::dossier::PROVEN_BY_DOSSIER;
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::Target;
use crate::core::model::inputs::{Attendance, Field, Item, Ladder, RegulationLevel, RevenueShare};
use crate::core::model::money::{mandatory_programmes, Package, Programme};
use crate::core::pages::dossier_address;
use crate::core::pages::session::{method_criterion_address, Action, Edit};
use crate::core::rubric::measure::Choice;
use crate::core::rubric::Criterion;

/// The form of the assessment `id`: one section per pillar, one card per criterion, with
/// its inputs.
pub fn form(ctx: &Ctx, id: u32, a: &Assessment, results: &Results) -> Html {
    let cat = a.rubric();
    let mut shown: Vec<Field> = Vec::new();
    html! {
        <>
            { for cat.pillars.iter().map(|p| {
                let weight = results.evaluation.score.pillars.iter().find(|x| x.id == p.id).map(|x| x.weight).unwrap_or_default();
                html! {
                    <section class="panel pillar" id={format!("pillar-{}", p.id)} aria-labelledby={format!("pillar-{}-title", p.id)}>
                        <h2 id={format!("pillar-{}-title", p.id)}>
                            { p.name.get(ctx.lang) }
                            { text_el("span", "pillar-weight", format!("{} {}", format_points(weight), ctx.t(i18n::POINTS))) }
                        </h2>
                        { text_el("p", "pillar-text", p.explanation.get(ctx.lang)) }
                        { for cat.criteria.iter().filter(|c| c.pillar == p.id).map(|c| criterion_card(ctx, id, a, results, c, &mut shown)) }
                    </section>
                }
            }) }
        </>
    }
}

fn criterion_card(
    ctx: &Ctx,
    assessment_id: u32,
    a: &Assessment,
    results: &Results,
    c: &'static Criterion,
    shown: &mut Vec<Field>,
) -> Html {
    let id = c.id;
    let applicable = a.is_applicable(c);
    let score = results.evaluation.score.criterion(id);
    let points = score.map(|s| {
        format!("{} / {} {}", format_points(s.points), format_points(s.effective_weight), ctx.t(i18n::POINTS))
    });
    let fields: Vec<Field> = c.measure.fields().iter().copied().filter(|f| !shown.contains(f)).collect();
    shown.extend(fields.iter().copied());
    let dom = id.replace('.', "-");
    html! {
        <article class={class_if("criterion", "is-na", !applicable)} id={format!("c-{dom}")} data-criterion={id}>
            <div class="criterion-head">
                <h3>
                    { c.title.get(ctx.lang) }
                    if c.self_rated { { text_el("span", "badge self-rated", ctx.t(i18n::SELF_RATED)) } }
                </h3>
                if let Some(p) = points { { text_el("span", "criterion-points", p) } }
            </div>
            <label class="na-toggle">
                <input type="checkbox" checked={!applicable}
                    onchange={ctx.send(move |e: Event| Action::Edit(Edit::Applicable(id, !event_checked(&e))))} />
                { ctx.t(i18n::NOT_APPLICABLE) }
                { text_el("span", "visually-hidden", format!(": {}", c.title.get(ctx.lang))) }
            </label>
            if !applicable { { text_el("p", "na-note", ctx.t(i18n::NOT_APPLICABLE_NOTE)) } }
            <div class="criterion-inputs">
                { for fields.iter().map(|f| {
                    let issue = results.evaluation.checked.issue(Target::Field(*f)).map(|i| &i.message);
                    let reading = results.evaluation.checked.readings.get(*f);
                    // Where revenue shares sit is asked right under them, once there are some.
                    let ask = *f == Field::FundingRevenueShare && a.full_rubric().reading.asks_revenue_share
                        && reading.is_some_and(|d| !d.is_zero());
                    html! {
                        <>
                            { number_field(ctx, *f, a.entry.raw(*f), reading, issue) }
                            if ask { { revenue_share(ctx, a) } }
                        </>
                    }
                }) }
                { choices(ctx, assessment_id, a, c, results) }
            </div>
            <details class="learn">
                { text_el("summary", "", ctx.t(i18n::LEARN)) }
                { criterion_explainer(ctx, c, a.category, html! {
                    <p>
                        { text_el("strong", "", format!("{}: ", ctx.t(i18n::WHY_WEIGHT_AND_SOURCE))) }
                        <a href={method_criterion_address(ctx.lang, a.category, id)}>{ ctx.t(i18n::WHY_WEIGHT_ON_METHOD) }</a>
                    </p>
                }) }
            </details>
        </article>
    }
}

/// A checkbox or a radio button (`kind`) with its label; `name` groups radio buttons.
pub fn check(
    kind: &'static str,
    name: Option<&'static str>,
    dom_id: String,
    label: String,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="check">
            <input type={kind} {name} id={dom_id.clone()} {checked} {onchange} />
            <label for={dom_id}>{ label }</label>
        </div>
    }
}

/// A checkbox that sends the action `make` makes of its state.
fn checkbox(ctx: &Ctx, dom_id: String, label: String, checked: bool, make: impl Fn(bool) -> Action + 'static) -> Html {
    check("checkbox", None, dom_id, label, checked, ctx.send(move |e: Event| make(event_checked(&e))))
}

fn choices(ctx: &Ctx, id: u32, a: &Assessment, c: &Criterion, results: &Results) -> Html {
    // The dossier's answer to the item it reads, once it is in use.
    let documents_ready = results.evaluation.documents_ready;
    let e = &a.entry;
    match c.measure.choice() {
        Some(Choice::Regulation) => html! {
            <fieldset class="choices">
                { text_el("legend", "", ctx.t(i18n::REGULATION_LEGEND)) }
                { for RegulationLevel::ALL.into_iter().map(|level| {
                    let label = level.name(a.category).get(ctx.lang).to_string();
                    check("radio", Some("regulation"), format!("reg-{}", level.rung()), label, e.regulation == level,
                        ctx.send(move |_: Event| Action::Edit(Edit::Regulation(level))))
                }) }
                // An agreement sits beside the ladder on paper but counts as an initiative.
                if counts_agreements(a) { { text_el("p", "help", ctx.t(i18n::AGREEMENT_NOT_REGULATION)) } }
            </fieldset>
        },
        Some(Choice::Checklist(items)) => html! {
            <fieldset class="choices">
                { text_el("legend", "visually-hidden", c.title.get(ctx.lang)) }
                { for items.iter().map(|item: &Item| {
                    let item = *item;
                    let dom_id = format!("i-{}", item.key());
                    match documents_ready.filter(|_| item == PROVEN_BY_DOSSIER) {
                        // The user's tick is kept, but the dossier answers.
                        Some(on) => html! {
                            <>
                                <div class="check">
                                    <input type="checkbox" id={dom_id.clone()} checked={on} disabled=true aria-describedby="from-dossier" />
                                    <label for={dom_id}>{ item.label().get(ctx.lang) }</label>
                                </div>
                                <p class="help from-dossier" id="from-dossier">
                                    { format!("{}: {}. ", ctx.t(i18n::FROM_DOSSIER), ctx.t(if on { i18n::DOSSIER_READY } else { i18n::DOSSIER_NOT_READY })) }
                                    if !on { { format!("{}: {}. ", ctx.t(i18n::UNPROVEN_COUNT), results.evaluation.unproven.len()) } }
                                    <a href={dossier_address(id)}>{ ctx.t(i18n::DOSSIER_OPEN) }</a>
                                </p>
                            </>
                        },
                        None => checkbox(ctx, dom_id, item.label().get(ctx.lang).to_string(), e.checked.contains(&item), move |on| Action::Edit(Edit::Checked(item, on))),
                    }
                }) }
            </fieldset>
        },
        Some(Choice::Attendance) => html! {
            <fieldset class="choices">
                { text_el("legend", "visually-hidden", c.title.get(ctx.lang)) }
                { for Attendance::ALL.into_iter().rev().map(|who| {
                    let label = who.name(a.category).get(ctx.lang).to_string();
                    check("radio", Some("attendance"), format!("att-{}", who.key()), label, e.attendance == who,
                        ctx.send(move |_: Event| Action::Edit(Edit::Attendance(who))))
                }) }
            </fieldset>
        },
        Some(Choice::Programmes) => {
            let mandatory = mandatory_programmes(e.size_for(a.category));
            html! {
                <fieldset class="choices">
                    { text_el("legend", "", ctx.t(i18n::PROGRAMMES_LEGEND)) }
                    { for Programme::ALL.into_iter().map(|p| {
                        let tag = if mandatory.contains(&p) { ctx.t(i18n::MANDATORY) } else { ctx.t(i18n::OPTIONAL) };
                        let label = format!("{} – {} ({tag})", p.code(), p.name().get(ctx.lang));
                        checkbox(ctx, format!("prog-{}", p.code()), label, e.programmes.contains(&p), move |on| Action::Edit(Edit::Programme(p, on)))
                    }) }
                </fieldset>
            }
        }
        Some(Choice::Package) => html! {
                <fieldset class="choices">
                    { text_el("legend", "", ctx.t(i18n::PACKAGE_LEGEND)) }
                    { for Package::ALL.into_iter().map(|p| {
                        let (price, _) = p.monthly(a.day());
                        let label = format!("{} ({}/{})", p.name().get(ctx.lang), format_rupiah(price), ctx.t(i18n::PER_MONTH));
                        check("radio", Some("package"), format!("pkg-{}", p.key()), label, e.package == p,
                            ctx.send(move |_: Event| Action::Edit(Edit::Package(p))))
                    }) }
                </fieldset>
        },
        None => html! {},
    }
}

/// Where the revenue-share funds sit: asked so each rupiah is counted once.
fn revenue_share(ctx: &Ctx, a: &Assessment) -> Html {
    html! {
        <fieldset class="choices" aria-describedby="rs-help">
            { text_el("legend", "", ctx.t(i18n::REVENUE_SHARE_LEGEND)) }
            { for RevenueShare::ALL.into_iter().map(|share| {
                check("radio", Some("revenue-share"), format!("rs-{}", share.key()), share.name().get(ctx.lang).to_string(),
                    a.entry.revenue_share == share, ctx.send(move |_: Event| Action::Edit(Edit::RevenueShare(share))))
            }) }
            <p class="help" id="rs-help">{ ctx.t(i18n::REVENUE_SHARE_HELP) }</p>
        </fieldset>
    }
}

/// Whether the category's rubric lists cooperation agreements among its checklist items.
fn counts_agreements(a: &Assessment) -> bool {
    a.rubric().criteria.iter().any(
        |c| matches!(c.measure.choice(), Some(Choice::Checklist(items)) if items.contains(&Item::CooperationAgreement)),
    )
}
