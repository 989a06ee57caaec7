//! Vulnerable workers near the business whose contributions it pays (CSR).

use crate::core::model::evidence::EvidenceKind;
use rust_decimal::Decimal;

use super::{count, propose_figures, say, Kind, Proposal, Reader, Status, Value};
use crate::core::base::number::format_rupiah;
use crate::core::base::text::Msg;
use crate::core::model::inputs::Field::{self, CsrSpend, CsrWorkers, Employees};
use crate::core::model::money::STANDARD_PACKAGE_YEARLY;

/// At least one worker, else 10% of the workforce rounded up.
pub fn csr_yardstick(employees: Decimal) -> Decimal {
    (employees / Decimal::TEN).ceil().max(Decimal::ONE)
}

/// Vulnerable workers covered through CSR against 10% of the own workforce.
pub struct CsrReach;

impl Kind for CsrReach {
    const EVIDENCE: EvidenceKind = EvidenceKind::BuktiBayar;

    /// The spend is asked for the derived figures; the score counts workers.
    const FIELDS: &'static [Field] = &[Employees, CsrWorkers, CsrSpend];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [employees, workers] = r.values([Employees, CsrWorkers])?;
        let yardstick = csr_yardstick(employees);
        let input = say(words, || {
            let (w, y) = (count(workers), count(yardstick));
            Msg::new(
                format!("{w} pekerja rentan dari acuan {y}"),
                format!("{w} vulnerable workers of a yardstick of {y}"),
            )
        });
        Ok((Value::Ratio(workers, yardstick), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let (Some(employees), Some(workers)) = (r.get(Employees), r.get(CsrWorkers)) else {
            return;
        };
        let yardstick = csr_yardstick(employees);
        let delta = yardstick - workers;
        let (d, y, cost) = (count(delta), count(yardstick), format_rupiah(delta * STANDARD_PACKAGE_YEARLY));
        let text = Msg::new(
            format!("Tanggung iuran {d} pekerja rentan lagi (sekitar {cost} setahun) hingga {y} orang"),
            format!("Pay contributions for {d} more vulnerable workers (about {cost} a year) to reach {y}"),
        );
        propose_figures(&[(CsrWorkers, yardstick)], text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::category::Category;

    #[test]
    fn the_yardstick_is_a_tenth_of_the_workforce_and_the_step_costs_the_package() {
        assert_eq!(csr_yardstick(Decimal::from(3)), Decimal::ONE);
        let read = Reading::of(Category::BuBesar, &[(Employees, "101"), (CsrWorkers, "4")]);
        assert_eq!(read.observe(&CsrReach).1.en, "4 vulnerable workers of a yardstick of 11");
        assert_eq!(
            read.proposals(&CsrReach)[0].text.en,
            "Pay contributions for 7 more vulnerable workers (about Rp1.411.200 a year) to reach 11"
        );
    }
}
