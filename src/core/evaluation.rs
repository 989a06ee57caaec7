//! Everything shown beside the form, derived from the assessment (never stored).

use rust_decimal::Decimal;

use super::actions::{next_actions, Action as Step};
use super::assessment::Assessment;
use super::derived::{derive, DerivedFigures as Derived};
use super::scoring::{score, shown, total, Breakdown as Score};
use super::validation::{check, Checked};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub checked: Checked,
    pub score: Score,
    pub derived: Derived,
    pub steps: Vec<Step>,
    /// The total under the rubric's own weights, shown beside a custom-weighted one.
    pub rubric_weighted_total: Decimal,
}

impl Evaluation {
    pub fn of(a: &Assessment) -> Evaluation {
        let checked = check(a);
        let score = score(a);
        let derived = derive(a, &checked);
        let steps = next_actions(a, &score);
        let rubric_weighted_total = if score.custom_weights {
            let mut plain = a.clone();
            plain.weights.clear();
            shown(total(&plain))
        } else {
            score.shown_total()
        };
        Evaluation { checked, score, derived, steps, rubric_weighted_total }
    }
}
