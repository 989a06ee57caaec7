//! Programmes, packages and contributions (exact decimals), from the dated rates; the
//! participants a coverage target lacks and what correcting a PDS finding costs.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use strum::VariantArray;

use crate::core::base::keys::{self, serialize_by_key, Keyed};
use crate::core::model::rates::{
    in_force, in_force_or_first, BpuRates, Dated, Day, WageRates, BPU_RATES, JP_CEILING, LABOUR_INTENSIVE_JKK_DISCOUNT,
    WAGE_RATES,
};

use crate::core::base::number::format_decimal;
use crate::core::base::text::{Msg, T};
use crate::core::model::category::BusinessSize;

/// The standard subsidised package for a non-wage earner for a whole year: JKK + JKM on
/// the Rp1.000.000 income basis, Rp16.800 a month (GN Lingkaran, SERTAKAN, APBD-funded
/// workers). It has not changed since the table's first row (a test holds them equal);
/// rubric 2025.1 and the CSR yardstick use it.
pub const STANDARD_PACKAGE_YEARLY: Decimal = dec!(201600);

/// What a budget pays for each non-wage earner it protects. Saved by key: `jkk_jkm`,
/// `with_jht`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Package {
    #[default]
    JkkJkm,
    WithJht,
}

impl Package {
    pub const ALL: [Package; Package::VARIANTS.len()] = keys::array(Package::VARIANTS);

    pub fn name(self) -> T {
        match self {
            Package::JkkJkm => T::new("JKK + JKM", "JKK + JKM"),
            Package::WithJht => T::new("JKK + JKM + JHT", "JKK + JKM + JHT"),
        }
    }

    /// The package's monthly price on `day` on the subsidised income basis, and the row it
    /// comes from.
    pub fn monthly(self, day: Day) -> (Decimal, &'static Dated<BpuRates>) {
        let row = in_force_or_first(BPU_RATES, day);
        (self.price(row.value.basis, &row.value), row)
    }

    /// A worker's monthly price on a declared income (at least the basis; the caller checks).
    pub fn price(self, income: Decimal, rates: &BpuRates) -> Decimal {
        let share = match self {
            Package::JkkJkm => rates.jkk,
            Package::WithJht => rates.jkk + rates.jht,
        };
        income * share / Decimal::ONE_HUNDRED + rates.jkm
    }
}

/// The four programmes a wage earner can be registered in. Saved by key: the
/// abbreviation in capitals (`JKK`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "UPPERCASE")]
pub enum Programme {
    Jkk,
    Jkm,
    Jht,
    Jp,
}

impl Programme {
    pub const ALL: [Programme; Programme::VARIANTS.len()] = keys::array(Programme::VARIANTS);

    /// The abbreviation, which is also the key.
    pub fn code(self) -> &'static str {
        self.key()
    }

    pub fn name(self) -> T {
        match self {
            Programme::Jkk => T::new("Jaminan Kecelakaan Kerja", "Work Accident Benefit"),
            Programme::Jkm => T::new("Jaminan Kematian", "Death Benefit"),
            Programme::Jht => T::new("Jaminan Hari Tua", "Old-Age Savings"),
            Programme::Jp => T::new("Jaminan Pensiun", "Pension"),
        }
    }

    /// Employer and worker shares, % of monthly wage. JKK depends on the risk group.
    pub fn rates(self, risk: RiskGroup, rates: &WageRates) -> (Decimal, Decimal) {
        match self {
            Programme::Jkk => (rates.jkk[usize::from(risk.number() - 1)], Decimal::ZERO),
            Programme::Jkm => (rates.jkm, Decimal::ZERO),
            Programme::Jht => rates.jht,
            Programme::Jp => rates.jp,
        }
    }
}

/// Mandatory programmes by business size (Perpres 109/2013 Pasal 6(3), from 1 July 2015).
pub fn mandatory_programmes(size: BusinessSize) -> &'static [Programme] {
    match size {
        BusinessSize::Besar | BusinessSize::Menengah => &Programme::ALL,
        BusinessSize::Kecil => &[Programme::Jkk, Programme::Jkm, Programme::Jht],
        BusinessSize::Mikro => &[Programme::Jkk, Programme::Jkm],
    }
}

/// JKK risk group 1 (very low) to 5 (very high). Saved by key: `R1` to `R5`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "UPPERCASE")]
pub enum RiskGroup {
    #[default]
    R1,
    R2,
    R3,
    R4,
    R5,
}

impl RiskGroup {
    pub const ALL: [RiskGroup; RiskGroup::VARIANTS.len()] = keys::array(RiskGroup::VARIANTS);

    /// The employer's JKK rate, % of wages, in force on `day`.
    pub fn jkk_rate(self, day: Day) -> Decimal {
        in_force_or_first(WAGE_RATES, day).value.jkk[usize::from(self.number() - 1)]
    }

    pub fn number(self) -> u8 {
        match self {
            RiskGroup::R1 => 1,
            RiskGroup::R2 => 2,
            RiskGroup::R3 => 3,
            RiskGroup::R4 => 4,
            RiskGroup::R5 => 5,
        }
    }
}

serialize_by_key!(Programme, RiskGroup, Package);

/// What sets an employer's JKK rate: its risk group, and whether it is a labour-intensive
/// industry that qualifies for the dated discount (the company says so; nothing checks it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Employer {
    pub risk: RiskGroup,
    pub labour_intensive: bool,
}

/// The fewest active participants a labour-intensive company has for the JKK discount.
pub const LABOUR_INTENSIVE_MIN_WORKERS: Decimal = dec!(50);

impl Employer {
    /// The JKK discount in force on `day` for this employer with `workers` (when known), when
    /// it has one: a company that says it qualifies, with at least 50 workers.
    pub fn jkk_discount(self, day: Day, workers: Option<Decimal>) -> Option<&'static Dated<Decimal>> {
        let row = in_force(LABOUR_INTENSIVE_JKK_DISCOUNT, day)?;
        let enough = workers.is_none_or(|n| n >= LABOUR_INTENSIVE_MIN_WORKERS);
        (self.labour_intensive && enough && !row.value.is_zero()).then_some(row)
    }
}

/// Monthly contributions implied by a monthly wage bill for the given programmes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contributions {
    pub per_programme: Vec<(Programme, Decimal, Decimal)>,
    pub employer: Decimal,
    pub worker: Decimal,
    /// The rates used.
    pub rates: &'static Dated<WageRates>,
    /// The JP ceiling applied to the average wage, when JP is due, the headcount is known
    /// and a ceiling is in the table for the day; otherwise JP is an upper bound.
    pub jp_ceiling: Option<&'static Dated<Decimal>>,
    /// The labour-intensive JKK discount applied, when the employer qualifies on the day.
    pub jkk_discount: Option<&'static Dated<Decimal>>,
}

/// A group of workers and their monthly wages together. Kept as a sum, not an average, so
/// the wage bill adds up exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WageBand {
    pub workers: Decimal,
    pub bill: Decimal,
}

impl WageBand {
    /// `workers` each earning `wage` a month.
    pub fn each(workers: Decimal, wage: Decimal) -> Self {
        WageBand { workers, bill: workers * wage }
    }
}

/// Contributions on `day` for a monthly wage bill. With the headcount, JP is charged on
/// each worker's wage up to the ceiling, taking the wage bill as spread evenly (the
/// average wage); without it, on the whole bill.
pub fn monthly_contributions(
    wage_bill: Decimal,
    workers: Option<Decimal>,
    employer: Employer,
    programmes: &[Programme],
    day: Day,
) -> Contributions {
    match workers.filter(|n| *n > Decimal::ZERO) {
        Some(n) => band_contributions(&[WageBand { workers: n, bill: wage_bill }], employer, programmes, day),
        None => charge(wage_bill, (wage_bill, None), None, employer, programmes, day),
    }
}

/// Contributions on `day` for workers grouped by wage: JP stops at the ceiling in each
/// group, so a payroll with wages on both sides of it is charged exactly.
pub fn band_contributions(bands: &[WageBand], employer: Employer, programmes: &[Programme], day: Day) -> Contributions {
    let bill = bands.iter().map(|b| b.bill).sum();
    let ceiling = in_force(JP_CEILING, day).filter(|_| programmes.contains(&Programme::Jp));
    let jp_base = match ceiling {
        Some(c) => bands.iter().map(|b| b.bill.min(b.workers * c.value)).sum(),
        None => bill,
    };
    let workers = bands.iter().map(|b| b.workers).sum();
    charge(bill, (jp_base, ceiling), Some(workers), employer, programmes, day)
}

/// The rates of `day` applied to the wage bill, JP to its own base.
fn charge(
    bill: Decimal,
    (jp_base, jp_ceiling): (Decimal, Option<&'static Dated<Decimal>>),
    workers: Option<Decimal>,
    who: Employer,
    programmes: &[Programme],
    day: Day,
) -> Contributions {
    let rates = in_force_or_first(WAGE_RATES, day);
    let jkk_discount = who.jkk_discount(day, workers);
    let mut per_programme = Vec::new();
    let (mut employer, mut worker) = (Decimal::ZERO, Decimal::ZERO);
    for &p in programmes {
        let (mut er, wr) = p.rates(who.risk, &rates.value);
        if let (Programme::Jkk, Some(d)) = (p, jkk_discount) {
            er = er * (Decimal::ONE_HUNDRED - d.value) / Decimal::ONE_HUNDRED;
        }
        let base = if p == Programme::Jp { jp_base } else { bill };
        let e = base * er / Decimal::ONE_HUNDRED;
        let w = base * wr / Decimal::ONE_HUNDRED;
        employer += e;
        worker += w;
        per_programme.push((p, e, w));
    }
    Contributions { per_programme, employer, worker, rates, jp_ceiling, jkk_discount }
}

impl Contributions {
    /// The labour-intensive JKK discount it used, in words ("" when none).
    pub fn jkk_discount_text(&self) -> Msg {
        let Some(d) = self.jkk_discount else {
            return Msg::default();
        };
        let (v, since) = (format_decimal(d.value, 2), d.from.shown());
        Msg::new(
            format!("; JKK didiskon {v}% sebagai industri padat karya (sejak {}; {})", since.id, d.source.id),
            format!("; JKK discounted {v}% as a labour-intensive industry (since {}; {})", since.en, d.source.en),
        )
    }

    /// Employer and worker shares together, a month.
    pub fn total(&self) -> Decimal {
        self.employer + self.worker
    }
}

/// Participants still needed to reach `target` % of the employed (whole people, never below 0).
pub fn participants_short(employed: Decimal, participants: Decimal, target: Decimal) -> Decimal {
    let needed = (target * employed / Decimal::ONE_HUNDRED).ceil();
    (needed - participants).max(Decimal::ZERO)
}

/// What correcting a PDS finding (workers or wages reported short) costs: the difference
/// between the contributions due and those paid, a month and for the months it ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Correction {
    pub employer: Decimal,
    pub worker: Decimal,
    pub months: Decimal,
}

impl Correction {
    pub fn between(paid: &Contributions, due: &Contributions, months: Decimal) -> Self {
        let gap = |due: Decimal, paid: Decimal| (due - paid).max(Decimal::ZERO);
        Correction { employer: gap(due.employer, paid.employer), worker: gap(due.worker, paid.worker), months }
    }

    pub fn monthly(&self) -> Decimal {
        self.employer + self.worker
    }

    pub fn total(&self) -> Decimal {
        self.monthly() * self.months
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(risk: RiskGroup) -> Employer {
        Employer { risk, labour_intensive: false }
    }

    #[test]
    fn a_labour_intensive_employer_pays_half_the_jkk_while_the_discount_runs() {
        // Rp100.000.000, risk group 2 (0,54%): JKK Rp540.000, halved to Rp270.000 in 2025.
        let who = Employer { risk: RiskGroup::R2, labour_intensive: true };
        let jkk = |c: &Contributions| c.per_programme.iter().find(|p| p.0 == Programme::Jkk).map(|p| p.1);
        let c = monthly_contributions(dec!(100000000), None, who, &Programme::ALL, Day::end_of(2025));
        assert_eq!(jkk(&c), Some(dec!(270000)));
        assert_eq!(c.jkk_discount.map(|d| d.from), Some(Day::new(2025, 2, 1)));
        let full = monthly_contributions(dec!(100000000), None, r(RiskGroup::R2), &Programme::ALL, Day::end_of(2025));
        assert_eq!(full.employer - c.employer, dec!(270000), "only JKK changes");
        assert_eq!(full.jkk_discount, None, "a company that does not qualify pays the full rate");
        // Fewer than 50 workers: no discount, whatever the company says.
        let few = monthly_contributions(dec!(100000000), Some(dec!(49)), who, &Programme::ALL, Day::end_of(2025));
        assert_eq!((jkk(&few), few.jkk_discount), (Some(dec!(540000)), None));
        let fifty = monthly_contributions(dec!(100000000), Some(dec!(50)), who, &Programme::ALL, Day::end_of(2025));
        assert_eq!(jkk(&fifty), Some(dec!(270000)));
        // Before February 2025 and from February 2026 the full rate applies.
        for day in [Day::end_of(2024), Day::new(2026, 2, 1)] {
            let c = monthly_contributions(dec!(100000000), None, who, &Programme::ALL, day);
            assert_eq!((jkk(&c), c.jkk_discount), (Some(dec!(540000)), None), "{day:?}");
        }
    }

    #[test]
    fn the_coverage_target_counts_whole_people() {
        // 68,02% of 180.000 employed is 122.436 people; 122.318 are covered.
        assert_eq!(participants_short(dec!(180000), dec!(122318), dec!(68.02)), dec!(118));
        assert_eq!(participants_short(dec!(100), dec!(90), dec!(50)), dec!(0));
    }

    #[test]
    fn the_standard_package_is_the_first_rows_sum_for_twelve_months() {
        let first = &BPU_RATES[0].value;
        assert_eq!(Package::JkkJkm.price(first.basis, first) * dec!(12), STANDARD_PACKAGE_YEARLY);
    }

    #[test]
    fn the_bpu_packages_are_the_published_sums() {
        let day = Day::end_of(2025);
        assert_eq!(Package::JkkJkm.monthly(day).0, dec!(16800));
        assert_eq!(Package::WithJht.monthly(day).0, dec!(36800));
        // A higher declared income raises JKK and JHT, not JKM: 1% + 2% of Rp2.000.000 + Rp6.800.
        assert_eq!(Package::WithJht.price(dec!(2000000), &BPU_RATES[0].value), dec!(66800));
    }

    #[test]
    fn bands_charge_jp_up_to_the_ceiling_per_worker() {
        // 100 workers at Rp5.000.000 and 20 at Rp15.000.000, 2025: JP on 100 × 5 jt + 20 × 10.547.400.
        let day = Day::end_of(2025);
        let bands = [WageBand::each(dec!(100), dec!(5000000)), WageBand::each(dec!(20), dec!(15000000))];
        let c = band_contributions(&bands, r(RiskGroup::R2), &Programme::ALL, day);
        let jp = c.per_programme.iter().find(|p| p.0 == Programme::Jp).map(|p| (p.1, p.2));
        let base = dec!(500000000) + dec!(20) * dec!(10547400);
        assert_eq!(jp, Some((base * dec!(0.02), base * dec!(0.01))));
        // The average wage (Rp6.666.666,67) is under the ceiling, so one band would overcharge JP.
        let average = monthly_contributions(dec!(800000000), Some(dec!(120)), r(RiskGroup::R2), &Programme::ALL, day);
        assert!(average.total() > c.total());
        assert_eq!(c.total(), c.employer + c.worker);
    }

    #[test]
    fn contributions_follow_the_rates() {
        // Rp100.000.000 wage bill, risk group 3, all four programmes:
        // employer 0,89 + 0,30 + 3,7 + 2 = 6,89%; worker 2 + 1 = 3%.
        let day = Day::end_of(2025);
        let c = monthly_contributions(dec!(100000000), None, r(RiskGroup::R3), &Programme::ALL, day);
        assert_eq!(c.employer, dec!(6890000));
        assert_eq!(c.worker, dec!(3000000));
        assert_eq!(c.per_programme.len(), 4);
        assert_eq!(c.jp_ceiling, None, "no headcount: JP on the whole bill");
    }

    #[test]
    fn jp_stops_at_the_ceiling_of_the_day() {
        // 10 workers earning Rp12.000.000 on average: JP on 10 × the ceiling, the rest on the bill.
        let bill = dec!(120000000);
        let jp = |day| {
            let c = monthly_contributions(bill, Some(dec!(10)), r(RiskGroup::R1), &Programme::ALL, day);
            let (_, e, w) = c.per_programme[3];
            (e + w, c.jp_ceiling.map(|r| r.from))
        };
        assert_eq!(jp(Day::end_of(2025)), (dec!(105474000) * dec!(0.03), Some(Day::new(2025, 3, 1))));
        assert_eq!(jp(Day::end_of(2024)), (dec!(100423000) * dec!(0.03), Some(Day::new(2024, 3, 1))));
        assert_eq!(jp(Day::end_of(2023)), (dec!(95596000) * dec!(0.03), Some(Day::new(2023, 3, 1))));
        assert_eq!(jp(Day::end_of(2022)), (bill * dec!(0.03), None), "no ceiling in the table: an upper bound");
        // Below the ceiling nothing changes.
        let low =
            monthly_contributions(dec!(50000000), Some(dec!(10)), r(RiskGroup::R1), &Programme::ALL, Day::end_of(2025));
        assert_eq!(low.per_programme[3].1, dec!(1000000));
    }

    #[test]
    fn packages_are_priced_by_date() {
        let (price, row) = Package::WithJht.monthly(Day::end_of(2025));
        assert_eq!(price, dec!(36800));
        assert!(!row.source.id.is_empty() && !row.source.en.is_empty());
        assert_eq!(Package::JkkJkm.monthly(Day::end_of(2025)).0 * dec!(12), STANDARD_PACKAGE_YEARLY);
    }

    #[test]
    fn mandatory_by_size() {
        assert_eq!(mandatory_programmes(BusinessSize::Menengah).len(), 4);
        assert_eq!(mandatory_programmes(BusinessSize::Kecil), &[Programme::Jkk, Programme::Jkm, Programme::Jht]);
        assert_eq!(mandatory_programmes(BusinessSize::Mikro), &[Programme::Jkk, Programme::Jkm]);
    }
}
