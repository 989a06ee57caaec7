//! The app as the browser runs it: the edge holds the state and performs its effects,
//! and every candidate page (start, form, library, dossier, planner, comparison) is
//! rendered from the state.

use yew::prelude::*;

use super::components::compare::compare_page;
use super::components::dossier::{dossier_appendix, dossier_page};
use super::components::form::form;
use super::components::header::back_to_form;
use super::components::library::library_page;
use super::components::planner::planner_page;
use super::components::profile::profile;
use super::components::results::results_panel;
use super::components::tools::tools;
use super::components::{text_el, Ctx};
use super::{edge, first_paint, start_page, view};
use crate::core::base::i18n;
use crate::core::base::number::format_points;
use crate::core::evaluation::Evaluation;
use crate::core::formats::persist::Stored;
use crate::core::model::checked::Target;
use crate::core::pages::session::{Page, State};
use crate::core::rubric::rubric;

/// The evaluation of the assessment shown, and how long it took in the browser.
#[derive(PartialEq)]
pub struct Results {
    pub evaluation: Evaluation,
    /// Milliseconds, for the record only (end-to-end tests log it).
    pub millis: String,
}

impl Results {
    pub fn of(a: &crate::core::model::assessment::Assessment) -> Self {
        let started = edge::now();
        let evaluation = Evaluation::of(a);
        // Whole microseconds, shown as milliseconds without pulling in float formatting.
        let micros = ((edge::now() - started) * 1000.0) as i64;
        Results { evaluation, millis: rust_decimal::Decimal::new(micros, 3).to_string() }
    }
}

/// Today as a reader says it ("7 Desember 2026"), from the date the edge gives.
fn printed_on(ctx: &Ctx, today: &str) -> String {
    match crate::core::model::evidence::read_date(today) {
        Ok(Some(day)) => day.shown().get(ctx.lang).to_string(),
        _ => today.to_string(),
    }
}

/// The form beside its results, and the report's head for print.
#[inline(never)]
fn check_page(ctx: &Ctx, state: &State, stored: &Stored, results: &Results) -> Html {
    let (today, weight_drafts, share) = (&state.today, &state.weight_drafts, state.share.as_ref());
    let assessment = &stored.assessment;
    let ev = &results.evaluation;
    let total = format_points(ev.score.shown_total());
    let band = rubric().band_by_id(ev.score.band_id).map(|x| x.name.get(ctx.lang)).unwrap_or_default();
    let year_error = ev.checked.issue(Target::Year).map(|i| &i.message);
    let title = stored.display_title(ctx.lang);
    let e = &assessment.entry;
    html! {
        <div class="check-layout">
            <header class="report-head print-only">
                { text_el("p", "report-kicker", format!("Cek Paritrana · {}", ctx.t(i18n::REPORT_TITLE))) }
                { text_el("h1", "", title.clone()) }
                { text_el("p", "", format!("{} · {} · {} {}", assessment.category.name().get(ctx.lang), e.province, ctx.t(i18n::YEAR), e.year)) }
                { text_el("p", "", format!("{} {} · {} {}", ctx.t(i18n::REPORT_DATE), printed_on(ctx, today), ctx.t(i18n::RUBRIC), crate::core::rubric::RUBRIC_VERSION)) }
                { text_el("p", "report-disclaimer", ctx.t(i18n::REPORT_DISCLAIMER)) }
            </header>
            <div class="form-column">
                { profile(ctx, &title, assessment, year_error) }
                { form(ctx, stored.id, assessment, results) }
                // At the form's end and sticky: over the form it stays in reach at the
                // screen's foot; past the form it stays behind, off the results.
                <a class="score-pill" href="#hasil"
                    aria-label={format!("{} {total}, {band}. {}", ctx.t(i18n::SCORE), ctx.t(i18n::SEE_RESULTS))}>
                    { text_el("span", "", format!("{} {total}", ctx.t(i18n::SCORE))) }
                    { text_el("span", "score-pill-band", band) }
                    <span class="score-pill-link" aria-hidden="true">{ "↓" }</span>
                </a>
            </div>
            <aside id="hasil" class="results-column" aria-label={ctx.t(i18n::RESULTS)} data-rescore-ms={results.millis.clone()}>
                { results_panel(ctx, stored.id, assessment, results, weight_drafts) }
                { tools(ctx, stored.id, share) }
                { dossier_appendix(ctx, assessment, results) }
            </aside>
        </div>
    }
}

/// A page that has nothing to show here (the planner for an assessment not in this
/// browser): what it is, why, and the way back to the form.
#[inline(never)]
fn not_here(ctx: &Ctx, title: crate::core::base::text::T, why: crate::core::base::text::T) -> Html {
    html! {
        <div class="page"><section class="panel">
            { text_el("h1", "", ctx.t(title)) }
            { text_el("p", "", ctx.t(why)) }
            <p>{ back_to_form(ctx.lang) }</p>
        </section></div>
    }
}

/// The content of the page the state shows. Each page's view is its own function
/// (`#[inline(never)]`): the browser compiles WebAssembly a function at a time, the first
/// time it runs, so the start page's first render compiles none of the other pages'.
fn page_content(ctx: &Ctx, state: &State, results: Option<&Results>) -> Html {
    match (state.page, state.current(), results) {
        (Page::Check, Some(s), Some(r)) => check_page(ctx, state, s, r),
        (Page::Dossier, Some(s), Some(r)) => {
            dossier_page(ctx, &s.assessment, r, state.view.removed.as_ref().map(|x| x.0))
        }
        (Page::Library, ..) => library_page(ctx, state),
        (Page::Planner, ..) => match &state.plan {
            Some(plan) => planner_page(ctx, &plan.sheet),
            None => not_here(ctx, i18n::PLAN_OPEN, i18n::PLAN_NOT_FOUND),
        },
        (Page::Compare, ..) => {
            html! { <div class="page">{ compare_page(ctx, &state.library, state.compare_pair()) }</div> }
        }
        _ => start_page(ctx, state),
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let (edge, dispatch, read_file) = super::use_edge::<State>();
    use_effect_with((), |_| first_paint::take_over_first_paint());
    let state = edge.state();
    let ctx = Ctx { lang: state.lang, dispatch, read_file };
    // The assessment on the form or the dossier is checked and scored once per change of it.
    let shown = match (state.page, state.current()) {
        (Page::Check | Page::Dossier, Some(s)) => Some(s.assessment.clone()),
        _ => None,
    };
    let results = use_memo(shown, |a| a.as_ref().map(Results::of));
    let page = page_content(&ctx, &state, results.as_ref().as_ref());
    view(ctx, &state, page)
}

/// Mounts the app on the body, in place of the page rendered at build time.
pub fn start() {
    first_paint::keep_first_paint_focus();
    yew::Renderer::<App>::new().render();
}
