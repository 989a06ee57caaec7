use yew::prelude::*;

use super::form::check;
use super::header::back_to_form;
use super::number_field::{number_box, NumberBox};
use super::profile::{labour_intensive, risk_select, size_select};
use super::results::figure_list;
use super::{button, event_value, labelled_cell, table_head, text_el, Ctx};
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::format_rupiah;
use crate::core::evaluation::planner::PlanEdit;
use crate::core::evaluation::planner::{Input, Outcome, Sheet, MAX_BANDS};
use crate::core::model::category::{BusinessSize, Family};
use crate::core::model::inputs::Field::*;
use crate::core::model::money::Package;
use crate::core::model::rates::Day;
use crate::core::pages::session::{Action, PlanAction};
use crate::core::rubric::measure::OTHER_SOURCES;

/// The planner: boxes started from the assessment, what they work out to with the rates
/// named, and the way back.
#[inline(never)]
pub fn planner_page(ctx: &Ctx, sheet: &Sheet) -> Html {
    let outcome = sheet.outcome();
    let title = match sheet.family {
        Family::Government => i18n::PLAN_COVER_TITLE,
        Family::Business => i18n::PLAN_PAYROLL_TITLE,
    };
    let day = Day::end_of(sheet.year).shown();
    let boxes = |inputs: &[Input]| inputs.iter().map(|i| input_box(ctx, sheet, &outcome, *i)).collect::<Html>();
    let f = Input::Field;
    let inputs = match sheet.family {
        Family::Government => html! {
            <>
                { group(ctx, "plan-workers", i18n::PLAN_WORKERS, html! {
                    <>
                        { boxes(&[f(VulnerableTarget), f(CoverMonths), Input::Income]) }
                        { package_choice(ctx, sheet) }
                    </>
                }) }
                { group(ctx, "plan-funds", i18n::PLAN_FUNDS, boxes(&[f(BudgetCurrent)].into_iter().chain(OTHER_SOURCES.map(f)).collect::<Vec<_>>())) }
                { group(ctx, "plan-target", i18n::PLAN_TARGET, boxes(&[f(Employed), f(ActiveParticipants), f(CoverageTarget)])) }
            </>
        },
        Family::Business => html! {
            <>
                { group(ctx, "plan-payroll", i18n::PLAN_PAYROLL, html! {
                    <>
                        { size_and_risk(ctx, sheet) }
                        { boxes(&[f(Employees), f(WageBillActual)]) }
                    </>
                }) }
                { group(ctx, "plan-bands", i18n::PLAN_BANDS, bands(ctx, sheet, &outcome)) }
                { group(ctx, "plan-finding", i18n::PLAN_FINDING, boxes(&[f(RegisteredEmployees), f(WageBillReported), Input::FindingMonths])) }
            </>
        },
    };
    html! {
        <div class="page planner">
            <section class="panel" aria-labelledby="plan-title">
                <h1 id="plan-title">{ ctx.t(title) }</h1>
                { text_el("p", "", ctx.t(i18n::PLAN_INTRO)) }
                <p class="plan-year" id="plan-year">
                    { format!("{} {} · {} {}", ctx.t(i18n::PLAN_YEAR), sheet.year, ctx.t(i18n::PLAN_RATES_AT), day.get(ctx.lang)) }
                </p>
            </section>
            <div class="plan-grid">
                // The pill at the inputs' end, sticky, as on the form: off the result it points to.
                <div class="plan-inputs">
                    { inputs }
                    if let Some(f) = outcome.headline() {
                        <a class="score-pill" href="#plan-result-title">
                            { text_el("span", "score-pill-band", format!("{}: {}", ctx.t(f.label), f.value.shown())) }
                            <span class="score-pill-link" aria-hidden="true">{ "↓" }</span>
                        </a>
                    }
                </div>
                <section class="panel plan-result" aria-labelledby="plan-result-title" aria-live="polite">
                    <h2 id="plan-result-title">{ ctx.t(i18n::PLAN_RESULT) }</h2>
                    if outcome.figures.is_empty() {
                        { text_el("p", "", ctx.t(i18n::PLAN_EMPTY)) }
                    } else {
                        { figure_list(ctx, &outcome.figures) }
                    }
                    { programme_table(ctx, &outcome) }
                    if !outcome.basis.is_empty() {
                        { text_el("h3", "", ctx.t(i18n::PLAN_BASIS)) }
                        <ul class="plan-basis">{ for outcome.basis.iter().map(|b| text_el("li", "", b.get(ctx.lang).to_string())) }</ul>
                    }
                    <p class="plan-buttons">
                        { button("button primary", "plan-apply", ctx.t(i18n::PLAN_APPLY), ctx.on_click(|| Action::Plan(PlanAction::Apply))) }
                        { back_to_form(ctx.lang) }
                    </p>
                </section>
            </div>
        </div>
    }
}

fn group(ctx: &Ctx, id: &'static str, title: crate::core::base::text::T, content: Html) -> Html {
    html! {
        <section class="panel" aria-labelledby={id}>
            <h2 id={id}>{ ctx.t(title) }</h2>
            { content }
        </section>
    }
}

/// One box, read as the form reads its fields, with its message when unreadable.
fn input_box(ctx: &Ctx, sheet: &Sheet, outcome: &Outcome, input: Input) -> Html {
    let raw = sheet.text(input);
    let value = sheet.value(input);
    let number = NumberBox {
        id: input.key(),
        name: None,
        label: input.label(),
        help: input.help(),
        unit: input.unit(),
        raw,
        value,
        error: outcome.errors.iter().find(|e| e.0 == input).map(|e| &e.1),
        hint: match (input, value) {
            (Input::Field(f), Some(v)) => f.implausible(v),
            _ => None,
        },
    };
    number_box(
        ctx,
        number,
        ctx.send(move |e: InputEvent| Action::Plan(PlanAction::Edit(PlanEdit::Set(input, event_value(&e))))),
    )
}

fn package_choice(ctx: &Ctx, sheet: &Sheet) -> Html {
    let day = Day::end_of(sheet.year);
    html! {
        <fieldset class="choices">
            { text_el("legend", "", ctx.t(i18n::PACKAGE_LEGEND)) }
            { for Package::ALL.into_iter().map(|p| {
                let label = format!("{} ({}/{})", p.name().get(ctx.lang), format_rupiah(p.monthly(day).0), ctx.t(i18n::PER_MONTH));
                let onchange = ctx.send(move |_: Event| Action::Plan(PlanAction::Edit(PlanEdit::Package(p))));
                check("radio", Some("plan-package"), format!("plan-pkg-{}", p.key()), label, sheet.package == p, onchange)
            }) }
        </fieldset>
    }
}

fn size_and_risk(ctx: &Ctx, sheet: &Sheet) -> Html {
    let day = Day::end_of(sheet.year);
    html! {
        <div class="grid-2">
            { size_select(ctx, "plan-size", &BusinessSize::ALL, sheet.size, |s| Action::Plan(PlanAction::Edit(PlanEdit::Size(s)))) }
            { risk_select(ctx, "plan-risk", sheet.risk, day, |r| Action::Plan(PlanAction::Edit(PlanEdit::Risk(r)))) }
            { labour_intensive(ctx, "plan-padat", sheet.labour_intensive, |on| Action::Plan(PlanAction::Edit(PlanEdit::LabourIntensive(on)))) }
        </div>
    }
}

fn bands(ctx: &Ctx, sheet: &Sheet, outcome: &Outcome) -> Html {
    html! {
        <>
            { text_el("p", "help", ctx.t(i18n::PLAN_BANDS_HELP)) }
            { for (0..sheet.bands.len()).map(|i| html! {
                <fieldset class="plan-band" data-band={(i + 1).to_string()}>
                    { text_el("legend", "", format!("{} {}", ctx.t(i18n::PLAN_BAND), i + 1)) }
                    <div class="grid-2">
                        { input_box(ctx, sheet, outcome, Input::BandWorkers(i)) }
                        { input_box(ctx, sheet, outcome, Input::BandWage(i)) }
                    </div>
                    { button("link-button", "", format!("{} {}", ctx.t(i18n::PLAN_REMOVE_BAND), i + 1), ctx.send(move |_: MouseEvent| Action::Plan(PlanAction::Edit(PlanEdit::RemoveBand(i))))) }
                </fieldset>
            }) }
            if sheet.bands.len() < MAX_BANDS {
                { button("button", "plan-add-band", ctx.t(i18n::PLAN_ADD_BAND), ctx.on_click(|| Action::Plan(PlanAction::Edit(PlanEdit::AddBand)))) }
            }
        </>
    }
}

/// A company's contributions per programme, employer and worker shares a month.
fn programme_table(ctx: &Ctx, outcome: &Outcome) -> Html {
    if outcome.programmes.is_empty() {
        return html! {};
    }
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="plan-programmes-caption">
            <table class="plan-programmes">
                <caption id="plan-programmes-caption">{ ctx.t(i18n::PLAN_PER_PROGRAMME) }</caption>
                { table_head(ctx.lang, &[("", i18n::PLAN_PROGRAMME), ("num", i18n::PLAN_EMPLOYER), ("num", i18n::PLAN_WORKER)]) }
                <tbody>
                    { for outcome.programmes.iter().map(|(p, employer, worker)| html! {
                        <tr data-programme={p.code()}>
                            <th scope="row">{ format!("{} – {}", p.code(), p.name().get(ctx.lang)) }</th>
                            { labelled_cell("num", ctx.t(i18n::PLAN_EMPLOYER), format_rupiah(*employer)) }
                            { labelled_cell("num", ctx.t(i18n::PLAN_WORKER), format_rupiah(*worker)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
