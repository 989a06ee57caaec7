//! Figures shown beside the score: coverage, what the budget buys, contributions,
//! and mismatches worth reconciling before a panel finds them.

use rust_decimal::prelude::*;

use crate::core::base::number::{format_count, format_decimal, format_percent, format_rupiah};
use crate::core::base::text::{Msg, T};
use crate::core::model::assessment::Assessment;
use crate::core::model::category::Family;
use crate::core::model::checked::Checked;
use crate::core::model::inputs::Field;
use crate::core::model::money::{
    mandatory_programmes, monthly_contributions, participants_short, Correction, LABOUR_INTENSIVE_MIN_WORKERS,
};
use crate::core::rubric::measure::{budget_capacity, budget_growth, Funding, Reader};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Percent(Decimal),
    Count(Decimal),
    Rupiah(Decimal),
    /// Months, to one decimal.
    Months(Decimal),
}

impl Quantity {
    pub fn shown(self) -> String {
        match self {
            Quantity::Percent(p) => format_percent(p),
            Quantity::Count(c) => format_count(c.trunc().to_u64().unwrap_or(0)),
            Quantity::Rupiah(r) => format_rupiah(r),
            Quantity::Months(m) => format_decimal(m, 1),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DerivedFigure {
    pub id: &'static str,
    pub label: T,
    pub value: Quantity,
    pub note: Option<Msg>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    pub figures: Vec<DerivedFigure>,
    /// Mismatches to reconcile; they do not change the score.
    pub warnings: Vec<Msg>,
}

impl Derived {
    pub fn get(&self, id: &str) -> Option<Quantity> {
        self.figures.iter().find(|f| f.id == id).map(|f| f.value)
    }
}

/// The figures worked out from the assessment's own (coverage, what funds and wages buy
/// or owe), and the warnings where its figures do not agree.
pub fn derive(assessment: &Assessment, checked: &Checked) -> Derived {
    let mut out = Derived::default();
    let figures = Figures { relevant: assessment.rubric().fields(), checked };
    match assessment.category.family() {
        Family::Government => {
            coverage(&figures, &mut out);
            funding(assessment, checked, &figures, &mut out);
        }
        Family::Business => {
            registered_share(&figures, &mut out);
            contributions(assessment, &figures, &mut out);
            csr_funds(&figures, &mut out);
        }
    }
    out
}

/// The figures as read, of the fields the assessment's rubric asks for only (a figure
/// typed under another category is not used).
struct Figures<'a> {
    relevant: Vec<Field>,
    checked: &'a Checked,
}

impl Figures<'_> {
    fn get(&self, f: Field) -> Option<Decimal> {
        if self.relevant.contains(&f) {
            self.checked.readings.get(f)
        } else {
            None
        }
    }
}

/// A region's coverage against its target, and a warning when the participants exceed
/// the employed.
fn coverage(figures: &Figures, out: &mut Derived) {
    let (Some(employed), Some(participants)) = (figures.get(Field::Employed), figures.get(Field::ActiveParticipants))
    else {
        return;
    };
    let coverage = participants * Decimal::ONE_HUNDRED / employed;
    let note = figures.get(Field::CoverageTarget).map(|target| {
        let short = participants_short(employed, participants, target);
        let t = format_percent(target);
        if short.is_zero() {
            Msg::new(format!("target {t} tercapai"), format!("target of {t} met"))
        } else {
            let gap = format_count(short.to_u64().unwrap_or(0));
            Msg::new(
                format!("kurang {gap} peserta untuk target {t}"),
                format!("{gap} participants short of the {t} target"),
            )
        }
    });
    out.figures.push(DerivedFigure {
        id: "coverage",
        label: T::new("Cakupan kepesertaan", "Coverage"),
        value: Quantity::Percent(coverage),
        note,
    });
    if participants > employed {
        let c = format_percent(coverage);
        out.warnings.push(Msg::new(
            format!("Peserta aktif melebihi penduduk bekerja (cakupan tercatat {c}). Ini bisa terjadi karena peserta dihitung menurut lokasi pemberi kerja (termasuk pekerja dari luar daerah) atau karena estimasi penduduk bekerja sudah lama. Dinilai sebagai cakupan penuh; periksa basis penyebut bersama BPS dan cocokkan jumlah peserta dengan BPJS Ketenagakerjaan sebelum verifikasi."),
            format!("Active participants exceed the employed (registered coverage {c}). This happens when participants are counted by employer location (workers from outside the region included) or the estimate of the employed is old. It is scored as full coverage; check the denominator's basis with BPS and reconcile the participants with BPJS Ketenagakerjaan before verification."),
        ));
    }
}

/// What a region's funds pay for: workers for a year, for the months of cover, against
/// those reported; and the budget's growth.
fn funding(assessment: &Assessment, checked: &Checked, figures: &Figures, out: &mut Derived) {
    let reader = Reader::new(assessment, checked);
    // The budget field guards relevance, as `Figures::get` does for every figure here.
    if let Some(funding) = figures.get(Field::BudgetCurrent).and(Funding::of(&reader)) {
        let (budget, row, monthly) = (funding.budget, funding.rate, funding.monthly);
        let name = assessment.entry.package.name();
        let (t, yearly) = (format_rupiah(funding.total()), format_rupiah(funding.yearly()));
        let since = row.from.shown();
        let b = format_rupiah(budget);
        out.figures.push(DerivedFigure {
            id: "budget_capacity",
            label: T::new("Pekerja yang bisa ditanggung dana setahun", "Workers the funds cover for a year"),
            value: Quantity::Count(funding.worker_years),
            note: Some(Msg::new(
                format!("{t} ÷ {yearly} (paket {} setahun, tarif sejak {}; {})", name.id, since.id, row.source.id),
                format!("{t} ÷ {yearly} (package {} for a year, rate since {}; {})", name.en, since.en, row.source.en),
            )),
        });
        let months = figures.get(Field::CoverMonths).filter(|m| *m < Decimal::from(12));
        let reach = (funding.total() / (monthly * months.unwrap_or(Decimal::from(12)))).floor();
        if let Some(m) = months {
            let m = format_count(m.to_u64().unwrap_or(0));
            out.figures.push(DerivedFigure {
                id: "budget_reach",
                label: T::new(
                    "Pekerja yang bisa ditanggung selama bulan perlindungan",
                    "Workers the funds cover for the months of cover",
                ),
                value: Quantity::Count(reach),
                note: Some(Msg::new(format!("{m} bulan per pekerja"), format!("{m} months per worker"))),
            });
        }
        if let Some(covered) = figures.get(Field::VulnerableCovered).filter(|c| *c > reach) {
            let (c, v) = (format_count(reach.to_u64().unwrap_or(0)), format_count(covered.to_u64().unwrap_or(0)));
            let (span_id, span_en) = match months {
                Some(m) => {
                    let m = format_count(m.to_u64().unwrap_or(0));
                    (format!("selama {m} bulan"), format!("for {m} months"))
                }
                None => ("setahun penuh".to_string(), "for a full year".to_string()),
            };
            out.warnings.push(Msg::new(
                format!("Dana {t} hanya cukup untuk {c} pekerja {span_id} dengan paket {}, sedangkan {v} pekerja rentan dilaporkan. Cocokkan sebelum verifikasi: isi bulan perlindungan, sumber dana lain, atau angka yang perlu diperbaiki.", name.id),
                format!("Funds of {t} cover only {c} workers {span_en} at the {} package, yet {v} vulnerable workers are reported. Reconcile before verification: enter the months of cover, other funding sources, or correct a figure.", name.en),
            ));
        }
        if let Some(previous) = figures.get(Field::BudgetPrevious).filter(|p| !p.is_zero()) {
            out.figures.push(DerivedFigure {
                id: "budget_growth",
                label: T::new("Pertumbuhan anggaran", "Budget growth"),
                value: Quantity::Percent(budget_growth(previous, budget)),
                note: Some({
                    let change = format!("{} → {b}", format_rupiah(previous));
                    Msg::new(change.clone(), change)
                }),
            });
        }
    }
}

/// The share of a company's workers registered.
fn registered_share(figures: &Figures, out: &mut Derived) {
    if let (Some(employees), Some(registered)) =
        (figures.get(Field::Employees), figures.get(Field::RegisteredEmployees))
    {
        out.figures.push(DerivedFigure {
            id: "registered_share",
            label: T::new("Pekerja terdaftar", "Workers registered"),
            value: Quantity::Percent(registered * Decimal::ONE_HUNDRED / employees),
            note: None,
        });
    }
}

/// A company's contributions a month, employer's and workers', each with its basis, and
/// what under-reported wages leave unpaid.
fn contributions(assessment: &Assessment, figures: &Figures, out: &mut Derived) {
    let Some(wages) = figures.get(Field::WageBillActual) else {
        return;
    };
    let size = assessment.entry.size_for(assessment.category);
    let programmes = mandatory_programmes(size);
    let (day, employer, workers) = (assessment.day(), assessment.entry.employer(), figures.get(Field::Employees));
    let risk = employer.risk;
    let c = monthly_contributions(wages, workers, employer, programmes, day);
    // Employers pay every mandatory programme; workers only those with a worker share.
    let basis = |codes: Vec<&str>| {
        let (list, group, src) = (codes.join(", "), risk.number(), c.rates.source);
        let jp = match (codes.contains(&"JP"), c.jp_ceiling) {
            (false, _) => Msg::default(),
            (true, Some(ceiling)) => {
                let (v, since) = (format_rupiah(ceiling.value), ceiling.from.shown());
                Msg::new(
                    format!("; JP dari upah rata-rata dibatasi {v} per pekerja (sejak {}; {})", since.id, ceiling.source.id),
                    format!("; JP on the average wage up to {v} a worker (since {}; {})", since.en, ceiling.source.en),
                )
            }
            (true, None) => Msg::new(
                "; JP tanpa batas upah (isi jumlah pekerja, atau batas untuk tahun ini belum ada di tabel), jadi ini batas atas",
                "; JP without the wage ceiling (enter the headcount, or this year's ceiling is not in the table), so this is an upper bound",
            ),
        };
        let discount = if codes.contains(&"JKK") { c.jkk_discount_text() } else { Msg::default() };
        Msg::new(
            format!("{list} pada upah sebenarnya, kelompok risiko JKK {group} ({}){}{}", src.id, discount.id, jp.id),
            format!("{list} on the actual wage bill, JKK risk group {group} ({}){}{}", src.en, discount.en, jp.en),
        )
    };
    if assessment.entry.labour_intensive && c.jkk_discount.is_none() {
        out.warnings.push(no_discount(workers));
    }
    let employer_codes = c.per_programme.iter().filter(|x| !x.1.is_zero()).map(|x| x.0.code()).collect();
    let worker_codes = c.per_programme.iter().filter(|x| !x.2.is_zero()).map(|x| x.0.code()).collect();
    out.figures.push(DerivedFigure {
        id: "employer_monthly",
        label: T::new("Iuran pemberi kerja per bulan", "Employer contributions a month"),
        value: Quantity::Rupiah(c.employer),
        note: Some(basis(employer_codes)),
    });
    out.figures.push(DerivedFigure {
        id: "worker_monthly",
        label: T::new("Iuran pekerja per bulan", "Worker contributions a month"),
        value: Quantity::Rupiah(c.worker),
        note: Some(basis(worker_codes)),
    });
    if let Some(reported) = figures.get(Field::WageBillReported).filter(|r| *r < wages) {
        let paid = monthly_contributions(reported, workers, employer, programmes, day);
        out.figures.push(DerivedFigure {
            id: "underpaid_monthly",
            label: T::new(
                "Iuran yang kurang dibayar per bulan (PDS Upah)",
                "Contributions underpaid a month (PDS wages)",
            ),
            value: Quantity::Rupiah(Correction::between(&paid, &c, Decimal::ONE).monthly()),
            note: None,
        });
    }
}

/// Whether the CSR funds pay for the vulnerable workers reported.
fn csr_funds(figures: &Figures, out: &mut Derived) {
    let (Some(workers), Some(spend)) = (figures.get(Field::CsrWorkers), figures.get(Field::CsrSpend)) else {
        return;
    };
    let capacity = budget_capacity(spend);
    if workers > capacity {
        let (s, c, w) = (
            format_rupiah(spend),
            format_count(capacity.to_u64().unwrap_or(0)),
            format_count(workers.to_u64().unwrap_or(0)),
        );
        out.warnings.push(Msg::new(
            format!("Dana {s} hanya cukup untuk {c} pekerja setahun penuh dengan paket standar, sedangkan {w} pekerja dilaporkan. Cocokkan sebelum verifikasi."),
            format!("{s} covers only {c} workers for a full year at the standard package, yet {w} are reported. Reconcile before verification."),
        ));
    }
}

/// Why a company that says it is labour-intensive gets no JKK discount here (the
/// self-check and the planner).
pub(crate) fn no_discount(workers: Option<Decimal>) -> Msg {
    match workers.filter(|n| *n < LABOUR_INTENSIVE_MIN_WORKERS) {
        Some(n) => {
            let n = format_count(n.to_u64().unwrap_or(0));
            Msg::new(
                format!("Diskon JKK industri padat karya tidak dihitung: syaratnya paling sedikit 50 pekerja, jumlah pekerja yang Anda isi {n}."),
                format!("The labour-intensive JKK discount is not applied: it needs at least 50 workers, and the headcount you entered is {n}."),
            )
        }
        None => Msg::new(
            "Diskon JKK industri padat karya tidak dihitung: diskon berlaku untuk iuran Februari 2025 sampai Januari 2026, bukan akhir tahun data ini.",
            "The labour-intensive JKK discount is not applied: it covers contributions from February 2025 to January 2026, not the end of this year of data.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::validation::check;
    use crate::core::model::category::Category;

    fn company(year: &str, employees: &str) -> Derived {
        let mut a = Assessment::new(Category::BuMenengah);
        a.entry.year = year.into();
        a.entry.labour_intensive = true;
        a.entry.fields.insert(Field::Employees, employees.into());
        a.entry.fields.insert(Field::WageBillActual, "600.000.000".into());
        derive(&a, &check(&a))
    }

    #[test]
    fn a_labour_intensive_company_is_told_why_it_gets_no_discount() {
        let discounted = company("2025", "120");
        assert!(discounted.warnings.is_empty(), "{:?}", discounted.warnings);
        let few = company("2025", "40");
        assert_eq!(few.warnings.len(), 1);
        assert!(few.warnings[0].en.ends_with("needs at least 50 workers, and the headcount you entered is 40."));
        let later = company("2026", "120");
        assert!(later.warnings[0].id.contains("iuran Februari 2025 sampai Januari 2026"), "{:?}", later.warnings);
    }
}
