//! Two tabs, one storage: a three-way merge of assessment libraries, so that another
//! tab's save never discards an edit made here.

use crate::core::base::i18n;
use crate::core::base::text::Lang;
use crate::core::formats::persist::{Library, Stored};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub library: Library,
    /// Titles of the assessments both tabs changed; both versions are kept.
    pub conflicts: Vec<String>,
    /// This tab's assessments kept under a new id: (old id, new id).
    pub renumbered: Vec<(u32, u32)>,
}

/// Merges this tab's library (`mine`) with another tab's save (`theirs`), both grown
/// from `base`, the library as this tab last saw it in storage.
///
/// - An assessment changed, added or deleted on one side only takes that side's change.
/// - Changed on both sides, differently: the other tab's version keeps the id, this
///   tab's is kept beside it under a new id, and its title is reported.
/// - Deleted on one side but edited on the other: the edited version is kept.
/// - Added on both sides under the same id: both are kept, this tab's under a new id.
///
/// The order is the other tab's, with this tab's additions at the end; the assessment
/// open in this tab stays open.
pub fn merge(base: &Library, mine: &Library, theirs: &Library, lang: Lang) -> Merged {
    let mut library = theirs.clone();
    let mut conflicts = Vec::new();
    let mut renumbered = Vec::new();
    let mut next_id = [base, mine, theirs].iter().map(|l| l.next_id()).max().unwrap_or(1);
    for m in &mine.assessments {
        let b = base.get(m.id);
        let t = theirs.get(m.id);
        let unchanged_here = b == Some(m);
        match (b, t) {
            // Same on both sides, or changed only in the other tab.
            (_, Some(t)) if t == m || unchanged_here => {}
            // Changed only here.
            (Some(b), Some(t)) if t == b => {
                if let Some(slot) = library.get_mut(m.id) {
                    *slot = m.clone();
                }
            }
            // Changed on both sides, or added on both sides under one id: keep both.
            (_, Some(_)) => {
                let title = match b {
                    Some(_) => {
                        conflicts.push(m.display_title(lang));
                        i18n::this_tab_title(&m.display_title(lang)).get(lang).to_string()
                    }
                    None => m.title.clone(),
                };
                library.assessments.push(Stored { id: next_id, title, assessment: m.assessment.clone() });
                renumbered.push((m.id, next_id));
                next_id += 1;
            }
            // Deleted in the other tab and untouched here: stays deleted.
            (Some(_), None) if unchanged_here => {}
            // New here, or edited here after the other tab deleted it: keep it.
            (_, None) => library.assessments.push(m.clone()),
        }
    }
    // Deleted here and untouched in the other tab: stays deleted.
    library.assessments.retain(|t| mine.get(t.id).is_some() || base.get(t.id).is_none_or(|b| b != t));
    // This tab goes on with the assessment it had open (its own version).
    let open = mine.current.map(|id| renumbered.iter().find(|r| r.0 == id).map_or(id, |r| r.1));
    library.current =
        open.filter(|id| library.get(*id).is_some()).or_else(|| library.assessments.first().map(|s| s.id));
    Merged { library, conflicts, renumbered }
}
