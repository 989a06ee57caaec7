//! Contribution rates by date, each with its source. A figure is computed with the rates in
//! force on the day its assessment stands at (31 December of the assessed year) and says
//! which rate and which date it used. Add a row when a rate changes; never edit an old one.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::core::base::text::{Msg, T};

/// A calendar day; the rate tables are ordered by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [(&str, &str); 12] = [
    ("Januari", "January"),
    ("Februari", "February"),
    ("Maret", "March"),
    ("April", "April"),
    ("Mei", "May"),
    ("Juni", "June"),
    ("Juli", "July"),
    ("Agustus", "August"),
    ("September", "September"),
    ("Oktober", "October"),
    ("November", "November"),
    ("Desember", "December"),
];

impl Day {
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Day { year, month, day }
    }

    /// The day an assessed year's figures stand at: its 31 December.
    pub const fn end_of(year: u16) -> Self {
        Day::new(year, 12, 31)
    }

    /// "1 Maret 2025" / "1 March 2025".
    pub fn shown(self) -> Msg {
        let (id, en) = MONTHS[usize::from(self.month.clamp(1, 12) - 1)];
        Msg::new(format!("{} {id} {}", self.day, self.year), format!("{} {en} {}", self.day, self.year))
    }
}

/// One value of a rate from the day it took effect.
#[derive(Debug, PartialEq, Eq)]
pub struct Dated<V: 'static> {
    pub from: Day,
    pub value: V,
    /// In both languages: a citation alone is the same in both ([`citation`]).
    pub source: T,
}

/// A source that is a citation only, written alike in both languages.
pub const fn citation(text: &'static str) -> T {
    T::new(text, text)
}

/// The row in force on `day`: the latest that starts on or before it. `None` before the
/// table's first row.
pub fn in_force<V>(table: &'static [Dated<V>], day: Day) -> Option<&'static Dated<V>> {
    table.iter().rev().find(|r| r.from <= day)
}

/// The row in force on `day`, or the table's first when `day` is earlier (its date says so).
pub fn in_force_or_first<V>(table: &'static [Dated<V>], day: Day) -> &'static Dated<V> {
    in_force(table, day).unwrap_or(&table[0])
}

/// Wage earners' contributions, % of the monthly wage: (employer, worker).
#[derive(Debug, PartialEq, Eq)]
pub struct WageRates {
    /// JKK, employer only, by risk group 1 to 5.
    pub jkk: [Decimal; 5],
    pub jkm: Decimal,
    pub jht: (Decimal, Decimal),
    pub jp: (Decimal, Decimal),
}

pub const WAGE_RATES: &[Dated<WageRates>] = &[Dated {
    from: Day::new(2015, 7, 1),
    value: WageRates {
        jkk: [dec!(0.24), dec!(0.54), dec!(0.89), dec!(1.27), dec!(1.74)],
        jkm: dec!(0.30),
        jht: (dec!(3.7), dec!(2)),
        jp: (dec!(2), dec!(1)),
    },
    // JKP (0,46% under PP 37/2021, 0,36% under PP 6/2025) is funded by the government and a
    // recomposition of JKK/JKM, not by an extra employer charge, so it adds no row here.
    source: citation("PP 44/2015 (JKK, JKM), PP 46/2015 (JHT), PP 45/2015 (JP)"),
}];

/// The JP wage ceiling per worker and month (PP 45/2015, indexed every March by BPJS
/// Ketenagakerjaan). Earlier ceilings are not in the table: before its first row the JP
/// figure is an upper bound and says so.
pub const JP_CEILING: &[Dated<Decimal>] = &[
    Dated {
        from: Day::new(2023, 3, 1),
        value: dec!(9559600),
        source: citation("PP 45/2015; BPJS Ketenagakerjaan, 1 Mar 2023"),
    },
    Dated {
        from: Day::new(2024, 3, 1),
        value: dec!(10042300),
        source: citation("PP 45/2015; BPJS Ketenagakerjaan, 1 Mar 2024"),
    },
    Dated {
        from: Day::new(2025, 3, 1),
        value: dec!(10547400),
        source: citation("PP 45/2015; BPJS Ketenagakerjaan B/726/022025, 1 Mar 2025"),
    },
];

/// The discount on the employer's JKK contribution for labour-intensive industries, % of
/// the contribution, by the month the contribution is for. It holds only for a company
/// that qualifies (at least 50 workers in food, beverages, tobacco, textiles, apparel,
/// leather, footwear, toys or furniture), which the company states; a row of 0 ends it.
pub const LABOUR_INTENSIVE_JKK_DISCOUNT: &[Dated<Decimal>] = &[
    Dated {
        from: Day::new(2025, 2, 1),
        value: dec!(50),
        source: T::new(
            "PP 7/2025, diubah PP 36/2025: diskon 50% iuran JKK industri padat karya, iuran Februari 2025 – Januari 2026",
            "PP 7/2025, amended by PP 36/2025: 50% off the JKK contribution of labour-intensive industries, contributions of February 2025 – January 2026",
        ),
    },
    Dated {
        from: Day::new(2026, 2, 1),
        value: dec!(0),
        source: T::new(
            "PP 36/2025: diskon berlaku untuk iuran sampai Januari 2026",
            "PP 36/2025: the discount holds for contributions up to January 2026",
        ),
    },
];

/// A non-wage earner's (BPU) monthly contributions: JKK and the JHT add-on as a share of
/// the declared income, JKM a fixed sum. Subsidised schemes pay them on the lowest income
/// basis, Rp1.000.000: JKK + JKM Rp16.800, with JHT Rp36.800.
#[derive(Debug, PartialEq, Eq)]
pub struct BpuRates {
    /// JKK, % of the declared monthly income.
    pub jkk: Decimal,
    /// JKM, rupiah a month whatever the income.
    pub jkm: Decimal,
    /// The JHT add-on, % of the declared monthly income.
    pub jht: Decimal,
    /// The lowest income that can be declared, and the subsidised packages' basis.
    pub basis: Decimal,
}

// PP 50/2025 halves BPU JKK + JKM for contribution months of 2026 (transport workers from
// January 2026, others April–December 2026) but not for workers the APBN or APBD pays for,
// whom the budget criteria price: it adds no row until a 2026 assessment needs it.
pub const BPU_RATES: &[Dated<BpuRates>] = &[Dated {
    from: Day::new(2015, 7, 1),
    value: BpuRates { jkk: dec!(1), jkm: dec!(6800), jht: dec!(2), basis: dec!(1000000) },
    source: T::new(
        "PP 44/2015 jo PP 49/2023 (JKK 1% × Rp1.000.000 + JKM Rp6.800); PP 46/2015 (JHT BPU 2%); tata cara Permenaker 5/2021 jo Permenaker 1/2025 (sebelumnya Permenaker 1/2016); indonesia.go.id 7284",
        "PP 44/2015 jo PP 49/2023 (JKK 1% × Rp1.000.000 + JKM Rp6.800); PP 46/2015 (JHT BPU 2%); procedure Permenaker 5/2021 jo Permenaker 1/2025 (before it Permenaker 1/2016); indonesia.go.id 7284",
    ),
}];

#[cfg(test)]
mod tests {
    use super::*;

    fn tables_ascend<V>(table: &[Dated<V>]) -> bool {
        !table.is_empty()
            && table.windows(2).all(|w| w[0].from < w[1].from)
            && table.iter().all(|r| !r.source.id.is_empty() && !r.source.en.is_empty())
    }

    #[test]
    fn every_table_ascends_by_date_and_names_its_source() {
        assert!(tables_ascend(WAGE_RATES));
        assert!(tables_ascend(JP_CEILING));
        assert!(tables_ascend(BPU_RATES));
        assert!(tables_ascend(LABOUR_INTENSIVE_JKK_DISCOUNT));
    }

    #[test]
    fn the_labour_intensive_discount_covers_february_2025_to_january_2026() {
        let discount = |day| in_force(LABOUR_INTENSIVE_JKK_DISCOUNT, day).map_or(Decimal::ZERO, |r| r.value);
        assert_eq!(discount(Day::new(2025, 1, 31)), Decimal::ZERO);
        assert_eq!(discount(Day::new(2025, 2, 1)), dec!(50));
        assert_eq!(discount(Day::end_of(2025)), dec!(50), "rubric 2026.2 reads rates at 31 December 2025");
        assert_eq!(discount(Day::new(2026, 1, 31)), dec!(50));
        assert_eq!(discount(Day::new(2026, 2, 1)), Decimal::ZERO);
    }

    #[test]
    fn the_jp_ceiling_changes_on_the_first_of_march() {
        assert_eq!(in_force(JP_CEILING, Day::new(2023, 2, 28)).map(|r| r.value), None);
        assert_eq!(in_force(JP_CEILING, Day::end_of(2023)).map(|r| r.value), Some(dec!(9559600)));
        assert_eq!(in_force(JP_CEILING, Day::new(2024, 2, 29)).map(|r| r.value), Some(dec!(9559600)));
        assert_eq!(in_force(JP_CEILING, Day::new(2024, 3, 1)).map(|r| r.value), Some(dec!(10042300)));
        assert_eq!(in_force(JP_CEILING, Day::new(2025, 2, 28)).map(|r| r.value), Some(dec!(10042300)));
        assert_eq!(in_force(JP_CEILING, Day::end_of(2025)).map(|r| r.value), Some(dec!(10547400)));
        assert_eq!(in_force_or_first(JP_CEILING, Day::end_of(2020)).from, Day::new(2023, 3, 1));
    }

    #[test]
    fn days_read_in_both_languages() {
        assert_eq!(Day::new(2025, 3, 1).shown(), Msg::new("1 Maret 2025", "1 March 2025"));
        assert_eq!(Day::end_of(2024).shown().en, "31 December 2024");
    }
}
