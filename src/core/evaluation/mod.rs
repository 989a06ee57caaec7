//! Everything derived from one assessment, with its figures checked once and the result
//! passed on to scoring, the derived figures and the next steps; and the score as every
//! page shows it. Each scores the assessment as the evidence dossier has it.

pub mod calibration;
pub mod compare;
pub mod derived;
pub mod dossier;
pub mod planner;
pub mod scoring;
pub mod steps;
pub mod target;
pub mod validation;
pub mod weights;

use rust_decimal::Decimal;

use crate::core::evaluation::derived::{derive, Derived};
use crate::core::evaluation::scoring::{score_with, shown, total_checked, Score};
use crate::core::evaluation::steps::{next_steps, Step};
use crate::core::evaluation::validation::check;
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::Checked;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub checked: Checked,
    pub score: Score,
    pub derived: Derived,
    pub steps: Vec<Step>,
    /// The shown total under the rubric's own weights, to set beside a custom-weighted one
    /// (the shown total itself when no weight was changed).
    pub rubric_weighted_total: Decimal,
    /// Opened under the current rubric after being saved under an older one: the shown
    /// total under that one, and now.
    pub before_upgrade: Option<(Decimal, Decimal)>,
    /// Criteria that earn points without evidence in the dossier, in rubric order.
    pub unproven: Vec<&'static str>,
    /// With the dossier in use, whether it holds the readiness item ("supporting
    /// documents complete"); `None` while the user's tick stands.
    pub documents_ready: Option<bool>,
}

impl Evaluation {
    pub fn of(assessment: &Assessment) -> Self {
        let checked = check(assessment);
        // Items are not figures: the check holds for the assessment as scored.
        let as_scored = dossier::as_scored(assessment, &checked);
        let documents_ready = as_scored.as_ref().map(|s| s.1);
        let assessment = as_scored.as_ref().map_or(assessment, |s| &s.0);
        let score = score_with(assessment, &checked, true);
        let derived = derive(assessment, &checked);
        let steps = next_steps(assessment, &checked, &score);
        let rubric_weighted_total = if score.custom_weights {
            // Weights do not change what the figures say, so the check stands.
            let mut plain = assessment.clone();
            plain.weights.clear();
            shown(total_checked(&plain, &checked))
        } else {
            score.shown_total()
        };
        let before_upgrade =
            assessment.saved_under.filter(|old| old.rubric().covering(assessment.category).is_some()).map(|old| {
                let mut then = assessment.clone();
                (then.version, then.saved_under) = (old, None);
                (shown(total(&then)), score.shown_total())
            });
        let unproven = dossier::unproven(assessment, &score);
        Evaluation { checked, score, derived, steps, rubric_weighted_total, before_upgrade, unproven, documents_ready }
    }
}

/// Scores an assessment whose figures were checked, as every page shows it: with the
/// evidence dossier in use, the readiness item it answers is as the dossier says
/// ([`dossier::as_scored`]). Never fails: what cannot be scored says why.
pub fn score(assessment: &Assessment, checked: &Checked) -> Score {
    let scored = dossier::as_scored(assessment, checked);
    score_with(scored.as_ref().map_or(assessment, |s| &s.0), checked, true)
}

/// The total alone (caps included), without the words, as [`score`] gives it.
pub fn total(assessment: &Assessment) -> Decimal {
    let checked = check(assessment);
    let scored = dossier::as_scored(assessment, &checked);
    total_checked(scored.as_ref().map_or(assessment, |s| &s.0), &checked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use crate::core::model::inputs::RegulationLevel;

    #[test]
    fn the_rubric_weighted_total_is_the_total_without_custom_weights() {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.regulation = RegulationLevel::PeraturanDaerah;
        let plain = Evaluation::of(&a);
        assert_eq!(plain.rubric_weighted_total, plain.score.shown_total());
        assert_eq!(plain.checked, check(&a));
        assert_eq!(plain.score, score(&a, &plain.checked));

        a.weights.insert("regulasi.instrumen".into(), Decimal::from(60));
        let custom = Evaluation::of(&a);
        assert!(custom.score.custom_weights);
        assert!(custom.score.shown_total() > plain.score.shown_total());
        assert_eq!(custom.rubric_weighted_total, plain.score.shown_total());
    }
}
