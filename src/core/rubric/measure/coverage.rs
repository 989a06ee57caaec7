//! Coverage against the region's own target, and its growth over the previous year.

use crate::core::model::evidence::EvidenceKind;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{bands_text, count, percent, propose_figures, rule_text, say, Kind, Proposal, Reader, Rule, Status, Value};
use crate::core::base::number::{format_decimal, format_percent};
use crate::core::base::text::Msg;
use crate::core::model::category::Category;
use crate::core::model::inputs::Field::{self, ActiveParticipants, CoveragePrevious, CoverageTarget, Employed};

/// Active participants ÷ employed people, in %, at most 100: more participants than
/// employed people (registrations by employer location, an old estimate of the employed)
/// is full coverage. Rubrics before 2026.2 refuse such figures before they get here.
pub fn coverage(participants: Decimal, employed: Decimal) -> Decimal {
    percent(participants, employed).min(Decimal::ONE_HUNDRED)
}

/// The figure as registered when it is above the employed, in words ("" otherwise).
fn above_full(participants: Decimal, employed: Decimal) -> Msg {
    if participants <= employed {
        return Msg::default();
    }
    let shown = format_percent(percent(participants, employed));
    Msg::new(format!(" (tercatat {shown}, dibaca penuh)"), format!(" (registered {shown}, read as full)"))
}

/// Active participants ÷ employed people, against the region's own target.
pub struct CoverageToTarget;

impl Kind for CoverageToTarget {
    const EVIDENCE: EvidenceKind = EvidenceKind::LaporanBpjs;
    const FIELDS: &'static [Field] = &[Employed, ActiveParticipants, CoverageTarget];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [e, p, t] = r.values([Employed, ActiveParticipants, CoverageTarget])?;
        let coverage = coverage(p, e);
        let input = say(words, || {
            let (c, t, pc, ec) = (format_percent(coverage), format_percent(t), count(p), count(e));
            let read = above_full(p, e);
            Msg::new(
                format!("cakupan {c}{} ({pc} dari {ec}) dari target {t}", read.id),
                format!("coverage {c}{} ({pc} of {ec}) against a target of {t}", read.en),
            )
        });
        Ok((Value::Ratio(coverage, t), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let (Some(e), Some(p), Some(t)) = (r.get(Employed), r.get(ActiveParticipants), r.get(CoverageTarget)) else {
            return;
        };
        propose_participants(e, p, t, out, |d, n, t| {
            Msg::new(
                format!("Daftarkan {d} peserta lagi (menjadi {n}) untuk mencapai target {t}%"),
                format!("Register {d} more participants (to {n}) to reach the {t}% target"),
            )
        });
    }
}

/// Growth that earns full marks: faster than the national path (about 3 points a year).
const FULL_GROWTH_POINTS: Decimal = dec!(5);

/// Percentage points gained over the previous year's coverage.
pub struct CoverageGrowth;

impl Kind for CoverageGrowth {
    const EVIDENCE: EvidenceKind = EvidenceKind::LaporanBpjs;
    const FIELDS: &'static [Field] = &[Employed, ActiveParticipants, CoveragePrevious];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [e, p, before] = r.values([Employed, ActiveParticipants, CoveragePrevious])?;
        let now = coverage(p, e);
        let growth = now - before;
        let input = say(words, || {
            let (b, n, g) = (format_percent(before), format_percent(now), format_decimal(growth, 2));
            Msg::new(
                format!("cakupan {b} → {n} ({g} poin persen)"),
                format!("coverage {b} → {n} ({g} percentage points)"),
            )
        });
        Ok((Value::Amount(growth), input))
    }

    fn rule_text(&self, rule: Rule, _category: Category) -> Msg {
        match rule {
            Rule::Bands(bands) => bands_text(bands, (" poin persen", " percentage points")),
            _ => rule_text(rule),
        }
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let (Some(e), Some(p), Some(before)) = (r.get(Employed), r.get(ActiveParticipants), r.get(CoveragePrevious))
        else {
            return;
        };
        let goal = (before + FULL_GROWTH_POINTS).min(Decimal::ONE_HUNDRED);
        propose_participants(e, p, goal, out, |d, n, g| {
            Msg::new(
                format!("Daftarkan {d} peserta lagi (menjadi {n}) agar cakupan naik 5 poin persen ke {g}%"),
                format!("Register {d} more participants (to {n}) so coverage grows 5 percentage points to {g}%"),
            )
        });
    }
}

/// The participants a coverage of `goal` % of the employed needs, proposed when more than
/// there are now; worded by the caller from the missing, the needed and the goal.
fn propose_participants(
    employed: Decimal,
    participants: Decimal,
    goal: Decimal,
    out: &mut Vec<Proposal>,
    wording: impl FnOnce(&str, &str, &str) -> Msg,
) {
    let needed = (goal * employed / Decimal::ONE_HUNDRED).ceil().min(employed);
    if needed > participants {
        let text = wording(&count(needed - participants), &count(needed), &format_decimal(goal, 2));
        propose_figures(&[(ActiveParticipants, needed)], text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;

    #[test]
    fn reads_explains_and_proposes_the_participants_the_target_needs() {
        let read = Reading::of(
            Category::Kabkota,
            &[(Employed, "19.654"), (ActiveParticipants, "15.386"), (CoverageTarget, "80")],
        );
        let (value, words) = read.observe(&CoverageToTarget);
        assert_eq!(
            value,
            Value::Ratio(Decimal::from(15386) * Decimal::ONE_HUNDRED / Decimal::from(19654), Decimal::from(80))
        );
        assert_eq!(words.en, "coverage 78,28% (15.386 of 19.654) against a target of 80%");
        assert!(value.sub_score(Rule::RatioToTarget) < Decimal::ONE);
        assert_eq!(CoverageToTarget.observe(&read.reader(), false).expect("read").1, Msg::default());

        let out = read.proposals(&CoverageToTarget);
        // 80% of 19.654 is 15.723,2: 15.724 participants.
        assert_eq!(out[0].changed(&read.a).entry.raw(ActiveParticipants), "15.724");
        assert_eq!(out[0].text.en, "Register 338 more participants (to 15.724) to reach the 80% target");
    }

    #[test]
    fn growth_is_the_change_in_points_and_proposes_five_more() {
        // Ketapang 2025: 55,69% → 68,02% of about 179.822 employed.
        let read = Reading::of(
            Category::Kabkota,
            &[(Employed, "179.822"), (ActiveParticipants, "122.318"), (CoveragePrevious, "55,69")],
        );
        let (value, words) = read.observe(&CoverageGrowth);
        let Value::Amount(g) = value else { panic!("an amount") };
        assert_eq!(g.round_dp(2), dec!(12.33));
        assert_eq!(words.en, "coverage 55,69% → 68,02% (12,33 percentage points)");
        assert!(read.proposals(&CoverageGrowth).is_empty(), "already past five points");

        let read = Reading::of(
            Category::Kabkota,
            &[(Employed, "1.000"), (ActiveParticipants, "500"), (CoveragePrevious, "49")],
        );
        let out = read.proposals(&CoverageGrowth);
        assert_eq!(out[0].changed(&read.a).entry.raw(ActiveParticipants), "540");
        assert_eq!(
            out[0].text.en,
            "Register 40 more participants (to 540) so coverage grows 5 percentage points to 54%"
        );
    }

    #[test]
    fn participants_above_the_employed_read_as_full_coverage_under_2026_2() {
        // Kutai Timur 2024: 77.074 + 69.528 registered against 51.086 + 79.691 estimated.
        let read = Reading::of(
            Category::Kabkota,
            &[(Employed, "130.777"), (ActiveParticipants, "146.602"), (CoverageTarget, "60"), (CoveragePrevious, "95")],
        );
        assert!(read.reader().checked.issues.is_empty(), "{:?}", read.reader().checked.issues);
        let (value, words) = read.observe(&CoverageToTarget);
        assert_eq!(value, Value::Ratio(Decimal::ONE_HUNDRED, dec!(60)));
        assert_eq!(value.sub_score(Rule::RatioToTarget), Decimal::ONE);
        assert_eq!(
            words.en,
            "coverage 100% (registered 112,1%, read as full) (146.602 of 130.777) against a target of 60%"
        );
        assert_eq!(read.observe(&CoverageGrowth).0, Value::Amount(dec!(5)));
        assert!(read.proposals(&CoverageToTarget).is_empty(), "nothing to register past full coverage");
        // Rubric 2026.1 still refuses the figure.
        let mut old = read.a.clone();
        old.version = crate::core::model::assessment::Version::V2026_1;
        assert!(!Reading::from(old).reader().checked.issues.is_empty());
    }

    #[test]
    fn says_which_figures_are_missing_or_invalid() {
        let status = |fields: &[(Field, &str)]| {
            CoverageToTarget.observe(&Reading::of(Category::Kabkota, fields).reader(), true).unwrap_err()
        };
        assert_eq!(status(&[(Employed, "0"), (CoverageTarget, "80")]), Status::Invalid(vec![Employed]));
        assert_eq!(status(&[(Employed, "100")]), Status::Missing(vec![ActiveParticipants, CoverageTarget]));
    }
}
