//! Every worker registered: a share whose shortfall is a PDS finding (workers).

use super::{count, Finding, Kind, Proposal, Reader, Share, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::evidence::EvidenceKind;
use crate::core::model::inputs::Field::{self, Employees, RegisteredEmployees};

/// Workers registered ÷ workers employed.
pub struct WorkersRegistered;

const SHARE: Share = Share::new(RegisteredEmployees, Employees);

impl Kind for WorkersRegistered {
    const EVIDENCE: EvidenceKind = EvidenceKind::LaporanBpjs;
    const FIELDS: &'static [Field] = &[Employees, RegisteredEmployees];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        SHARE.observe(r, words)
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        SHARE.propose_with(r, out, |d, w| {
            Msg::new(
                format!("Daftarkan {d} pekerja lagi sehingga semua {w} pekerja terlindungi"),
                format!("Register {d} more workers so that all {w} are covered"),
            )
        });
    }

    fn finds(&self) -> Option<Finding> {
        Some(Finding::PdsWorkers)
    }

    fn finding(&self, r: &Reader, words: bool) -> Option<Msg> {
        SHARE.shortfall(r, words, |gap| {
            let n = count(gap);
            Msg::new(
                format!("PDS Tenaga Kerja: {n} pekerja belum terdaftar"),
                format!("PDS workers: {n} workers not registered"),
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
    fn a_shortfall_is_a_pds_finding_and_a_step() {
        let read = Reading::of(Category::BuBesar, &[(Employees, "120"), (RegisteredEmployees, "100")]);
        let finding = read.finding(&WorkersRegistered).expect("a finding");
        assert_eq!(finding.id, "PDS Tenaga Kerja: 20 pekerja belum terdaftar");
        assert_eq!(WorkersRegistered.finding(&read.reader(), false), Some(Msg::default()));
        assert_eq!(WorkersRegistered.finds().map(Finding::cap), Some(super::super::CapRule::ComplianceFindings));

        let out = read.proposals(&WorkersRegistered);
        assert_eq!(out[0].changed(&read.a).entry.raw(RegisteredEmployees), "120");
        assert_eq!(out[0].text.en, "Register 20 more workers so that all 120 are covered");

        let all = Reading::of(Category::BuBesar, &[(Employees, "120"), (RegisteredEmployees, "120")]);
        assert_eq!(all.finding(&WorkersRegistered), None);
    }
}
