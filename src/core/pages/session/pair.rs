//! The comparison's pair: which two assessments of the library it shows.

use crate::core::formats::persist::Library;

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

/// A side chosen: both sides as shown are kept, so that choosing one never moves the other.
pub fn choose(lib: &Library, choice: Choice, side: Side, id: u32) -> Choice {
    let (before, after) = pair(lib, choice).unwrap_or((id, id));
    match side {
        Side::Before => (Some(id), Some(after)),
        Side::After => (Some(before), Some(id)),
    }
}
