//! The planner page's behaviour, natively: opened from the address the self-check links
//! to, over what the self-check saved; its plan written back as next year's target.
#![cfg(not(target_arch = "wasm32"))]

use cek_paritrana::core::category::Category;
use cek_paritrana::core::evaluation::Evaluation;
use cek_paritrana::core::i18n;
use cek_paritrana::core::inputs::{Field, RegulationLevel};
use cek_paritrana::core::money::Package;
use cek_paritrana::core::persist::{self, Library, Loaded};
use cek_paritrana::core::planner::session::{
    address, read_address, PlanEdit, PlannerAction, PlannerEffect, PlannerState, PLANNER_FILE,
};
use cek_paritrana::core::planner::{Input, MAX_BANDS};
use cek_paritrana::core::session::{Action, Edit, LibraryAction, ProfileField, State};
use cek_paritrana::core::text::Lang;
use rust_decimal_macros::dec;

/// What the self-check saves for Padang Panjang (the worked example) with a budget.
fn saved_padang_panjang() -> State {
    let (mut s, _) = State::boot(Some(""));
    s.update(Action::Library(LibraryAction::New(Category::Kabkota)));
    for edit in [
        Edit::Profile(ProfileField::Name, "Kota Padang Panjang".into()),
        Edit::Profile(ProfileField::Year, "2024".into()),
        Edit::Field(Field::Employed, "19.654".into()),
        Edit::Field(Field::ActiveParticipants, "15.386".into()),
        Edit::Field(Field::CoverageTarget, "80".into()),
        Edit::Regulation(RegulationLevel::PeraturanKepala),
        Edit::Field(Field::VulnerableTarget, "8.300".into()),
        Edit::Field(Field::BudgetCurrent, "1.000.000.000".into()),
    ] {
        s.update(Action::Edit(edit));
    }
    s
}

fn library_of(text: &str) -> Library {
    match persist::decode(text) {
        Loaded::Intact(s) => s.library,
        other => panic!("not intact: {other:?}"),
    }
}

fn written(effects: &[PlannerEffect]) -> Option<&str> {
    effects.iter().find_map(|e| match e {
        PlannerEffect::Write(text) => Some(text.as_str()),
        _ => None,
    })
}

#[test]
fn the_address_names_the_assessment_and_the_steps_figures() {
    let figures = vec![(Field::BudgetCurrent, dec!(1673280000)), (Field::CoverageTarget, dec!(52.5))];
    let url = address(7, &figures);
    assert_eq!(url, format!("{PLANNER_FILE}#7;budget_current=1673280000;coverage_target=52.5"));
    assert_eq!(read_address(url.split_once('#').expect("fragment").1), Some((7, figures)));
    assert_eq!(read_address("#7;nope=1;employed=x"), Some((7, vec![])), "a figure that does not read is left out");
    assert_eq!(read_address(""), None);
    assert_eq!(read_address("#a=xyz"), None);
}

#[test]
fn a_budget_step_opens_the_planner_with_its_figures_and_the_plan_becomes_next_years_target() {
    let app = saved_padang_panjang();
    let a = app.current().expect("open").assessment.clone();
    let step = Evaluation::of(&a)
        .steps
        .into_iter()
        .find(|s| s.figures.iter().any(|f| f.0 == Field::BudgetCurrent))
        .expect("a budget step");
    let url = app.planner_address(&step.figures).expect("an address");
    let stored = app.saved_text();
    let (mut p, effects) = PlannerState::boot(Some(&stored), url.split_once('#').expect("fragment").1);
    assert_eq!(effects, [PlannerEffect::SetDocumentLang(Lang::Id)]);
    assert_eq!(p.notice, None);
    let sheet = p.sheet.clone().expect("a plan");
    assert_eq!(sheet.year, 2025, "the year after the assessed one");
    // The step's budget is typed in: Rp1.673.280.000 covers 8.300 workers a year.
    let outcome = sheet.outcome();
    let figure = |id: &str| outcome.figures.iter().find(|f| f.id == id).map(|f| f.value.shown());
    assert_eq!(figure("plan_total"), Some("Rp1.673.280.000".into()));
    assert_eq!(figure("plan_surplus"), Some("Rp0".into()));
    // Six months with JHT instead, then "make it a target": storage is read again first.
    p.update(PlannerAction::Edit(PlanEdit::Set(Input::Field(Field::CoverMonths), "6".into())));
    p.update(PlannerAction::Edit(PlanEdit::Package(Package::WithJht)));
    assert_eq!(p.update(PlannerAction::Apply), [PlannerEffect::ReadStorage]);
    // Meanwhile another tab added an assessment: it stays.
    let mut other = app.clone();
    other.update(Action::Library(LibraryAction::New(Category::Desa)));
    let effects = p.update(PlannerAction::Stored(Some(other.saved_text())));
    assert_eq!(effects.last(), Some(&PlannerEffect::OpenApp));
    let library = library_of(written(&effects).expect("a write"));
    assert_eq!(library.assessments.len(), 3, "the other tab's assessment is kept");
    let target = library.current().expect("the target is current");
    assert_eq!(target.display_title(Lang::Id), "Target 2025: Kota Padang Panjang 2024");
    assert_eq!(target.assessment.entry.raw(Field::BudgetCurrent), "1.832.640.000", "8.300 × Rp36.800 × 6");
    assert_eq!(target.assessment.entry.raw(Field::CoverMonths), "6");
    assert_eq!(target.assessment.entry.package, Package::WithJht);
    assert_eq!(library.get(1).expect("kept").assessment, a, "the assessment itself is untouched");
}

#[test]
fn bad_boxes_lose_nothing_and_bands_have_a_limit() {
    let (mut s, _) = State::boot(Some(""));
    s.update(Action::Library(LibraryAction::New(Category::BuBesarMenengah)));
    let url = s.planner_address(&[]).expect("an address");
    let (mut p, _) = PlannerState::boot(Some(&s.saved_text()), url.split_once('#').expect("fragment").1);
    for _ in 0..9 {
        p.update(PlannerAction::Edit(PlanEdit::AddBand));
    }
    assert_eq!(p.sheet.as_ref().expect("a plan").bands.len(), MAX_BANDS);
    p.update(PlannerAction::Edit(PlanEdit::Set(Input::BandWorkers(0), "12".into())));
    p.update(PlannerAction::Edit(PlanEdit::Set(Input::BandWage(0), "lima juta".into())));
    p.update(PlannerAction::Edit(PlanEdit::RemoveBand(4)));
    p.update(PlannerAction::Edit(PlanEdit::RemoveBand(40)));
    let sheet = p.sheet.as_ref().expect("a plan");
    assert_eq!(sheet.text(Input::BandWage(0)), "lima juta", "kept as typed");
    let outcome = sheet.outcome();
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    assert_eq!(outcome.errors[0].0, Input::BandWage(0));
    assert_eq!(sheet.bands.len(), 4);
}

#[test]
fn the_language_is_the_apps_and_is_saved_for_it() {
    let mut app = saved_padang_panjang();
    app.update(Action::SetLang(Lang::En));
    let stored = app.saved_text();
    let (mut p, effects) = PlannerState::boot(Some(&stored), "#1");
    assert_eq!((p.lang, effects), (Lang::En, vec![PlannerEffect::SetDocumentLang(Lang::En)]));
    let effects = p.update(PlannerAction::SetLang(Lang::Id));
    assert_eq!(effects, [PlannerEffect::SetDocumentLang(Lang::Id), PlannerEffect::ReadStorage]);
    let effects = p.update(PlannerAction::Stored(Some(stored.clone())));
    let text = written(&effects).expect("a write");
    assert!(!effects.contains(&PlannerEffect::OpenApp), "only the language changed");
    match persist::decode(text) {
        Loaded::Intact(saved) => {
            assert_eq!(saved.lang, Lang::Id);
            assert_eq!(saved.library, library_of(&stored), "and nothing else");
        }
        other => panic!("not intact: {other:?}"),
    }
}

#[test]
fn an_unknown_assessment_or_unreadable_storage_is_said_and_never_written_over() {
    let app = saved_padang_panjang();
    let stored = app.saved_text();
    // Removed meanwhile, or an address from another browser.
    let (mut p, _) = PlannerState::boot(Some(&stored), "#9");
    assert_eq!((p.sheet.is_none(), p.notice.clone()), (true, Some(i18n::PLAN_NOT_FOUND.into())));
    assert_eq!(p.update(PlannerAction::Apply), [], "nothing to make a target of");
    // Opened whole, but storage was damaged before "make it a target".
    let (mut p, _) = PlannerState::boot(Some(&stored), "#1");
    assert!(p.sheet.is_some());
    p.update(PlannerAction::Apply);
    for damaged in [Some("{\"schema\":4,\"lib".to_string()), None] {
        let effects = p.update(PlannerAction::Stored(damaged));
        assert_eq!(effects, []);
        assert_eq!(p.notice, Some(i18n::SAVED_NOT_WHOLE.into()));
    }
    // The assessment deleted in another tab meanwhile: said, nothing written.
    let mut other = app.clone();
    other.update(Action::Library(LibraryAction::Delete(1)));
    p.update(PlannerAction::Apply);
    assert_eq!(p.update(PlannerAction::Stored(Some(other.saved_text()))), []);
    assert_eq!(p.notice, Some(i18n::PLAN_NOT_FOUND.into()));
    // A write storage refuses is said.
    p.update(PlannerAction::WriteFailed);
    assert_eq!(p.notice, Some(i18n::STORAGE_FAILED.into()));
    p.update(PlannerAction::DismissNotice);
    assert_eq!(p.notice, None);
}
