//! The panel page as a state machine of its own, apart from the self-check's session (its
//! own page and bundle, panel.html): candidates loaded in batches, scored once per load or
//! change of the panel's weights, then only sorted and filtered; kept in storage under its
//! own key, never the library's. A [`Machine`]: `PanelState::update(action) -> Vec<Effect>`,
//! performed by the one edge (app/edge.rs).

use crate::core::base::i18n;
use crate::core::base::number::{self, NumberKind};
use crate::core::base::sorted::SortedMap;
use crate::core::base::text::{Lang, Msg};
use crate::core::evaluation::weights::set_weight;
use crate::core::formats::persist::{saved_lang, Loaded};
use crate::core::model::assessment::Assessment;
use crate::core::model::category::Category;
use crate::core::pages::machine::{Effect, Machine, Opening, Reply, StorageReader};
use crate::core::pages::panel::keep;
use crate::core::pages::panel::load::{load, Report};
use crate::core::pages::panel::ranking::{export as export_rows, provinces, rank, visible, Row, SortBy, View};
use crate::core::pages::panel::side_by_side::{breakdown, side_by_side, SideBySide, COMPARED};
use crate::core::pages::panel::template::{template, template_name};
use crate::core::pages::panel::{normalised, PanelSet, PanelWeights, Problem};
use crate::core::pages::{PANEL_ASIDE_PREFIX, PANEL_KEY, PANEL_LANG_KEY, STORAGE_KEY};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelAction {
    /// What storage holds under [`PANEL_KEY`], read once as the page opens.
    Stored(Option<String>),
    /// What storage holds now that the panel page in another tab has written it: taken
    /// as it is (each tab writes the whole set after each change), so neither tab writes
    /// over the other's candidates with an older set.
    ChangedElsewhere(Option<String>),
    /// An effect the browser could not perform.
    Failed(PanelFailure),
    /// Today (`YYYY-MM-DD`), for the exported ranking's name.
    Today(String),
    SetLang(Lang),
    DismissNotice,
    /// The files chosen, by name with their bytes (CSV files are read as the templates of
    /// the category shown), and those the browser could not read, said beside them.
    Files {
        read: Vec<(String, Vec<u8>)>,
        unreadable: Vec<String>,
    },
    DismissReport,
    /// What the page shows of the set: never written.
    Show(Show),
    /// A change to the set: written.
    Edit(SetEdit),
    /// A file or a print made of the set.
    Export(PanelExport),
}

/// What the page shows of the set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Show {
    /// The category shown (and that CSV files and the template are for).
    Category(Category),
    /// Sort by a column; the same column again turns the order round.
    Sort(SortBy),
    Band(Option<&'static str>),
    /// A province as written in a row; `None` for all.
    Province(Option<String>),
    ShortlistedOnly(bool),
    /// Chosen to compare (two to five).
    Choose(u32, bool),
}

/// A change to the set of candidates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetEdit {
    Shortlist(u32, bool),
    /// The panel's weight for a criterion of the category shown, as typed.
    Weight(&'static str, String),
    ResetWeights,
    Remove(u32),
    /// Asks to clear the set: nothing goes until [`SetEdit::ConfirmClear`].
    Clear,
    ConfirmClear,
    CancelClear,
    /// Takes back the last removal or clearing.
    Undo,
}

/// What the panel makes of the set for outside the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelExport {
    /// The category's CSV template.
    Template,
    /// The rows shown as CSV, named with today's date.
    Ranking,
    Print,
}

/// What the browser could not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelFailure {
    Storage,
    Download,
}

/// The panel as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PanelState {
    pub lang: Lang,
    /// What the page says above everything (storage recovered or failing, a download failed).
    pub notice: Option<Msg>,
    pub set: PanelSet,
    /// Every candidate scored: once per load or change of weights, not per sort or filter.
    pub rows: Vec<Row>,
    pub view: View,
    /// The candidates chosen to compare, in the order chosen.
    pub chosen: Vec<u32>,
    /// What the last batch loaded and what was wrong in it.
    pub report: Option<Report>,
    /// The set before the last removal or clearing, with what was done, until undone.
    pub undo: Option<(PanelSet, Msg)>,
    /// Weights typed that could not be read, kept in their boxes.
    pub weight_drafts: SortedMap<&'static str, String>,
    /// "Clear" was pressed with candidates in the set: the page asks before clearing.
    pub confirming_clear: bool,
    /// Storage was read (the first time the page opened).
    read: bool,
    /// Today as the browser says it, for file names.
    today: String,
}

impl PanelState {
    /// The page in the language remembered under [`PANEL_LANG_KEY`] (Indonesian unless English).
    pub fn new(lang: Option<&str>) -> Self {
        let lang = if lang == Some(Lang::En.code()) { Lang::En } else { Lang::Id };
        PanelState { lang, ..PanelState::default() }
    }

    /// The rows shown, in the view's order.
    pub fn visible(&self) -> Vec<&Row> {
        visible(&self.rows, &self.view)
    }

    /// The provinces of the category shown, for the filter.
    pub fn provinces(&self) -> Vec<String> {
        provinces(&self.rows, self.view.category)
    }

    /// The chosen candidates side by side, once two to five are chosen.
    pub fn side_by_side(&self) -> Option<SideBySide> {
        side_by_side(&self.set, &self.chosen)
    }

    /// Each shortlisted candidate shown, criterion by criterion: the printed report's
    /// breakdowns.
    pub fn shortlisted(&self) -> Vec<SideBySide> {
        let ids = self.visible().iter().filter(|r| r.shortlisted).map(|r| r.id).collect::<Vec<_>>();
        ids.into_iter().filter_map(|id| breakdown(&self.set, id)).collect()
    }

    /// The categories with candidates.
    pub fn categories(&self) -> Vec<Category> {
        self.set.categories()
    }

    /// The category shown with the panel's weights, as the weights page edits them.
    pub fn weighted(&self) -> Assessment {
        let mut a = Assessment::new(self.view.category);
        a.weights = self.set.weights_for(a.category).map(|w| w.weights.clone()).unwrap_or_default();
        a
    }

    fn rescore(&mut self) {
        self.rows = rank(&self.set);
    }

    fn set_weights(&mut self, weights: SortedMap<String, rust_decimal::Decimal>) {
        let category = self.view.category;
        self.set.weights.retain(|w| w.category != category);
        if !weights.is_empty() {
            self.set.weights.push(PanelWeights { category, weights });
        }
        self.rescore();
    }

    /// Keeps the set before a removal or clearing, for undo.
    fn keep_for_undo(&mut self, what: Msg) {
        self.undo = Some((self.set.clone(), what));
    }
}

impl PanelState {
    /// Applies an action; returns what the browser should do. Only a change to the set is
    /// written (the whole set, under [`PANEL_KEY`]).
    pub fn update(&mut self, action: PanelAction) -> Vec<Effect> {
        let changed = match action {
            PanelAction::Stored(text) => return self.stored(text),
            PanelAction::ChangedElsewhere(text) => {
                self.changed_elsewhere(text);
                false
            }
            PanelAction::Failed(f) => {
                self.notice = Some(match f {
                    PanelFailure::Storage => i18n::STORAGE_FAILED.into(),
                    PanelFailure::Download => i18n::DOWNLOAD_FAILED.into(),
                });
                false
            }
            PanelAction::Today(today) => {
                self.today = today;
                false
            }
            PanelAction::SetLang(lang) => {
                self.lang = lang;
                return vec![
                    Effect::SetDocumentLang(lang),
                    Effect::Write { key: PANEL_LANG_KEY, text: lang.code().into() },
                ];
            }
            PanelAction::DismissNotice => {
                self.notice = None;
                false
            }
            PanelAction::Files { read, unreadable } => self.load(&read, &unreadable),
            PanelAction::DismissReport => {
                self.report = None;
                false
            }
            PanelAction::Show(show) => {
                self.show(show);
                false
            }
            PanelAction::Edit(edit) => self.edit(edit),
            PanelAction::Export(export) => return self.export(export),
        };
        if changed {
            vec![Effect::Write { key: PANEL_KEY, text: keep::encode(&self.set) }]
        } else {
            vec![]
        }
    }

    /// The set as storage holds it, read once as the page opens; damaged data is copied
    /// aside before the panel writes over it.
    fn stored(&mut self, text: Option<String>) -> Vec<Effect> {
        if std::mem::replace(&mut self.read, true) {
            return vec![];
        }
        let text = text.unwrap_or_default();
        let damaged = match keep::decode(&text) {
            Loaded::Empty => None,
            Loaded::Intact(set) => {
                self.set = set;
                None
            }
            Loaded::Recovered(set, msg) => {
                self.set = set;
                Some(msg)
            }
            Loaded::SetAside(msg) => Some(msg),
        };
        self.rescore();
        if let Some(first) =
            self.categories().first().filter(|_| self.rows.iter().all(|r| r.category != self.view.category))
        {
            self.view.category = *first;
        }
        match damaged {
            Some(msg) => {
                self.notice = Some(msg);
                vec![Effect::KeepAside(text)]
            }
            None => vec![],
        }
    }

    fn changed_elsewhere(&mut self, text: Option<String>) {
        let set = match keep::decode(&text.unwrap_or_default()) {
            Loaded::Empty => Some(PanelSet::default()),
            Loaded::Intact(set) | Loaded::Recovered(set, _) => Some(set),
            // Unreadable: this tab keeps its own set, written at its next change.
            Loaded::SetAside(_) => None,
        };
        if let Some(set) = set {
            self.set = set;
            self.rescore();
            let set = &self.set;
            self.chosen.retain(|id| set.get(*id).is_some());
        }
    }

    /// A batch of files loaded; whether it added any candidate.
    fn load(&mut self, files: &[(String, Vec<u8>)], unreadable: &[String]) -> bool {
        let mut report = load(&mut self.set, files, self.view.category);
        self.rescore();
        let shown = self.rows.iter().any(|r| r.category == self.view.category);
        if let (false, Some(first)) = (shown, report.added.first().and_then(|id| self.set.get(*id))) {
            self.view.category = first.assessment.category;
        }
        report.problems.extend(unreadable.iter().map(|n| Problem::file(n, i18n::IMPORT_READ_FAILED.into())));
        let set = &self.set;
        let elsewhere = |id: &&u32| set.get(**id).is_some_and(|c| c.assessment.category != self.view.category);
        report.elsewhere = report.added.iter().filter(elsewhere).count();
        let added = !report.added.is_empty();
        self.report = Some(report);
        added
    }

    fn show(&mut self, show: Show) {
        let view = &mut self.view;
        match show {
            Show::Category(category) => {
                *view = View { category, ..View::default() };
                self.chosen.clear();
                self.weight_drafts.clear();
            }
            Show::Sort(by) => view.sort_by(by),
            Show::Band(band) => view.band = band,
            Show::Province(province) => view.province = province.map(|x| normalised(&x)),
            Show::ShortlistedOnly(on) => view.shortlisted_only = on,
            Show::Choose(id, on) => {
                self.chosen.retain(|c| *c != id);
                if on && self.chosen.len() < *COMPARED.end() && self.set.get(id).is_some() {
                    self.chosen.push(id);
                }
            }
        }
    }

    /// A change to the set; whether it changed.
    fn edit(&mut self, edit: SetEdit) -> bool {
        match edit {
            SetEdit::Shortlist(id, on) => {
                // Only the mark changes: nothing is scored again.
                for c in self.set.candidates.iter_mut().filter(|c| c.id == id) {
                    c.shortlisted = on;
                }
                for r in self.rows.iter_mut().filter(|r| r.id == id) {
                    r.shortlisted = on;
                }
                true
            }
            SetEdit::Weight(id, text) => match number::parse(&text, NumberKind::Percent) {
                Ok(v) => {
                    self.weight_drafts.remove(id);
                    let weights = set_weight(&self.weighted(), id, v);
                    self.set_weights(weights);
                    true
                }
                Err(_) => {
                    self.weight_drafts.insert(id, text);
                    false
                }
            },
            SetEdit::ResetWeights => {
                self.weight_drafts.clear();
                self.set_weights(SortedMap::new());
                true
            }
            SetEdit::Remove(id) => self.remove(id),
            SetEdit::Clear => {
                self.confirming_clear = !self.set.candidates.is_empty();
                false
            }
            SetEdit::CancelClear => {
                self.confirming_clear = false;
                false
            }
            SetEdit::ConfirmClear => {
                self.clear();
                true
            }
            SetEdit::Undo => match self.undo.take() {
                Some((set, _)) => {
                    self.set = set;
                    self.rescore();
                    true
                }
                None => false,
            },
        }
    }

    fn remove(&mut self, id: u32) -> bool {
        if self.set.get(id).is_none() {
            return false;
        }
        self.keep_for_undo(i18n::PANEL_REMOVED.into());
        self.set.candidates.retain(|c| c.id != id);
        self.rows.retain(|r| r.id != id);
        self.chosen.retain(|c| *c != id);
        true
    }

    /// Everything goes but the language, the notice, the undo and the view.
    fn clear(&mut self) {
        self.keep_for_undo(i18n::PANEL_CLEARED.into());
        *self = PanelState {
            lang: self.lang,
            notice: self.notice.take(),
            undo: self.undo.take(),
            view: self.view.clone(),
            today: std::mem::take(&mut self.today),
            read: true,
            ..PanelState::default()
        };
    }

    fn export(&self, export: PanelExport) -> Vec<Effect> {
        let (category, lang) = (self.view.category, self.lang);
        let csv = |name: String, content: String| Effect::Download { name, mime: "text/csv;charset=utf-8", content };
        vec![match export {
            PanelExport::Template => csv(template_name(category), template(category, lang)),
            PanelExport::Ranking => csv(
                format!("cek-paritrana_peringkat-{}_{}.csv", category.code(), self.today),
                export_rows(&self.visible(), lang),
            ),
            PanelExport::Print => Effect::Print,
        }]
    }
}

impl Machine for PanelState {
    type Action = PanelAction;
    const KEY: &'static str = PANEL_KEY;
    const ASIDE: &'static str = PANEL_ASIDE_PREFIX;

    fn boot(read: Option<StorageReader>) -> (PanelState, Vec<Effect>) {
        // Until the panel's language is chosen here, it is the one the app was left in.
        let app_lang = |read: StorageReader| {
            let saved = serde_json::from_str(&read(STORAGE_KEY)?).ok()?;
            saved_lang(&saved).map(|lang| lang.code().to_string())
        };
        let lang = read.and_then(|read| read(PANEL_LANG_KEY).or_else(|| app_lang(read)));
        let mut state = PanelState::new(lang.as_deref());
        let mut effects = vec![Effect::SetDocumentLang(state.lang)];
        match read {
            Some(read) => effects.extend(state.update(PanelAction::Stored(read(PANEL_KEY)))),
            None => state.notice = Some(i18n::STORAGE_FAILED.into()),
        }
        (state, effects)
    }

    fn update(&mut self, action: PanelAction) -> Vec<Effect> {
        PanelState::update(self, action)
    }

    fn reply(reply: Reply) -> Option<PanelAction> {
        Some(match reply {
            Reply::Opened(Opening { today, .. }) | Reply::Today(today) => PanelAction::Today(today),
            Reply::ChangedElsewhere(text) => PanelAction::ChangedElsewhere(text),
            // The set is written whole after each change: nothing waits for a pause.
            Reply::Flush(_) | Reply::Copied(_) | Reply::Arrived(_) | Reply::Followed(_) => return None,
            Reply::NotWritten(_) | Reply::AsideKept(None) => PanelAction::Failed(PanelFailure::Storage),
            Reply::AsideKept(Some(_)) => return None,
            Reply::NotDownloaded => PanelAction::Failed(PanelFailure::Download),
            Reply::Files { read, unreadable } => PanelAction::Files { read, unreadable },
        })
    }

    fn lang(&self) -> Lang {
        self.lang
    }
}
