//! What to do next: each step changes the inputs, the assessment is scored again,
//! and the steps are ranked by the points they would add (caps included).

use rust_decimal::prelude::*;

use crate::core::base::text::Msg;
use crate::core::evaluation::dossier;
use crate::core::evaluation::scoring::{total_after, Score};
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::Checked;
use crate::core::model::inputs::Field;
use crate::core::rubric::measure::{Change, Proposal, Reader, Status};
use crate::core::rubric::Criterion;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub criterion_id: &'static str,
    /// Points the total would gain, after caps.
    pub gain: Decimal,
    pub text: Msg,
    /// The figures it would type: the planner opens with them.
    pub figures: Vec<(Field, Decimal)>,
}

/// Gains below this round to "+0,0" and are not worth listing.
const MIN_GAIN: Decimal = rust_decimal_macros::dec!(0.05);

/// Changes to the inputs that would lift a criterion not yet at full marks, each with
/// the criterion it lifts.
fn candidates(a: &Assessment, checked: &Checked, current: &Score) -> Vec<(&'static Criterion, Proposal)> {
    let reader = Reader::new(a, checked);
    // With the dossier in use, evidence lifts the readiness item it answers, not a tick.
    let answered = dossier::in_use(a);
    let mut out = Vec::new();
    let mut proposals = Vec::new();
    // The score lists the criteria in rubric order.
    for (criterion, result) in a.rubric().criteria.iter().zip(&current.criteria) {
        if result.status != Status::Scored || result.sub >= Decimal::ONE {
            continue;
        }
        criterion.measure.propose(&reader, &mut proposals);
        if answered {
            proposals.iter_mut().for_each(dossier::ask_for_evidence);
        }
        out.extend(proposals.drain(..).map(|p| (criterion, p)));
    }
    out
}

/// Steps ranked by the points they would add, largest first.
pub fn next_steps(assessment: &Assessment, checked: &Checked, current: &Score) -> Vec<Step> {
    let mut candidates = candidates(assessment, checked, current);
    // One copy takes each change in turn and gives it back: copying the whole assessment
    // for every step would cost more than scoring it.
    let mut changed = assessment.clone();
    let mut gain = |changes: &[&Change]| {
        for change in changes {
            change.apply(&mut changed);
        }
        // Only typed fields are read again; a change of something else keeps the check made.
        let typed = changes.iter().any(|c| c.fields().next().is_some());
        let retyped = typed.then(|| checked.retyped(&changed, changes.iter().flat_map(|c| c.fields())));
        let checked_after = retyped.as_ref().unwrap_or(checked);
        // A criterion is scored again when the change reaches what its measure reads: a
        // figure it declares that now reads otherwise (one missing or invalid before and
        // after scores nothing either way), or the input its choice shows on the form.
        // The rest keep their points.
        let touched = |c: &Criterion| {
            changes.iter().any(|change| change.changes_choice(c.measure.choice()))
                || (retyped.is_some()
                    && c.measure.fields().iter().any(|f| checked_after.readings.get(*f) != checked.readings.get(*f)))
        };
        let gain = total_after(current, &changed, checked_after, touched) - current.total;
        for change in changes.iter().rev() {
            change.undo(&mut changed, assessment);
        }
        debug_assert_eq!(&changed, assessment, "a change was not taken back");
        gain
    };
    let mut steps = Vec::with_capacity(candidates.len() + 1);
    let mut alone = Vec::with_capacity(candidates.len());
    for (criterion, p) in &mut candidates {
        let gain = gain(&[&p.change]);
        alone.push(gain);
        // The text moves to the step; the change stays for a cap's combined step.
        let (text, figures) = (std::mem::take(&mut p.text), p.change.figures().to_vec());
        rank(&mut steps, Step { criterion_id: criterion.id, gain, text, figures });
    }

    // A cap lifts only when every finding behind it is gone: offer that as one step,
    // made of the steps of every criterion whose measure reports findings to it, when the
    // cap holds them back, so that together they add more than each adds alone (a total
    // just under the cap leaves every step alone a few tenths).
    let active = |id: &str| current.caps.iter().any(|c| c.id == id);
    for cap in assessment.rubric().caps.iter().filter(|cap| active(cap.id)) {
        let Some(text) = cap.lift_text() else {
            continue;
        };
        let (together, parts): (Vec<&Change>, Vec<Decimal>) = candidates
            .iter()
            .zip(&alone)
            .filter(|((criterion, _), _)| criterion.measure.finds().is_some_and(|f| f.cap() == cap.rule))
            .map(|((_, p), gain)| (&p.change, *gain))
            .unzip();
        if together.is_empty() {
            continue;
        }
        let combined = gain(&together);
        if combined > parts.iter().sum::<Decimal>() {
            let figures = together.iter().flat_map(|c| c.figures()).copied().collect();
            rank(&mut steps, Step { criterion_id: cap.id, gain: combined, text, figures });
        }
    }
    steps
}

/// Places a step worth listing by its gain, after those that gain as much (rubric order
/// among equal gains): the list is built in order rather than sorted, as a sort of
/// steps would be WebAssembly of its own.
fn rank(steps: &mut Vec<Step>, step: Step) {
    if step.gain >= MIN_GAIN {
        let at = steps.partition_point(|s| s.gain >= step.gain);
        steps.insert(at, step);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::Evaluation;
    use crate::core::formats::json::read_assessment;

    fn fixture() -> Assessment {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/pt_menengah_pds.json")).expect("fixture parses");
        read_assessment(&v["assessment"], crate::core::model::assessment::Version::CURRENT, &mut Vec::new())
            .expect("assessment")
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
    fn a_total_just_under_the_cap_still_offers_the_step_that_lifts_it() {
        // No vendors nor vulnerable workers, then ticks taken away one by one until the
        // total sits under the cap of 60: a step alone then adds at most what is left
        // below 60, and the combined step shows what resolving the findings is worth.
        let mut a = fixture();
        for field in [Field::VendorsParticipating, Field::CsrWorkers] {
            a.entry.fields.insert(field, "0".into());
        }
        let mut e = Evaluation::of(&a);
        while e.score.uncapped_total >= e.score.caps[0].max_total {
            let item = *a.entry.checked.iter().next().expect("a tick to take away");
            a.entry.checked.remove(&item);
            e = Evaluation::of(&a);
        }
        let cap = &e.score.caps[0];
        let room = cap.max_total - e.score.total;
        assert!(!cap.lowered && room > Decimal::ZERO, "{}", e.score.total);
        let lift = e.steps.first().expect("steps");
        assert_eq!(lift.criterion_id, cap.id, "{:?}", e.steps);
        let others: Vec<&Step> = e.steps.iter().skip(1).collect();
        assert!(others.iter().all(|s| s.gain <= room), "{others:?}");
        assert!(others.iter().any(|s| s.gain == room), "a step held back by the cap: {others:?}");
        assert!(lift.gain > others.iter().map(|s| s.gain).sum::<Decimal>(), "{:?}", e.steps);
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
            serde_json::from_str(include_str!("../../../tests/fixtures/padang_panjang.json")).expect("fixture parses");
        let mut a =
            read_assessment(&v["assessment"], crate::core::model::assessment::Version::CURRENT, &mut Vec::new())
                .expect("assessment");
        a.entry.regulation = crate::core::model::inputs::RegulationLevel::None;
        a.entry.checked.extend(<crate::core::model::inputs::Item as crate::core::base::keys::Keyed>::ALL);
        a.entry.attendance = crate::core::model::inputs::Attendance::Head;
        let e = Evaluation::of(&a);
        assert!(e.score.caps[0].lowered, "{:?}", e.score.caps);
        assert!(e.steps.iter().all(|s| !s.criterion_id.starts_with("batas.")));
        assert_eq!(e.steps[0].criterion_id, "regulasi.instrumen");
    }
}
