//! Every worker registered: a share whose shortfall is a PDS finding (workers).

use super::{count, say, Finding, Kind, Proposal, Reader, Share, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::evidence::EvidenceKind;
use crate::core::model::inputs::Field::{self, Employees, RegisteredEmployees};

/// Workers registered ÷ workers employed.
pub struct WorkersRegistered;

const SHARE: Share = Share::new(RegisteredEmployees, Employees);

impl Kind for WorkersRegistered {
    fn evidence(&self) -> EvidenceKind {
        EvidenceKind::LaporanBpjs
    }

    fn fields(&self) -> &[Field] {
        &[Employees, RegisteredEmployees]
    }

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
        let (e, registered) = (r.get(Employees)?, r.get(RegisteredEmployees)?);
        (registered < e).then(|| {
            say(words, || {
                let n = count(e - registered);
                Msg::new(
                    format!("PDS Tenaga Kerja: {n} pekerja belum terdaftar"),
                    format!("PDS workers: {n} workers not registered"),
                )
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assessment;
    use super::*;
    use crate::core::evaluation::validation::check;
    use crate::core::model::category::Category;

    #[test]
    fn a_shortfall_is_a_pds_finding_and_a_step() {
        let a = assessment(Category::BuBesar, &[(Employees, "120"), (RegisteredEmployees, "100")]);
        let c = check(&a);
        let r = &Reader::new(&a, &c);
        let (value, words) = WorkersRegistered.observe(r, true).expect("read");
        assert_eq!(value, Value::Ratio(100.into(), 120.into()));
        assert_eq!(words.id, "100 dari 120 (83,33%)");
        let finding = WorkersRegistered.finding(r, true).expect("a finding");
        assert_eq!(finding.id, "PDS Tenaga Kerja: 20 pekerja belum terdaftar");
        assert_eq!(WorkersRegistered.finding(r, false), Some(Msg::default()));
        assert_eq!(WorkersRegistered.finds().map(Finding::cap), Some(super::super::CapRule::ComplianceFindings));

        let mut out = Vec::new();
        WorkersRegistered.propose(r, &mut out);
        assert_eq!(out[0].changed(&a).entry.raw(RegisteredEmployees), "120");
        assert_eq!(out[0].text.en, "Register 20 more workers so that all 120 are covered");

        let all = assessment(Category::BuBesar, &[(Employees, "120"), (RegisteredEmployees, "120")]);
        let c = check(&all);
        assert_eq!(WorkersRegistered.finding(&Reader::new(&all, &c), true), None);
    }
}
