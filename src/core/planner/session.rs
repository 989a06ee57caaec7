//! The planner page's state machine (`rencana.html`, a page and bundle of its own, so the
//! self-check's bundle carries none of the planner): the worksheet of the assessment its
//! address names, read from browser storage as the self-check saved it, and carried back
//! as next year's target by one read and write of that storage. Apart from the
//! self-check's session, as the panel's is (`PlannerState::update(PlannerAction) ->
//! Vec<PlannerEffect>`).

use rust_decimal::Decimal;

use super::{Input, Sheet, MAX_BANDS};
use crate::core::category::BusinessSize;
use crate::core::i18n;
use crate::core::inputs::Field;
use crate::core::keys::Keyed;
use crate::core::measure::Change;
use crate::core::money::{Package, RiskGroup};
use crate::core::number;
use crate::core::persist::{self, Library, Loaded};
use crate::core::text::{Lang, Msg};

/// The planner page's file.
pub const PLANNER_FILE: &str = "rencana.html";

/// The planner's address for the assessment `id`, with `figures` typed over its own (a
/// next step's): `rencana.html#7;budget_current=6935040000`.
pub fn address(id: u32, figures: &[(Field, Decimal)]) -> String {
    let mut out = format!("{PLANNER_FILE}#{id}");
    for (field, value) in figures {
        out.push_str(&format!(";{}={value}", field.key()));
    }
    out
}

/// The assessment and figures an address's fragment names; a figure that does not read
/// is left out (the planner then shows the assessment's own).
pub fn read_address(fragment: &str) -> Option<(u32, Vec<(Field, Decimal)>)> {
    let mut parts = fragment.strip_prefix('#').unwrap_or(fragment).split(';');
    let id = parts.next()?.parse().ok()?;
    let figures = parts
        .filter_map(|part| {
            let (key, value) = part.split_once('=')?;
            Some((Field::from_key(key)?, number::parse_saved(value)?))
        })
        .collect();
    Some((id, figures))
}

/// A change to the worksheet's boxes and choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    Set(Input, String),
    Package(Package),
    Risk(RiskGroup),
    Size(BusinessSize),
    AddBand,
    RemoveBand(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerAction {
    Edit(PlanEdit),
    SetLang(Lang),
    /// Next year's target made from the plan, beside the assessment it came from.
    Apply,
    /// What browser storage holds now (`None`: no storage), read for a pending write.
    Stored(Option<String>),
    /// Storage refused the write.
    WriteFailed,
    DismissNotice,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerEffect {
    SetDocumentLang(Lang),
    /// Read browser storage and answer with [`PlannerAction::Stored`].
    ReadStorage,
    /// Write the saved form to browser storage, as the self-check does.
    Write(String),
    /// Open the self-check (it opens on the assessment current in storage).
    OpenApp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannerState {
    pub lang: Lang,
    /// The assessment planned for, by id.
    pub from: Option<u32>,
    /// The worksheet; `None` when the address or storage names no assessment.
    pub sheet: Option<Sheet>,
    pub notice: Option<Msg>,
    /// "Make it a target" waits for storage to be read.
    applying: bool,
}

impl PlannerState {
    /// The page as it opens: storage as the self-check saved it (`None`: the browser
    /// gives none) and the address's fragment.
    pub fn boot(stored: Option<&str>, fragment: &str) -> (PlannerState, Vec<PlannerEffect>) {
        let (lang, library) = match stored.map(persist::decode) {
            Some(Loaded::Intact(saved) | Loaded::Recovered(saved, _)) => (saved.lang, saved.library),
            _ => (Lang::default(), Library::default()),
        };
        let named = read_address(fragment);
        let found = named.as_ref().and_then(|(id, _)| library.get(*id));
        let sheet = found.zip(named.as_ref()).map(|(st, (_, figures))| {
            let mut a = st.assessment.clone();
            Change::Figures(figures.clone()).apply(&mut a);
            Sheet::from(&a)
        });
        let notice = sheet.is_none().then(|| i18n::PLAN_NOT_FOUND.into());
        let state = PlannerState { lang, from: found.map(|st| st.id), sheet, notice, applying: false };
        (state, vec![PlannerEffect::SetDocumentLang(lang)])
    }

    pub fn update(&mut self, action: PlannerAction) -> Vec<PlannerEffect> {
        match action {
            PlannerAction::Edit(edit) => {
                if let Some(sheet) = &mut self.sheet {
                    edit_sheet(sheet, edit);
                }
                vec![]
            }
            // The language is the app's setting: saved for the self-check too.
            PlannerAction::SetLang(lang) => {
                self.lang = lang;
                vec![PlannerEffect::SetDocumentLang(lang), PlannerEffect::ReadStorage]
            }
            PlannerAction::Apply if self.sheet.is_some() => {
                self.applying = true;
                vec![PlannerEffect::ReadStorage]
            }
            PlannerAction::Apply => vec![],
            PlannerAction::Stored(text) => self.save(text.as_deref()),
            PlannerAction::WriteFailed => {
                self.notice = Some(i18n::STORAGE_FAILED.into());
                vec![]
            }
            PlannerAction::DismissNotice => {
                self.notice = None;
                vec![]
            }
        }
    }

    /// Writes the language, and the target when one is asked for, into what storage holds
    /// now: whatever another tab saved meanwhile stays. Only saved data that reads whole
    /// is written over; anything else is the self-check's to recover first.
    fn save(&mut self, stored: Option<&str>) -> Vec<PlannerEffect> {
        if !std::mem::take(&mut self.applying) {
            return match persist::with_lang(stored, self.lang) {
                Some(text) => vec![PlannerEffect::Write(text)],
                None => {
                    self.notice = Some(i18n::SAVED_NOT_WHOLE.into());
                    vec![]
                }
            };
        }
        let Some(Loaded::Intact(mut saved)) = stored.map(persist::decode) else {
            self.notice = Some(i18n::SAVED_NOT_WHOLE.into());
            return vec![];
        };
        saved.lang = self.lang;
        let target = self.from.and_then(|from| saved.library.add_target(from, self.lang));
        let (Some(id), Some(sheet)) = (target, &self.sheet) else {
            self.notice = Some(i18n::PLAN_NOT_FOUND.into());
            return vec![];
        };
        if let Some(st) = saved.library.get_mut(id) {
            sheet.apply(&mut st.assessment);
        }
        vec![PlannerEffect::Write(persist::encode(&saved)), PlannerEffect::OpenApp]
    }
}

fn edit_sheet(sheet: &mut Sheet, edit: PlanEdit) {
    match edit {
        PlanEdit::Set(input, text) => sheet.set(input, text),
        PlanEdit::Package(p) => sheet.package = p,
        PlanEdit::Risk(r) => sheet.risk = r,
        PlanEdit::Size(size) => sheet.size = size,
        PlanEdit::AddBand => {
            if sheet.bands.len() < MAX_BANDS {
                sheet.bands.push(Default::default());
            }
        }
        PlanEdit::RemoveBand(i) => {
            if i < sheet.bands.len() {
                sheet.bands.remove(i);
            }
        }
    }
}
