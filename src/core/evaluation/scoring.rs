//! Scoring: per criterion the input used, sub-score, weight, points and a one-line
//! reason; per pillar and in total; caps and the readiness band. All in exact decimals,
//! of the assessment as given: evaluation.rs gives it as the evidence dossier has it.

use rust_decimal::prelude::*;

use crate::core::base::number::format_points;
use crate::core::base::text::{Msg, T};
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::{Checked, Issue};
use crate::core::model::inputs::Field;
use crate::core::rubric::measure::{say, Finding, Reader, Status};
use crate::core::rubric::{Cap, Criterion};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionScore {
    pub id: &'static str,
    pub pillar: &'static str,
    pub status: Status,
    /// The figures the criterion used, in words.
    pub input: Msg,
    /// 0 to 1.
    pub sub: Decimal,
    /// The weight set for it (rubric default or the user's).
    pub weight: Decimal,
    /// The weight after leaving out criteria that do not apply, out of 100.
    pub effective_weight: Decimal,
    pub points: Decimal,
    /// "cakupan 78,28% dari target 80% → 9,8 dari 10 poin"
    pub reason: Msg,
    pub self_rated: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarScore {
    pub id: &'static str,
    pub points: Decimal,
    pub weight: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapScore {
    pub id: &'static str,
    pub max_total: Decimal,
    pub findings: Vec<Msg>,
    pub explanation: T,
    /// The cap lowered the total (it was above the cap).
    pub lowered: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub criteria: Vec<CriterionScore>,
    pub pillars: Vec<PillarScore>,
    pub uncapped_total: Decimal,
    /// 0 to 100, exact; show it with one decimal.
    pub total: Decimal,
    pub caps: Vec<CapScore>,
    pub band_id: &'static str,
    /// Some criteria are not applicable or weights do not sum to 100.
    pub renormalised: bool,
    pub custom_weights: bool,
    pub issues: Vec<Issue>,
}

impl Score {
    pub fn criterion(&self, id: &str) -> Option<&CriterionScore> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The criteria left at zero only because a figure is still empty, heaviest first (ties
    /// in rubric order), each with its weight and its first empty field: points no step can
    /// show until the figure is there.
    pub fn not_filled(&self) -> Vec<(&CriterionScore, Field)> {
        let mut out: Vec<(&CriterionScore, Field)> = Vec::new();
        for c in &self.criteria {
            if let Status::Missing(fields) = &c.status {
                if let Some(field) = fields.first() {
                    // Placed as found: a sort would compile one of its own into the WebAssembly (2,6 KB).
                    let at = out.partition_point(|(m, _)| m.effective_weight >= c.effective_weight);
                    out.insert(at, (c, *field));
                }
            }
        }
        out
    }
    /// The total as shown: one decimal, half away from zero.
    pub fn shown_total(&self) -> Decimal {
        shown(self.total)
    }
}

/// A total as shown: one decimal, half away from zero.
pub fn shown(total: Decimal) -> Decimal {
    total.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

/// Points and weights are kept to eight decimals, so that pillar sums and the total are
/// exact sums of what each row shows, whatever order they are added in.
fn exact(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(8, RoundingStrategy::MidpointAwayFromZero)
}

fn field_list(fields: &[Field]) -> Msg {
    let id: Vec<&str> = fields.iter().map(|f| f.label().id).collect();
    let en: Vec<&str> = fields.iter().map(|f| f.label().en).collect();
    Msg::new(id.join("; "), en.join("; "))
}

/// The total of an assessment whose figures were checked already.
pub(crate) fn total_checked(assessment: &Assessment, checked: &Checked) -> Decimal {
    score_with(assessment, checked, false).total
}

/// Scores an assessment whose figures were checked, as it is given (the evaluation gives
/// it as the dossier has it: [`crate::core::evaluation::score`]). Never fails: what cannot
/// be scored says why.
pub(crate) fn score_with(assessment: &Assessment, checked: &Checked, words: bool) -> Score {
    let cat = assessment.rubric();
    let reader = Reader::new(assessment, checked);

    let applicable_weight: Decimal = cat
        .criteria
        .iter()
        .filter(|c| assessment.is_applicable(c))
        .map(|c| assessment.weight(c).max(Decimal::ZERO))
        .sum();
    let renormalised = applicable_weight != Decimal::ONE_HUNDRED;

    let criteria: Vec<CriterionScore> = cat
        .criteria
        .iter()
        .map(|c| {
            let weight = assessment.weight(c).max(Decimal::ZERO);
            let applicable = assessment.is_applicable(c);
            let effective_weight = if applicable && !applicable_weight.is_zero() {
                exact(weight * Decimal::ONE_HUNDRED / applicable_weight)
            } else {
                Decimal::ZERO
            };
            row(c, &reader, applicable, weight, effective_weight, words)
        })
        .collect();

    let pillars: Vec<PillarScore> = cat
        .pillars
        .iter()
        .map(|p| {
            let of_pillar = criteria.iter().filter(|c| c.pillar == p.id);
            PillarScore {
                id: p.id,
                points: of_pillar.clone().map(|c| c.points).sum(),
                weight: of_pillar.map(|c| c.effective_weight).sum(),
            }
        })
        .collect();

    let uncapped_total = uncapped(criteria.iter().map(|c| c.points));
    let (total, caps) = capped(uncapped_total, assessment, &reader, words);
    let rounded = shown(total);
    Score {
        criteria,
        pillars,
        uncapped_total,
        total,
        caps,
        band_id: assessment.full_rubric().band(rounded).id,
        renormalised,
        custom_weights: assessment.has_custom_weights(),
        issues: checked.issues.clone(),
    }
}

/// The total of `changed`, a copy of the assessment scored as `before` with some inputs
/// changed but no weight and no not-applicable mark: the criteria `touched` by the change
/// are scored again, the others keep their points. For ranking the next steps, each a
/// change of one or two criteria.
pub(crate) fn total_after(
    before: &Score,
    changed: &Assessment,
    checked: &Checked,
    touched: impl Fn(&Criterion) -> bool,
) -> Decimal {
    let reader = Reader::new(changed, checked);
    let points = changed.rubric().criteria.iter().zip(&before.criteria).map(|(c, was)| {
        if touched(c) && changed.is_applicable(c) {
            row(c, &reader, true, was.weight, was.effective_weight, false).points
        } else {
            was.points
        }
    });
    capped(uncapped(points), changed, &reader, false).0
}

/// One criterion's row: what it read, its sub-score and its points under the weight given.
fn row(
    c: &'static Criterion,
    reader: &Reader,
    applicable: bool,
    weight: Decimal,
    effective_weight: Decimal,
    words: bool,
) -> CriterionScore {
    let (status, input, sub) = if !applicable {
        (Status::NotApplicable, say(words, || Msg::new("tidak berlaku", "not applicable")), Decimal::ZERO)
    } else {
        match c.measure.observe(reader, words) {
            Ok((value, input)) => (Status::Scored, input, value.sub_score(c.rule)),
            Err(status) => {
                let input = say(words, || {
                    let (fields, id, en) = match &status {
                        Status::Invalid(f) => (f.as_slice(), "perbaiki isian", "fix the field"),
                        Status::Missing(f) => (f.as_slice(), "belum diisi", "not filled in"),
                        _ => (&[][..], "belum diisi", "not filled in"),
                    };
                    let l = field_list(fields);
                    Msg::new(format!("{id}: {}", l.id), format!("{en}: {}", l.en))
                });
                (status, input, Decimal::ZERO)
            }
        }
    };
    let points = exact(sub * effective_weight);
    let reason = say(words, || {
        if applicable {
            let (p, w) = (format_points(points), format_points(effective_weight));
            Msg::new(format!("{} → {p} dari {w} poin", input.id), format!("{} → {p} of {w} points", input.en))
        } else {
            Msg::new(
                "tidak berlaku: bobotnya dibagi ke kriteria lain",
                "not applicable: its weight goes to the other criteria",
            )
        }
    });
    CriterionScore {
        id: c.id,
        pillar: c.pillar,
        status,
        input,
        sub,
        weight,
        effective_weight,
        points,
        reason,
        self_rated: c.self_rated,
    }
}

/// The rows' points summed, within 0–100.
fn uncapped(points: impl Iterator<Item = Decimal>) -> Decimal {
    points.sum::<Decimal>().clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)
}

/// The total under every cap whose findings hold, and those caps.
fn capped(uncapped: Decimal, assessment: &Assessment, reader: &Reader, words: bool) -> (Decimal, Vec<CapScore>) {
    let cat = assessment.rubric();
    let mut total = uncapped;
    let mut caps = Vec::new();
    for cap in cat.caps {
        let findings = cap_findings(cap, cat.criteria, assessment, reader, words);
        if findings.is_empty() {
            continue;
        }
        let lowered = total > cap.max_total;
        total = total.min(cap.max_total);
        caps.push(CapScore { id: cap.id, max_total: cap.max_total, findings, explanation: cap.explanation, lowered });
    }
    (total, caps)
}

/// The findings behind a cap: those of the applicable criteria whose measures report a
/// finding of the cap's kind, in the order findings are named.
fn cap_findings(cap: &Cap, criteria: &[Criterion], a: &Assessment, reader: &Reader, words: bool) -> Vec<Msg> {
    let mut found: Vec<(Finding, Msg)> = Vec::new();
    for c in criteria.iter().filter(|c| a.is_applicable(c)) {
        let Some(finding) = c.measure.finds().filter(|f| f.cap() == cap.rule) else {
            continue;
        };
        if let Some(msg) = c.measure.finding(reader, words) {
            // A handful at most: placed in order as they come, no sort needed.
            let at = found.partition_point(|f| f.0 <= finding);
            found.insert(at, (finding, msg));
        }
    }
    found.into_iter().map(|f| f.1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::score;
    use crate::core::evaluation::validation::check;
    use crate::core::model::category::Category;

    #[test]
    fn not_filled_lists_the_empty_criteria_heaviest_first_each_with_its_first_empty_field() {
        let a = Assessment::with_figures(Category::Kabkota, &[(Field::Employed, "130.777")]);
        let s = score(&a, &check(&a));
        let listed = s.not_filled();
        let missing: Vec<&str> =
            s.criteria.iter().filter(|c| matches!(c.status, Status::Missing(_))).map(|c| c.id).collect();
        assert!(listed.len() > 3 && listed.len() == missing.len(), "{listed:?}");
        assert!(listed.windows(2).all(|w| w[0].0.effective_weight >= w[1].0.effective_weight), "heaviest first");
        for (c, field) in &listed {
            let Status::Missing(fields) = &c.status else { panic!("{} is not missing a figure", c.id) };
            assert_eq!(fields.first(), Some(field), "{}", c.id);
        }
        // Employed is typed: the coverage criterion asks for the participants next.
        let ucj = listed.iter().find(|(c, _)| c.id == "cakupan.ucj").expect("coverage listed");
        assert_eq!(ucj.1, Field::ActiveParticipants);
    }
}
