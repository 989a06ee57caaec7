//! Coverage against the region's own target.

use rust_decimal::Decimal;

use super::{count, percent, propose_figures, say, Kind, Proposal, Reader, Value};
use crate::core::inputs::Field::{self, ActiveParticipants, CoverageTarget, Employed};
use crate::core::number::{format_decimal, format_percent};
use crate::core::scoring::Status;
use crate::core::text::Msg;

/// Active participants ÷ employed people, against the region's own target.
pub struct CoverageToTarget;

impl Kind for CoverageToTarget {
    fn fields(&self) -> &[Field] {
        &[Employed, ActiveParticipants, CoverageTarget]
    }

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [e, p, t] = r.values([Employed, ActiveParticipants, CoverageTarget])?;
        let coverage = percent(p, e);
        let input = say(words, || {
            let (c, t, p, e) = (format_percent(coverage), format_percent(t), count(p), count(e));
            Msg::new(
                format!("cakupan {c} ({p} dari {e}) dari target {t}"),
                format!("coverage {c} ({p} of {e}) against a target of {t}"),
            )
        });
        Ok((Value::Ratio(coverage, t), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let (Some(e), Some(p), Some(t)) = (r.get(Employed), r.get(ActiveParticipants), r.get(CoverageTarget)) else {
            return;
        };
        let needed = (t * e / Decimal::ONE_HUNDRED).ceil().min(e);
        let (d, n, t) = (count(needed - p), count(needed), format_decimal(t, 2));
        let text = Msg::new(
            format!("Daftarkan {d} peserta lagi (menjadi {n}) untuk mencapai target {t}%"),
            format!("Register {d} more participants (to {n}) to reach the {t}% target"),
        );
        propose_figures(&[(ActiveParticipants, needed)], text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assessment;
    use super::*;
    use crate::core::category::Category;
    use crate::core::rubric::Rule;
    use crate::core::validation::check;

    #[test]
    fn reads_explains_and_proposes_the_participants_the_target_needs() {
        let a = assessment(
            Category::Kabkota,
            &[(Employed, "19.654"), (ActiveParticipants, "15.386"), (CoverageTarget, "80")],
        );
        let c = check(&a);
        let r = &Reader::new(&a, &c);
        let (value, words) = CoverageToTarget.observe(r, true).expect("read");
        assert_eq!(
            value,
            Value::Ratio(Decimal::from(15386) * Decimal::ONE_HUNDRED / Decimal::from(19654), Decimal::from(80))
        );
        assert_eq!(words.en, "coverage 78,28% (15.386 of 19.654) against a target of 80%");
        assert!(value.sub_score(Rule::RatioToTarget) < Decimal::ONE);
        assert_eq!(CoverageToTarget.observe(r, false).expect("read").1, Msg::default());

        let mut out = Vec::new();
        CoverageToTarget.propose(r, &mut out);
        // 80% of 19.654 is 15.723,2: 15.724 participants.
        assert_eq!(out[0].changed(&a).entry.raw(ActiveParticipants), "15.724");
        assert_eq!(out[0].text.en, "Register 338 more participants (to 15.724) to reach the 80% target");
    }

    #[test]
    fn says_which_figures_are_missing_or_invalid() {
        let a = assessment(Category::Kabkota, &[(Employed, "0"), (CoverageTarget, "80")]);
        let c = check(&a);
        let r = &Reader::new(&a, &c);
        assert_eq!(CoverageToTarget.observe(r, true).unwrap_err(), Status::Invalid(vec![Employed]));
        let a = assessment(Category::Kabkota, &[(Employed, "100")]);
        let c = check(&a);
        let r = &Reader::new(&a, &c);
        assert_eq!(
            CoverageToTarget.observe(r, true).unwrap_err(),
            Status::Missing(vec![ActiveParticipants, CoverageTarget])
        );
    }
}
