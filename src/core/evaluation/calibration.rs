//! The published cases' estimates (`rubric/calibration.rs` holds the cases): each scored
//! under a version of the rubric as the app scores it, with how much of the weight rests on
//! what was published or assumed.

use rust_decimal::Decimal;

use crate::core::evaluation::score;
use crate::core::evaluation::scoring::shown;
use crate::core::evaluation::validation::check;
use crate::core::model::assessment::Version;
use crate::core::rubric::calibration::{Case, MIN_KNOWN_WEIGHT};

/// A case's estimate under one version of the rubric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub total: Decimal,
    pub band_id: &'static str,
    /// Share of the rubric's weight that rests on published or assumed inputs, in %.
    pub known_weight: Decimal,
}

impl Estimate {
    /// Enough is known to place the case in a band.
    pub fn placed(&self) -> bool {
        self.known_weight >= MIN_KNOWN_WEIGHT
    }
}

impl Case {
    pub fn estimate(&self, version: Version) -> Estimate {
        let a = self.assessment(version);
        let s = score(&a, &check(&a));
        let known_weight = a.rubric().criteria.iter().filter(|c| a.is_applicable(c)).map(|c| c.weight).sum::<Decimal>();
        Estimate { total: shown(s.total), band_id: s.band_id, known_weight }
    }
}
