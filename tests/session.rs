//! The app's behaviour, natively: events in, state and effects out, as the browser edge
//! would drive it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/worked_example.rs"]
mod worked_example;

use cek_paritrana::core::base::i18n;
use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::formats::link;
use cek_paritrana::core::formats::persist::{self, Library, Loaded, Saved, Stored};
use cek_paritrana::core::model::assessment::Assessment;
use cek_paritrana::core::model::category::Category;
use cek_paritrana::core::model::inputs::{Attendance, Field, Item};
use cek_paritrana::core::pages::session::Side;
use cek_paritrana::core::pages::session::{
    merge, Action, Edit, Effect, ExportAction, Failure, ImportAction, LibraryAction, Page, ProfileField, Sharing,
    State, StorageAction, ViewAction,
};
use cek_paritrana::core::pages::session::{method_anchor, method_criterion_address};
use cek_paritrana::core::pages::{
    dossier_address, new_address, route, Route, SitePage, CHECK_ADDRESS, RELEASE_KEY, STORAGE_KEY,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A fresh app with nothing saved, driven by events.
struct Tester {
    state: State,
}

impl Tester {
    fn new() -> Self {
        Tester::boot(Some(""))
    }

    fn boot(saved: Option<&str>) -> Self {
        Tester { state: State::boot(saved).0 }
    }

    fn send(&mut self, event: Action) -> Vec<Effect> {
        self.state.update(event)
    }

    fn edit(&mut self, edit: Edit) -> Vec<Effect> {
        self.send(Action::Edit(edit))
    }

    /// What the edge would write after a pause in typing, when storage holds what this
    /// tab last saw.
    fn flush(&mut self) -> Option<String> {
        self.flush_over(None)
    }

    /// The same, when storage holds `stored`.
    fn flush_over(&mut self, stored: Option<String>) -> Option<String> {
        self.send(Action::Storage(StorageAction::Flush(stored))).into_iter().find_map(|e| match e {
            Effect::Write { key: STORAGE_KEY, text } => Some(text),
            _ => None,
        })
    }

    /// An assessment of Padang Panjang (the worked example), open now.
    fn padang_panjang() -> Self {
        let mut t = Tester::new();
        t.send(Action::Library(LibraryAction::New(Category::Kabkota)));
        for edit in worked_example::padang_panjang_edits() {
            t.edit(edit);
        }
        t
    }

    /// Padang Panjang open, and the id of one of its criteria.
    fn padang_panjang_at(criterion: &str) -> (Self, &'static str) {
        let t = Tester::padang_panjang();
        let id = t.criterion(criterion);
        (t, id)
    }

    /// The id of a criterion of the open assessment's rubric.
    fn criterion(&self, id: &str) -> &'static str {
        self.assessment().rubric().criterion(id).expect("criterion").id
    }

    fn titles(&self) -> Vec<String> {
        self.state.library.assessments.iter().map(|s| s.display_title(Lang::Id)).collect()
    }

    fn current_title(&self) -> String {
        self.state.current().map(|s| s.display_title(self.state.lang)).unwrap_or_default()
    }

    fn raw(&self, field: Field) -> String {
        self.state.current().map(|s| s.assessment.entry.raw(field).to_string()).unwrap_or_default()
    }

    /// The assessment open now.
    fn assessment(&self) -> &Assessment {
        &self.state.current().expect("an assessment open").assessment
    }

    fn weight(&self, id: &str) -> Decimal {
        let a = self.assessment();
        a.weight(a.rubric().criterion(id).expect("criterion"))
    }
}

fn saved(t: &Tester) -> String {
    persist::encode(&Saved::new(t.state.lang, t.state.library.clone()))
}

fn library_of(text: &str) -> Library {
    match persist::decode(text) {
        Loaded::Intact(s) => s.library,
        other => panic!("not intact: {other:?}"),
    }
}

// Opening the app.

#[test]
fn a_first_visit_opens_on_the_start_page_in_indonesian() {
    let (s, effects) = State::boot(Some(""));
    assert_eq!((s.page, s.lang, s.notice.clone()), (Page::Start, Lang::Id, None));
    assert!(s.library.assessments.is_empty());
    assert_eq!(effects, [Effect::SetDocumentLang(Lang::Id)]);
}

#[test]
fn without_browser_storage_the_app_works_and_says_so() {
    let mut t = Tester::boot(None);
    assert_eq!(t.state.notice, Some(i18n::STORAGE_FAILED.into()));
    t.send(Action::Library(LibraryAction::New(Category::Desa)));
    assert_eq!(t.state.page, Page::Check);
    t.send(Action::Failed(Failure::Storage));
    assert_eq!(t.state.notice, Some(i18n::STORAGE_FAILED.into()));
}

#[test]
fn saved_work_reopens_where_it_was_left() {
    let mut t = Tester::padang_panjang();
    t.send(Action::SetLang(Lang::En));
    let text = t.flush().expect("written");
    let (s, effects) = State::boot(Some(&text));
    assert_eq!((s.page, s.lang), (Page::Check, Lang::En));
    assert_eq!(s.library, t.state.library);
    assert_eq!(effects, [Effect::SetDocumentLang(Lang::En)]);
}

#[test]
fn damaged_storage_is_copied_aside_before_anything_is_written() {
    let damaged = r#"{"schema":1,"assessment":{"category":"kab"#;
    let (s, effects) = State::boot(Some(damaged));
    assert!(effects.contains(&Effect::KeepAside(damaged.to_string())));
    let mut t = Tester { state: s };
    t.send(Action::Library(LibraryAction::New(Category::Desa)));
    assert_eq!(t.flush(), None, "nothing is written until the damaged text is safe");
    let effects = t.send(Action::Storage(StorageAction::AsideKept(Some("cek-paritrana.cadangan.42".into()))));
    assert_eq!(effects, [Effect::ScheduleSave]);
    let notice = t.state.notice.clone().expect("a notice");
    assert!(notice.id.contains("rusak") && notice.id.contains("cek-paritrana.cadangan.42"), "{}", notice.id);
    assert!(notice.en.contains("damaged") && notice.en.contains("(key: cek-paritrana.cadangan.42)"), "{}", notice.en);
    let written = t.flush().expect("written once the original is safe");
    assert_eq!(library_of(&written).assessments.len(), 1);
}

#[test]
fn damaged_storage_that_cannot_be_copied_aside_is_never_overwritten() {
    let (s, _) = State::boot(Some("{not json"));
    let mut t = Tester { state: s };
    t.send(Action::Storage(StorageAction::AsideKept(None)));
    assert!(t.state.notice.as_ref().is_some_and(|m| m.id.contains(i18n::NOT_OVERWRITTEN.id)));
    t.send(Action::DismissNotice);
    let effects = t.send(Action::Library(LibraryAction::New(Category::Umk)));
    assert!(!effects.contains(&Effect::ScheduleSave));
    assert_eq!(t.state.notice, Some(i18n::NOT_OVERWRITTEN.into()), "each change says it is not saved");
    assert_eq!(t.flush(), None);
    assert_eq!(t.send(Action::Storage(StorageAction::ChangedElsewhere(Some(saved(&t))))), []);
}

// A new release (the service worker opens it on the visit after it was published).

fn release(running: &str, last: Option<&str>) -> Action {
    Action::Release { running: running.into(), last: last.map(Into::into) }
}

#[test]
fn the_first_run_remembers_its_release_without_a_word() {
    let mut t = Tester::new();
    assert_eq!(t.send(release("a1", None)), [Effect::Write { key: RELEASE_KEY, text: "a1".into() }]);
    assert_eq!(t.state.notice, None);
}

#[test]
fn the_same_release_again_is_no_news() {
    let mut t = Tester::new();
    assert_eq!(t.send(release("a1", Some("a1"))), []);
    assert_eq!(t.state.notice, None);
}

#[test]
fn a_new_release_is_said_once_and_changes_no_data() {
    let mut t = Tester::padang_panjang();
    t.flush();
    let before = (t.state.library.clone(), t.state.page);
    let effects = t.send(release("b2", Some("a1")));
    assert_eq!(effects, [Effect::Write { key: RELEASE_KEY, text: "b2".into() }], "remembered, nothing saved");
    assert_eq!(t.state.notice, Some(i18n::NEW_RELEASE.into()));
    assert_eq!((t.state.library.clone(), t.state.page), before);
    t.send(Action::DismissNotice);
    assert_eq!(t.send(release("b2", Some("b2"))), [], "the next visit of the same release");
    assert_eq!(t.state.notice, None);
}

#[test]
fn a_new_release_does_not_hide_a_message_about_saved_data() {
    let mut t = Tester::boot(None);
    t.send(release("b2", Some("a1")));
    assert_eq!(t.state.notice, Some(i18n::STORAGE_FAILED.into()));
}

#[test]
fn a_recovered_library_keeps_what_could_be_read() {
    let text = r#"{"schema":2,"lang":"en","library":{"current":7,"assessments":[{"id":7,"title":"A","assessment":{"category":"kabkota","entry":{"fields":{"employed":"1.000","bogus":"5"}}}}]}}"#;
    let (s, effects) = State::boot(Some(text));
    assert!(matches!(effects.last(), Some(Effect::KeepAside(_))));
    assert_eq!(s.page, Page::Check);
    assert_eq!(s.current().map(|c| c.assessment.entry.raw(Field::Employed)), Some("1.000"));
}

// Navigating and editing.

#[test]
fn choosing_a_category_opens_a_new_assessment_and_saves_it() {
    let mut t = Tester::new();
    let effects = t.send(Action::Library(LibraryAction::New(Category::Kabkota)));
    assert_eq!(t.state.page, Page::Check);
    assert!(effects.contains(&Effect::ScrollToTop) && effects.contains(&Effect::ScheduleSave), "{effects:?}");
    let text = t.flush().expect("written");
    assert!(text.contains(r#""category":"kabkota""#), "{text}");
    assert_eq!(t.flush(), None, "nothing new to write");
}

#[test]
fn fields_keep_the_text_as_typed_and_empty_text_clears_them() {
    let mut t = Tester::padang_panjang();
    t.edit(Edit::Field(Field::BudgetCurrent, "Rp 1,5 kilo".into()));
    assert_eq!(t.raw(Field::BudgetCurrent), "Rp 1,5 kilo");
    t.edit(Edit::Field(Field::BudgetCurrent, String::new()));
    assert!(!t.assessment().entry.fields.contains_key(&Field::BudgetCurrent));
    t.edit(Edit::Checked(Item::RequiresBudget, true));
    t.edit(Edit::Attendance(Attendance::Head));
    let e = &t.assessment().entry;
    assert!(e.checked.contains(&Item::RequiresBudget) && e.attendance == Attendance::Head);
    t.edit(Edit::Checked(Item::RequiresBudget, false));
    assert!(t.assessment().entry.checked.is_empty());
}

#[test]
fn edits_without_an_open_assessment_change_nothing() {
    let mut t = Tester::new();
    let before = t.state.clone();
    assert_eq!(t.edit(Edit::Field(Field::Employed, "10".into())), []);
    assert_eq!(t.edit(Edit::ResetWeights), []);
    assert_eq!(t.send(Action::Export(ExportAction::Print)), []);
    assert_eq!(t.state, before);
}

#[test]
fn each_page_says_its_address_and_the_history_follows() {
    let mut t = Tester::padang_panjang();
    let id = t.state.library.current.expect("one open");
    assert_eq!(t.state.address(), CHECK_ADDRESS);
    // A page opened by a link is a new entry of the history; the one left is first shown by
    // its own address, so that the back button comes back to it.
    let effects = t.send(Action::Follow(SitePage::Library.file().into()));
    assert_eq!(t.state.address(), SitePage::Library.file());
    let shown: Vec<_> = effects.iter().filter(|e| matches!(e, Effect::ShowAddress { .. })).collect();
    assert_eq!(
        shown,
        [
            &Effect::ShowAddress { address: CHECK_ADDRESS.into(), push: false },
            &Effect::ShowAddress { address: SitePage::Library.file().into(), push: true }
        ]
    );
    assert!(effects.contains(&Effect::SetTitle("Penilaian saya · Cek Paritrana".into())), "{effects:?}");
    t.send(Action::Follow(dossier_address(id)));
    assert_eq!((t.state.page, t.state.address()), (Page::Dossier, dossier_address(id)));
    // The back button: the browser is at the library's address again; nothing is pushed.
    let effects = t.send(Action::Arrived(SitePage::Library.file().into()));
    assert_eq!(t.state.page, Page::Library);
    assert!(!effects.iter().any(|e| matches!(e, Effect::ShowAddress { .. })), "{effects:?}");
    // Opened from the library page, an assessment is on the self-check's form.
    t.send(Action::Library(LibraryAction::Open(id)));
    assert_eq!((t.state.page, t.state.address().as_str()), (Page::Check, CHECK_ADDRESS));
    // The start page has an address of its own while an assessment is open.
    t.send(Action::Navigate(Page::Start));
    assert_eq!(t.state.address(), "./#mulai");
    let mut check = Tester::padang_panjang();
    assert_eq!(check.state.page, Page::Check);
    let effects = check.send(Action::Arrived(t.state.address()));
    assert_eq!(check.state.page, Page::Start);
    assert!(!effects.iter().any(|e| matches!(e, Effect::ShowAddress { .. })), "{effects:?}");
    // Every address of the app reads back to its page.
    for page in [Page::Start, Page::Check, Page::Library, Page::Dossier, Page::Planner, Page::Compare] {
        let mut there = Tester::padang_panjang();
        there.send(Action::Navigate(page));
        let address = there.state.address();
        let mut cold = Tester::padang_panjang();
        cold.send(Action::Arrived(address.clone()));
        assert_eq!(cold.state.page, page, "{address}");
        assert!(route(&address).is_some(), "{address}");
    }
}

#[test]
fn a_first_visit_starts_on_the_start_page_and_back_returns_to_it() {
    let mut t = Tester::new();
    assert_eq!(t.send(Action::Arrived(String::new())), []);
    assert_eq!(t.state.page, Page::Start);
    let effects = t.send(Action::Library(LibraryAction::New(Category::Kabkota)));
    assert!(effects.contains(&Effect::ShowAddress { address: "./#mulai".into(), push: false }), "{effects:?}");
    assert!(effects.contains(&Effect::ShowAddress { address: CHECK_ADDRESS.into(), push: true }), "{effects:?}");
    t.send(Action::Arrived("#mulai".into()));
    assert_eq!(t.state.page, Page::Start);
    t.send(Action::Arrived(String::new()));
    assert_eq!(t.state.page, Page::Check, "forward again");
}

#[test]
fn a_category_cards_address_starts_one_new_assessment_and_then_shows_the_forms() {
    for c in Category::ALL {
        assert_eq!(route(&new_address(c)), Some(Route::New(c)), "{c:?}");
    }
    assert_eq!(new_address(Category::Kabkota), "./#baru=kabkota");
    // Tapped before the app ran: the page opens at the card's address (as the edge reads it).
    let mut t = Tester::new();
    let effects = t.send(Action::Arrived("#baru=kabkota".into()));
    assert_eq!(t.state.page, Page::Check);
    assert_eq!(t.titles().len(), 1);
    assert_eq!(t.state.current().map(|s| s.assessment.category), Some(Category::Kabkota));
    assert!(effects.contains(&Effect::ScheduleSave), "{effects:?}");
    // The address becomes the form's, in place: a reload or the back button starts no other.
    let shown: Vec<_> = effects.iter().filter(|e| matches!(e, Effect::ShowAddress { .. })).collect();
    assert_eq!(shown, [&Effect::ShowAddress { address: CHECK_ADDRESS.into(), push: false }]);
    let saved = t.flush().expect("written");
    let mut reloaded = Tester::boot(Some(&saved));
    reloaded.send(Action::Arrived(String::new()));
    assert_eq!((reloaded.state.page, reloaded.titles().len()), (Page::Check, 1));
    t.send(Action::Arrived("index.html".into()));
    assert_eq!((t.state.page, t.titles().len()), (Page::Check, 1));
    // Tapped once the app runs: the link is followed in the page; back returns to the start.
    let mut t = Tester::new();
    t.send(Action::Arrived(String::new()));
    let effects = t.send(Action::Follow("index.html#baru=desa".into()));
    assert_eq!(t.state.current().map(|s| s.assessment.category), Some(Category::Desa));
    assert!(effects.contains(&Effect::ShowAddress { address: "./#mulai".into(), push: false }), "{effects:?}");
    assert!(effects.contains(&Effect::ShowAddress { address: CHECK_ADDRESS.into(), push: true }), "{effects:?}");
    t.send(Action::Arrived("#mulai".into()));
    assert_eq!((t.state.page, t.titles().len()), (Page::Start, 1));
    // A category that does not read starts nothing: the self-check as it opens.
    let mut t = Tester::new();
    t.send(Action::Arrived("#baru=kota".into()));
    assert_eq!((t.state.page, t.titles().len()), (Page::Start, 0));
}

#[test]
fn a_criterion_has_one_place_on_the_method_page_in_each_language() {
    assert_eq!(method_anchor(Category::Kabkota, "cakupan.ucj"), "m-kabkota-cakupan-ucj");
    assert_eq!(
        method_criterion_address(Lang::Id, Category::Kabkota, "cakupan.ucj"),
        "metode.html#m-kabkota-cakupan-ucj"
    );
    assert_eq!(method_criterion_address(Lang::En, Category::Desa, "cakupan.ucj"), "method.html#m-desa-cakupan-ucj");
}

#[test]
fn the_assessment_page_needs_an_assessment() {
    let mut t = Tester::new();
    t.send(Action::Navigate(Page::Check));
    assert_eq!(t.state.page, Page::Start);
    t.send(Action::Navigate(Page::Library));
    assert_eq!(t.state.page, Page::Library);
}

#[test]
fn the_language_switch_sets_the_document_language_and_is_saved() {
    let mut t = Tester::padang_panjang();
    t.flush();
    let effects = t.send(Action::SetLang(Lang::En));
    assert!(effects.contains(&Effect::SetDocumentLang(Lang::En)) && effects.contains(&Effect::ScheduleSave));
    assert_eq!(t.raw(Field::Employed), "19.654", "the data stays");
    assert!(t.flush().expect("written").contains(r#""lang":"en""#));
}

#[test]
fn changing_the_category_keeps_entries_and_resets_weights_and_marks() {
    let mut t = Tester::padang_panjang();
    let ucj = t.criterion("cakupan.ucj");
    t.edit(Edit::Weight(ucj, "30".into()));
    t.edit(Edit::Applicable(t.criterion("cakupan.non_asn"), false));
    t.edit(Edit::Category(Category::Provinsi));
    let a = t.assessment();
    assert_eq!(a.category, Category::Provinsi);
    assert!(a.weights.is_empty() && a.not_applicable.is_empty());
    assert_eq!(t.raw(Field::Employed), "19.654");
}

#[test]
fn not_applicable_marks_toggle() {
    let (mut t, id) = Tester::padang_panjang_at("cakupan.non_asn");
    t.edit(Edit::Applicable(id, false));
    assert!(t.assessment().not_applicable.contains(id));
    t.edit(Edit::Applicable(id, true));
    assert!(t.assessment().not_applicable.is_empty());
}

// Weights.

#[test]
fn a_typed_weight_is_read_and_the_others_rescale_to_100() {
    let (mut t, id) = Tester::padang_panjang_at("regulasi.instrumen");
    t.edit(Edit::Weight(id, "30".into()));
    assert_eq!(t.weight(id), dec!(30));
    let a = t.assessment();
    assert_eq!(a.rubric().criteria.iter().map(|c| a.weight(c)).sum::<Decimal>(), dec!(100));
    t.edit(Edit::Weight(id, "12,5%".into()));
    assert_eq!(t.weight(id), dec!(12.5), "Indonesian decimal comma and a percent sign");
}

#[test]
fn an_unreadable_weight_stays_in_its_box_and_changes_nothing() {
    let (mut t, id) = Tester::padang_panjang_at("cakupan.ucj");
    let before = t.state.library.clone();
    t.edit(Edit::Weight(id, "banyak".into()));
    assert_eq!(t.state.weight_drafts.get(id).map(String::as_str), Some("banyak"));
    assert_eq!(t.state.library, before);
    t.edit(Edit::Weight(id, "20".into()));
    assert!(t.state.weight_drafts.is_empty(), "a readable weight replaces the draft");
    t.edit(Edit::Weight(id, "x".into()));
    t.edit(Edit::ResetWeights);
    assert!(t.state.weight_drafts.is_empty());
    assert!(t.assessment().weights.is_empty());
}

#[test]
fn drafts_belong_to_the_assessment_they_were_typed_in() {
    let (mut t, id) = Tester::padang_panjang_at("cakupan.ucj");
    t.edit(Edit::Weight(id, "x".into()));
    t.send(Action::Library(LibraryAction::New(Category::Kabkota)));
    assert!(t.state.weight_drafts.is_empty());
}

// The library.

#[test]
fn delete_then_undo_puts_it_back_where_it_was() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    t.send(Action::Library(LibraryAction::Delete(1)));
    assert_eq!(t.state.library.assessments.len(), 1);
    assert!(t.state.undo.is_some());
    t.send(Action::Library(LibraryAction::Undo));
    assert_eq!(t.titles(), ["Kota Padang Panjang 2024", "Usaha Kecil dan Mikro"]);
    assert_eq!(t.state.library.current, Some(1));
    assert!(t.state.undo.is_none());
}

#[test]
fn undo_never_loses_an_assessment_whose_id_was_taken_meanwhile() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    t.send(Action::Library(LibraryAction::Delete(2)));
    t.send(Action::Library(LibraryAction::New(Category::Desa)));
    t.send(Action::Library(LibraryAction::Undo));
    assert_eq!(t.state.library.assessments.len(), 3);
    let ids: std::collections::BTreeSet<u32> = t.state.library.assessments.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 3, "ids stay unique");
}

#[test]
fn duplicate_and_rename_in_the_interface_language() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::Duplicate(1)));
    assert_eq!(t.current_title(), "Salinan Kota Padang Panjang 2024");
    t.send(Action::SetLang(Lang::En));
    t.send(Action::Library(LibraryAction::Duplicate(1)));
    assert_eq!(t.current_title(), "Copy of Kota Padang Panjang 2024");
    t.send(Action::Library(LibraryAction::Rename(1, "Data 2024".into())));
    assert_eq!(t.state.library.get(1).map(|s| s.title.as_str()), Some("Data 2024"));
    assert_eq!(t.send(Action::Library(LibraryAction::Rename(99, "x".into()))), [], "an unknown id changes nothing");
}

#[test]
fn the_library_and_method_pages_views_last_while_open_and_are_never_saved() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    t.send(Action::Navigate(Page::Library));
    let before = t.flush();
    // Renaming: typed text waits in the row until saved or cancelled, and writes nothing.
    assert_eq!(t.send(Action::View(ViewAction::Renaming(Some((1, "Data".into()))))), []);
    assert_eq!(t.send(Action::View(ViewAction::Confirming(Some(2)))), []);
    assert_eq!(t.state.view.renaming, Some((1, "Data".into())));
    assert_eq!(t.state.view.confirming, Some(2));
    assert_eq!(t.flush(), None, "nothing to write: {before:?}");
    t.send(Action::Library(LibraryAction::Rename(1, "Data 2024".into())));
    assert_eq!((t.state.view.renaming.clone(), t.state.view.confirming), (None, Some(2)));
    assert_eq!(t.state.library.get(1).map(|s| s.title.as_str()), Some("Data 2024"));
    t.send(Action::Library(LibraryAction::Delete(2)));
    assert_eq!(t.state.view.confirming, None);
    assert!(t.state.library.get(2).is_none());
    // Left and opened again, the page starts afresh.
    t.send(Action::View(ViewAction::Confirming(Some(1))));
    t.send(Action::Navigate(Page::Check));
    t.send(Action::Navigate(Page::Library));
    assert_eq!(t.state.view.confirming, None);
}

#[test]
fn the_method_page_opens_in_the_apps_language_on_the_open_assessments_category() {
    let mut t = Tester::new();
    assert_eq!(t.state.method_address(), "metode.html", "without an assessment the page chooses");
    t.send(Action::SetLang(Lang::En));
    assert_eq!(t.state.method_address(), "method.html");
    let mut t = Tester::padang_panjang();
    assert_eq!(t.state.method_address(), "metode.html#kabkota");
    t.send(Action::SetLang(Lang::En));
    assert_eq!(t.state.method_address(), "method.html#kabkota");
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    assert_eq!(t.state.method_address(), "method.html#umk");
}

#[test]
fn opening_an_assessment_shows_it() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    t.send(Action::Navigate(Page::Library));
    let effects = t.send(Action::Library(LibraryAction::Open(1)));
    assert_eq!((t.state.page, t.state.library.current), (Page::Check, Some(1)));
    assert!(effects.contains(&Effect::ScrollToTop));
    t.send(Action::Navigate(Page::Library));
    t.send(Action::Library(LibraryAction::Open(42)));
    assert_eq!(t.state.page, Page::Library, "an unknown id opens nothing");
}

#[test]
fn next_years_target_copies_the_assessment_and_pairs_them_for_comparison() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::StartTarget));
    assert_eq!(t.current_title(), "Target 2025: Kota Padang Panjang");
    assert_eq!(t.assessment().entry.year, "2025");
    assert_eq!(t.raw(Field::Employed), "19.654");
    assert_eq!(
        t.raw(Field::CoveragePrevious),
        "78,28",
        "2024's coverage, 15.386 of 19.654, is the target's year before"
    );
    assert_eq!(t.state.compare_address(), "bandingkan.html#1,2", "the comparison page opens on both");
    t.edit(Edit::Profile(ProfileField::Year, String::new()));
    t.send(Action::Library(LibraryAction::StartTarget));
    assert!(t.current_title().starts_with("Target: "), "{}", t.current_title());
}

/// The comparison as the self-check's link opens it, in the same app.
fn comparison(t: &mut Tester) -> Option<(u32, u32)> {
    t.send(Action::Follow(t.state.compare_address()));
    assert_eq!(t.state.page, Page::Compare);
    t.state.compare_pair()
}

#[test]
fn the_comparison_defaults_to_the_open_one_and_the_one_before_it() {
    let mut t = Tester::padang_panjang();
    assert_eq!(t.state.compare_address(), "bandingkan.html", "one assessment cannot be compared");
    assert_eq!(comparison(&mut t), None);
    t.send(Action::Library(LibraryAction::New(Category::Kabkota)));
    t.send(Action::Library(LibraryAction::New(Category::Desa)));
    assert_eq!(comparison(&mut t), Some((2, 3)));
    t.send(Action::Library(LibraryAction::Open(1)));
    let mut fresh = Tester { state: State::boot(Some(&t.state.saved_text())).0 };
    assert_eq!(comparison(&mut fresh), Some((2, 1)), "nothing before the first: the next one");
    assert_eq!(comparison(&mut t), Some((2, 3)), "the pair chosen stays while the app is open");
    t.send(Action::Compare(Side::After, 1));
    // A choice is shown in the address, in place: a reload or a copy keeps it.
    let effects = t.send(Action::Compare(Side::Before, 3));
    assert_eq!(effects, [Effect::ShowAddress { address: "bandingkan.html#3,1".into(), push: false }]);
    t.send(Action::Compare(Side::After, 2));
    assert_eq!(t.state.compare_pair(), Some((3, 2)));
    let mut reloaded = Tester::padang_panjang();
    reloaded.state = State::boot(Some(&t.state.saved_text())).0;
    reloaded.send(Action::Arrived("bandingkan.html#3,2".into()));
    assert_eq!(reloaded.state.compare_pair(), Some((3, 2)), "the address keeps the choice");
    reloaded.send(Action::Library(LibraryAction::Delete(3)));
    assert_eq!(reloaded.state.compare_pair(), Some((1, 2)), "a deleted choice falls back");
}

#[test]
fn the_comparisons_language_is_the_apps() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::StartTarget));
    comparison(&mut t);
    let effects = t.send(Action::SetLang(Lang::En));
    assert!(effects.contains(&Effect::SetDocumentLang(Lang::En)) && effects.contains(&Effect::ScheduleSave));
    assert!(effects.contains(&Effect::SetTitle("Compare · Cek Paritrana".into())), "{effects:?}");
}

// Files.

fn exported(t: &mut Tester) -> String {
    t.send(Action::Today("2026-11-23".into()));
    let effects = t.send(Action::Export(ExportAction::File));
    match effects.as_slice() {
        [Effect::Download { name, mime, content }] => {
            assert_eq!(name, "cek-paritrana_kota-padang-panjang-2024_2026-11-23.json");
            assert_eq!(*mime, "application/json");
            content.clone()
        }
        other => panic!("one download expected: {other:?}"),
    }
}

#[test]
fn an_exported_file_imports_as_a_new_assessment() {
    let mut t = Tester::padang_panjang();
    let file = exported(&mut t);
    let mut other = Tester::new();
    other.send(Action::Import(ImportAction::Read(file.into_bytes())));
    let pending = other.state.pending_import.clone().expect("a preview");
    assert_eq!(&pending.assessment, t.assessment());
    other.send(Action::Import(ImportAction::AsNew));
    assert_eq!(other.state.page, Page::Check);
    assert_eq!(other.current_title(), "Kota Padang Panjang 2024");
    assert!(other.state.pending_import.is_none());
}

#[test]
fn an_import_can_replace_the_open_assessment() {
    let mut t = Tester::padang_panjang();
    let file = exported(&mut t);
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    t.send(Action::Import(ImportAction::Read(file.into_bytes())));
    t.send(Action::Import(ImportAction::Replace));
    assert_eq!(t.state.library.assessments.len(), 2);
    assert_eq!(t.state.library.current, Some(2));
    assert_eq!(t.current_title(), "Kota Padang Panjang 2024");
    // With nothing open, replacing adds.
    let mut empty = Tester::new();
    empty.send(Action::Import(ImportAction::Read(exported(&mut t).into_bytes())));
    empty.send(Action::Import(ImportAction::Replace));
    assert_eq!(empty.state.library.assessments.len(), 1);
}

#[test]
fn a_refused_file_says_why_and_changes_nothing() {
    let mut t = Tester::padang_panjang();
    let before = t.state.library.clone();
    t.send(Action::Import(ImportAction::Read(br#"{"hello":"world"}"#.to_vec())));
    assert!(t.state.import_error.as_ref().is_some_and(|m| m.id.contains("bukan berkas Cek Paritrana")));
    assert!(t.state.pending_import.is_none());
    t.send(Action::Import(ImportAction::Unreadable));
    assert_eq!(t.state.import_error, Some(i18n::IMPORT_READ_FAILED.into()));
    t.send(Action::Import(ImportAction::AsNew));
    assert_eq!(t.state.library, before);
    // A good file after a bad one clears the message; cancel drops the preview.
    let file = exported(&mut t);
    t.send(Action::Import(ImportAction::Read(file.into_bytes())));
    assert!(t.state.import_error.is_none() && t.state.pending_import.is_some());
    t.send(Action::Import(ImportAction::Cancel));
    assert!(t.state.pending_import.is_none());
    assert_eq!(t.state.library, before);
}

#[test]
fn the_csv_download_is_named_and_formatted_for_spreadsheets() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Today("2026-11-23".into()));
    let effects = t.send(Action::Export(ExportAction::Csv));
    let [Effect::Download { name, mime, content }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(name, "cek-paritrana_kota-padang-panjang-2024_2026-11-23.csv");
    assert_eq!(*mime, "text/csv;charset=utf-8");
    assert!(content.starts_with("\u{feff}ID kriteria;"), "{content}");
    t.send(Action::Failed(Failure::Download));
    assert_eq!(t.state.notice, Some(i18n::DOWNLOAD_FAILED.into()));
    assert_eq!(t.send(Action::Export(ExportAction::Print)), [Effect::Print]);
}

// Links.

fn copied_link(t: &mut Tester) -> String {
    t.state.folder = "https://x.example/sub/".into();
    let effects = t.send(Action::Export(ExportAction::CopyLink));
    let [Effect::CopyText(url)] = effects.as_slice() else { panic!("{effects:?}") };
    url.clone()
}

#[test]
fn a_share_link_is_copied_or_shown_to_copy_by_hand() {
    let mut t = Tester::padang_panjang();
    let url = copied_link(&mut t);
    assert!(url.starts_with("https://x.example/sub/#a="), "the page's own fragment is dropped: {url}");
    t.send(Action::Export(ExportAction::LinkCopied(true)));
    assert_eq!(t.state.share, Some(Sharing::Copied));
    let url = copied_link(&mut t);
    t.send(Action::Export(ExportAction::LinkCopied(false)));
    assert_eq!(t.state.share, Some(Sharing::Manual(url)));
    t.send(Action::Navigate(Page::Library));
    assert_eq!(t.state.share, None, "the message belongs to the page it was shown on");
}

#[test]
fn a_link_opens_as_a_new_assessment_beside_the_receivers_own() {
    let mut sender = Tester::padang_panjang();
    let url = copied_link(&mut sender);
    let fragment = &url[url.find('#').expect("a fragment")..];
    let mut receiver = Tester::new();
    receiver.send(Action::Library(LibraryAction::New(Category::Desa)));
    let effects = receiver.send(Action::Arrived(format!("./{fragment}")));
    // Opened once: the address becomes the form's, so that a reload does not add it again.
    let cleared = Effect::ShowAddress { address: CHECK_ADDRESS.into(), push: false };
    assert!(effects.contains(&cleared) && effects.contains(&Effect::ScheduleSave), "{effects:?}");
    assert_eq!(receiver.state.library.assessments.len(), 2);
    assert_eq!(receiver.state.current().map(|s| &s.assessment), sender.state.current().map(|s| &s.assessment));
    assert_eq!(receiver.state.notice, Some(i18n::LINK_OPENED.into()));
}

#[test]
fn a_damaged_link_explains_itself_and_adds_nothing() {
    let mut sender = Tester::padang_panjang();
    let url = copied_link(&mut sender);
    let fragment = &url[url.find('#').expect("a fragment")..];
    let mut receiver = Tester::new();
    let effects = receiver.send(Action::Arrived(fragment[..fragment.len() - 30].to_string()));
    assert_eq!(effects, [Effect::ShowAddress { address: "./#mulai".into(), push: false }]);
    assert!(receiver.state.library.assessments.is_empty());
    let notice = receiver.state.notice.clone().expect("a notice");
    assert_eq!(notice, link::LinkError::Damaged.message());
    // Fragments that are not links are the page as it is.
    assert_eq!(receiver.send(Action::Arrived("#hasil".into())), []);
    assert_eq!(receiver.send(Action::Arrived(String::new())), []);
}

// Two tabs.

impl Tester {
    /// The other tab opens Padang Panjang, changes its employed figure and writes.
    fn edits_employed_and_writes(&mut self) -> String {
        self.send(Action::Library(LibraryAction::Open(1)));
        self.edit(Edit::Field(Field::Employed, "20.000".into()));
        self.flush().expect("the other tab writes")
    }
}

/// Two tabs that started from the same saved library.
fn two_tabs() -> (Tester, Tester) {
    let mut first = Tester::padang_panjang();
    first.send(Action::Library(LibraryAction::New(Category::Umk)));
    let text = first.flush().expect("written");
    (Tester::boot(Some(&text)), Tester::boot(Some(&text)))
}

#[test]
fn an_edit_in_another_tab_appears_here_and_this_tabs_edits_stay() {
    let (mut a, mut b) = two_tabs();
    let from_b = b.edits_employed_and_writes();
    a.edit(Edit::Field(Field::Employees, "12".into()));
    let effects = a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    assert_eq!(effects, [Effect::ScheduleSave], "a writes back the merge");
    assert_eq!(a.state.library.get(1).map(|s| s.assessment.entry.raw(Field::Employed)), Some("20.000"));
    assert_eq!(a.state.library.get(2).map(|s| s.assessment.entry.raw(Field::Employees)), Some("12"));
    assert_eq!(a.state.notice, None, "nothing to report when nothing clashed");
    assert_eq!(a.state.library.current, Some(2), "the open assessment stays open");
    // And b takes a's merge without writing again.
    let merged = a.flush().expect("a writes");
    assert_eq!(b.send(Action::Storage(StorageAction::ChangedElsewhere(Some(merged.clone())))), []);
    assert_eq!(b.state.library.assessments, library_of(&merged).assessments);
}

#[test]
fn when_both_tabs_changed_one_assessment_both_versions_are_kept() {
    let (mut a, mut b) = two_tabs();
    let from_b = b.edits_employed_and_writes();
    a.send(Action::Library(LibraryAction::Open(1)));
    a.edit(Edit::Field(Field::Employed, "21.000".into()));
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    assert_eq!(a.state.library.assessments.len(), 3);
    assert_eq!(a.state.library.get(1).map(|s| s.assessment.entry.raw(Field::Employed)), Some("20.000"));
    let mine = a.state.current().expect("open");
    assert_eq!(mine.assessment.entry.raw(Field::Employed), "21.000", "this tab goes on with its version");
    assert_eq!(mine.title, "Kota Padang Panjang 2024 (versi tab ini)");
    let notice = a.state.notice.clone().expect("said so");
    assert!(notice.id.contains("Kota Padang Panjang 2024") && notice.en.contains("Both versions are kept"));
}

#[test]
fn a_deletion_elsewhere_removes_only_what_was_not_edited_here() {
    let (mut a, mut b) = two_tabs();
    b.send(Action::Library(LibraryAction::Delete(1)));
    b.send(Action::Library(LibraryAction::Delete(2)));
    let from_b = b.flush().expect("b writes");
    a.send(Action::Library(LibraryAction::Open(1)));
    a.edit(Edit::Field(Field::Employed, "20.000".into()));
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    assert_eq!(a.titles(), ["Kota Padang Panjang 2024"], "the edited one is kept, the untouched one goes");
    assert_eq!(a.raw(Field::Employed), "20.000");
}

#[test]
fn assessments_added_in_both_tabs_are_all_kept() {
    let (mut a, mut b) = two_tabs();
    b.send(Action::Library(LibraryAction::New(Category::Desa)));
    let from_b = b.flush().expect("b writes");
    a.send(Action::Library(LibraryAction::New(Category::BuBesar)));
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    let categories: Vec<Category> = a.state.library.assessments.iter().map(|s| s.assessment.category).collect();
    assert_eq!(categories, [Category::Kabkota, Category::Umk, Category::Desa, Category::BuBesar]);
    assert_eq!(a.state.current().map(|s| s.assessment.category), Some(Category::BuBesar));
    let ids: std::collections::BTreeSet<u32> = a.state.library.assessments.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 4);
}

#[test]
fn a_write_by_another_tab_not_heard_of_yet_is_merged_before_writing() {
    let (mut a, mut b) = two_tabs();
    let from_b = b.edits_employed_and_writes();
    a.send(Action::Library(LibraryAction::Open(1)));
    a.edit(Edit::Field(Field::Employed, "21.000".into()));
    // a's pause in typing comes before b's storage event reaches it.
    let written = a.flush_over(Some(from_b)).expect("a writes");
    let employed: Vec<String> =
        library_of(&written).assessments.iter().map(|s| s.assessment.entry.raw(Field::Employed).to_string()).collect();
    assert_eq!(employed, ["20.000", "", "21.000"], "both versions are written");
    assert!(a.state.notice.is_some());
}

#[test]
fn a_deletion_here_stays_deleted_when_another_tab_saves_first() {
    let (mut a, mut b) = two_tabs();
    a.send(Action::Library(LibraryAction::Delete(2)));
    let from_b = b.edits_employed_and_writes();
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    assert_eq!(a.titles(), ["Kota Padang Panjang 2024"]);
    assert_eq!(a.raw(Field::Employed), "20.000");
    let written = a.flush().expect("a writes its deletion");
    assert_eq!(library_of(&written).assessments.len(), 1);
    a.send(Action::Library(LibraryAction::Undo));
    assert_eq!(a.state.library.assessments.len(), 2, "undo brings back one copy, not two");
}

#[test]
fn a_late_storage_event_does_not_undo_this_tabs_own_write() {
    let (mut a, mut b) = two_tabs();
    let from_b = b.edits_employed_and_writes();
    a.send(Action::Library(LibraryAction::Open(2)));
    a.edit(Edit::Field(Field::Employees, "12".into()));
    let written = a.flush_over(Some(from_b)).expect("a merges and writes");
    // The event for b's write arrives now; the edge reads what storage holds: a's write.
    assert_eq!(a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(written)))), []);
    assert_eq!(a.raw(Field::Employees), "12");
    assert_eq!(a.state.library.get(1).map(|s| s.assessment.entry.raw(Field::Employed)), Some("20.000"));
}

#[test]
fn a_failed_write_keeps_the_changes_for_the_next_one() {
    let mut t = Tester::padang_panjang();
    let first = t.flush().expect("written");
    t.send(Action::Library(LibraryAction::New(Category::Umk)));
    assert!(t.flush_over(Some(first.clone())).is_some());
    t.send(Action::Failed(Failure::Storage));
    assert_eq!(t.state.notice, Some(i18n::STORAGE_FAILED.into()));
    t.send(Action::Library(LibraryAction::Open(1)));
    // Storage still holds the first text: nothing was written by anyone else.
    let written = t.flush_over(Some(first)).expect("written again");
    assert_eq!(library_of(&written).assessments.len(), 2, "the new assessment is not lost");
    assert_eq!(t.state.library.assessments.len(), 2);
}

#[test]
fn a_save_from_a_newer_version_in_another_tab_is_copied_aside_first() {
    let (mut a, _) = two_tabs();
    a.edit(Edit::Field(Field::Employees, "12".into()));
    let newer = r#"{"schema":99,"library":{"assessments":[]}}"#.to_string();
    let effects = a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(newer.clone()))));
    assert_eq!(effects, [Effect::KeepAside(newer.clone())]);
    assert_eq!(a.flush_over(Some(newer.clone())), None, "nothing is written over it yet");
    a.send(Action::Storage(StorageAction::AsideKept(Some("cek-paritrana.cadangan.7".into()))));
    assert!(a.state.notice.as_ref().is_some_and(|m| m.id.contains("cek-paritrana.cadangan.7")));
    let written = a.flush_over(Some(newer)).expect("written once it is safe");
    assert_eq!(library_of(&written).assessments.len(), 2, "this tab's work is kept");
}

#[test]
fn after_a_recovered_start_the_first_save_does_not_duplicate() {
    let v1 = r#"{"schema":1,"lang":"id","assessment":{"category":"umk","entry":{"name":"Toko Y","fields":{"employees":"12"}}}}"#;
    let (s, _) = State::boot(Some(v1));
    let mut t = Tester { state: s };
    t.send(Action::Storage(StorageAction::AsideKept(Some("k".into()))));
    t.edit(Edit::Field(Field::Employees, "13".into()));
    let written = t.flush_over(Some(v1.to_string())).expect("written");
    assert_eq!(library_of(&written).assessments.len(), 1);
    assert_eq!(t.raw(Field::Employees), "13");
}

#[test]
fn renumbered_assessments_keep_their_place_in_the_comparison() {
    let (mut a, mut b) = two_tabs();
    let from_b = b.edits_employed_and_writes();
    a.send(Action::Library(LibraryAction::Open(1)));
    a.edit(Edit::Field(Field::Employed, "21.000".into()));
    a.state.compare = (Some(2), Some(1));
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    let after = a.state.compare_pair().expect("a pair").1;
    let compared = a.state.library.get(after).expect("exists");
    assert_eq!(compared.assessment.entry.raw(Field::Employed), "21.000", "still this tab's version");
}

#[test]
fn the_open_assessment_deleted_elsewhere_is_said_and_the_start_page_shown() {
    let (mut a, mut b) = two_tabs();
    b.send(Action::Library(LibraryAction::Delete(2)));
    let from_b = b.flush().expect("b writes");
    assert_eq!(a.state.library.current, Some(2));
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    assert_eq!(a.state.page, Page::Start);
    assert_eq!(a.state.address(), "./#mulai");
    assert_eq!(a.state.notice, Some(i18n::OPEN_DELETED_ELSEWHERE.into()));
    assert_eq!(a.titles(), ["Kota Padang Panjang 2024"]);
}

#[test]
fn the_dossier_of_an_assessment_deleted_elsewhere_is_not_swapped_for_another() {
    let (mut a, mut b) = two_tabs();
    a.send(Action::Follow(dossier_address(2)));
    b.send(Action::Library(LibraryAction::Delete(2)));
    let from_b = b.flush().expect("b writes");
    a.send(Action::Storage(StorageAction::ChangedElsewhere(Some(from_b))));
    assert_eq!(a.state.page, Page::Start, "the dossier page says it has nothing to show");
    assert_eq!(a.state.notice, Some(i18n::OPEN_DELETED_ELSEWHERE.into()));
}

#[test]
fn a_second_copy_result_does_not_clear_the_first() {
    let mut t = Tester::padang_panjang();
    copied_link(&mut t);
    t.send(Action::Export(ExportAction::LinkCopied(true)));
    t.send(Action::Export(ExportAction::LinkCopied(true)));
    assert_eq!(t.state.share, Some(Sharing::Copied));
}

#[test]
fn a_refused_files_message_goes_when_the_page_is_left() {
    let mut t = Tester::new();
    t.send(Action::Import(ImportAction::Read(b"{".to_vec())));
    assert!(t.state.import_error.is_some());
    t.send(Action::Navigate(Page::Start));
    assert!(t.state.import_error.is_none());
}

#[test]
fn removed_or_unreadable_storage_elsewhere_is_kept_aside_and_written_again_from_here() {
    let (mut a, _) = two_tabs();
    assert_eq!(a.send(Action::Storage(StorageAction::ChangedElsewhere(None))), [Effect::ScheduleSave]);
    assert_eq!(library_of(&a.flush().expect("written")).assessments.len(), 2);
    // Unreadable text is copied aside before this tab's library is written over it.
    assert_eq!(
        a.send(Action::Storage(StorageAction::ChangedElsewhere(Some("{broken".into())))),
        [Effect::KeepAside("{broken".into())]
    );
    assert_eq!(a.send(Action::Storage(StorageAction::AsideKept(Some("k".into())))), [Effect::ScheduleSave]);
    assert_eq!(library_of(&a.flush_over(Some("{broken".into())).expect("written")).assessments.len(), 2);
    assert_eq!(a.state.library.assessments.len(), 2);
}

// Any sequence of events.

fn event() -> impl Strategy<Value = Action> {
    let category = prop::sample::select(Category::ALL.to_vec());
    prop_oneof![
        category.clone().prop_map(|c| Action::Library(LibraryAction::New(c))),
        (0u32..6).prop_map(|id| Action::Library(LibraryAction::Open(id))),
        (0u32..6).prop_map(|id| Action::Library(LibraryAction::Delete(id))),
        (0u32..6).prop_map(|id| Action::Library(LibraryAction::Duplicate(id))),
        Just(Action::Library(LibraryAction::Undo)),
        Just(Action::Library(LibraryAction::StartTarget)),
        (0u32..6).prop_map(|id| Action::View(ViewAction::Confirming(Some(id)))),
        (0u32..6, ".{0,8}").prop_map(|(id, t)| Action::View(ViewAction::Renaming(Some((id, t))))),
        Just(Action::Navigate(Page::Library)),
        category.prop_map(|c| Action::Edit(Edit::Category(c))),
        ".{0,12}".prop_map(|t| Action::Edit(Edit::Field(Field::Employed, t))),
        ".{0,8}".prop_map(|t| Action::Edit(Edit::Weight("cakupan.ucj", t))),
        Just(Action::Edit(Edit::ResetWeights)),
        Just(Action::Navigate(Page::Check)),
        Just(Action::Navigate(Page::Start)),
        Just(Action::SetLang(Lang::En)),
        Just(Action::Storage(StorageAction::Flush(None))),
        ".{0,40}".prop_map(|t| Action::Arrived(format!("#a={t}"))),
        proptest::collection::vec(any::<u8>(), 0..64).prop_map(|b| Action::Import(ImportAction::Read(b))),
        Just(Action::Import(ImportAction::AsNew)),
        Just(Action::Failed(Failure::Storage)),
        ".{0,20}".prop_map(|t| Action::Storage(StorageAction::ChangedElsewhere(Some(t)))),
        proptest::option::of(".{1,8}").prop_map(|k| Action::Storage(StorageAction::AsideKept(k))),
        ("[ab]", proptest::option::of("[ab]")).prop_map(|(running, last)| Action::Release { running, last }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever happens, the app never panics, ids stay unique, the open assessment
    /// exists, and what it writes reads back as written.
    #[test]
    fn any_sequence_of_events_keeps_the_app_whole(events in proptest::collection::vec(event(), 0..40)) {
        let mut t = Tester::new();
        for e in events {
            t.send(e);
            let lib = &t.state.library;
            let ids: std::collections::BTreeSet<u32> = lib.assessments.iter().map(|s| s.id).collect();
            prop_assert_eq!(ids.len(), lib.assessments.len());
            prop_assert!(lib.current.is_none_or(|id| lib.get(id).is_some()));
            prop_assert!(t.state.page != Page::Check || t.state.current().is_some());
        }
        if let Some(text) = t.flush() {
            prop_assert_eq!(library_of(&text), t.state.library.clone());
        }
    }
}

/// What a tab did to the library it started from: per assessment keep, rename (an edit)
/// or delete; then some added.
fn tab_changes(n: usize) -> impl Strategy<Value = (Vec<u8>, usize)> {
    (proptest::collection::vec(0u8..3, n), 0usize..3)
}

fn apply(base: &Library, (changes, added): &(Vec<u8>, usize), tab: &str) -> Library {
    let mut lib = base.clone();
    for (stored, change) in base.assessments.iter().zip(changes) {
        match change {
            1 => lib.get_mut(stored.id).expect("there").title = format!("{} {tab}", stored.title),
            2 => {
                lib.remove(stored.id);
            }
            _ => {}
        }
    }
    for i in 0..*added {
        lib.add(format!("new {tab} {i}"), Assessment::new(Category::Desa));
    }
    lib
}

proptest! {
    /// The two-tab merge never discards an edit: whatever either tab changed or added is
    /// in the result, what only one tab deleted is gone unless the other edited it, and
    /// ids stay unique.
    #[test]
    fn the_merge_never_discards_an_edit(n in 0usize..5, mine in tab_changes(5), theirs in tab_changes(5)) {
        let mut base = Library::default();
        for i in 0..n {
            base.add(format!("A{i}"), Assessment::new(Category::Kabkota));
        }
        let (mine, theirs) = (apply(&base, &mine, "mine"), apply(&base, &theirs, "theirs"));
        let merged = merge(&base, &mine, &theirs, Lang::Id).library;
        let ids: std::collections::BTreeSet<u32> = merged.assessments.iter().map(|s| s.id).collect();
        prop_assert_eq!(ids.len(), merged.assessments.len());
        let kept = |s: &Stored| merged.assessments.iter().any(|r| r.assessment == s.assessment && r.title.starts_with(&s.title));
        for s in mine.assessments.iter().chain(&theirs.assessments) {
            if base.get(s.id) != Some(s) {
                prop_assert!(kept(s), "lost {:?}", s.title);
            }
        }
        for b in &base.assessments {
            let (m, t) = (mine.get(b.id), theirs.get(b.id));
            let deleted_once = (m.is_none() && t == Some(b)) || (t.is_none() && m == Some(b));
            if deleted_once || (m.is_none() && t.is_none()) {
                prop_assert!(merged.get(b.id).is_none(), "{} should stay deleted", b.title);
            }
            if m == Some(b) && t == Some(b) {
                prop_assert_eq!(merged.get(b.id), Some(b));
            }
        }
    }
}

// The evidence dossier.

#[test]
fn evidence_is_recorded_saved_and_reopened_and_answers_readiness() {
    use cek_paritrana::core::evaluation::Evaluation;
    use cek_paritrana::core::model::evidence::{EvidenceEdit, EvidenceKind, EvidenceText};
    let mut t = Tester::padang_panjang();
    t.edit(Edit::Checked(Item::DocumentsReady, true));
    let regulation = t.criterion("regulasi.instrumen");
    t.send(Action::Follow(dossier_address(1)));
    assert_eq!(t.state.page, Page::Dossier);
    let effects = t.edit(Edit::Evidence(regulation, EvidenceEdit::Add(EvidenceKind::Peraturan)));
    assert!(effects.contains(&Effect::ScheduleSave), "a new piece is saved");
    t.edit(Edit::Evidence(regulation, EvidenceEdit::Text(0, EvidenceText::Title, "Perwako No. 12 Tahun 2021".into())));
    t.edit(Edit::Evidence(regulation, EvidenceEdit::Text(0, EvidenceText::Date, "2021-05-13".into())));
    t.edit(Edit::Evidence(regulation, EvidenceEdit::Bpjs(0, true)));
    // Another piece, started and then removed.
    t.edit(Edit::Evidence(regulation, EvidenceEdit::Add(EvidenceKind::Lainnya)));
    t.edit(Edit::Evidence(regulation, EvidenceEdit::Remove(1)));
    // A removal by mistake is put back where it stood, once.
    let whole = t.assessment().evidence.clone();
    t.edit(Edit::Evidence(regulation, EvidenceEdit::Remove(0)));
    assert!(t.assessment().evidence.of(regulation).is_empty());
    assert_eq!(t.state.view.removed.as_ref().map(|r| (r.0, r.1)), Some((regulation, 0)));
    t.edit(Edit::RestoreEvidence);
    t.edit(Edit::RestoreEvidence);
    assert_eq!(t.assessment().evidence, whole);
    assert_eq!(t.state.view.removed, None);

    let a = t.assessment();
    assert_eq!(a.evidence.of(regulation).len(), 1);
    let e = Evaluation::of(a);
    assert!(!e.unproven.contains(&regulation));
    assert!(!e.unproven.is_empty(), "coverage still claims points without evidence");
    assert_eq!(e.documents_ready, Some(false), "the dossier, not the tick, answers readiness");

    let text = t.flush().expect("written");
    let (s, _) = State::boot(Some(&text));
    assert_eq!((s.page, &s.library), (Page::Check, &t.state.library), "reopens with its evidence");
    assert_eq!(s.current().expect("open").assessment.evidence.of(regulation)[0].date, "2021-05-13");
}

#[test]
fn the_dossier_page_needs_an_open_assessment() {
    let mut t = Tester::new();
    t.send(Action::Arrived("bukti.html#1".into()));
    assert_eq!(t.state.page, Page::Start);
    assert_eq!(t.state.notice, Some(i18n::DOSSIER_NOT_FOUND.into()), "said, with the start page to begin");
}

#[test]
fn the_dossier_page_opens_on_the_assessment_its_address_names() {
    let mut t = Tester::padang_panjang();
    t.send(Action::Library(LibraryAction::New(Category::Desa)));
    let saved = t.flush().expect("written");
    let open = |fragment: &str| {
        let mut d = Tester { state: State::boot(Some(&saved)).0 };
        d.send(Action::Arrived(format!("bukti.html{fragment}")));
        (d.state.page, d.state.library.current)
    };
    let address = dossier_address(1);
    assert_eq!(address, "bukti.html#1");
    assert_eq!(open(&address["bukti.html".len()..]), (Page::Dossier, Some(1)), "the one it names");
    assert_eq!(open("#ev-cakupan.ucj"), (Page::Dossier, Some(2)), "a gap's link followed: the one open");
    assert_eq!(open("#99"), (Page::Dossier, Some(2)), "one not here: the one open");
}
