//! What to do next: each step changes the inputs, the assessment is scored again,
//! and the steps are ranked by the points they would add (caps included).

use rust_decimal::prelude::*;

use super::assessment::Assessment;
use super::measure::{Proposal, Reader};
use super::rubric::Criterion;
use super::scoring::{total, total_checked, Score, Status};
use super::text::Msg;
use super::validation::Checked;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub criterion_id: &'static str,
    /// Points the total would gain, after caps.
    pub gain: Decimal,
    pub text: Msg,
}

/// Gains below this round to "+0,0" and are not worth listing.
const MIN_GAIN: Decimal = rust_decimal_macros::dec!(0.05);

/// Changes to the inputs that would lift a criterion not yet at full marks, each with
/// the criterion it lifts.
fn candidates(a: &Assessment, checked: &Checked, current: &Score) -> Vec<(&'static Criterion, Proposal)> {
    let reader = Reader::new(a, checked);
    let mut out = Vec::new();
    let mut proposals = Vec::new();
    for criterion in a.rubric().criteria {
        let Some(result) = current.criterion(criterion.id) else {
            continue;
        };
        if result.status != Status::Scored || result.sub >= Decimal::ONE {
            continue;
        }
        criterion.measure.propose(&reader, &mut proposals);
        out.extend(proposals.drain(..).map(|p| (criterion, p)));
    }
    out
}

/// Steps ranked by the points they would add, largest first.
pub fn next_steps(assessment: &Assessment, checked: &Checked, current: &Score) -> Vec<Step> {
    let candidates = candidates(assessment, checked, current);
    // The check reads the typed fields (and the year, which no step changes): a copy
    // with the same fields, such as one more checklist item, keeps the check made.
    let total_of = |changed: &Assessment| {
        if changed.entry.fields == assessment.entry.fields {
            total_checked(changed, checked)
        } else {
            total(changed)
        }
    };
    let mut steps: Vec<Step> = candidates
        .iter()
        .map(|(criterion, p)| Step {
            criterion_id: criterion.id,
            gain: total_of(&p.changed) - current.total,
            text: p.text.clone(),
        })
        .collect();

    // A cap lifts only when every finding behind it is gone: offer that as one step,
    // made of the steps of every criterion whose measure reports findings to it.
    let lowered = |id: &str| current.caps.iter().any(|c| c.lowered && c.id == id);
    for cap in assessment.rubric().caps.iter().filter(|cap| lowered(cap.id)) {
        let Some(text) = cap.lift_text() else {
            continue;
        };
        let mut fixed = assessment.clone();
        let mut any = false;
        for (criterion, p) in &candidates {
            if criterion.measure.finds().is_some_and(|f| f.cap() == cap.rule) {
                // Each step is a whole copy: take only the fields it changed, so one
                // step's copy does not put back what another step fixed.
                for (field, text) in &p.changed.entry.fields {
                    if assessment.entry.fields.get(field) != Some(text) {
                        fixed.entry.fields.insert(*field, text.clone());
                    }
                }
                fixed.entry.programmes.extend(p.changed.entry.programmes.iter().copied());
                any = true;
            }
        }
        if any {
            steps.push(Step { criterion_id: cap.id, gain: total_of(&fixed) - current.total, text });
        }
    }
    steps.retain(|s| s.gain >= MIN_GAIN);
    // Stable sort keeps rubric order among equal gains.
    steps.sort_by_key(|s| std::cmp::Reverse(s.gain));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::Evaluation;
    use crate::core::json::read_assessment;

    fn fixture() -> Assessment {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/pt_menengah_pds.json")).expect("fixture parses");
        read_assessment(&v["assessment"], &mut Vec::new()).expect("assessment")
    }

    #[test]
    fn a_lowered_cap_offers_one_step_that_resolves_every_finding_behind_it() {
        let a = fixture();
        let e = Evaluation::of(&a);
        let cap = &e.score.caps[0];
        assert!(cap.lowered);
        let lift = e.steps.iter().find(|s| s.criterion_id == cap.id).expect("the combined step");
        assert_eq!(lift.text.en, "Resolve every PDS finding and the arrears together so the cap of 60 lifts");
        assert_eq!(lift.text.id, "Tuntaskan semua temuan PDS dan tunggakan sekaligus agar batas nilai 60 terangkat");
        // Each finding fixed alone leaves the cap in place; together they lift it.
        let alone: Vec<&Step> = e.steps.iter().filter(|s| s.criterion_id.starts_with("kepatuhan.")).collect();
        assert!(alone.iter().all(|s| s.gain < lift.gain), "{alone:?}");
    }

    #[test]
    fn a_cap_without_findings_of_applicable_criteria_offers_no_combined_step() {
        let mut a = fixture();
        a.not_applicable.insert("kepatuhan.upah".into());
        a.not_applicable.insert("kepatuhan.program".into());
        let e = Evaluation::of(&a);
        assert!(e.score.caps.is_empty(), "{:?}", e.score.caps);
        assert!(e.steps.iter().all(|s| !s.criterion_id.starts_with("batas.")));
    }

    #[test]
    fn a_cap_one_criterion_raises_is_lifted_by_that_criterion_s_own_step() {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/padang_panjang.json")).expect("fixture parses");
        let mut a = read_assessment(&v["assessment"], &mut Vec::new()).expect("assessment");
        a.entry.regulation = crate::core::inputs::RegulationLevel::None;
        a.entry.checked.extend(<crate::core::inputs::Item as crate::core::keys::Keyed>::ALL);
        a.entry.leader_attends = true;
        let e = Evaluation::of(&a);
        assert!(e.score.caps[0].lowered, "{:?}", e.score.caps);
        assert!(e.steps.iter().all(|s| !s.criterion_id.starts_with("batas.")));
        assert_eq!(e.steps[0].criterion_id, "regulasi.instrumen");
    }
}
