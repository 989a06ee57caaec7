//! The rubric as data: versioned, every criterion with a stable id, weight, rule,
//! explanation and source. No official weights exist; these are the project's estimate.

pub mod calibration;
mod v2025_1;
mod v2026_1;

use rust_decimal::Decimal;
use strum::VariantArray;

use super::category::Category;
use super::inputs::Field;
use super::keys::{serialize_by_key, Keyed};
pub use super::measure::Measure;
use super::number::format_points;
use super::text::{Msg, T};

/// The versions of the rubric, oldest first; each stays in the code as data, so what was
/// saved under an older one can be scored under it again. Saved by key (`2025.1`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, VariantArray, strum::IntoStaticStr)]
pub enum Version {
    #[strum(serialize = "2025.1")]
    V2025_1,
    #[default]
    #[strum(serialize = "2026.1")]
    V2026_1,
}
serialize_by_key!(Version);

impl Version {
    /// The version new assessments use and older ones open in.
    pub const CURRENT: Version = Version::V2026_1;

    pub fn rubric(self) -> &'static Rubric {
        match self {
            Version::V2025_1 => &v2025_1::RUBRIC,
            Version::V2026_1 => &v2026_1::RUBRIC,
        }
    }

    /// "2026.1".
    pub fn key_str(self) -> &'static str {
        self.key()
    }
}

/// Shown on every screen and written into every file and link.
pub const RUBRIC_VERSION: &str = "2026.1";

#[derive(Debug)]
pub struct Rubric {
    pub version: Version,
    /// The year whose data an assessment shows unless it says another: the award of the
    /// year after it assesses it.
    pub assessed_year: u16,
    pub bands: &'static [Band],
    pub categories: &'static [CategoryRubric],
}

#[derive(Debug)]
pub struct CategoryRubric {
    pub category: Category,
    pub pillars: &'static [Pillar],
    pub criteria: &'static [Criterion],
    pub caps: &'static [Cap],
    /// Why the pillars are weighted as they are for this category.
    pub rationale: T,
}

#[derive(Debug)]
pub struct Pillar {
    pub id: &'static str,
    pub name: T,
    pub explanation: T,
}

#[derive(Debug)]
pub struct Criterion {
    /// Stable across versions of the rubric; saved data refers to criteria by it.
    pub id: &'static str,
    pub pillar: &'static str,
    /// Default weight in points out of 100 for the category.
    pub weight: Decimal,
    pub measure: Measure,
    pub rule: Rule,
    pub title: T,
    pub explanation: T,
    pub why_weight: T,
    pub source: &'static str,
    /// The panel's judgement cannot be computed: the user rates this item.
    pub self_rated: bool,
}

/// How a measured value becomes a sub-score between 0 and 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// value ÷ target, capped at 1.
    RatioToTarget,
    /// A score per level, weakest first.
    Ladder(&'static [Decimal]),
    /// `(from, score)` steps in ascending order of `from`; below the first step scores 0.
    Bands(&'static [(Decimal, Decimal)]),
    /// 1 for yes, 0 for no.
    YesNo,
    /// Share of the items that hold.
    Checklist,
}

#[derive(Debug)]
pub struct Band {
    /// Lowest total (inclusive) of the band.
    pub from: Decimal,
    pub id: &'static str,
    pub name: T,
    pub advice: T,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapRule {
    /// Any PDS finding (workers, wages, programmes) or arrears.
    ComplianceFindings,
    /// No legal instrument at all.
    NoRegulation,
}

#[derive(Debug)]
pub struct Cap {
    pub id: &'static str,
    pub rule: CapRule,
    pub max_total: Decimal,
    pub explanation: T,
    pub source: &'static str,
}

impl Rubric {
    /// The category's rubric. The current rubric has every category (a test checks it); an
    /// older one may lack a category added later, and then answers with its first.
    pub fn category(&self, category: Category) -> &CategoryRubric {
        self.covering(category).unwrap_or(&self.categories[0])
    }

    /// The category's rubric, if this version has the category.
    pub fn covering(&self, category: Category) -> Option<&CategoryRubric> {
        self.categories.iter().find(|c| c.category == category)
    }

    pub fn band(&self, total: Decimal) -> &Band {
        self.bands.iter().rev().find(|b| total >= b.from).unwrap_or(&self.bands[0])
    }
}

impl CategoryRubric {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    pub fn pillar_weight(&self, pillar: &str) -> Decimal {
        self.criteria.iter().filter(|c| c.pillar == pillar).map(|c| c.weight).sum()
    }

    pub fn total_weight(&self) -> Decimal {
        self.criteria.iter().map(|c| c.weight).sum()
    }

    /// The numeric fields the form asks for, in rubric order, each once.
    pub fn fields(&self) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::new();
        for c in self.criteria {
            for &f in c.measure.fields() {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
        out
    }
}

/// The rubric in force.
pub fn rubric() -> &'static Rubric {
    Version::CURRENT.rubric()
}

impl Criterion {
    /// How the rule turns the input into a sub-score, in words (for the method page).
    pub fn rule_text(&self, category: Category) -> Msg {
        self.measure.rule_text(self.rule, category)
    }
}

impl Cap {
    /// The one step that lifts a cap which several criteria's findings raise: all of
    /// them resolved together. `None` where one criterion raises it, as its own step
    /// lifts it.
    pub fn lift_text(&self) -> Option<Msg> {
        let max = format_points(self.max_total);
        match self.rule {
            CapRule::ComplianceFindings => Some(Msg::new(
                format!("Tuntaskan semua temuan PDS dan tunggakan sekaligus agar batas nilai {max} terangkat"),
                format!("Resolve every PDS finding and the arrears together so the cap of {max} lifts"),
            )),
            CapRule::NoRegulation => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn all_categories() -> impl Iterator<Item = &'static CategoryRubric> {
        Version::VARIANTS.iter().flat_map(|v| v.rubric().categories.iter())
    }

    #[test]
    fn the_current_rubric_has_every_category_and_every_version_sums_to_100() {
        let r = rubric();
        for cat in Category::ALL {
            assert!(r.covering(cat).is_some(), "{cat:?}");
        }
        assert_eq!(r.categories.len(), Category::ALL.len());
        for c in all_categories() {
            assert_eq!(c.total_weight(), Decimal::ONE_HUNDRED, "{:?}", c.category);
        }
        for v in Version::VARIANTS {
            assert_eq!(v.rubric().version, *v);
        }
        assert_eq!(Version::CURRENT.key(), RUBRIC_VERSION);
        assert_eq!(Version::CURRENT, *Version::VARIANTS.last().expect("a version"), "the newest is current");
    }

    #[test]
    fn ids_are_unique_and_pillars_exist() {
        for c in all_categories() {
            let ids: BTreeSet<_> = c.criteria.iter().map(|k| k.id).collect();
            assert_eq!(ids.len(), c.criteria.len(), "{:?}", c.category);
            for k in c.criteria {
                assert!(c.pillar(k.pillar).is_some(), "{} has unknown pillar {}", k.id, k.pillar);
                assert!(k.weight > Decimal::ZERO, "{}", k.id);
                assert!(k.id.starts_with(k.pillar), "{} is named after its pillar", k.id);
                assert!(!k.source.is_empty() && !k.explanation.id.is_empty() && !k.explanation.en.is_empty());
                assert!(!k.why_weight.id.is_empty() && !k.why_weight.en.is_empty());
            }
            for p in c.pillars {
                assert!(c.pillar_weight(p.id) > Decimal::ZERO, "pillar {} has no criteria", p.id);
            }
        }
    }

    #[test]
    fn measures_and_rules_fit_together() {
        for c in all_categories() {
            for k in c.criteria {
                let fits = match k.measure {
                    Measure::Regulation => matches!(k.rule, Rule::Ladder(l) if l.len() == 5),
                    Measure::BudgetGrowth | Measure::CoverageGrowth => matches!(k.rule, Rule::Bands(_)),
                    Measure::LeaderAttends => k.rule == Rule::YesNo,
                    Measure::Checklist(items) => k.rule == Rule::Checklist && !items.is_empty(),
                    Measure::MandatoryProgrammes => k.rule == Rule::Checklist,
                    _ => k.rule == Rule::RatioToTarget,
                };
                assert!(fits, "{} pairs {:?} with {:?}", k.id, k.measure, k.rule);
                if let Rule::Ladder(steps) = k.rule {
                    assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{} ladder rises", k.id);
                }
                if let Rule::Bands(bands) = k.rule {
                    assert!(bands.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1), "{} bands rise", k.id);
                }
            }
        }
    }

    #[test]
    fn the_step_that_lifts_a_cap_names_the_cap_s_own_maximum() {
        let cap = |rule| Cap {
            id: "batas.x",
            rule,
            max_total: Decimal::new(655, 1),
            explanation: T::new("", ""),
            source: "",
        };
        let lift = cap(CapRule::ComplianceFindings).lift_text().expect("a combined step");
        assert!(lift.en.ends_with("so the cap of 65,5 lifts"), "{}", lift.en);
        assert!(lift.id.ends_with("agar batas nilai 65,5 terangkat"), "{}", lift.id);
        assert_eq!(cap(CapRule::NoRegulation).lift_text(), None);
    }

    #[test]
    fn bands_rise_and_start_at_zero() {
        for v in Version::VARIANTS {
            let b = &v.rubric().bands;
            assert_eq!(b[0].from, Decimal::ZERO);
            assert!(b.windows(2).all(|w| w[0].from < w[1].from));
        }
        assert_eq!(rubric().band(Decimal::from(60)).id, rubric().band(Decimal::from(50)).id);
    }
}
