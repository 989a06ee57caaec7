//! Contributions paid on time every month; arrears score nothing and are a finding.

use crate::core::model::evidence::EvidenceKind;
use rust_decimal::Decimal;

use super::{count, propose_figures, say, Finding, Kind, Proposal, Reader, Status, Value};
use crate::core::base::number::format_rupiah;
use crate::core::base::text::Msg;
use crate::core::model::inputs::Field::{self, Arrears, MonthsOnTime};

/// Months of the year with contributions paid on time, and no arrears.
pub struct PaidOnTime;

/// Outstanding arrears, if any.
fn arrears(r: &Reader) -> Option<Decimal> {
    r.get(Arrears).filter(|a| *a > Decimal::ZERO)
}

impl Kind for PaidOnTime {
    const EVIDENCE: EvidenceKind = EvidenceKind::BuktiBayar;
    const FIELDS: &'static [Field] = &[MonthsOnTime, Arrears];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [months, arrears] = r.values([MonthsOnTime, Arrears])?;
        let twelve = Decimal::from(12);
        Ok(if arrears > Decimal::ZERO {
            let input = say(words, || {
                let a = format_rupiah(arrears);
                Msg::new(format!("masih ada tunggakan {a}"), format!("arrears of {a} outstanding"))
            });
            (Value::Ratio(Decimal::ZERO, twelve), input)
        } else {
            let input = say(words, || {
                let m = count(months);
                Msg::new(format!("{m} dari 12 bulan tepat waktu"), format!("{m} of 12 months on time"))
            });
            (Value::Ratio(months, twelve), input)
        })
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let text = match arrears(r) {
            Some(arrears) => {
                let a = format_rupiah(arrears);
                Msg::new(
                    format!("Lunasi tunggakan {a} dan bayar iuran tepat waktu setiap bulan"),
                    format!("Clear the {a} arrears and pay contributions on time every month"),
                )
            }
            None => Msg::new(
                "Bayar iuran tepat waktu 12 bulan setahun (paling lambat tanggal 15)",
                "Pay contributions on time all 12 months (by the 15th)",
            ),
        };
        propose_figures(&[(MonthsOnTime, Decimal::from(12)), (Arrears, Decimal::ZERO)], text, out);
    }

    fn finds(&self) -> Option<Finding> {
        Some(Finding::Arrears)
    }

    fn finding(&self, r: &Reader, words: bool) -> Option<Msg> {
        let arrears = arrears(r)?;
        Some(say(words, || {
            let a = format_rupiah(arrears);
            Msg::new(format!("Tunggakan iuran {a}"), format!("Contribution arrears of {a}"))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::super::Rule;
    use super::*;
    use crate::core::model::category::Category;

    #[test]
    fn arrears_score_nothing_are_found_and_are_cleared_by_the_step() {
        let read = Reading::of(Category::Umk, &[(MonthsOnTime, "11"), (Arrears, "Rp500.000")]);
        let (value, words) = read.observe(&PaidOnTime);
        assert_eq!(value.sub_score(Rule::RatioToTarget), Decimal::ZERO);
        assert_eq!(words.en, "arrears of Rp500.000 outstanding");
        assert_eq!(read.finding(&PaidOnTime).expect("finding").en, "Contribution arrears of Rp500.000");
        let out = read.proposals(&PaidOnTime);
        assert_eq!(out[0].text.en, "Clear the Rp500.000 arrears and pay contributions on time every month");
        let cleared = out[0].changed(&read.a).entry;
        assert_eq!((cleared.raw(MonthsOnTime), cleared.raw(Arrears)), ("12", "0"));
    }

    #[test]
    fn without_arrears_the_months_count_and_nothing_is_found() {
        let read = Reading::of(Category::Umk, &[(MonthsOnTime, "9"), (Arrears, "0")]);
        assert_eq!(read.observe(&PaidOnTime).0.sub_score(Rule::RatioToTarget), Decimal::from(9) / Decimal::from(12));
        assert_eq!(read.finding(&PaidOnTime), None);
    }
}
