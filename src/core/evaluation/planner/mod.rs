//! The planner: what protection costs and what a budget buys, from the dated rates.
//! A regional finance office plans next year's budget for non-wage earners (BPU); a
//! company's HR office prices full compliance and a PDS finding. Every figure is exact
//! and says which rate, from which day and source, it used.

mod sheet;

pub use sheet::{plans, Input, Outcome, PlanEdit, Sheet, COVER_FIELDS, MAX_BANDS, PAYROLL_FIELDS};

use rust_decimal::Decimal;

use crate::core::base::number::format_rupiah;
use crate::core::base::text::Msg;
use crate::core::model::money::{band_contributions, Contributions, Employer, Package, Programme, WageBand};
use crate::core::model::rates::{in_force_or_first, BpuRates, Dated, Day, BPU_RATES};

/// A year's months, the longest a plan runs.
const YEAR: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Non-wage earners protected for some months with one package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoverPlan {
    pub workers: Decimal,
    /// 1 to 12.
    pub months: Decimal,
    pub package: Package,
    /// The declared monthly income; the subsidised basis when not given.
    pub income: Option<Decimal>,
    /// The day whose rates apply (31 December of the budget year).
    pub day: Day,
}

/// What a [`CoverPlan`] costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoverCost {
    /// One worker, one month.
    pub price: Decimal,
    pub income: Decimal,
    pub rate: &'static Dated<BpuRates>,
    /// All workers, one month.
    pub monthly: Decimal,
    /// All workers, all the plan's months.
    pub total: Decimal,
}

impl CoverPlan {
    /// The plan's cost, or why it cannot be priced.
    pub fn cost(&self) -> Result<CoverCost, Msg> {
        let rate = in_force_or_first(BPU_RATES, self.day);
        let income = self.income.unwrap_or(rate.value.basis);
        if income < rate.value.basis {
            let b = format_rupiah(rate.value.basis);
            return Err(Msg::new(
                format!("Penghasilan yang dilaporkan paling sedikit {b} sebulan."),
                format!("The declared income is at least {b} a month."),
            ));
        }
        if self.months < Decimal::ONE || self.months > YEAR {
            return Err(Msg::new("Bulan perlindungan antara 1 dan 12.", "Months of cover are between 1 and 12."));
        }
        let price = self.package.price(income, &rate.value);
        let monthly = self.workers * price;
        Ok(CoverCost { price, income, rate, monthly, total: monthly * self.months })
    }

    /// "paket JKK + JKM, penghasilan Rp1.000.000, tarif sejak 1 Juli 2015 (PP 44/2015 …)".
    pub fn basis(&self, cost: &CoverCost) -> Msg {
        let (name, since, income) = (self.package.name(), cost.rate.from.shown(), format_rupiah(cost.income));
        let source = cost.rate.source;
        Msg::new(
            format!("paket {}, penghasilan {income}, tarif sejak {} ({})", name.id, since.id, source.id),
            format!("package {}, declared income {income}, rate since {} ({})", name.en, since.en, source.en),
        )
    }
}

/// Whole workers that `funds` pay `price` a month for, for `months`.
pub fn workers_covered(funds: Decimal, price: Decimal, months: Decimal) -> Decimal {
    let per_worker = price * months;
    if per_worker.is_zero() {
        Decimal::ZERO
    } else {
        (funds / per_worker).floor()
    }
}

/// Months (to one decimal, rounded down) that `funds` pay `price` for `workers`, at most a year.
pub fn months_covered(funds: Decimal, price: Decimal, workers: Decimal) -> Decimal {
    let per_month = price * workers;
    if per_month.is_zero() {
        Decimal::ZERO
    } else {
        (funds * Decimal::TEN / per_month).floor().min(YEAR * Decimal::TEN) / Decimal::TEN
    }
}

/// A company's payroll, grouped by wage, and what its mandatory programmes cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payroll {
    pub bands: Vec<WageBand>,
    pub employer: Employer,
    pub day: Day,
}

/// A payroll's contributions a month and a year, employer and worker shares per programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayrollCost {
    pub monthly: Contributions,
    pub yearly_employer: Decimal,
    pub yearly_worker: Decimal,
}

impl Payroll {
    pub fn workers(&self) -> Decimal {
        self.bands.iter().map(|b| b.workers).sum()
    }

    pub fn cost(&self, programmes: &[Programme]) -> PayrollCost {
        let monthly = band_contributions(&self.bands, self.employer, programmes, self.day);
        let (yearly_employer, yearly_worker) = (monthly.employer * YEAR, monthly.worker * YEAR);
        PayrollCost { monthly, yearly_employer, yearly_worker }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::BusinessSize;
    use crate::core::model::money::{mandatory_programmes, Correction};
    use rust_decimal_macros::dec;

    fn plan(workers: Decimal, months: Decimal, package: Package) -> CoverPlan {
        CoverPlan { workers, months, package, income: None, day: Day::end_of(2025) }
    }

    #[test]
    fn ketapangs_budget_covers_21329_workers_a_year_or_34400_for_seven_months() {
        // Rp4,3 miliar for 34.400 vulnerable workers, JKK + JKM (ketapangmedia.com 31 Jul 2025).
        let budget = dec!(4300000000);
        let cost = plan(dec!(34400), YEAR, Package::JkkJkm).cost().unwrap();
        assert_eq!(cost.price, dec!(16800));
        assert_eq!(cost.monthly, dec!(577920000));
        assert_eq!(cost.total, dec!(6935040000));
        assert_eq!(workers_covered(budget, cost.price, YEAR), dec!(21329));
        assert_eq!(months_covered(budget, cost.price, dec!(34400)), dec!(7.4));
        let shown =
            crate::core::evaluation::derived::Quantity::Months(months_covered(budget, cost.price, dec!(34400))).shown();
        assert_eq!(shown, "7,4");
    }

    #[test]
    fn the_package_the_months_and_the_income_change_the_price() {
        let jht = plan(dec!(100), dec!(6), Package::WithJht).cost().unwrap();
        assert_eq!((jht.price, jht.total), (dec!(36800), dec!(22080000)));
        let higher = CoverPlan { income: Some(dec!(1500000)), ..plan(dec!(1), YEAR, Package::JkkJkm) };
        assert_eq!(higher.cost().unwrap().price, dec!(21800));
        let basis = higher.basis(&higher.cost().unwrap());
        assert!(basis.id.contains("Rp1.500.000") && basis.en.contains("PP 44/2015"), "{basis:?}");
    }

    #[test]
    fn impossible_plans_say_why() {
        let low = CoverPlan { income: Some(dec!(900000)), ..plan(dec!(1), YEAR, Package::JkkJkm) };
        assert!(low.cost().unwrap_err().id.contains("Rp1.000.000"));
        assert!(plan(dec!(1), dec!(13), Package::JkkJkm).cost().is_err());
        assert!(plan(dec!(1), dec!(0), Package::JkkJkm).cost().is_err());
        // Nothing to divide by gives nothing covered, not a panic.
        assert_eq!(workers_covered(dec!(1000), dec!(0), YEAR), dec!(0));
        assert_eq!(months_covered(dec!(1000), dec!(16800), dec!(0)), dec!(0));
        // More than a year's money still reads as a year.
        assert_eq!(months_covered(dec!(1000000000), dec!(16800), dec!(1)), YEAR);
    }

    #[test]
    fn a_medium_company_of_120_around_the_jp_ceiling() {
        // 100 workers at Rp8.000.000 and 20 at Rp12.000.000, risk group 2, end of 2025.
        let payroll = Payroll {
            bands: vec![WageBand::each(dec!(100), dec!(8000000)), WageBand::each(dec!(20), dec!(12000000))],
            employer: Employer { risk: crate::core::model::money::RiskGroup::R2, labour_intensive: false },
            day: Day::end_of(2025),
        };
        assert_eq!(payroll.workers(), dec!(120));
        let cost = payroll.cost(mandatory_programmes(BusinessSize::Menengah));
        let bill = dec!(1040000000);
        let jp_base = dec!(800000000) + dec!(20) * dec!(10547400);
        // Employer: JKK 0,54% + JKM 0,30% + JHT 3,7% of the bill, JP 2% of its base.
        let employer = bill * dec!(0.0454) + jp_base * dec!(0.02);
        let worker = bill * dec!(0.02) + jp_base * dec!(0.01);
        assert_eq!((cost.monthly.employer, cost.monthly.worker), (employer, worker));
        assert_eq!(cost.yearly_employer, employer * dec!(12));
        assert_eq!(cost.monthly.jp_ceiling.map(|c| c.value), Some(dec!(10547400)));
        // Reporting only 80 workers at the lower wage: the correction for 6 months.
        let reported = Payroll { bands: vec![WageBand::each(dec!(80), dec!(8000000))], ..payroll.clone() };
        let paid = reported.cost(mandatory_programmes(BusinessSize::Menengah)).monthly;
        let fix = Correction::between(&paid, &cost.monthly, dec!(6));
        assert_eq!(fix.monthly(), cost.monthly.total() - paid.total());
        assert_eq!(fix.total(), fix.monthly() * dec!(6));
        // Paying more than due is no correction.
        assert_eq!(Correction::between(&cost.monthly, &paid, dec!(6)).total(), dec!(0));
    }
}
