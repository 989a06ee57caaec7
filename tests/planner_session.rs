//! The planner's behaviour, natively: opened from the address the self-check links to,
//! in the same app as the form; its plan made next year's target.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/worked_example.rs"]
mod worked_example;

use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::evaluation::planner::{Input, PlanEdit, MAX_BANDS};
use cek_paritrana::core::evaluation::Evaluation;
use cek_paritrana::core::model::category::Category;
use cek_paritrana::core::model::inputs::Field;
use cek_paritrana::core::model::money::Package;
use cek_paritrana::core::pages::session::{Action, Edit, Effect, LibraryAction, Page, PlanAction, State};
use cek_paritrana::core::pages::{planner_address, read_planner_fragment, route, Route, SitePage};
use rust_decimal_macros::dec;

/// What the self-check saves for Padang Panjang (the worked example) with a budget.
fn saved_padang_panjang() -> State {
    let (mut s, _) = State::boot(Some(""));
    s.update(Action::Library(LibraryAction::New(Category::Kabkota)));
    let budget = [
        Edit::Field(Field::VulnerableTarget, "8.300".into()),
        Edit::Field(Field::BudgetCurrent, "1.000.000.000".into()),
    ];
    for edit in worked_example::padang_panjang_edits().into_iter().chain(budget) {
        s.update(Action::Edit(edit));
    }
    s
}

fn plan(s: &mut State, action: PlanAction) -> Vec<Effect> {
    s.update(Action::Plan(action))
}

fn edit(s: &mut State, e: PlanEdit) {
    plan(s, PlanAction::Edit(e));
}

#[test]
fn the_address_names_the_assessment_and_the_steps_figures() {
    let figures = vec![(Field::BudgetCurrent, dec!(1673280000)), (Field::CoverageTarget, dec!(52.5))];
    let url = planner_address(7, &figures);
    assert_eq!(url, format!("{}#7;budget_current=1673280000;coverage_target=52.5", SitePage::Planner.file()));
    assert_eq!(route(&url), Some(Route::Planner(Some((7, figures.clone())))));
    assert_eq!(read_planner_fragment(url.split_once('#').expect("fragment").1), Some((7, figures)));
    assert_eq!(
        read_planner_fragment("#7;nope=1;employed=x"),
        Some((7, vec![])),
        "a figure that does not read is left out"
    );
    assert_eq!(read_planner_fragment(""), None);
    assert_eq!(read_planner_fragment("#a=xyz"), None);
}

#[test]
fn a_budget_step_opens_the_planner_with_its_figures_and_the_plan_becomes_next_years_target() {
    let mut app = saved_padang_panjang();
    let a = app.current().expect("open").assessment.clone();
    let step = Evaluation::of(&a)
        .steps
        .into_iter()
        .find(|s| s.figures.iter().any(|f| f.0 == Field::BudgetCurrent))
        .expect("a budget step");
    let url = app.planner_address(&step.figures).expect("an address");
    // Followed from the form: a new entry in the history, the form's address kept before it.
    let effects = app.update(Action::Follow(url.clone()));
    assert!(effects.contains(&Effect::ShowAddress { address: "./".into(), push: false }), "{effects:?}");
    assert!(effects.contains(&Effect::ShowAddress { address: url.clone(), push: true }), "{effects:?}");
    assert_eq!((app.page, app.address()), (Page::Planner, url));
    assert_eq!(app.notice, None);
    let sheet = app.plan.as_ref().expect("a plan").sheet.clone();
    assert_eq!(sheet.year, 2025, "the year after the assessed one");
    // The step's budget is typed in: Rp1.673.280.000 covers 8.300 workers a year.
    let outcome = sheet.outcome();
    let figure = |id: &str| outcome.figures.iter().find(|f| f.id == id).map(|f| f.value.shown());
    assert_eq!(figure("plan_total"), Some("Rp1.673.280.000".into()));
    assert_eq!(figure("plan_surplus"), Some("Rp0".into()));
    // A worksheet: its boxes are not saved.
    edit(&mut app, PlanEdit::Set(Input::Field(Field::CoverMonths), "6".into()));
    let effects = plan(&mut app, PlanAction::Edit(PlanEdit::Package(Package::WithJht)));
    assert!(!effects.contains(&Effect::ScheduleSave), "{effects:?}");
    // "Make it a target": a new assessment, saved, opened on the form beside its source.
    let effects = plan(&mut app, PlanAction::Apply);
    assert!(effects.contains(&Effect::ScheduleSave), "{effects:?}");
    assert!(effects.contains(&Effect::ShowAddress { address: "./".into(), push: true }), "{effects:?}");
    assert_eq!(app.page, Page::Check);
    assert_eq!(app.library.assessments.len(), 2);
    let target = app.current().expect("the target is current");
    assert_eq!(target.display_title(Lang::Id), "Target 2025: Kota Padang Panjang");
    assert_eq!(target.assessment.entry.raw(Field::BudgetCurrent), "1.832.640.000", "8.300 × Rp36.800 × 6");
    assert_eq!(target.assessment.entry.raw(Field::BudgetPrevious), "1.000.000.000", "2024's budget, the year before");
    assert_eq!(target.assessment.entry.raw(Field::CoverMonths), "6");
    let planned = target.assessment.entry.raw(Field::VulnerableTarget).to_string();
    assert_eq!(target.assessment.entry.raw(Field::VulnerableCovered), planned, "the plan's workers, paid for");
    assert!(app.notice.as_ref().is_some_and(|m| m.en.starts_with("Next year's target is made as a copy")));
    assert_eq!(target.assessment.entry.package, Package::WithJht);
    assert_eq!(app.library.get(1).expect("kept").assessment, a, "the assessment itself is untouched");
    assert_eq!(app.compare_address(), format!("{}#1,2", SitePage::Compare.file()), "compared with its source");
    // A second target of the same assessment can be told apart.
    app.update(Action::Library(LibraryAction::Open(1)));
    app.update(Action::Library(LibraryAction::StartTarget));
    assert_eq!(app.current().expect("current").display_title(Lang::Id), "Target 2025: Kota Padang Panjang (2)");
}

#[test]
fn bad_boxes_lose_nothing_and_bands_have_a_limit() {
    let (mut s, _) = State::boot(Some(""));
    s.update(Action::Library(LibraryAction::New(Category::BuBesarMenengah)));
    let url = s.planner_address(&[]).expect("an address");
    s.update(Action::Arrived(url));
    for _ in 0..9 {
        edit(&mut s, PlanEdit::AddBand);
    }
    assert_eq!(s.plan.as_ref().expect("a plan").sheet.bands.len(), MAX_BANDS);
    edit(&mut s, PlanEdit::Set(Input::BandWorkers(0), "12".into()));
    edit(&mut s, PlanEdit::Set(Input::BandWage(0), "lima juta".into()));
    edit(&mut s, PlanEdit::RemoveBand(4));
    edit(&mut s, PlanEdit::RemoveBand(40));
    let sheet = &s.plan.as_ref().expect("a plan").sheet;
    assert_eq!(sheet.text(Input::BandWage(0)), "lima juta", "kept as typed");
    let outcome = sheet.outcome();
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    assert_eq!(outcome.errors[0].0, Input::BandWage(0));
    assert_eq!(sheet.bands.len(), 4);
}

#[test]
fn opened_cold_in_english_the_planner_keeps_the_apps_language() {
    let mut app = saved_padang_panjang();
    app.update(Action::SetLang(Lang::En));
    let (mut s, _) = State::boot(Some(&app.saved_text()));
    let effects = s.update(Action::Arrived(format!("{}#1", SitePage::Planner.file())));
    assert_eq!((s.lang, s.page), (Lang::En, Page::Planner));
    assert!(
        effects.contains(&Effect::SetTitle("Plan the budget and contributions · Cek Paritrana".into())),
        "{effects:?}"
    );
    assert!(!effects.iter().any(|e| matches!(e, Effect::ShowAddress { .. })), "the address stays: {effects:?}");
}

#[test]
fn an_unknown_assessment_is_said_and_nothing_is_made_of_it() {
    let mut app = saved_padang_panjang();
    // Removed meanwhile, or an address from another browser.
    app.update(Action::Arrived(format!("{}#9", SitePage::Planner.file())));
    assert_eq!((app.page, app.plan.is_none()), (Page::Planner, true));
    assert_eq!(plan(&mut app, PlanAction::Apply), [], "nothing to make a target of");
    assert_eq!(app.library.assessments.len(), 1);
    // Deleted in another tab while planning: "make it a target" makes nothing.
    app.update(Action::Arrived(format!("{}#1", SitePage::Planner.file())));
    assert!(app.plan.is_some());
    app.update(Action::Library(LibraryAction::Delete(1)));
    plan(&mut app, PlanAction::Apply);
    assert!(app.library.assessments.is_empty(), "{:?}", app.library);
}
