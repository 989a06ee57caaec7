//! What the evidence dossier (evidence.rs) proves of a score. Panels verify documents; a
//! criterion that earns points without one is a claim without evidence. Once any evidence
//! is recorded, the readiness item "supporting documents complete" is read from the
//! dossier instead of the user's tick.

use crate::core::base::text::Msg;
use crate::core::evaluation::scoring::{score_with, Score};
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::Checked;
use crate::core::model::inputs::Item;
use crate::core::rubric::measure::{Change, Choice, Proposal, Status};
use crate::core::rubric::Criterion;

/// The readiness item the dossier answers once it is in use: the one place that names it.
pub const PROVEN_BY_DOSSIER: Item = Item::DocumentsReady;

/// Once any evidence for a criterion of its rubric counts, the dossier answers the
/// readiness item. Evidence for criteria of another category or rubric (kept across a
/// change of category) does not.
pub fn in_use(a: &Assessment) -> bool {
    a.rubric().criteria.iter().any(|k| a.evidence.proves(k.id))
}

/// With the dossier in use, what lifts the readiness item it answers is evidence, never a
/// tick: the proposal to tick it asks for the evidence instead.
pub(crate) fn ask_for_evidence(proposal: &mut Proposal) {
    if proposal.change == Change::Check(PROVEN_BY_DOSSIER) {
        proposal.text = Msg::new(
            "Lengkapi daftar bukti: setiap kriteria yang memperoleh poin perlu dokumen pendukung",
            "Complete the evidence list: every criterion that earns points needs a supporting document",
        );
    }
}

/// Whether a criterion scores the readiness item the dossier answers.
fn lists_readiness(criterion: &Criterion) -> bool {
    matches!(criterion.measure.choice(), Some(Choice::Checklist(items)) if items.contains(&PROVEN_BY_DOSSIER))
}

/// Whether a criterion's score claims points a document can prove: a self-rated one (the
/// head attending the interview, readiness) is said to be self-rated instead.
fn claims(score: &crate::core::evaluation::scoring::CriterionScore) -> bool {
    score.status == Status::Scored && score.points > rust_decimal::Decimal::ZERO && !score.self_rated
}

/// With the dossier in use, the assessment as it is scored: the readiness item holds
/// exactly when every criterion that earns points has evidence (the criteria that score
/// the item itself aside: their points depend on it). `None` when the dossier is not in
/// use: the user's tick stands.
pub fn as_scored(a: &Assessment, checked: &Checked) -> Option<(Assessment, bool)> {
    if !in_use(a) {
        return None;
    }
    let mut scored = a.clone();
    scored.entry.checked.remove(&PROVEN_BY_DOSSIER);
    let first = score_with(&scored, checked, false);
    let ready = a
        .rubric()
        .criteria
        .iter()
        .zip(&first.criteria)
        .all(|(k, s)| lists_readiness(k) || !claims(s) || a.evidence.proves(k.id));
    if ready {
        scored.entry.checked.insert(PROVEN_BY_DOSSIER);
    }
    Some((scored, ready))
}

/// The criteria that earn points without evidence, in rubric order.
pub fn unproven(a: &Assessment, score: &Score) -> Vec<&'static str> {
    score.criteria.iter().filter(|s| claims(s) && !a.evidence.proves(s.id)).map(|s| s.id).collect()
}

/// The criteria a dossier lists, in rubric order: those that apply, and one that does not
/// only when it holds evidence.
pub fn listed<'a>(
    a: &Assessment,
    score: &'a Score,
) -> impl Iterator<Item = &'a crate::core::evaluation::scoring::CriterionScore> {
    let has = |id: &str| !a.evidence.of(id).is_empty();
    let shown: Vec<bool> = score.criteria.iter().map(|s| s.status != Status::NotApplicable || has(s.id)).collect();
    score.criteria.iter().zip(shown).filter(|(_, shown)| *shown).map(|(s, _)| s)
}

/// The same, gaps (points claimed without evidence) first, as the printed list has them.
pub fn in_order<'a>(
    a: &Assessment,
    score: &'a Score,
    unproven: &[&str],
) -> Vec<&'a crate::core::evaluation::scoring::CriterionScore> {
    let (mut gaps, rest): (Vec<_>, Vec<_>) = listed(a, score).partition(|s| unproven.contains(&s.id));
    gaps.extend(rest);
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::Evaluation;
    use crate::core::formats::json::read_assessment;
    use crate::core::model::assessment::Version;
    use crate::core::model::category::Category;
    use crate::core::model::evidence::Evidence;
    use crate::core::model::inputs::RegulationLevel;

    fn padang_panjang() -> Assessment {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/padang_panjang.json")).expect("fixture parses");
        read_assessment(&v["assessment"], Version::CURRENT, &mut Vec::new()).expect("assessment")
    }

    fn evidence(title: &str) -> Evidence {
        Evidence { title: title.into(), ..Evidence::default() }
    }

    #[test]
    fn claims_without_evidence_are_listed_first() {
        let mut a = padang_panjang();
        let e = Evaluation::of(&a);
        let claiming: Vec<&str> = e
            .score
            .criteria
            .iter()
            .filter(|s| s.status == Status::Scored && !s.points.is_zero() && !s.self_rated)
            .map(|s| s.id)
            .collect();
        assert!(claiming.len() > 3, "{claiming:?}");
        assert!(
            e.score.criteria.iter().any(|s| s.self_rated && !s.points.is_zero()),
            "a self-rated claim is not a gap"
        );
        assert_eq!(e.unproven, claiming, "with no dossier every claim is without evidence");
        a.evidence.list_mut(claiming[1]).push(evidence("Perwako No. 12 Tahun 2021"));
        let e = Evaluation::of(&a);
        assert!(!e.unproven.contains(&claiming[1]) && e.unproven.iter().all(|id| claiming.contains(id)));
        assert_eq!(e.unproven.len(), claiming.len() - 1, "only the proven one leaves");
        let order: Vec<&str> = in_order(&a, &e.score, &e.unproven).iter().map(|s| s.id).collect();
        assert_eq!(&order[..e.unproven.len()], &e.unproven[..], "gaps first");
        assert!(order.contains(&claiming[1]));
        assert_eq!(order.len(), e.score.criteria.iter().filter(|s| s.status != Status::NotApplicable).count());
    }

    #[test]
    fn readiness_is_read_from_the_dossier_once_it_is_in_use() {
        let mut a = padang_panjang();
        assert!(a.entry.checked.contains(&PROVEN_BY_DOSSIER), "the fixture ticks it");
        let ticked = Evaluation::of(&a);
        assert_eq!(ticked.documents_ready, None, "no dossier: the tick stands");
        let readiness = a.rubric().criteria.iter().find(|k| lists_readiness(k)).expect("a readiness criterion");
        let points = |e: &Evaluation| e.score.criterion(readiness.id).expect("scored").points;

        // One claim proven, the others not: the tick no longer counts.
        let first = ticked.unproven[0];
        a.evidence.list_mut(first).push(evidence("Perwako No. 12 Tahun 2021"));
        let partial = Evaluation::of(&a);
        assert_eq!(partial.documents_ready, Some(false));
        // Wherever a score is shown (library, comparison, CSV, panel), it is this one.
        let checked = crate::core::evaluation::validation::check(&a);
        assert_eq!(crate::core::evaluation::score(&a, &checked), partial.score);
        assert_eq!(crate::core::evaluation::total(&a), partial.score.total);
        assert!(points(&partial) < points(&ticked));
        // The step to take is completing the dossier, never ticking the box.
        let step = partial.steps.iter().find(|s| s.criterion_id == readiness.id && s.text.en.contains("evidence"));
        assert!(step.is_some_and(|s| s.gain > rust_decimal::Decimal::ZERO), "{:?}", partial.steps);
        assert!(partial.steps.iter().all(|s| !s.text.en.contains(PROVEN_BY_DOSSIER.label().en)), "{:?}", partial.steps);

        // Every claim proven (the readiness criterion aside): it holds, even untick'd.
        a.entry.checked.remove(&PROVEN_BY_DOSSIER);
        for id in partial.unproven.iter().filter(|id| **id != readiness.id) {
            a.evidence.list_mut(id).push(evidence("Laporan kepesertaan 31 Desember 2024"));
        }
        let proven = Evaluation::of(&a);
        assert_eq!(proven.documents_ready, Some(true));
        assert_eq!(points(&proven), points(&ticked));
        assert_eq!(proven.score.total, ticked.score.total);
    }

    #[test]
    fn evidence_of_another_category_is_kept_but_answers_nothing() {
        let mut a = padang_panjang();
        a.evidence.list_mut("kepatuhan.upah").push(evidence("Laporan upah"));
        assert!(!in_use(&a));
        assert_eq!(Evaluation::of(&a).documents_ready, None);
        a.evidence.list_mut("regulasi.instrumen").push(evidence("Perwako No. 12 Tahun 2021"));
        assert!(in_use(&a));
    }

    #[test]
    fn a_criterion_earning_nothing_needs_no_evidence() {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.regulation = RegulationLevel::PeraturanDaerah;
        let e = Evaluation::of(&a);
        assert_eq!(e.unproven.len(), 1, "{:?}", e.unproven);
        a.evidence.list_mut(e.unproven[0]).push(evidence("Perda No. 6 Tahun 2020"));
        let e = Evaluation::of(&a);
        assert!(e.unproven.is_empty());
        assert_eq!(e.documents_ready, Some(true));
    }
}
