//! All of the app's state, changed only by [`Action`]s through one reducer.
//! The score is not here: it is derived from the assessment on every render.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::category::{BusinessSize, Category};
use crate::core::file::AssessmentFile;
use crate::core::inputs::{Field, Item, RegulationLevel};
use crate::core::money::{Programme, RiskGroup};
use crate::core::persist::{Library, Stored};
use crate::core::text::{Lang, Msg};
use crate::core::weights::set_weight;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Start,
    Check,
    Library,
    Compare,
    Method,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    Province,
    Year,
    Sector,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub view: View,
    pub library: Library,
    /// A message about saved data, links or files.
    pub notice: Option<Msg>,
    /// The last deleted assessment and where it stood, until undone or replaced.
    pub undo: Option<(usize, Stored)>,
    /// A file that passed every check, waiting for the user to say what to do with it.
    pub pending_import: Option<AssessmentFile>,
    pub compare: (Option<u32>, Option<u32>),
}

pub enum Action {
    SetLang(Lang),
    Show(View),
    NewAssessment(Category),
    ChangeCategory(Category),
    Open(u32),
    Rename(u32, String),
    Duplicate(u32),
    /// A copy of the current assessment for next year's plan.
    StartTarget,
    Delete(u32),
    Undo,
    AddShared(String, Assessment),
    ImportReady(AssessmentFile),
    ImportAsNew,
    ImportReplace,
    ImportCancel,
    SetCompare(Side, u32),
    SetProfile(ProfileField, String),
    SetField(Field, String),
    SetRegulation(RegulationLevel),
    SetChecked(Item, bool),
    SetProgramme(Programme, bool),
    SetLeader(bool),
    SetSize(BusinessSize),
    SetRisk(RiskGroup),
    SetApplicable(&'static str, bool),
    SetWeight(&'static str, Decimal),
    ResetWeights,
    Notify(Msg),
    DismissNotice,
}

impl State {
    pub fn new(lang: Lang, library: Library, notice: Option<Msg>) -> Self {
        let view = if library.current().is_some() { View::Check } else { View::Start };
        State { lang, view, library, notice, undo: None, pending_import: None, compare: (None, None) }
    }

    pub fn current(&self) -> Option<&Stored> {
        self.library.current()
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Show(view) => {
                s.view = if view == View::Check && s.current().is_none() { View::Start } else { view };
            }
            Action::NewAssessment(category) => {
                s.library.add(String::new(), Assessment::new(category));
                s.view = View::Check;
            }
            Action::Open(id) => {
                if s.library.get(id).is_some() {
                    s.library.current = Some(id);
                    s.view = View::Check;
                }
            }
            Action::Rename(id, title) => {
                if let Some(st) = s.library.get_mut(id) {
                    st.title = title;
                }
            }
            Action::Duplicate(id) => {
                if let Some(st) = s.library.get(id).cloned() {
                    let title = copy_title(&st, s.lang);
                    s.library.add(title, st.assessment);
                }
            }
            Action::StartTarget => {
                if let Some(st) = s.current().cloned() {
                    let mut a = st.assessment.clone();
                    let next = a.entry.year.trim().parse::<u16>().ok().and_then(|y| y.checked_add(1));
                    if let Some(y) = next {
                        a.entry.year = y.to_string();
                    }
                    let base = st.display_title(s.lang);
                    let title = match next {
                        Some(y) => format!("Target {y}: {base}"),
                        None => format!("Target: {base}"),
                    };
                    let before = st.id;
                    let after = s.library.add(title, a);
                    s.compare = (Some(before), Some(after));
                    s.view = View::Check;
                }
            }
            Action::Delete(id) => {
                if let Some((index, removed)) = s.library.remove(id) {
                    s.undo = Some((index, removed));
                }
            }
            Action::Undo => {
                if let Some((index, stored)) = s.undo.take() {
                    s.library.restore(index, stored);
                }
            }
            Action::AddShared(title, assessment) => {
                s.library.add(title, assessment);
                s.view = View::Check;
            }
            Action::ImportReady(file) => s.pending_import = Some(file),
            Action::ImportAsNew => {
                if let Some(file) = s.pending_import.take() {
                    s.library.add(file.title, file.assessment);
                    s.view = View::Check;
                }
            }
            Action::ImportReplace => {
                if let Some(file) = s.pending_import.take() {
                    match s.library.current_mut() {
                        Some(current) => {
                            current.assessment = file.assessment;
                            current.title = file.title;
                        }
                        None => {
                            s.library.add(file.title, file.assessment);
                        }
                    }
                    s.view = View::Check;
                }
            }
            Action::ImportCancel => s.pending_import = None,
            Action::SetCompare(side, id) => match side {
                Side::Before => s.compare.0 = Some(id),
                Side::After => s.compare.1 = Some(id),
            },
            Action::Notify(msg) => s.notice = Some(msg),
            Action::DismissNotice => s.notice = None,
            edit => {
                let Some(current) = s.library.current_mut() else { return self };
                apply_edit(&mut current.assessment, edit);
            }
        }
        if s == *self {
            self
        } else {
            Rc::new(s)
        }
    }
}

fn copy_title(st: &Stored, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Salinan {}", st.display_title(lang)),
        Lang::En => format!("Copy of {}", st.display_title(lang)),
    }
}

fn apply_edit(a: &mut Assessment, action: Action) {
    let e = &mut a.entry;
    match action {
        // Entries are kept; weights and marks are per category and start from the rubric.
        Action::ChangeCategory(category) if a.category != category => {
            a.category = category;
            a.weights.clear();
            a.not_applicable.clear();
        }
        Action::SetProfile(field, value) => match field {
            ProfileField::Name => e.name = value,
            ProfileField::Province => e.province = value,
            ProfileField::Year => e.year = value,
            ProfileField::Sector => e.sector = value,
        },
        Action::SetField(field, value) => {
            if value.is_empty() {
                e.fields.remove(&field);
            } else {
                e.fields.insert(field, value);
            }
        }
        Action::SetRegulation(level) => e.regulation = level,
        Action::SetChecked(item, on) => {
            if on {
                e.checked.insert(item);
            } else {
                e.checked.remove(&item);
            }
        }
        Action::SetProgramme(p, on) => {
            if on {
                e.programmes.insert(p);
            } else {
                e.programmes.remove(&p);
            }
        }
        Action::SetLeader(on) => e.leader_attends = on,
        Action::SetSize(size) => e.size = Some(size),
        Action::SetRisk(risk) => e.risk = risk,
        Action::SetApplicable(id, applicable) => {
            if applicable {
                a.not_applicable.remove(id);
            } else {
                a.not_applicable.insert(id.to_string());
            }
        }
        Action::SetWeight(id, value) => a.weights = set_weight(a, id, value),
        Action::ResetWeights => a.weights.clear(),
        _ => {}
    }
}
