//! The app as a state machine: every change is an [`Action`] passed to [`State::update`],
//! which changes the state and returns the [`Effect`]s for the browser edge to perform.
//! Effects are plain values, so the whole app's behaviour is tested natively; the edge
//! reports back with events (a file read, a copy to the clipboard, a save to flush).
//!
//! The score is not here: it is derived from the assessment when shown
//! (`evaluation::Evaluation::of`).

mod pair;
mod sync;
mod view;

use rust_decimal::Decimal;

use crate::core::base::i18n;
use crate::core::base::number::{self, NumberKind};
use crate::core::base::sorted::SortedMap;
use crate::core::base::text::{Lang, Msg};
use crate::core::evaluation::planner::{PlanEdit, Sheet};
use crate::core::evaluation::score;
use crate::core::evaluation::target::{carries_this_year, next_year};
use crate::core::evaluation::validation::check;
use crate::core::evaluation::weights::set_weight;
use crate::core::formats::csv::criteria_csv;
use crate::core::formats::file::{self, AssessmentFile};
use crate::core::formats::json;
use crate::core::formats::link;
use crate::core::formats::persist::{self, Library, Loaded, Saved, Stored};
use crate::core::model::assessment::Assessment;
use crate::core::model::category::{BusinessSize, Category};
use crate::core::model::evidence::EvidenceEdit;
use crate::core::model::inputs::{Attendance, Field, Item, RegulationLevel, RevenueShare};
use crate::core::model::money::{Package, Programme, RiskGroup};
use crate::core::pages::machine::{Machine, Opening, Reply, StorageReader};
use crate::core::pages::{
    self, compare_address, dossier_address, method_file, planner_address, route, Route, SitePage,
};
use crate::core::rubric::measure::Change;

pub use pair::{Choice, Side};
pub use sync::{merge, Merged};
pub use view::{View, ViewAction};

pub use crate::core::pages::machine::Effect;
pub use crate::core::pages::{ASIDE_PREFIX, RELEASE_KEY, STORAGE_KEY};

/// The pages of the app, all run by this state machine from one WebAssembly module;
/// [`State::address`] says where the page shown is (`pages.rs` names the files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Check,
    /// The saved assessments: open, rename, duplicate, delete, import.
    Library,
    /// The evidence dossier of the open assessment.
    Dossier,
    /// What protection costs and what a budget buys, for the open assessment.
    Planner,
    /// Two assessments side by side.
    Compare,
}

impl Page {
    /// The site's page that shows it.
    pub fn site_page(self) -> SitePage {
        match self {
            Page::Start | Page::Check => SitePage::Check,
            Page::Library => SitePage::Library,
            Page::Dossier => SitePage::Dossier,
            Page::Planner => SitePage::Planner,
            Page::Compare => SitePage::Compare,
        }
    }
}

/// The planner's worksheet for an assessment, with the figures its address typed over the
/// assessment's own (a next step's). Not saved: a worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub from: u32,
    pub figures: Vec<(Field, Decimal)>,
    pub sheet: Sheet,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanAction {
    Edit(PlanEdit),
    /// Next year's target made from the plan, beside the assessment it came from.
    Apply,
}

/// The id of a criterion's place on the method page (of a category's criteria).
pub fn method_anchor(category: Category, criterion: &str) -> String {
    format!("m-{}-{}", category.code(), criterion.replace('.', "-"))
}

/// The method page, in `lang`, open at a criterion of a category.
pub fn method_criterion_address(lang: Lang, category: Category, criterion: &str) -> String {
    format!("{}#{}", method_file(lang), method_anchor(category, criterion))
}

/// The free-text parts of the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    Province,
    Year,
    Sector,
}

/// Everything that can happen to the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The browser is at this address of the app's folder (`bukti.html#3`, `./#a=…`): as
    /// the page opens, and when the back button or a pasted link moves it.
    Arrived(String),
    /// A link to a page of the app was followed: shown without loading anything.
    Follow(String),
    Navigate(Page),
    SetLang(Lang),
    Library(LibraryAction),
    Import(ImportAction),
    /// A change to the assessment open now.
    Edit(Edit),
    Export(ExportAction),
    Storage(StorageAction),
    DismissNotice,
    /// What a page shows while open, never saved.
    View(ViewAction),
    Plan(PlanAction),
    /// An assessment chosen for a side of the comparison.
    Compare(Side, u32),
    /// An effect the browser could not perform.
    Failed(Failure),
    /// The page has opened (sent once, before any edit).
    Opened(Opening),
    /// Today (`YYYY-MM-DD`), for file names and the report: the page came back into view.
    Today(String),
    /// The release the page runs and the one this browser last ran: a new release is then
    /// said in a notice.
    Release {
        running: String,
        last: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryAction {
    New(Category),
    Open(u32),
    Rename(u32, String),
    Duplicate(u32),
    Delete(u32),
    Undo,
    /// A copy of the assessment open now, for next year's plan.
    StartTarget,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportAction {
    /// The bytes of the file the user chose.
    Read(Vec<u8>),
    /// The browser could not read the chosen file.
    Unreadable,
    AsNew,
    Replace,
    Cancel,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Category(Category),
    Profile(ProfileField, String),
    Field(Field, String),
    Regulation(RegulationLevel),
    Checked(Item, bool),
    Programme(Programme, bool),
    Attendance(Attendance),
    RevenueShare(RevenueShare),
    LabourIntensive(bool),
    Size(BusinessSize),
    Risk(RiskGroup),
    /// What the budget pays for each vulnerable worker.
    Package(Package),
    /// The user has seen what the move to the current rubric did: the notice goes.
    AcceptRubric,
    Applicable(&'static str, bool),
    /// A weight as typed; read here, and kept as typed with a message when unreadable.
    Weight(&'static str, String),
    ResetWeights,
    /// A change to the evidence of a criterion, by id.
    Evidence(&'static str, EvidenceEdit),
    /// The piece of evidence removed last, put back where it stood.
    RestoreEvidence,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportAction {
    /// The criterion table for spreadsheets, named with today's date.
    Csv,
    File,
    /// Copy a share link to the self-check.
    CopyLink,
    /// Whether the clipboard took the link.
    LinkCopied(bool),
    Print,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageAction {
    /// The time to write what changed (the edge waits for a pause in typing), with what
    /// storage holds right now: another tab may have written since this one last looked.
    Flush(Option<String>),
    /// Damaged saved data was copied aside under this key, or could not be.
    AsideKept(Option<String>),
    /// Another tab saved; its text (`None` when it removed the data).
    ChangedElsewhere(Option<String>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    Download,
    Storage,
}

/// The outcome of "copy link", shown beside the buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sharing {
    Copying(String),
    Copied,
    /// No clipboard access: the link to copy by hand.
    Manual(String),
}

/// What the app knows about browser storage, to save without ever losing an edit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Storage {
    /// The library as it stands in storage, as far as this tab knows: what it last wrote
    /// or read. Another tab's save is merged against it.
    base: Library,
    /// The text storage held when this tab last read or wrote it: anything else there
    /// was written by another tab.
    known: Option<String>,
    /// Changes not written yet.
    dirty: bool,
    /// Saved data that cannot be read whole is being copied aside: never write over it.
    blocked: bool,
    /// The message about that data, waiting for the copy aside.
    damaged: Option<Msg>,
    /// The write just asked for, with what stood before it, until the edge says whether
    /// it failed (it says so at once).
    attempted: Option<(Library, Option<String>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub page: Page,
    pub library: Library,
    /// A message about saved data, links, files or another tab.
    pub notice: Option<Msg>,
    /// The last deleted assessment and where it stood, until undone or replaced.
    pub undo: Option<(usize, Stored)>,
    /// A file that passed every check, waiting for the user to say what to do with it.
    pub pending_import: Option<AssessmentFile>,
    pub import_error: Option<Msg>,
    /// The assessments the comparison shows (a target and what it came from, or chosen).
    pub compare: Choice,
    /// The planner's worksheet while the planner shows; `None` there when the address names
    /// no assessment here.
    pub plan: Option<Plan>,
    /// Weights typed that could not be read, kept in their boxes with a message.
    pub weight_drafts: SortedMap<&'static str, String>,
    pub share: Option<Sharing>,
    /// The library and dossier pages' own view; anew each time a page opens.
    pub view: View,
    /// Today as the browser says it (`YYYY-MM-DD`): file names and the report's date.
    pub today: String,
    /// The address of the app's folder (`https://…/cek-paritrana/`), which share links open.
    pub folder: String,
    storage: Storage,
}

/// What `update` compares after an action, to follow up on what it changed.
struct Before {
    page: Page,
    current: Option<u32>,
    lang: Lang,
    library: Library,
    address: String,
}

impl State {
    /// The app as it opens, from the text saved in browser storage (`None`: the browser
    /// gives no storage).
    pub fn boot(saved: Option<&str>) -> (State, Vec<Effect>) {
        let Some(text) = saved else {
            let mut s = State::with(Lang::Id, Library::default());
            s.notice = Some(i18n::STORAGE_FAILED.into());
            return (s, vec![Effect::SetDocumentLang(Lang::Id)]);
        };
        let (mut s, damaged) = match persist::decode(text) {
            Loaded::Empty => (State::with(Lang::Id, Library::default()), None),
            Loaded::Intact(saved) => (State::with(saved.lang, saved.library), None),
            // The original stays aside until the user is sure of the recovered copy.
            Loaded::Recovered(saved, msg) => (State::with(saved.lang, saved.library), Some(msg)),
            Loaded::SetAside(msg) => (State::with(Lang::Id, Library::default()), Some(msg)),
        };
        s.storage.known = Some(text.to_string());
        let mut effects = vec![Effect::SetDocumentLang(s.lang)];
        if let Some(msg) = damaged {
            s.keep_aside(text, msg, &mut effects);
        }
        (s, effects)
    }

    fn with(lang: Lang, library: Library) -> State {
        let page = if library.current().is_some() { Page::Check } else { Page::Start };
        State {
            lang,
            page,
            storage: Storage { base: library.clone(), ..Storage::default() },
            library,
            notice: None,
            undo: None,
            pending_import: None,
            import_error: None,
            compare: (None, None),
            plan: None,
            weight_drafts: SortedMap::new(),
            share: None,
            view: View::opened(),
            today: String::new(),
            folder: String::new(),
        }
    }

    /// Where the page the state shows is, as an address of the app's folder: a reload or
    /// a copy of it opens the same page ([`pages::route`] reads it back).
    pub fn address(&self) -> String {
        match self.page {
            Page::Start => format!("{}{}", pages::CHECK_ADDRESS, pages::START_FRAGMENT),
            Page::Check => pages::CHECK_ADDRESS.to_string(),
            Page::Library => SitePage::Library.address().to_string(),
            Page::Dossier => {
                self.library.current.map_or_else(|| SitePage::Dossier.address().to_string(), dossier_address)
            }
            Page::Planner => self
                .plan
                .as_ref()
                .map_or_else(|| SitePage::Planner.address().to_string(), |p| planner_address(p.from, &p.figures)),
            Page::Compare => compare_address(self.compare),
        }
    }

    /// The document's title for the page shown.
    pub fn title(&self) -> String {
        self.page.site_page().document_title(self.lang)
    }

    /// Where the header's "Metode" leads: the method page in the app's language, open on
    /// the open assessment's category (the page's own choice without one).
    pub fn method_address(&self) -> String {
        let file = method_file(self.lang);
        match self.current() {
            Some(s) => format!("{file}#{}", s.assessment.category.code()),
            None => file.to_string(),
        }
    }

    /// Where the planner opens for the open assessment, with `figures` typed over its own
    /// (a next step's); `None` without one.
    pub fn planner_address(&self, figures: &[(Field, Decimal)]) -> Option<String> {
        self.library.current.map(|id| planner_address(id, figures))
    }

    pub fn current(&self) -> Option<&Stored> {
        self.library.current()
    }

    /// The saved form of what is open now, as written to browser storage.
    pub fn saved_text(&self) -> String {
        persist::encode(&Saved::new(self.lang, self.library.clone()))
    }

    /// Where the comparison opens: the assessments chosen for it, or the one open now and
    /// the one before it.
    pub fn compare_address(&self) -> String {
        compare_address(pair::pair(&self.library, self.compare).map_or((None, None), |(b, a)| (Some(b), Some(a))))
    }

    /// The two assessments the comparison shows (before, after).
    pub fn compare_pair(&self) -> Option<(u32, u32)> {
        pair::pair(&self.library, self.compare)
    }

    /// Applies an action; returns what the browser must do.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let attempted = self.storage.attempted.take();
        let before = Before {
            page: self.page,
            current: self.library.current,
            lang: self.lang,
            library: self.library.clone(),
            address: self.address(),
        };
        let arrived = match &action {
            Action::Arrived(address) | Action::Opened(Opening { address, .. }) => Some(address.clone()),
            _ => None,
        };
        let mut effects = Vec::new();
        let by_user = self.apply(action, attempted, &mut effects);
        self.follow_up(before, arrived, by_user, &mut effects);
        effects
    }

    /// What the action itself changes; whether it is the user's change, to be saved
    /// (storage actions decide themselves what to write). The larger arms' handlers stay
    /// functions of their own (`#[inline(never)]`): a browser compiles a function the
    /// first time it runs, and opening the app should compile only the arms it takes.
    fn apply(
        &mut self,
        action: Action,
        attempted: Option<(Library, Option<String>)>,
        effects: &mut Vec<Effect>,
    ) -> bool {
        match action {
            Action::Storage(e) => {
                self.storage_event(e, effects);
                false
            }
            Action::Failed(Failure::Storage) => {
                // The write did not happen: storage still holds what it held, and the
                // changes wait for the next write.
                if let Some((base, known)) = attempted {
                    self.storage.base = base;
                    self.storage.known = known;
                    self.storage.dirty = true;
                }
                self.notice = Some(i18n::STORAGE_FAILED.into());
                false
            }
            Action::Failed(Failure::Download) => {
                self.notice = Some(i18n::DOWNLOAD_FAILED.into());
                false
            }
            Action::Opened(Opening { address, folder, today, release }) => {
                (self.folder, self.today) = (folder, today);
                if let Some((running, last)) = release {
                    self.release(running, last, effects);
                }
                self.go(&address);
                true
            }
            Action::Today(today) => {
                self.today = today;
                false
            }
            Action::Arrived(address) | Action::Follow(address) => {
                self.go(&address);
                true
            }
            Action::Navigate(to) => {
                self.page = to;
                self.import_error = None;
                true
            }
            Action::SetLang(l) => {
                self.lang = l;
                true
            }
            Action::Library(e) => {
                self.library_event(e);
                true
            }
            Action::Import(e) => {
                self.import(e);
                true
            }
            Action::Edit(edit) => {
                self.edit(edit);
                true
            }
            Action::Export(e) => {
                self.export(e, effects);
                true
            }
            Action::DismissNotice => {
                self.notice = None;
                true
            }
            Action::View(v) => {
                self.view.update(v);
                false
            }
            Action::Plan(plan) => {
                self.plan_event(plan);
                true
            }
            Action::Compare(side, id) => {
                self.compare = pair::choose(&self.library, self.compare, side, id);
                false
            }
            Action::Release { running, last } => {
                self.release(running, last, effects);
                false
            }
        }
    }

    /// What follows from any change of page, assessment or language: the view, the
    /// scroll, the title, the address, and saving what the user changed.
    fn follow_up(&mut self, before: Before, arrived: Option<String>, by_user: bool, effects: &mut Vec<Effect>) {
        self.leave_empty_page();
        if self.page != before.page {
            self.view = View::opened();
        }
        if self.page != before.page || self.library.current != before.current {
            effects.push(Effect::ScrollToTop);
            self.share = None;
            if self.library.current != before.current {
                self.weight_drafts.clear();
            }
        }
        if self.lang != before.lang {
            effects.push(Effect::SetDocumentLang(self.lang));
        }
        if self.lang != before.lang || self.page != before.page {
            effects.push(Effect::SetTitle(self.title()));
        }
        self.show_address(arrived, by_user && self.page != before.page, before.address, effects);
        if by_user && (self.lang != before.lang || self.library != before.library) {
            self.storage.dirty = true;
            if self.storage.blocked {
                if self.storage.damaged.is_none() {
                    self.notice = Some(i18n::NOT_OVERWRITTEN.into());
                }
            } else {
                effects.push(Effect::ScheduleSave);
            }
        }
    }

    /// A release other than the one this browser last ran is said in a notice and
    /// remembered.
    fn release(&mut self, running: String, last: Option<String>, effects: &mut Vec<Effect>) {
        if last.as_deref() != Some(running.as_str()) {
            // The first run is no news; a notice already shown (damaged data, no storage)
            // matters more.
            if last.is_some() && self.notice.is_none() {
                self.notice = Some(i18n::NEW_RELEASE.into());
            }
            effects.push(Effect::Write { key: RELEASE_KEY, text: running });
        }
    }

    /// Shows the page an address of the app leads to (nothing for one that is not the
    /// app's).
    fn go(&mut self, address: &str) {
        let Some(to) = route(address) else { return };
        let current = self.library.current;
        match to {
            Route::Home => self.page = if current.is_some() { Page::Check } else { Page::Start },
            Route::Start => self.page = Page::Start,
            Route::Link(fragment) => self.open_link(&fragment),
            Route::New(category) => self.library_event(LibraryAction::New(category)),
            Route::Library => self.page = Page::Library,
            // An address that names no assessment here (a gap's link followed, then a
            // reload) opens the dossier of the one open.
            Route::Dossier(id) => {
                let found = id.filter(|id| self.library.get(*id).is_some()).or(current);
                self.library.current = found;
                self.page = Page::Dossier;
                if found.is_none() {
                    self.notice = Some(i18n::DOSSIER_NOT_FOUND.into());
                }
            }
            Route::Planner(named) => {
                self.plan = named.and_then(|(id, figures)| {
                    let mut a = self.library.get(id)?.assessment.clone();
                    Change::Figures(figures.clone()).apply(&mut a);
                    Some(Plan { from: id, figures, sheet: Sheet::from(&a) })
                });
                self.page = Page::Planner;
            }
            Route::Compare(choice) => {
                self.compare = choice;
                self.page = Page::Compare;
            }
        }
    }

    /// The address bar follows the page shown: a page opened by the user is a new entry of
    /// the history, the one left first shown by its own address so that the back button
    /// returns to it; an address the browser arrived at stays unless it showed another
    /// page (a share link, opened once, or an assessment not here); anything else changed
    /// in place.
    fn show_address(&self, arrived: Option<String>, opened: bool, before: String, effects: &mut Vec<Effect>) {
        let address = self.address();
        let show = |address: String, push| Effect::ShowAddress { address, push };
        match arrived {
            Some(at) => {
                let shown = route(&address);
                let same = route(&at) == shown || (shown == Some(Route::Start) && route(&at) == Some(Route::Home));
                if !same {
                    effects.push(show(address, false));
                }
            }
            None if opened => effects.extend([show(before, false), show(address, true)]),
            None if address != before => effects.push(show(address, false)),
            None => {}
        }
    }

    fn open_link(&mut self, fragment: &str) {
        match link::decode(fragment) {
            Ok(shared) => {
                self.library.add(shared.title, shared.assessment);
                self.page = Page::Check;
                self.notice = Some(json::with_left_out(i18n::LINK_OPENED.into(), &shared.left_out));
            }
            Err(err) => {
                self.notice = Some(err.message());
                self.page = if self.library.current.is_some() { Page::Check } else { Page::Start };
            }
        }
    }

    #[inline(never)]
    fn plan_event(&mut self, action: PlanAction) {
        let Some(plan) = &mut self.plan else { return };
        match action {
            PlanAction::Edit(edit) => plan.sheet.edit(edit),
            PlanAction::Apply => {
                let from = plan.from;
                let target = self.start_target(from);
                if let (Some(plan), Some(st)) = (&self.plan, target.and_then(|t| self.library.get_mut(t))) {
                    plan.sheet.apply(&mut st.assessment);
                }
            }
        }
    }

    #[inline(never)]
    fn library_event(&mut self, event: LibraryAction) {
        let lib = &mut self.library;
        match event {
            LibraryAction::New(category) => {
                lib.add(String::new(), Assessment::new(category));
                self.page = Page::Check;
            }
            LibraryAction::Open(id) => {
                if lib.get(id).is_some() {
                    lib.current = Some(id);
                    self.page = Page::Check;
                }
            }
            LibraryAction::Rename(id, title) => {
                if let Some(st) = lib.get_mut(id) {
                    st.title = title;
                }
                self.view.renaming = None;
            }
            LibraryAction::Duplicate(id) => {
                if let Some(st) = lib.get(id).cloned() {
                    let title = i18n::copy_title(&st.display_title(self.lang)).get(self.lang).to_string();
                    lib.add(lib.unused_title(title, self.lang), st.assessment);
                }
            }
            LibraryAction::Delete(id) => {
                if let Some(removed) = lib.remove(id) {
                    self.undo = Some(removed);
                }
                self.view.confirming = None;
            }
            LibraryAction::Undo => {
                if let Some((index, stored)) = self.undo.take() {
                    lib.restore(index, stored);
                }
            }
            LibraryAction::StartTarget => {
                if let Some(open) = lib.current {
                    self.start_target(open);
                }
            }
        }
    }

    /// Next year's target made from the assessment `from` ([`next_year`]), added and opened
    /// on the form with a word on what it is, paired with `from` for the comparison; its id.
    fn start_target(&mut self, from: u32) -> Option<u32> {
        let source = self.library.get(from)?;
        let next = next_year(&source.assessment);
        let year = Some(next.entry.year.trim()).filter(|y| *y != source.assessment.entry.year.trim());
        let year: Option<u16> = year.and_then(|y| y.parse().ok());
        let title = i18n::target_title(year, &source.name(self.lang)).get(self.lang).to_string();
        // What the target is, and why its growth may score less than this year's.
        let made = if carries_this_year(&source.assessment) { i18n::TARGET_MADE_GROWTH } else { i18n::TARGET_MADE };
        self.notice = Some(made.into());
        let title = self.library.unused_title(title, self.lang);
        let target = self.library.add(title, next);
        self.compare = (Some(from), Some(target));
        self.page = Page::Check;
        Some(target)
    }

    #[inline(never)]
    fn import(&mut self, event: ImportAction) {
        match event {
            ImportAction::Read(bytes) => match file::import(&bytes) {
                Ok(f) => {
                    self.import_error = None;
                    self.pending_import = Some(f);
                }
                Err(err) => {
                    self.pending_import = None;
                    self.import_error = Some(err.message());
                }
            },
            ImportAction::Unreadable => {
                self.pending_import = None;
                self.import_error = Some(i18n::IMPORT_READ_FAILED.into());
            }
            ImportAction::AsNew => {
                if let Some(f) = self.pending_import.take() {
                    self.library.add(f.title, f.assessment);
                    self.page = Page::Check;
                }
            }
            ImportAction::Replace => {
                if let Some(f) = self.pending_import.take() {
                    match self.library.current_mut() {
                        Some(current) => {
                            current.assessment = f.assessment;
                            current.title = f.title;
                        }
                        None => {
                            self.library.add(f.title, f.assessment);
                        }
                    }
                    self.page = Page::Check;
                }
            }
            ImportAction::Cancel => self.pending_import = None,
        }
    }

    #[inline(never)]
    fn edit(&mut self, edit: Edit) {
        let Some(current) = self.library.current_mut() else { return };
        let a = &mut current.assessment;
        let e = &mut a.entry;
        match edit {
            // Entries are kept; weights and marks are per category and start from the rubric.
            Edit::Category(category) => {
                if a.category != category {
                    a.category = category;
                    a.weights.clear();
                    a.not_applicable.clear();
                    self.weight_drafts.clear();
                }
            }
            Edit::Profile(field, value) => match field {
                ProfileField::Name => e.name = value,
                ProfileField::Province => e.province = value,
                ProfileField::Year => e.year = value,
                ProfileField::Sector => e.sector = value,
            },
            Edit::Field(field, value) => {
                if value.is_empty() {
                    e.fields.remove(&field);
                } else {
                    e.fields.insert(field, value);
                }
            }
            Edit::Regulation(level) => e.regulation = level,
            Edit::Checked(item, on) => toggle(&mut e.checked, item, on),
            Edit::Programme(p, on) => toggle(&mut e.programmes, p, on),
            Edit::Attendance(who) => e.attendance = who,
            Edit::RevenueShare(share) => e.revenue_share = share,
            Edit::LabourIntensive(on) => e.labour_intensive = on,
            Edit::Size(size) => e.size = Some(size),
            Edit::Risk(risk) => e.risk = risk,
            Edit::Package(package) => e.package = package,
            Edit::AcceptRubric => a.saved_under = None,
            Edit::Applicable(id, applicable) => {
                if applicable {
                    a.not_applicable.remove(id);
                } else {
                    a.not_applicable.insert(id.to_string());
                }
            }
            Edit::Weight(id, text) => match number::parse(&text, NumberKind::Percent) {
                Ok(v) => {
                    self.weight_drafts.remove(id);
                    a.weights = set_weight(a, id, v);
                }
                Err(_) => {
                    self.weight_drafts.insert(id, text);
                }
            },
            Edit::ResetWeights => {
                self.weight_drafts.clear();
                a.weights.clear();
            }
            // A removed piece can be put back (the page offers it) until another is removed.
            Edit::Evidence(id, EvidenceEdit::Remove(i)) => {
                if let Some(e) = a.evidence.remove(id, i) {
                    self.view.removed = Some((id, i, e));
                }
            }
            Edit::Evidence(id, edit) => a.evidence.apply(id, edit),
            Edit::RestoreEvidence => {
                if let Some((id, i, e)) = self.view.removed.take() {
                    let list = a.evidence.list_mut(id);
                    list.insert(i.min(list.len()), e);
                }
            }
        }
    }

    #[inline(never)]
    fn export(&mut self, event: ExportAction, effects: &mut Vec<Effect>) {
        let lang = self.lang;
        let Some(s) = self.library.current() else { return };
        match event {
            ExportAction::Csv => effects.push(Effect::Download {
                name: file::file_name(s, lang, &self.today, "csv"),
                mime: "text/csv;charset=utf-8",
                content: criteria_csv(
                    &s.display_title(lang),
                    &s.assessment,
                    &score(&s.assessment, &check(&s.assessment)),
                    lang,
                ),
            }),
            ExportAction::File => effects.push(Effect::Download {
                name: file::file_name(s, lang, &self.today, "json"),
                mime: "application/json",
                content: file::export(s, lang),
            }),
            ExportAction::CopyLink => {
                let address = &self.folder;
                let payload = link::encode(&s.display_title(lang), &s.assessment);
                let url = format!("{address}#{}{payload}", link::FRAGMENT_KEY);
                self.share = Some(Sharing::Copying(url.clone()));
                effects.push(Effect::CopyText(url));
            }
            ExportAction::LinkCopied(copied) => {
                if let Some(Sharing::Copying(url)) = &self.share {
                    self.share = Some(if copied { Sharing::Copied } else { Sharing::Manual(url.clone()) });
                }
            }
            ExportAction::Print => effects.push(Effect::Print),
        }
    }

    #[inline(never)]
    fn storage_event(&mut self, event: StorageAction, effects: &mut Vec<Effect>) {
        match event {
            StorageAction::Flush(stored) => {
                if !self.storage.dirty || self.storage.blocked {
                    return;
                }
                // Another tab wrote and this one has not heard yet: take that in first.
                self.changed_elsewhere(stored, &mut Vec::new());
                if self.storage.blocked {
                    return;
                }
                let text = self.saved_text();
                let st = &mut self.storage;
                let before = (std::mem::replace(&mut st.base, self.library.clone()), st.known.replace(text.clone()));
                st.attempted = Some(before);
                st.dirty = false;
                effects.push(Effect::Write { key: STORAGE_KEY, text });
            }
            StorageAction::AsideKept(key) => {
                let st = &mut self.storage;
                let Some(msg) = st.damaged.take() else { return };
                match key {
                    Some(key) => {
                        st.blocked = false;
                        st.dirty = true;
                        self.notice = Some(i18n::kept_aside(&msg, &key));
                        effects.push(Effect::ScheduleSave);
                    }
                    None => self.notice = Some(i18n::not_overwritten(&msg)),
                }
            }
            StorageAction::ChangedElsewhere(text) => self.changed_elsewhere(text, effects),
        }
    }

    /// Saved data that cannot be read whole is copied aside before anything is written
    /// over it; until then nothing is written.
    fn keep_aside(&mut self, text: &str, msg: Msg, effects: &mut Vec<Effect>) {
        self.storage.blocked = true;
        self.storage.damaged = Some(msg);
        effects.push(Effect::KeepAside(text.to_string()));
    }

    /// What storage holds now, if another tab put it there: take its changes, keep every
    /// edit of this tab, and when both changed the same assessment keep both versions and
    /// say so.
    #[inline(never)]
    fn changed_elsewhere(&mut self, text: Option<String>, effects: &mut Vec<Effect>) {
        if self.storage.blocked || text == self.storage.known {
            return;
        }
        let decoded = text.as_deref().map(persist::decode);
        self.storage.known = text.clone();
        let theirs = match decoded {
            Some(Loaded::Intact(saved)) => saved.library,
            // Written by another version, or damaged: copied aside before this tab
            // writes over it, then merged as far as it could be read.
            Some(Loaded::Recovered(saved, msg)) => {
                self.keep_aside(text.as_deref().unwrap_or_default(), msg, effects);
                saved.library
            }
            // Nothing readable there (removed, or unreadable and being copied aside):
            // what this tab holds is written again, nothing is lost.
            other => {
                if let Some(Loaded::SetAside(msg)) = other {
                    self.keep_aside(text.as_deref().unwrap_or_default(), msg, effects);
                }
                self.storage.base = Library::default();
                self.storage.dirty = true;
                if !self.storage.blocked {
                    effects.push(Effect::ScheduleSave);
                }
                return;
            }
        };
        let open = self.library.current;
        let merged: Merged = merge(&self.storage.base, &self.library, &theirs, self.lang);
        if !merged.conflicts.is_empty() {
            self.notice = Some(i18n::kept_both(&merged.conflicts));
        }
        let renumber = |id: Option<u32>| id.map(|id| merged.renumbered.iter().find(|r| r.0 == id).map_or(id, |r| r.1));
        self.compare = (renumber(self.compare.0), renumber(self.compare.1));
        // Which assessment is open is this tab's own business: not worth a write.
        let changed = merged.library.assessments != theirs.assessments;
        self.storage.base = theirs;
        self.library = merged.library;
        // The form or the dossier never goes on with another assessment unasked: the start
        // page lists the saved ones to open.
        if open.is_some_and(|id| renumber(Some(id)).and_then(|id| self.library.get(id)).is_none()) {
            self.notice = Some(i18n::OPEN_DELETED_ELSEWHERE.into());
            if matches!(self.page, Page::Check | Page::Dossier) {
                self.page = Page::Start;
            }
        }
        if changed {
            self.storage.dirty = true;
            if !self.storage.blocked {
                effects.push(Effect::ScheduleSave);
            }
        }
    }

    /// The assessment page without an assessment (the last one deleted, here or in
    /// another tab) shows the start page.
    fn leave_empty_page(&mut self) {
        if matches!(self.page, Page::Check | Page::Dossier) && self.current().is_none() {
            self.page = Page::Start;
        }
    }
}

fn toggle<T: Ord>(set: &mut crate::core::base::sorted::SortedSet<T>, value: T, on: bool) {
    if on {
        set.insert(value);
    } else {
        set.remove(&value);
    }
}

impl Machine for State {
    type Action = Action;
    const KEY: &'static str = STORAGE_KEY;
    const ASIDE: &'static str = ASIDE_PREFIX;

    fn boot(read: Option<StorageReader>) -> (State, Vec<Effect>) {
        State::boot(read.map(|read| read(STORAGE_KEY).unwrap_or_default()).as_deref())
    }

    fn update(&mut self, action: Action) -> Vec<Effect> {
        State::update(self, action)
    }

    fn reply(reply: Reply) -> Option<Action> {
        Some(match reply {
            Reply::Opened(opening) => Action::Opened(opening),
            Reply::Today(today) => Action::Today(today),
            Reply::Flush(stored) => Action::Storage(StorageAction::Flush(stored)),
            Reply::ChangedElsewhere(stored) => Action::Storage(StorageAction::ChangedElsewhere(stored)),
            Reply::AsideKept(key) => Action::Storage(StorageAction::AsideKept(key)),
            // Only the library's write matters: the release is remembered when it can be.
            Reply::NotWritten(key) => return (key == STORAGE_KEY).then_some(Action::Failed(Failure::Storage)),
            Reply::NotDownloaded => Action::Failed(Failure::Download),
            Reply::Copied(copied) => Action::Export(ExportAction::LinkCopied(copied)),
            // One file at a time.
            Reply::Files { read, unreadable } => Action::Import(match read.into_iter().next() {
                Some((_, bytes)) => ImportAction::Read(bytes),
                None if !unreadable.is_empty() => ImportAction::Unreadable,
                None => return None,
            }),
            Reply::Arrived(address) => Action::Arrived(address),
            Reply::Followed(address) => Action::Follow(address),
        })
    }

    fn routes(address: &str) -> bool {
        route(address).is_some()
    }

    fn address(&self) -> Option<String> {
        Some(State::address(self))
    }

    fn lang(&self) -> Lang {
        self.lang
    }
}
