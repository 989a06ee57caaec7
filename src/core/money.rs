//! Contribution rates and packages from the domain brief (exact decimals).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use strum::VariantArray;

use super::keys::{self, serialize_by_key, Keyed};

use super::category::BusinessSize;
use super::text::T;

/// The standard subsidised package for a non-wage earner: JKK + JKM on a Rp1.000.000
/// income basis, Rp16.800 a month (GN Lingkaran, SERTAKAN, APBD-funded workers).
pub const STANDARD_PACKAGE_MONTHLY: Decimal = dec!(16800);
/// The same package for a whole year: Rp201.600.
pub const STANDARD_PACKAGE_YEARLY: Decimal = dec!(201600);

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
    pub fn rates(self, risk: RiskGroup) -> (Decimal, Decimal) {
        match self {
            Programme::Jkk => (risk.jkk_rate(), Decimal::ZERO),
            Programme::Jkm => (dec!(0.30), Decimal::ZERO),
            Programme::Jht => (dec!(3.7), dec!(2)),
            Programme::Jp => (dec!(2), dec!(1)),
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

    pub fn jkk_rate(self) -> Decimal {
        match self {
            RiskGroup::R1 => dec!(0.24),
            RiskGroup::R2 => dec!(0.54),
            RiskGroup::R3 => dec!(0.89),
            RiskGroup::R4 => dec!(1.27),
            RiskGroup::R5 => dec!(1.74),
        }
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

serialize_by_key!(Programme, RiskGroup);

/// Monthly contributions implied by a monthly wage bill for the given programmes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contributions {
    pub per_programme: Vec<(Programme, Decimal, Decimal)>,
    pub employer: Decimal,
    pub worker: Decimal,
}

pub fn monthly_contributions(wage_bill: Decimal, risk: RiskGroup, programmes: &[Programme]) -> Contributions {
    let mut per_programme = Vec::new();
    let (mut employer, mut worker) = (Decimal::ZERO, Decimal::ZERO);
    for &p in programmes {
        let (er, wr) = p.rates(risk);
        let e = wage_bill * er / Decimal::ONE_HUNDRED;
        let w = wage_bill * wr / Decimal::ONE_HUNDRED;
        employer += e;
        worker += w;
        per_programme.push((p, e, w));
    }
    Contributions { per_programme, employer, worker }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_is_twelve_months() {
        assert_eq!(STANDARD_PACKAGE_MONTHLY * dec!(12), STANDARD_PACKAGE_YEARLY);
    }

    #[test]
    fn contributions_follow_the_rates() {
        // Rp100.000.000 wage bill, risk group 3, all four programmes:
        // employer 0,89 + 0,30 + 3,7 + 2 = 6,89%; worker 2 + 1 = 3%.
        let c = monthly_contributions(dec!(100000000), RiskGroup::R3, &Programme::ALL);
        assert_eq!(c.employer, dec!(6890000));
        assert_eq!(c.worker, dec!(3000000));
        assert_eq!(c.per_programme.len(), 4);
    }

    #[test]
    fn mandatory_by_size() {
        assert_eq!(mandatory_programmes(BusinessSize::Menengah).len(), 4);
        assert_eq!(mandatory_programmes(BusinessSize::Kecil), &[Programme::Jkk, Programme::Jkm, Programme::Jht]);
        assert_eq!(mandatory_programmes(BusinessSize::Mikro), &[Programme::Jkk, Programme::Jkm]);
    }
}
