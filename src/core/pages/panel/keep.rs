//! The panel's set in browser storage, under its own key and format, apart from the
//! user's own library (which it never touches). Panel format 1:
//! `{"format":"cek-paritrana-panel","version":1,"rubric":"2026.1","candidates":[{"id":1,
//! "file":"a.json","row":null,"shortlisted":false,"assessment":{…}}],"weights":[{"category":
//! "kabkota","weights":{…}}]}`. Read back under the one policy ([`crate::core::json`]):
//! each assessment, and each category's weights, by [`read_assessment`]; what does not
//! read is left out and named.

use serde::Serialize;
use serde_json::Value;

use super::{Candidate, PanelSet, PanelWeights};
use crate::core::formats::json::{read_assessment, LeftOut, Part};
use crate::core::formats::persist::{self, Loaded};
use crate::core::model::assessment::Version;
use crate::core::rubric::RUBRIC_VERSION;

/// Where the panel's set is kept.
pub use crate::core::pages::PANEL_KEY;
pub const FORMAT: &str = "cek-paritrana-panel";
/// Raise when the saved shape changes, and read the older one in [`decode`].
pub const PANEL_VERSION: u64 = 1;

#[derive(Serialize)]
struct Kept<'a> {
    format: &'static str,
    version: u64,
    rubric: &'static str,
    candidates: &'a [Candidate],
    weights: &'a [PanelWeights],
}

pub fn encode(set: &PanelSet) -> String {
    let kept = Kept {
        format: FORMAT,
        version: PANEL_VERSION,
        rubric: RUBRIC_VERSION,
        candidates: &set.candidates,
        weights: &set.weights,
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(&kept).unwrap_or_default()
}

pub fn decode(text: &str) -> Loaded<PanelSet> {
    if text.trim().is_empty() {
        return Loaded::Empty;
    }
    let Some(value) =
        serde_json::from_str::<Value>(text).ok().filter(|v| v.get("format").and_then(Value::as_str) == Some(FORMAT))
    else {
        return Loaded::SetAside(persist::damaged());
    };
    if value.get("version").and_then(Value::as_u64).is_some_and(|v| v > PANEL_VERSION) {
        return Loaded::SetAside(persist::newer());
    }
    let mut left_out = Vec::new();
    let mut set = PanelSet::default();
    let list = |name| value.get(name).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    for (n, item) in list("candidates").iter().enumerate() {
        let mut parts = Vec::new();
        let raw = item.get("assessment").unwrap_or(&Value::Null);
        match read_assessment(raw, Version::CURRENT, &mut parts) {
            Ok(assessment) => {
                left_out.append(&mut parts);
                let id = item.get("id").and_then(Value::as_u64).and_then(|i| u32::try_from(i).ok());
                // A missing or repeated id costs nothing: a new one is given.
                let id = id.filter(|id| set.get(*id).is_none()).unwrap_or_else(|| set.next_id());
                let file = item.get("file").and_then(Value::as_str).unwrap_or_default();
                let row = item.get("row").and_then(Value::as_u64).and_then(|r| usize::try_from(r).ok());
                let mut c = Candidate::new(id, file, row, assessment);
                c.shortlisted = item.get("shortlisted").and_then(Value::as_bool).unwrap_or(false);
                set.candidates.push(c);
            }
            Err(_) => left_out.push(LeftOut::Assessment(n + 1)),
        }
    }
    for item in list("weights") {
        match read_assessment(item, Version::CURRENT, &mut left_out) {
            Ok(a) if set.weights_for(a.category).is_none() => {
                set.weights.push(PanelWeights { category: a.category, weights: a.weights })
            }
            _ => left_out.push(LeftOut::Part(Part::Weights)),
        }
    }
    if left_out.is_empty() {
        Loaded::Intact(set)
    } else {
        Loaded::Recovered(set, persist::recovered(&left_out))
    }
}
