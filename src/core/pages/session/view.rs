//! What the library and dossier pages show beyond the saved data: a row being renamed or
//! asked about, the evidence just removed. It lives here rather than in
//! components of their own (each component is WebAssembly of its own), lasts while the
//! page is open and is never saved.

use crate::core::model::evidence::Evidence;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// The assessment whose title is being edited, with the text typed so far.
    pub renaming: Option<(u32, String)>,
    /// The assessment whose deletion waits for a "yes".
    pub confirming: Option<u32>,
    /// The piece of evidence removed last on the dossier page, where it stood, until undone.
    pub removed: Option<(&'static str, usize, Evidence)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewAction {
    /// Start renaming, type, or (`None`) cancel.
    Renaming(Option<(u32, String)>),
    /// Ask before deleting, or (`None`) cancel.
    Confirming(Option<u32>),
}

impl View {
    /// The page's view as it opens.
    pub(super) fn opened() -> View {
        View { renaming: None, confirming: None, removed: None }
    }

    pub(super) fn update(&mut self, action: ViewAction) {
        match action {
            ViewAction::Renaming(r) => self.renaming = r,
            ViewAction::Confirming(c) => self.confirming = c,
        }
    }
}
