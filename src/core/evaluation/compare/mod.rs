//! Two assessments side by side (last year and this year, or current and target):
//! per criterion and pillar the change in input and points, and the total change.

use rust_decimal::Decimal;

use crate::core::base::text::T;
use crate::core::evaluation::score;
use crate::core::evaluation::scoring::{CriterionScore, Score};
use crate::core::evaluation::validation::check;
use crate::core::model::assessment::Assessment;
use crate::core::rubric::{CategoryRubric, Criterion, Pillar};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionDelta {
    pub id: &'static str,
    pub title: T,
    pub before: Option<CriterionScore>,
    pub after: Option<CriterionScore>,
    /// Points after minus points before (a missing side counts as 0).
    pub delta: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarDelta {
    pub id: &'static str,
    pub name: T,
    pub before: Decimal,
    pub after: Decimal,
    pub delta: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub criteria: Vec<CriterionDelta>,
    pub pillars: Vec<PillarDelta>,
    pub before: Score,
    pub after: Score,
    pub delta: Decimal,
    /// Different categories: only criteria with the same id line up.
    pub same_category: bool,
}

/// The criteria and pillars of several rubrics lined up by id, each once, in the order
/// the rubrics name them: assessments of different categories line up where they share one.
pub fn lined_up(rubrics: &[&'static CategoryRubric]) -> (Vec<&'static Criterion>, Vec<&'static Pillar>) {
    let (mut criteria, mut pillars): (Vec<&'static Criterion>, Vec<&'static Pillar>) = (Vec::new(), Vec::new());
    for rubric in rubrics {
        for c in rubric.criteria {
            if !criteria.iter().any(|x| x.id == c.id) {
                criteria.push(c);
            }
        }
        for p in rubric.pillars {
            if !pillars.iter().any(|x| x.id == p.id) {
                pillars.push(p);
            }
        }
    }
    (criteria, pillars)
}

/// A pillar's points in a score, if the score has the pillar.
pub fn pillar_points(score: &Score, id: &str) -> Option<Decimal> {
    score.pillars.iter().find(|x| x.id == id).map(|x| x.points)
}

pub fn compare(before: &Assessment, after: &Assessment) -> Comparison {
    let (b, a) = (score(before, &check(before)), score(after, &check(after)));
    let (lined_criteria, lined_pillars) = lined_up(&[before.rubric(), after.rubric()]);
    let criteria = lined_criteria
        .into_iter()
        .map(|c| {
            let (x, y) = (b.criterion(c.id).cloned(), a.criterion(c.id).cloned());
            let points = |s: &Option<CriterionScore>| s.as_ref().map(|s| s.points).unwrap_or_default();
            CriterionDelta { id: c.id, title: c.title, delta: points(&y) - points(&x), before: x, after: y }
        })
        .collect();
    let pillars = lined_pillars
        .into_iter()
        .map(|p| {
            let (x, y) = (pillar_points(&b, p.id).unwrap_or_default(), pillar_points(&a, p.id).unwrap_or_default());
            PillarDelta { id: p.id, name: p.name, before: x, after: y, delta: y - x }
        })
        .collect();
    Comparison {
        delta: a.total - b.total,
        criteria,
        pillars,
        before: b,
        after: a,
        same_category: before.category == after.category,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use crate::core::model::inputs::{Field, RegulationLevel};
    use rust_decimal_macros::dec;

    #[test]
    fn deltas_per_criterion_pillar_and_total() {
        let figures = [(Field::Employed, "1.000"), (Field::ActiveParticipants, "400"), (Field::CoverageTarget, "80")];
        let mut last = Assessment::with_figures(Category::Kabkota, &figures);
        last.entry.regulation = RegulationLevel::PeraturanKepala;
        let mut this = last.clone();
        this.entry.regulation = RegulationLevel::PeraturanDaerah;
        this.entry.fields.insert(Field::ActiveParticipants, "600".into());
        let c = compare(&last, &this);
        assert!(c.same_category);
        let reg = c.criteria.iter().find(|d| d.id == "regulasi.instrumen").expect("row");
        assert_eq!(reg.delta, dec!(3.25), "13 × (1 − 0,75)");
        let ucj = c.criteria.iter().find(|d| d.id == "cakupan.ucj").expect("row");
        // 40% → 60% of an 80% target: 16 × (0,75 − 0,5) = 4.
        assert_eq!(ucj.delta, dec!(4));
        let regulasi = c.pillars.iter().find(|p| p.id == "regulasi").expect("pillar");
        assert_eq!(regulasi.delta, dec!(3.25));
        assert_eq!(c.delta, dec!(7.25));
        assert_eq!(c.criteria.iter().map(|d| d.delta).sum::<Decimal>(), c.delta);
    }

    #[test]
    fn different_categories_line_up_by_id() {
        let c = compare(&Assessment::new(Category::Kabkota), &Assessment::new(Category::Desa));
        assert!(!c.same_category);
        assert!(c.criteria.iter().any(|d| d.id == "cakupan.ucj" && d.after.is_none()));
        assert!(c.criteria.iter().any(|d| d.id == "cakupan.perangkat_desa" && d.before.is_none()));
    }
}
