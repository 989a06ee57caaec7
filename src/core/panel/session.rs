//! The panel page as a state machine of its own, apart from the self-check's session (its
//! own page and bundle, panel.html): candidates loaded in batches, scored once per load or
//! change of the panel's weights, then only sorted and filtered; kept in storage under its
//! own key, never the library's. `PanelState::update(action) -> Vec<PanelEffect>`; the
//! panel's edge (app/panel_app.rs) performs the effects.

use crate::core::assessment::Assessment;
use crate::core::category::Category;
use crate::core::i18n;
use crate::core::number::{self, NumberKind};
use crate::core::panel::keep;
use crate::core::panel::load::{load, Report};
use crate::core::panel::ranking::{export, provinces, rank, visible, Row, SortBy, View};
use crate::core::panel::side_by_side::{breakdown, side_by_side, SideBySide, COMPARED};
use crate::core::panel::template::{template, template_name};
use crate::core::panel::{normalised, PanelSet, PanelWeights, Problem};
use crate::core::persist::Loaded;
use crate::core::sorted::SortedMap;
use crate::core::text::{Lang, Msg};
use crate::core::weights::set_weight;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelAction {
    /// What storage holds under [`keep::PANEL_KEY`], read once as the page opens.
    Stored(Option<String>),
    /// What storage holds now that the panel page in another tab has written it: taken
    /// as it is (each tab writes the whole set after each change), so neither tab writes
    /// over the other's candidates with an older set.
    ChangedElsewhere(Option<String>),
    SetLang(Lang),
    DismissNotice,
    /// An effect the browser could not perform.
    Failed(PanelFailure),
    /// The files chosen, by name with their bytes; CSV files are read as the templates of
    /// the category shown.
    Files(Vec<(String, Vec<u8>)>),
    /// Chosen files the browser could not read, by name: sent after the batch's
    /// [`PanelAction::Files`], and said beside what it loaded.
    Unreadable(Vec<String>),
    /// The category shown (and that CSV files and the template are for).
    Category(Category),
    /// Sort by a column; the same column again turns the order round.
    Sort(SortBy),
    Band(Option<&'static str>),
    /// A province as written in a row; `None` for all.
    Province(Option<String>),
    ShortlistedOnly(bool),
    Shortlist(u32, bool),
    /// Chosen to compare (two to five).
    Choose(u32, bool),
    /// The panel's weight for a criterion of the category shown, as typed.
    Weight(&'static str, String),
    ResetWeights,
    Remove(u32),
    /// Asks to clear the set: nothing goes until [`PanelAction::ConfirmClear`].
    Clear,
    ConfirmClear,
    CancelClear,
    /// Takes back the last removal or clearing.
    Undo,
    /// The category's CSV template.
    Template,
    /// The rows shown as CSV; `today` is `YYYY-MM-DD`, for the file name.
    Export {
        today: String,
    },
    Print,
    DismissReport,
}

/// What the browser could not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelFailure {
    Storage,
    Download,
}

/// What the panel asks of the browser: values, performed by its edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelEffect {
    /// Write the panel's set under [`keep::PANEL_KEY`]; a failure is [`PanelFailure::Storage`].
    Write(String),
    /// Copy unreadable saved text aside (never overwritten) before the panel writes over it.
    KeepAside(String),
    Download {
        name: String,
        mime: &'static str,
        content: String,
    },
    Print,
    /// The page's language (`<html lang>`), remembered under [`LANG_KEY`].
    SetLang(Lang),
}

/// Where the panel page remembers its language.
pub use crate::core::pages::PANEL_LANG_KEY as LANG_KEY;

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
}

impl PanelState {
    /// The page in the language remembered under [`LANG_KEY`] (Indonesian unless English).
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
    /// Applies an action; returns what the browser should do.
    pub fn update(&mut self, event: PanelAction) -> Vec<PanelEffect> {
        let lang = self.lang;
        let mut effects = Vec::new();
        let p = self;
        let mut changed = true;
        match event {
            PanelAction::SetLang(l) => {
                changed = false;
                p.lang = l;
                effects.push(PanelEffect::SetLang(l));
            }
            PanelAction::DismissNotice => {
                changed = false;
                p.notice = None;
            }
            PanelAction::Failed(f) => {
                changed = false;
                p.notice = Some(match f {
                    PanelFailure::Storage => i18n::STORAGE_FAILED.into(),
                    PanelFailure::Download => i18n::DOWNLOAD_FAILED.into(),
                });
            }
            PanelAction::Stored(text) => {
                changed = false;
                if p.read {
                    return effects;
                }
                p.read = true;
                let text = text.unwrap_or_default();
                let damaged = match keep::decode(&text) {
                    Loaded::Empty => None,
                    Loaded::Intact(set) => {
                        p.set = set;
                        None
                    }
                    Loaded::Recovered(set, msg) => {
                        p.set = set;
                        Some(msg)
                    }
                    Loaded::SetAside(msg) => Some(msg),
                };
                p.rescore();
                if let Some(first) =
                    p.categories().first().filter(|_| p.rows.iter().all(|r| r.category != p.view.category))
                {
                    p.view.category = *first;
                }
                if let Some(msg) = damaged {
                    // The original is copied aside before the panel writes over it.
                    p.notice = Some(msg);
                    effects.push(PanelEffect::KeepAside(text));
                }
            }
            PanelAction::ChangedElsewhere(text) => {
                changed = false;
                let set = match keep::decode(&text.unwrap_or_default()) {
                    Loaded::Empty => Some(PanelSet::default()),
                    Loaded::Intact(set) | Loaded::Recovered(set, _) => Some(set),
                    // Unreadable: this tab keeps its own set, written at its next change.
                    Loaded::SetAside(_) => None,
                };
                if let Some(set) = set {
                    p.set = set;
                    p.rescore();
                    let set = &p.set;
                    p.chosen.retain(|id| set.get(*id).is_some());
                }
            }
            PanelAction::Files(files) => {
                let report = load(&mut p.set, &files, p.view.category);
                p.rescore();
                let shown = p.rows.iter().any(|r| r.category == p.view.category);
                if let (false, Some(first)) = (shown, report.added.first().and_then(|id| p.set.get(*id))) {
                    p.view.category = first.assessment.category;
                }
                changed = !report.added.is_empty();
                p.report = Some(report);
            }
            PanelAction::Unreadable(names) => {
                // Said beside what the rest of the batch loaded.
                let report = p.report.get_or_insert_with(Report::default);
                report.problems.extend(names.iter().map(|n| Problem::file(n, i18n::IMPORT_READ_FAILED.into())));
                changed = false;
            }
            PanelAction::Category(category) => {
                p.view = View { category, ..View::default() };
                p.chosen.clear();
                p.weight_drafts.clear();
                changed = false;
            }
            PanelAction::Sort(by) => {
                p.view.sort_by(by);
                changed = false;
            }
            PanelAction::Band(band) => {
                p.view.band = band;
                changed = false;
            }
            PanelAction::Province(province) => {
                p.view.province = province.map(|x| normalised(&x));
                changed = false;
            }
            PanelAction::ShortlistedOnly(on) => {
                p.view.shortlisted_only = on;
                changed = false;
            }
            PanelAction::Shortlist(id, on) => {
                // Only the mark changes: nothing is scored again.
                for c in p.set.candidates.iter_mut().filter(|c| c.id == id) {
                    c.shortlisted = on;
                }
                for r in p.rows.iter_mut().filter(|r| r.id == id) {
                    r.shortlisted = on;
                }
            }
            PanelAction::Choose(id, on) => {
                changed = false;
                p.chosen.retain(|c| *c != id);
                if on && p.chosen.len() < *COMPARED.end() && p.set.get(id).is_some() {
                    p.chosen.push(id);
                }
            }
            PanelAction::Weight(id, text) => match number::parse(&text, NumberKind::Percent) {
                Ok(v) => {
                    p.weight_drafts.remove(id);
                    let weights = set_weight(&p.weighted(), id, v);
                    p.set_weights(weights);
                }
                Err(_) => {
                    p.weight_drafts.insert(id, text);
                    changed = false;
                }
            },
            PanelAction::ResetWeights => {
                p.weight_drafts.clear();
                p.set_weights(SortedMap::new());
            }
            PanelAction::Remove(id) => {
                changed = p.set.get(id).is_some();
                if changed {
                    p.keep_for_undo(i18n::PANEL_REMOVED.into());
                    p.set.candidates.retain(|c| c.id != id);
                    p.rows.retain(|r| r.id != id);
                    p.chosen.retain(|c| *c != id);
                }
            }
            PanelAction::Clear => {
                p.confirming_clear = !p.set.candidates.is_empty();
                changed = false;
            }
            PanelAction::CancelClear => {
                p.confirming_clear = false;
                changed = false;
            }
            PanelAction::ConfirmClear => {
                p.keep_for_undo(i18n::PANEL_CLEARED.into());
                *p = PanelState {
                    lang,
                    notice: p.notice.take(),
                    undo: p.undo.take(),
                    view: p.view.clone(),
                    read: true,
                    ..PanelState::default()
                };
            }
            PanelAction::Undo => {
                changed = p.undo.is_some();
                if let Some((set, _)) = p.undo.take() {
                    p.set = set;
                    p.rescore();
                }
            }
            PanelAction::Template => {
                changed = false;
                let category = p.view.category;
                effects.push(PanelEffect::Download {
                    name: template_name(category),
                    mime: "text/csv;charset=utf-8",
                    content: template(category, lang),
                });
            }
            PanelAction::Export { today } => {
                changed = false;
                effects.push(PanelEffect::Download {
                    name: format!("cek-paritrana_peringkat-{}_{today}.csv", p.view.category.code()),
                    mime: "text/csv;charset=utf-8",
                    content: export(&p.visible(), lang),
                });
            }
            PanelAction::Print => {
                changed = false;
                effects.push(PanelEffect::Print);
            }
            PanelAction::DismissReport => {
                changed = false;
                p.report = None;
            }
        }
        if changed {
            effects.push(PanelEffect::Write(keep::encode(&p.set)));
        }
        effects
    }
}
