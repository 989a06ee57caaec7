//! The regional budget for vulnerable workers' contributions: what it buys, and its growth.

use crate::core::model::evidence::EvidenceKind;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{count, percent, propose_figures, say, Choice, Kind, Proposal, Reader, Status, Value};
use crate::core::base::number::{format_decimal, format_rupiah};
use crate::core::base::text::Msg;
use crate::core::model::assessment::Assessment;
use crate::core::model::inputs::Field::{
    self, BudgetCurrent, BudgetPrevious, CoverMonths, FundingCsr, FundingDonations, FundingRevenueShare, FundingZakat,
    VulnerableTarget,
};
use crate::core::model::inputs::RevenueShare;
use crate::core::model::money::STANDARD_PACKAGE_YEARLY;
use crate::core::model::rates::{BpuRates, Dated};

/// Workers a budget pays the standard yearly package for (whole workers).
pub fn budget_capacity(budget: Decimal) -> Decimal {
    (budget / STANDARD_PACKAGE_YEARLY).floor()
}

/// Budget change in %; a new budget counts as +100%, no budget as -100%.
pub fn budget_growth(previous: Decimal, current: Decimal) -> Decimal {
    if current.is_zero() {
        -Decimal::ONE_HUNDRED
    } else if previous.is_zero() {
        Decimal::ONE_HUNDRED
    } else {
        percent(current - previous, previous)
    }
}

/// Workers the budget pays the standard package for, against the vulnerable-worker target.
pub struct BudgetCapacity;

impl Kind for BudgetCapacity {
    const EVIDENCE: EvidenceKind = EvidenceKind::Anggaran;
    const FIELDS: &'static [Field] = &[VulnerableTarget, BudgetCurrent];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [target, budget] = r.values([VulnerableTarget, BudgetCurrent])?;
        let capacity = budget_capacity(budget);
        let input = say(words, || {
            let (b, c, t) = (format_rupiah(budget), count(capacity), count(target));
            Msg::new(
                format!("anggaran {b} cukup untuk {c} dari {t} pekerja sasaran"),
                format!("budget {b} covers {c} of {t} targeted workers"),
            )
        });
        Ok((Value::Ratio(capacity, target), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let Some(t) = r.get(VulnerableTarget) else {
            return;
        };
        let needed = t * STANDARD_PACKAGE_YEARLY;
        let (b, t) = (format_rupiah(needed), count(t));
        let text = Msg::new(
            format!("Naikkan anggaran ke {b} untuk menanggung {t} pekerja rentan"),
            format!("Raise the budget to {b} to cover {t} vulnerable workers"),
        );
        propose_figures(&[(BudgetCurrent, needed)], text, out);
    }
}

/// Funds beyond the regional budget that pay vulnerable workers' contributions.
pub const OTHER_SOURCES: [Field; 4] = [FundingRevenueShare, FundingZakat, FundingCsr, FundingDonations];

/// Whether the revenue-share funds are added to the APBD budget: always when the rubric
/// does not ask where they sit; otherwise only when the answer is "outside the APBD line".
pub fn revenue_share_added(a: &Assessment) -> bool {
    !a.full_rubric().reading.asks_revenue_share || a.entry.revenue_share.added()
}

/// The other sources added to the APBD budget: all of them, less the revenue-share funds
/// unless `share_added` ([`revenue_share_added`]). The self-check and the planner both count
/// funds through it.
pub fn added_sources(share_added: bool) -> impl Iterator<Item = Field> {
    OTHER_SOURCES.into_iter().filter(move |f| share_added || *f != FundingRevenueShare)
}

/// Revenue-share funds entered but counted inside the APBD line, in words ("" otherwise).
fn revenue_share_inside(r: &Reader) -> Msg {
    let Some(dbh) = r.get(FundingRevenueShare).filter(|d| !d.is_zero()) else {
        return Msg::default();
    };
    if revenue_share_added(r.assessment) {
        return Msg::default();
    }
    let d = format_rupiah(dbh);
    match r.assessment.entry.revenue_share {
        RevenueShare::Unanswered => Msg::new(
            format!("; DBH {d} dianggap sudah termasuk APBD (jawab pertanyaan letak DBH)"),
            format!("; revenue shares of {d} taken as inside the budget (answer where they sit)"),
        ),
        _ => Msg::new(
            format!("; DBH {d} sudah termasuk APBD"),
            format!("; revenue shares of {d} already inside the budget"),
        ),
    }
}

/// What the budget and the other sources pay for, at the package the user chose and the
/// price in force at the end of the assessed year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Funding {
    pub budget: Decimal,
    pub others: Decimal,
    /// The package's price for a month, and the dated row it comes from.
    pub monthly: Decimal,
    pub rate: &'static Dated<BpuRates>,
    /// Workers covered for a whole year (whole workers).
    pub worker_years: Decimal,
}

impl Funding {
    /// `None` without a budget for the assessed year (empty or unreadable). Revenue-share
    /// funds are added when the rubric does not ask where they sit, or the user says they
    /// sit outside the APBD line.
    pub fn of(r: &Reader) -> Option<Funding> {
        let budget = r.get(BudgetCurrent)?;
        let others: Decimal = added_sources(revenue_share_added(r.assessment)).filter_map(|f| r.get(f)).sum();
        let (monthly, rate) = r.assessment.entry.package.monthly(r.assessment.day());
        let worker_years = ((budget + others) / (monthly * Decimal::from(12))).floor();
        Some(Funding { budget, others, monthly, rate, worker_years })
    }

    pub fn total(&self) -> Decimal {
        self.budget + self.others
    }

    /// The package's price for a year.
    pub fn yearly(&self) -> Decimal {
        self.monthly * Decimal::from(12)
    }
}

/// Worker-years that all sources together pay the chosen package for, against the
/// vulnerable-worker target (rubric 2026.1). Months of cover change how many workers a
/// budget reaches, not the worker-years it buys, so they are asked for the mismatch check.
pub struct FundedCapacity;

impl Kind for FundedCapacity {
    const EVIDENCE: EvidenceKind = EvidenceKind::Anggaran;
    const FIELDS: &'static [Field] = &[
        VulnerableTarget,
        BudgetCurrent,
        FundingRevenueShare,
        FundingZakat,
        FundingCsr,
        FundingDonations,
        CoverMonths,
    ];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [target, _] = r.values([VulnerableTarget, BudgetCurrent])?;
        let Some(f) = Funding::of(r) else {
            return Err(Status::Missing(vec![BudgetCurrent]));
        };
        let input = say(words, || {
            let (total, c, t) = (format_rupiah(f.total()), count(f.worker_years), count(target));
            let package = r.assessment.entry.package.name();
            let yearly = format_rupiah(f.yearly());
            let (sources_id, sources_en) = if f.others.is_zero() {
                (String::new(), String::new())
            } else {
                let (b, o) = (format_rupiah(f.budget), format_rupiah(f.others));
                (format!(" (APBD {b} + sumber lain {o})"), format!(" (budget {b} + other sources {o})"))
            };
            let inside = revenue_share_inside(r);
            Msg::new(
                format!("dana {total}{sources_id} cukup untuk {c} dari {t} pekerja sasaran setahun, paket {} {yearly}/tahun{}", package.id, inside.id),
                format!("funds of {total}{sources_en} cover {c} of {t} targeted workers for a year, package {} {yearly} a year{}", package.en, inside.en),
            )
        });
        Ok((Value::Ratio(f.worker_years, target), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let (Some(t), Some(f)) = (r.get(VulnerableTarget), Funding::of(r)) else {
            return;
        };
        let budget = (t * f.yearly() - f.others).max(f.budget);
        if budget <= f.budget {
            return;
        }
        let (b, t) = (format_rupiah(budget), count(t));
        let text = if f.others.is_zero() {
            Msg::new(
                format!("Naikkan anggaran ke {b} untuk menanggung {t} pekerja rentan setahun"),
                format!("Raise the budget to {b} to cover {t} vulnerable workers for a year"),
            )
        } else {
            let o = format_rupiah(f.others);
            Msg::new(
                format!("Naikkan APBD ke {b} (bersama sumber lain {o}) untuk menanggung {t} pekerja rentan setahun"),
                format!(
                    "Raise the budget to {b} (with {o} from other sources) to cover {t} vulnerable workers for a year"
                ),
            )
        };
        propose_figures(&[(BudgetCurrent, budget)], text, out);
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Package)
    }
}

/// Growth that earns full marks on the budget-growth criterion.
const FULL_GROWTH: Decimal = dec!(1.10);

/// Change of the contribution budget from the previous year, in %.
pub struct BudgetGrowth;

impl Kind for BudgetGrowth {
    const EVIDENCE: EvidenceKind = EvidenceKind::Anggaran;
    const FIELDS: &'static [Field] = &[BudgetPrevious, BudgetCurrent];

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [previous, current] = r.values([BudgetPrevious, BudgetCurrent])?;
        let growth = budget_growth(previous, current);
        let input = say(words, || {
            let (a, b) = (format_rupiah(previous), format_rupiah(current));
            if current.is_zero() {
                Msg::new("tidak ada anggaran tahun dinilai", "no budget in the assessed year")
            } else if previous.is_zero() {
                Msg::new(format!("anggaran baru {b}"), format!("new budget {b}"))
            } else {
                let g = format_decimal(growth, 2);
                Msg::new(format!("anggaran {a} → {b} ({g}%)"), format!("budget {a} → {b} ({g}%)"))
            }
        });
        Ok((Value::Amount(growth), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let Some(previous) = r.get(BudgetPrevious).filter(|p| !p.is_zero()) else {
            return;
        };
        let needed = (previous * FULL_GROWTH).ceil();
        let b = format_rupiah(needed);
        let text = Msg::new(
            format!("Naikkan anggaran tahun dinilai menjadi paling sedikit {b} (10% di atas tahun sebelumnya)"),
            format!("Raise the assessed year's budget to at least {b} (10% above the previous year)"),
        );
        let current = r.get(BudgetCurrent).unwrap_or_default();
        propose_figures(&[(BudgetCurrent, needed.max(current))], text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::category::Category;
    use crate::core::rubric::rubric;

    #[test]
    fn capacity_counts_whole_workers_and_proposes_the_budget_the_target_needs() {
        let read = Reading::of(Category::Kabkota, &[(VulnerableTarget, "8.300"), (BudgetCurrent, "1.457.000.000")]);
        assert_eq!(read.observe(&BudgetCapacity).1.en, "budget Rp1.457.000.000 covers 7.227 of 8.300 targeted workers");
        assert_eq!(
            read.proposals(&BudgetCapacity)[0].text.id,
            "Naikkan anggaran ke Rp1.673.280.000 untuk menanggung 8.300 pekerja rentan"
        );
    }

    #[test]
    fn funded_capacity_counts_every_source_at_the_chosen_package() {
        // Ketapang 2025: Rp4,3 miliar for 34.400 vulnerable workers, JKK + JKM.
        let mut read = Reading::of(Category::Kabkota, &[(VulnerableTarget, "34.400"), (BudgetCurrent, "4,3 miliar")]);
        let (value, words) = read.observe(&FundedCapacity);
        assert_eq!(value, Value::Ratio(21329.into(), 34400.into()));
        assert_eq!(
            words.en,
            "funds of Rp4.300.000.000 cover 21.329 of 34.400 targeted workers for a year, package JKK + JKM Rp201.600 a year"
        );
        let with = |a: &Assessment, share: RevenueShare| {
            let mut a = a.clone();
            a.entry.revenue_share = share;
            Reading::from(a)
        };
        read.a.entry.fields.insert(FundingRevenueShare, "1 miliar".into());
        read.a.entry.package = crate::core::model::money::Package::WithJht;
        // Unanswered, revenue shares are taken as inside the APBD line: counted once.
        let (value, words) = with(&read.a, RevenueShare::Unanswered).observe(&FundedCapacity);
        assert_eq!(value, Value::Ratio(9737.into(), 34400.into()));
        assert!(
            words
                .en
                .ends_with("; revenue shares of Rp1.000.000.000 taken as inside the budget (answer where they sit)"),
            "{}",
            words.en
        );
        assert_eq!(with(&read.a, RevenueShare::InBudget).observe(&FundedCapacity).0, value);
        // Outside the APBD line: added.
        let beyond = with(&read.a, RevenueShare::Beyond);
        let (value, words) = beyond.observe(&FundedCapacity);
        // Rp5,3 miliar ÷ (Rp36.800 × 12) = 12.001,8.
        assert_eq!(value, Value::Ratio(12001.into(), 34400.into()));
        assert!(words.id.contains("(APBD Rp4.300.000.000 + sumber lain Rp1.000.000.000)"), "{}", words.id);
        let out = beyond.proposals(&FundedCapacity);
        // 34.400 × Rp441.600 = Rp15.191.040.000, less the Rp1 miliar from other sources.
        assert_eq!(out[0].changed(&beyond.a).entry.raw(BudgetCurrent), "14.191.040.000");
        assert!(out[0].text.id.starts_with("Naikkan APBD ke Rp14.191.040.000 (bersama sumber lain Rp1.000.000.000)"));
    }

    #[test]
    fn growth_is_scored_in_bands_and_says_new_or_missing_budgets() {
        let growth = |prev: &str, cur: &str| {
            let read = Reading::of(Category::Kabkota, &[(BudgetPrevious, prev), (BudgetCurrent, cur)]);
            let (value, words) = read.observe(&BudgetGrowth);
            let changed: Vec<_> = read.proposals(&BudgetGrowth).iter().map(|p| p.changed(&read.a)).collect();
            (value, words.en, changed)
        };
        let (value, words, out) = growth("100.000.000", "104.000.000");
        assert_eq!(value, Value::Amount(4.into()));
        assert_eq!(words, "budget Rp100.000.000 → Rp104.000.000 (4%)");
        let bands = rubric()
            .category(Category::Kabkota)
            .criteria
            .iter()
            .find(|c| c.measure == super::super::Measure::BudgetGrowth)
            .expect("criterion")
            .rule;
        assert_eq!(value.sub_score(bands), dec!(0.5));
        assert_eq!(out[0].entry.raw(BudgetCurrent), "110.000.000");
        assert_eq!(growth("0", "5.000.000").1, "new budget Rp5.000.000");
        let (value, words, out) = growth("5.000.000", "0");
        assert_eq!((value.sub_score(bands), words.as_str()), (Decimal::ZERO, "no budget in the assessed year"));
        assert_eq!(out.len(), 1);
        assert!(growth("0", "5.000.000").2.is_empty(), "no previous budget to grow from");
    }
}
