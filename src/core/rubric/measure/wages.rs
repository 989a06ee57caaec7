//! Wages reported as paid; under-reporting is a PDS finding (wages).

use super::{percent, propose_figures, say, Finding, Kind, Proposal, Reader, Share, Status, Value};
use crate::core::base::number::{format_percent, format_rupiah};
use crate::core::base::text::Msg;
use crate::core::model::evidence::EvidenceKind;
use crate::core::model::inputs::Field::{self, WageBillActual, WageBillReported};

/// Wage bill reported ÷ actual wage bill.
pub struct WageHonesty;

impl Kind for WageHonesty {
    const EVIDENCE: EvidenceKind = EvidenceKind::LaporanBpjs;
    const FIELDS: &'static [Field] = &[WageBillActual, WageBillReported];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [actual, reported] = r.values([WageBillActual, WageBillReported])?;
        let input = say(words, || {
            let s = format_percent(percent(reported, actual));
            Msg::new(
                format!("upah dilaporkan {s} dari upah sebenarnya"),
                format!("{s} of the actual wage bill reported"),
            )
        });
        Ok((Value::Ratio(reported, actual), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let (Some(actual), Some(reported)) = (r.get(WageBillActual), r.get(WageBillReported)) else {
            return;
        };
        let gap = format_rupiah(actual - reported);
        let text = Msg::new(
            format!("Laporkan upah sesuai upah sebenarnya: tambah {gap} per bulan"),
            format!("Report wages as paid: add {gap} a month"),
        );
        propose_figures(&[(WageBillReported, actual)], text, out);
    }

    fn finds(&self) -> Option<Finding> {
        Some(Finding::PdsWages)
    }

    fn finding(&self, r: &Reader, words: bool) -> Option<Msg> {
        Share::new(WageBillReported, WageBillActual).shortfall(r, words, |gap| {
            let gap = format_rupiah(gap);
            Msg::new(
                format!("PDS Upah: upah dilaporkan {gap} per bulan di bawah upah sebenarnya"),
                format!("PDS wages: reported wage bill {gap} a month below the actual one"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::category::Category;

    #[test]
    fn under_reported_wages_are_a_finding_and_the_step_reports_them_in_full() {
        let wages = |reported| {
            Reading::of(Category::BuMenengah, &[(WageBillActual, "900.000.000"), (WageBillReported, reported)])
        };
        let read = wages("720.000.000");
        assert_eq!(read.observe(&WageHonesty).1.en, "80% of the actual wage bill reported");
        assert_eq!(
            read.finding(&WageHonesty).expect("finding").id,
            "PDS Upah: upah dilaporkan Rp180.000.000 per bulan di bawah upah sebenarnya"
        );
        let out = read.proposals(&WageHonesty);
        assert_eq!(out[0].changed(&read.a).entry.raw(WageBillReported), "900.000.000");
        assert_eq!(out[0].text.en, "Report wages as paid: add Rp180.000.000 a month");
        assert_eq!(wages("900.000.000").finding(&WageHonesty), None);
    }
}
