//! The comparison page's state machine (`bandingkan.html`, a page and bundle of its own,
//! so the self-check's bundle carries none of the comparison): two assessments of the
//! library as the self-check saved it in browser storage, chosen by the address or on the
//! page. It only reads the assessments; the language it saves by one read and write of
//! that storage (`CompareState::update(CompareAction) -> Vec<CompareEffect>`).

use crate::core::i18n;
use crate::core::persist::{self, Library, Loaded};
use crate::core::text::{Lang, Msg};

/// The comparison page's file.
pub const COMPARE_FILE: &str = "bandingkan.html";

/// The two sides of a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

/// The assessments chosen for each side, by id (before, after); either may be unchosen.
pub type Choice = (Option<u32>, Option<u32>);

/// The two assessments to compare: the ones chosen, else the one open now ("after") and
/// the one before it in the list ("before"). `None` with fewer than two.
pub fn pair(lib: &Library, choice: Choice) -> Option<(u32, u32)> {
    if lib.assessments.len() < 2 {
        return None;
    }
    let exists = |id: &u32| lib.get(*id).is_some();
    let after = choice.1.filter(exists).or(lib.current).unwrap_or(lib.assessments[1].id);
    let before = choice.0.filter(exists).unwrap_or_else(|| {
        let ids = || lib.assessments.iter().map(|s| s.id);
        ids().rev().find(|id| *id < after).or_else(|| ids().find(|id| *id != after)).unwrap_or(after)
    });
    Some((before, after))
}

/// The page's address for a choice: `bandingkan.html#3,5`, `bandingkan.html` for none.
pub fn address(choice: Choice) -> String {
    let id = |side: Option<u32>| side.map(|id| id.to_string()).unwrap_or_default();
    match choice {
        (None, None) => COMPARE_FILE.to_string(),
        (before, after) => format!("{COMPARE_FILE}#{},{}", id(before), id(after)),
    }
}

/// The choice an address's fragment names; a side that does not read is unchosen.
pub fn read_address(fragment: &str) -> Choice {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (before, after) = fragment.split_once(',').unwrap_or((fragment, ""));
    (before.parse().ok(), after.parse().ok())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareAction {
    Choose(Side, u32),
    SetLang(Lang),
    /// What browser storage holds now (`None`: no storage), read for a pending write.
    Stored(Option<String>),
    /// Storage refused the write.
    WriteFailed,
    DismissNotice,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareEffect {
    SetDocumentLang(Lang),
    /// Read browser storage and answer with [`CompareAction::Stored`].
    ReadStorage,
    /// Write the saved form to browser storage, as the self-check does.
    Write(String),
    /// Show this address (the choice made), so that a reload or a copied address keeps it.
    ShowAddress(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareState {
    pub lang: Lang,
    pub library: Library,
    pub choice: Choice,
    pub notice: Option<Msg>,
}

impl CompareState {
    /// The page as it opens: storage as the self-check saved it (`None`: the browser gives
    /// none) and the address's fragment. Of saved data that is older or damaged, what
    /// reads is shown: the self-check updates or recovers it, and this page only reads it.
    pub fn boot(stored: Option<&str>, fragment: &str) -> (CompareState, Vec<CompareEffect>) {
        let (lang, library, notice) = match stored.map(persist::decode) {
            Some(Loaded::Intact(saved) | Loaded::Recovered(saved, _)) => (saved.lang, saved.library, None),
            Some(_) => (Lang::default(), Library::default(), None),
            None => (Lang::default(), Library::default(), Some(i18n::STORAGE_FAILED.into())),
        };
        let state = CompareState { lang, library, choice: read_address(fragment), notice };
        (state, vec![CompareEffect::SetDocumentLang(lang)])
    }

    /// The two assessments shown (before, after).
    pub fn pair(&self) -> Option<(u32, u32)> {
        pair(&self.library, self.choice)
    }

    pub fn update(&mut self, action: CompareAction) -> Vec<CompareEffect> {
        match action {
            CompareAction::Choose(side, id) => {
                // Both sides as shown are kept, so that choosing one never moves the other.
                let (before, after) = self.pair().unwrap_or((id, id));
                self.choice = match side {
                    Side::Before => (Some(id), Some(after)),
                    Side::After => (Some(before), Some(id)),
                };
                vec![CompareEffect::ShowAddress(address(self.choice))]
            }
            // The language is the app's setting: saved for the self-check too.
            CompareAction::SetLang(lang) => {
                self.lang = lang;
                vec![CompareEffect::SetDocumentLang(lang), CompareEffect::ReadStorage]
            }
            CompareAction::Stored(text) => match persist::with_lang(text.as_deref(), self.lang) {
                Some(text) => vec![CompareEffect::Write(text)],
                None => {
                    self.notice = Some(i18n::SAVED_NOT_WHOLE.into());
                    vec![]
                }
            },
            CompareAction::WriteFailed => {
                self.notice = Some(i18n::STORAGE_FAILED.into());
                vec![]
            }
            CompareAction::DismissNotice => {
                self.notice = None;
                vec![]
            }
        }
    }
}
