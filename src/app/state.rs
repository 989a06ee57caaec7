//! All of the app's state, changed only by [`Action`]s through one reducer.
//! The score is not here: it is derived from the assessment on every render.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::category::{BusinessSize, Category};
use crate::core::inputs::{Field, Item, RegulationLevel};
use crate::core::money::{Programme, RiskGroup};
use crate::core::text::{Lang, Msg};
use crate::core::weights::set_weight;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Start,
    Check,
    Method,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    Province,
    Year,
    Sector,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub view: View,
    pub assessment: Option<Assessment>,
    /// A message about saved data (recovered, set aside, storage unavailable).
    pub notice: Option<Msg>,
}

pub enum Action {
    SetLang(Lang),
    Show(View),
    ChooseCategory(Category),
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
    pub fn new(lang: Lang, assessment: Option<Assessment>, notice: Option<Msg>) -> Self {
        let view = if assessment.is_some() {
            View::Check
        } else {
            View::Start
        };
        State {
            lang,
            view,
            assessment,
            notice,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Show(view) => {
                s.view = if view == View::Check && s.assessment.is_none() {
                    View::Start
                } else {
                    view
                };
            }
            Action::ChooseCategory(category) => {
                match s.assessment.as_mut() {
                    // Entries are kept when the category changes; weights and marks are
                    // per-category and start again from the rubric.
                    Some(a) if a.category != category => {
                        a.category = category;
                        a.weights.clear();
                        a.not_applicable.clear();
                    }
                    Some(_) => {}
                    None => s.assessment = Some(Assessment::new(category)),
                }
                s.view = View::Check;
            }
            Action::Notify(msg) => s.notice = Some(msg),
            Action::DismissNotice => s.notice = None,
            edit => {
                let Some(a) = s.assessment.as_mut() else {
                    return self;
                };
                apply_edit(a, edit);
            }
        }
        if s == *self {
            self
        } else {
            Rc::new(s)
        }
    }
}

fn apply_edit(a: &mut Assessment, action: Action) {
    let e = &mut a.entry;
    match action {
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
