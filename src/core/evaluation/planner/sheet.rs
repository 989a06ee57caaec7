//! The planner as the user fills it: figures kept as typed and read like the form's,
//! started from the open assessment, and what they work out to.

use rust_decimal::prelude::*;

use super::{months_covered, workers_covered, CoverCost, CoverPlan, Payroll};
use crate::core::base::number::{self, format_count, format_decimal, format_rupiah, NumberKind};
use crate::core::base::sorted::SortedMap;
use crate::core::base::text::{Msg, T};
use crate::core::evaluation::derived::{no_discount, DerivedFigure, Quantity};
use crate::core::model::assessment::Assessment;
use crate::core::model::category::{BusinessSize, Family};
use crate::core::model::inputs::Field::{self, *};
use crate::core::model::inputs::Unit;
use crate::core::model::money::{
    mandatory_programmes, participants_short, Correction, Employer, Package, Programme, RiskGroup, WageBand,
};
use crate::core::model::rates::Day;
use crate::core::rubric::measure::{added_sources, revenue_share_added, OTHER_SOURCES};

/// The assessment's figures a government's plan starts from and can carry back.
pub const COVER_FIELDS: [Field; 10] = [
    VulnerableTarget,
    CoverMonths,
    BudgetCurrent,
    FundingRevenueShare,
    FundingZakat,
    FundingCsr,
    FundingDonations,
    Employed,
    ActiveParticipants,
    CoverageTarget,
];
/// The same for a company: the payroll as it is and as reported to BPJS.
pub const PAYROLL_FIELDS: [Field; 4] = [Employees, WageBillActual, RegisteredEmployees, WageBillReported];
/// Whether a next step's figures are the planner's to work out: a budget, funds,
/// workers to cover, or a payroll.
pub fn plans(figures: &[(Field, Decimal)]) -> bool {
    figures.iter().any(|(f, _)| COVER_FIELDS.contains(f) || PAYROLL_FIELDS.contains(f))
}

/// Wage bands a payroll can be split into.
pub const MAX_BANDS: usize = 5;

/// One box of the planner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Field(Field),
    /// A non-wage earner's declared monthly income.
    Income,
    /// The months a PDS finding ran for.
    FindingMonths,
    /// A wage band's workers and the monthly wage each earns.
    BandWorkers(usize),
    BandWage(usize),
}

impl Input {
    pub fn unit(self) -> Unit {
        match self {
            Input::Field(f) => f.unit(),
            Input::Income | Input::BandWage(_) => Unit::Rupiah,
            Input::FindingMonths => Unit::Months,
            Input::BandWorkers(_) => Unit::People,
        }
    }

    pub fn kind(self) -> NumberKind {
        self.unit().kind()
    }

    /// The form's label, or, for a figure the form asks of the assessed year, the same
    /// asked of the year planned.
    pub fn label(self) -> T {
        match self {
            Input::Field(BudgetCurrent) => T::new(
                "Anggaran iuran pekerja rentan tahun anggaran ini",
                "Budget for vulnerable workers' contributions, this budget year",
            ),
            Input::Field(VulnerableTarget) => {
                T::new("Pekerja rentan yang ingin dilindungi", "Vulnerable workers to protect")
            }
            Input::Field(f) => f.label(),
            Input::Income => T::new("Penghasilan yang dilaporkan per pekerja", "Declared income per worker"),
            Input::FindingMonths => T::new("Lama temuan PDS", "Months the PDS finding ran"),
            Input::BandWorkers(_) => T::new("Jumlah pekerja", "Workers"),
            Input::BandWage(_) => T::new("Upah per pekerja per bulan", "Wage per worker a month"),
        }
    }

    /// The form's help, or the planner's where the form's speaks of the assessed year or
    /// of its own questions.
    pub fn help(self) -> T {
        match self {
            Input::Field(FundingRevenueShare) => T::new(
                "DBH Sawit atau DBHCHT untuk iuran, dalam rupiah. Dihitung bersama APBD hanya bila formulir penilaian menjawab bahwa APBD belum memuatnya.",
                "Palm-oil or tobacco-excise revenue shares for contributions, in rupiah. Counted with the budget only if the assessment's form answers that the budget does not hold them.",
            ),
            Input::Field(FundingZakat | FundingCsr | FundingDonations) => T::new(
                "Sumber di luar APBD yang akan membayar iuran pekerja rentan, dalam rupiah; kosongkan bila tidak ada. Dihitung bersama APBD.",
                "Sources beyond the regional budget that will pay vulnerable workers' contributions, in rupiah; leave empty if none. Counted with the budget.",
            ),
            Input::Field(f) => f.help(),
            Input::Income => T::new(
                "Kosongkan untuk Rp1.000.000, dasar paket bersubsidi. Penghasilan lebih tinggi menaikkan JKK dan JHT.",
                "Leave empty for Rp1.000.000, the subsidised packages' basis. A higher income raises JKK and JHT.",
            ),
            Input::FindingMonths => T::new(
                "Sejak kapan pekerja atau upah tidak dilaporkan penuh. Denda tidak dihitung.",
                "How long workers or wages went under-reported. Fines are not included.",
            ),
            Input::BandWorkers(_) | Input::BandWage(_) => T::new(
                "Kelompokkan pekerja dengan upah serupa; JP dihitung per pekerja sampai batas upah.",
                "Group workers with similar wages; JP is charged per worker up to the wage ceiling.",
            ),
        }
    }

    /// The box's key, for its element id: `f-budget_current`, `band-1-wage`.
    pub fn key(self) -> String {
        match self {
            Input::Field(f) => format!("f-{}", crate::core::base::keys::Keyed::key(f)),
            Input::Income => "plan-income".into(),
            Input::FindingMonths => "plan-finding-months".into(),
            Input::BandWorkers(i) => format!("band-{}-workers", i + 1),
            Input::BandWage(i) => format!("band-{}-wage", i + 1),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub family: Family,
    /// The budget year: its 31 December picks the rates.
    pub year: u16,
    pub fields: SortedMap<Field, String>,
    pub income: String,
    pub finding_months: String,
    /// Workers and wage per band, as typed.
    pub bands: Vec<(String, String)>,
    pub package: Package,
    pub risk: RiskGroup,
    /// The company says it qualifies for the labour-intensive JKK discount.
    pub labour_intensive: bool,
    pub size: BusinessSize,
    /// The revenue-share funds are added to the APBD budget, as the self-check counts them.
    pub revenue_share_added: bool,
}

/// A change to the worksheet's boxes and choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    Set(Input, String),
    Package(Package),
    Risk(RiskGroup),
    LabourIntensive(bool),
    Size(BusinessSize),
    AddBand,
    RemoveBand(usize),
}

impl Sheet {
    pub fn edit(&mut self, edit: PlanEdit) {
        match edit {
            PlanEdit::Set(input, text) => self.set(input, text),
            PlanEdit::Package(p) => self.package = p,
            PlanEdit::Risk(r) => self.risk = r,
            PlanEdit::LabourIntensive(on) => self.labour_intensive = on,
            PlanEdit::Size(size) => self.size = size,
            PlanEdit::AddBand => {
                if self.bands.len() < MAX_BANDS {
                    self.bands.push(Default::default());
                }
            }
            PlanEdit::RemoveBand(i) => {
                if i < self.bands.len() {
                    self.bands.remove(i);
                }
            }
        }
    }
}

/// What a sheet works out to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Boxes that could not be read, or a plan that cannot be priced.
    pub errors: Vec<(Input, Msg)>,
    pub figures: Vec<DerivedFigure>,
    /// A company's monthly contributions per programme: employer, worker.
    pub programmes: Vec<(Programme, Decimal, Decimal)>,
    /// The rates used, their dates and sources.
    pub basis: Vec<Msg>,
}

impl Outcome {
    /// The one figure a phone keeps in view while the boxes are filled: what is missing or
    /// left over, else what the plan costs.
    pub fn headline(&self) -> Option<&DerivedFigure> {
        const FIRST: [&str; 4] = ["plan_gap", "plan_surplus", "plan_total", "plan_total_yearly"];
        FIRST.iter().find_map(|id| self.figures.iter().find(|f| f.id == *id))
    }
}

impl Sheet {
    /// A plan from the open assessment's figures, for the year after the assessed one.
    pub fn from(a: &Assessment) -> Sheet {
        let family = a.category.family();
        let fields = match family {
            Family::Government => &COVER_FIELDS[..],
            Family::Business => &PAYROLL_FIELDS[..],
        };
        // The entry's map is in order already: kept in part, not collected (and sorted) anew.
        let mut kept = a.entry.fields.clone();
        kept.retain(|f, _| fields.contains(f));
        Sheet {
            family,
            year: a.year().saturating_add(1),
            fields: kept,
            income: String::new(),
            finding_months: String::new(),
            bands: Vec::new(),
            package: a.entry.package,
            risk: a.entry.risk,
            labour_intensive: a.entry.labour_intensive,
            size: a.entry.size_for(a.category),
            revenue_share_added: revenue_share_added(a),
        }
    }

    /// The text in a box.
    pub fn text(&self, input: Input) -> &str {
        match input {
            Input::Field(f) => self.fields.get(&f).map_or("", String::as_str),
            Input::Income => &self.income,
            Input::FindingMonths => &self.finding_months,
            Input::BandWorkers(i) => self.bands.get(i).map_or("", |b| b.0.as_str()),
            Input::BandWage(i) => self.bands.get(i).map_or("", |b| b.1.as_str()),
        }
    }

    pub fn set(&mut self, input: Input, text: String) {
        fn band(bands: &mut Vec<(String, String)>, i: usize) -> Option<(&mut String, &mut String)> {
            if i < MAX_BANDS && bands.len() <= i {
                bands.resize(i + 1, Default::default());
            }
            bands.get_mut(i).map(|b| (&mut b.0, &mut b.1))
        }
        match input {
            Input::Field(f) if text.is_empty() => {
                self.fields.remove(&f);
            }
            Input::Field(f) => {
                self.fields.insert(f, text);
            }
            Input::Income => self.income = text,
            Input::FindingMonths => self.finding_months = text,
            Input::BandWorkers(i) => {
                if let Some((w, _)) = band(&mut self.bands, i) {
                    *w = text;
                }
            }
            Input::BandWage(i) => {
                if let Some((_, w)) = band(&mut self.bands, i) {
                    *w = text;
                }
            }
        }
    }

    fn day(&self) -> Day {
        Day::end_of(self.year)
    }

    /// A box read as the form reads a field: `None` when empty, else the number or why not.
    pub fn read(&self, input: Input) -> Option<Result<Decimal, number::ParseError>> {
        let text = self.text(input);
        (!text.trim().is_empty()).then(|| number::parse(text, input.kind()))
    }

    /// A box's number, when it holds a readable one.
    pub fn value(&self, input: Input) -> Option<Decimal> {
        self.read(input).and_then(Result::ok)
    }

    pub fn outcome(&self) -> Outcome {
        let (mut out, mut unread) = (Outcome::default(), Vec::new());
        let mut read = |input: Input| self.read(input)?.map_err(|e| unread.push((input, e.message()))).ok();
        match self.family {
            Family::Government => self.cover(&mut read, &mut out),
            Family::Business => self.payroll(&mut read, &mut out),
        }
        unread.append(&mut out.errors);
        out.errors = unread;
        out
    }

    fn cover(&self, read: &mut impl FnMut(Input) -> Option<Decimal>, out: &mut Outcome) {
        let workers = read(Input::Field(VulnerableTarget));
        let months = read(Input::Field(CoverMonths)).unwrap_or(Decimal::from(12));
        let income = read(Input::Income);
        let budget = read(Input::Field(BudgetCurrent));
        // Every box is read (an unreadable one is named); the funds count as the self-check's do.
        let added: Vec<Field> = added_sources(self.revenue_share_added).collect();
        let others: Vec<Decimal> =
            OTHER_SOURCES.iter().filter_map(|f| read(Input::Field(*f)).filter(|_| added.contains(f))).collect();
        let coverage =
            (read(Input::Field(Employed)), read(Input::Field(ActiveParticipants)), read(Input::Field(CoverageTarget)));
        let plan =
            CoverPlan { workers: workers.unwrap_or_default(), months, package: self.package, income, day: self.day() };
        let cost = match plan.cost() {
            Ok(cost) => cost,
            Err(msg) => {
                let months_wrong = months < Decimal::ONE || months > Decimal::from(12);
                out.errors.push((if months_wrong { Input::Field(CoverMonths) } else { Input::Income }, msg));
                return;
            }
        };
        out.basis.push(plan.basis(&cost));
        let m = Quantity::Months(months).shown();
        out.figures.extend(needs(workers, &cost, &m));
        let funds = budget.into_iter().chain(others.iter().copied()).reduce(|a, b| a + b);
        if let Some(funds) = funds {
            let sources = (budget.unwrap_or_default(), others.iter().sum());
            out.figures.extend(funds_reach(funds, sources, workers, &cost, &plan, &m));
        }
        if let (Some(employed), Some(participants), Some(target)) = coverage {
            out.figures.extend(target_cost(participants_short(employed, participants, target), &cost, months, &m));
        }
    }

    /// The payroll's bands as read: the bands typed, or else the headcount and wage bill
    /// as one band at the average wage.
    fn bands(&self, read: &mut impl FnMut(Input) -> Option<Decimal>) -> Vec<WageBand> {
        let typed: Vec<WageBand> = (0..self.bands.len())
            .filter_map(|i| Some(WageBand::each(read(Input::BandWorkers(i))?, read(Input::BandWage(i))?)))
            .collect();
        if !typed.is_empty() {
            return typed;
        }
        match (read(Input::Field(Employees)), read(Input::Field(WageBillActual))) {
            (Some(workers), Some(bill)) if workers > Decimal::ZERO => vec![WageBand { workers, bill }],
            _ => Vec::new(),
        }
    }

    fn payroll(&self, read: &mut impl FnMut(Input) -> Option<Decimal>, out: &mut Outcome) {
        let bands = self.bands(read);
        if bands.is_empty() {
            return;
        }
        let programmes = mandatory_programmes(self.size);
        let employer = Employer { risk: self.risk, labour_intensive: self.labour_intensive };
        let payroll = Payroll { bands, employer, day: self.day() };
        let cost = payroll.cost(programmes);
        let c = &cost.monthly;
        if self.labour_intensive && c.jkk_discount.is_none() {
            out.basis.push(no_discount(Some(payroll.workers())));
        }
        let (group, since) = (self.risk.number(), c.rates.from.shown());
        let codes: Vec<&str> = programmes.iter().map(|p| p.code()).collect();
        let codes = codes.join(", ");
        let discount = c.jkk_discount_text();
        out.basis.push(Msg::new(
            format!("{codes}: wajib untuk ukuran usaha ini (Perpres 109/2013); kelompok risiko JKK {group}; tarif sejak {} ({}){}", since.id, c.rates.source.id, discount.id),
            format!("{codes}: mandatory for this business size (Perpres 109/2013); JKK risk group {group}; rates since {} ({}){}", since.en, c.rates.source.en, discount.en),
        ));
        if let Some(ceiling) = c.jp_ceiling {
            let (v, since) = (format_rupiah(ceiling.value), ceiling.from.shown());
            out.basis.push(Msg::new(
                format!(
                    "JP dihitung dari upah tiap pekerja paling tinggi {v} (sejak {}; {})",
                    since.id, ceiling.source.id
                ),
                format!("JP is charged on each worker's wage up to {v} (since {}; {})", since.en, ceiling.source.en),
            ));
        }
        out.programmes = c.per_programme.clone();
        let figure = |id, label, value| DerivedFigure { id, label, value: Quantity::Rupiah(value), note: None };
        out.figures.extend([
            figure(
                "plan_employer_monthly",
                T::new("Iuran pemberi kerja per bulan", "Employer contributions a month"),
                c.employer,
            ),
            figure("plan_worker_monthly", T::new("Iuran pekerja per bulan", "Worker contributions a month"), c.worker),
            figure(
                "plan_employer_yearly",
                T::new("Iuran pemberi kerja per tahun", "Employer contributions a year"),
                cost.yearly_employer,
            ),
            figure(
                "plan_total_yearly",
                T::new("Iuran seluruhnya per tahun", "All contributions a year"),
                cost.yearly_employer + cost.yearly_worker,
            ),
        ]);
        let reported = (read(Input::Field(RegisteredEmployees)), read(Input::Field(WageBillReported)));
        if let (Some(workers), Some(bill)) = reported {
            let paid = Payroll { bands: vec![WageBand { workers, bill }], ..payroll }.cost(programmes).monthly;
            let months = read(Input::FindingMonths).unwrap_or(Decimal::ONE);
            let fix = Correction::between(&paid, c, months);
            let m = Quantity::Months(months).shown();
            out.figures.push(figure(
                "plan_pds_monthly",
                T::new("Iuran yang kurang dibayar per bulan (PDS)", "Contributions underpaid a month (PDS)"),
                fix.monthly(),
            ));
            out.figures.push(DerivedFigure {
                id: "plan_pds_total",
                label: T::new("Biaya memperbaiki temuan PDS", "What correcting the PDS finding costs"),
                value: Quantity::Rupiah(fix.total()),
                note: Some(Msg::new(format!("× {m} bulan, tanpa denda"), format!("× {m} months, fines not included"))),
            });
        }
    }

    /// Writes the plan into an assessment as its target: the figures typed, and for a
    /// government the budget that, with the other sources, pays for the plan, and the
    /// workers it pays for as those whose contributions are paid; for a
    /// company every worker registered on the true wages in every mandatory programme.
    pub fn apply(&self, a: &mut Assessment) {
        let write = |v: Decimal| format_decimal(v, 2);
        let outcome = self.outcome();
        let total = outcome.figures.iter().find(|f| f.id == "plan_total").map(|f| f.value);
        match self.family {
            Family::Government => {
                for (f, t) in self.fields.iter() {
                    a.entry.fields.insert(*f, t.clone());
                }
                a.entry.package = self.package;
                if let Some(Quantity::Rupiah(need)) = total {
                    let others: Decimal =
                        added_sources(self.revenue_share_added).filter_map(|f| self.value(Input::Field(f))).sum();
                    a.entry.fields.insert(BudgetCurrent, write((need - others).max(Decimal::ZERO)));
                    // The budget pays for every worker of the plan.
                    if let Some(workers) = self.value(Input::Field(VulnerableTarget)) {
                        a.entry.fields.insert(VulnerableCovered, write(workers));
                    }
                }
            }
            Family::Business => {
                let bands = self.bands(&mut |input| self.value(input));
                let workers: Decimal = bands.iter().map(|b| b.workers).sum();
                let bill: Decimal = bands.iter().map(|b| b.bill).sum();
                if !bands.is_empty() {
                    for (f, v) in [
                        (Employees, workers),
                        (RegisteredEmployees, workers),
                        (WageBillActual, bill),
                        (WageBillReported, bill),
                    ] {
                        a.entry.fields.insert(f, write(v));
                    }
                }
                a.entry.risk = self.risk;
                a.entry.labour_intensive = self.labour_intensive;
                a.entry.size = Some(self.size);
                a.entry.programmes.extend(mandatory_programmes(self.size).iter().copied());
            }
        }
    }
}

fn figure(id: &'static str, label: T, value: Quantity, note: Option<Msg>) -> DerivedFigure {
    DerivedFigure { id, label, value, note }
}

/// What a package costs a worker a month, and, for the workers planned, a month and for
/// the months of cover (`m`, shown).
fn needs(workers: Option<Decimal>, cost: &CoverCost, m: &str) -> Vec<DerivedFigure> {
    let mut out = vec![figure(
        "plan_price",
        T::new("Iuran per pekerja per bulan", "Contribution per worker a month"),
        Quantity::Rupiah(cost.price),
        None,
    )];
    if let Some(w) = workers {
        let (n, p) = (format_count(w.to_u64().unwrap_or(0)), format_rupiah(cost.price));
        out.push(figure(
            "plan_monthly",
            T::new("Kebutuhan dana per bulan", "Funds needed a month"),
            Quantity::Rupiah(cost.monthly),
            Some(Msg::new(format!("{n} pekerja × {p}"), format!("{n} workers × {p}"))),
        ));
        out.push(figure(
            "plan_total",
            T::new("Kebutuhan dana untuk masa perlindungan", "Funds needed for the months of cover"),
            Quantity::Rupiah(cost.total),
            Some(Msg::new(format!("× {m} bulan"), format!("× {m} months"))),
        ));
    }
    out
}

/// The funds available (`sources`: the budget and the other sources) against the need:
/// the gap or what is left, the months they cover for every worker, the workers they cover.
fn funds_reach(
    funds: Decimal,
    sources: (Decimal, Decimal),
    workers: Option<Decimal>,
    cost: &CoverCost,
    plan: &CoverPlan,
    m: &str,
) -> Vec<DerivedFigure> {
    let (b, o) = (format_rupiah(sources.0), format_rupiah(sources.1));
    let mut out = vec![figure(
        "plan_funds",
        T::new("Dana tersedia (APBD dan sumber lain)", "Funds available (budget and other sources)"),
        Quantity::Rupiah(funds),
        Some(Msg::new(format!("APBD {b} + sumber lain {o}"), format!("budget {b} + other sources {o}"))),
    )];
    if workers.is_some() {
        let (id, label, gap) = if funds < cost.total {
            ("plan_gap", T::new("Kekurangan dana", "Funds still needed"), cost.total - funds)
        } else {
            ("plan_surplus", T::new("Sisa dana", "Funds left over"), funds - cost.total)
        };
        out.push(figure(id, label, Quantity::Rupiah(gap), None));
        out.push(figure(
            "plan_months_covered",
            T::new("Bulan yang ditanggung dana untuk semua pekerja", "Months the funds cover for every worker"),
            Quantity::Months(months_covered(funds, cost.price, plan.workers)),
            None,
        ));
    }
    out.push(figure(
        "plan_workers_covered",
        T::new(
            "Pekerja yang ditanggung dana selama masa perlindungan",
            "Workers the funds cover for the months of cover",
        ),
        Quantity::Count(workers_covered(funds, cost.price, plan.months)),
        Some(Msg::new(format!("{m} bulan per pekerja"), format!("{m} months per worker"))),
    ));
    out
}

/// The participants the coverage target still lacks, and what covering them costs.
fn target_cost(short: Decimal, cost: &CoverCost, months: Decimal, m: &str) -> [DerivedFigure; 2] {
    let n = format_count(short.to_u64().unwrap_or(0));
    [
        figure(
            "plan_target_short",
            T::new(
                "Peserta yang masih kurang untuk target cakupan",
                "Participants still needed for the coverage target",
            ),
            Quantity::Count(short),
            None,
        ),
        figure(
            "plan_target_cost",
            T::new("Biaya menanggung mereka dengan paket ini", "What covering them with this package costs"),
            Quantity::Rupiah(short * cost.price * months),
            Some(Msg::new(format!("{n} pekerja × {m} bulan"), format!("{n} workers × {m} months"))),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use rust_decimal_macros::dec;

    fn value(o: &Outcome, id: &str) -> Option<Quantity> {
        o.figures.iter().find(|f| f.id == id).map(|f| f.value)
    }

    fn ketapang() -> Assessment {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.year = "2025".into();
        for (f, t) in [(VulnerableTarget, "34.400"), (BudgetCurrent, "4,3 miliar")] {
            a.entry.fields.insert(f, t.into());
        }
        a
    }

    #[test]
    fn every_box_speaks_of_the_year_planned_and_only_of_what_the_planner_asks() {
        for f in COVER_FIELDS.iter().chain(&PAYROLL_FIELDS) {
            let (label, help) = (Input::Field(*f).label(), Input::Field(*f).help());
            for text in [label.id, help.id] {
                assert!(
                    !text.contains("tahun dinilai") && !text.contains("tahun ini") && !text.contains("di bawah"),
                    "{text}"
                );
            }
            for text in [label.en, help.en] {
                assert!(
                    !text.contains("assessed year") && !text.contains("this year") && !text.contains("below"),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn a_governments_plan_starts_from_its_assessment_for_the_next_year() {
        let sheet = Sheet::from(&ketapang());
        assert_eq!((sheet.year, sheet.family), (2026, Family::Government));
        let o = sheet.outcome();
        assert_eq!(o.errors, []);
        assert_eq!(value(&o, "plan_total"), Some(Quantity::Rupiah(dec!(6935040000))));
        assert_eq!(value(&o, "plan_gap"), Some(Quantity::Rupiah(dec!(2635040000))));
        assert_eq!(o.headline().map(|f| f.id), Some("plan_gap"));
        assert_eq!(value(&o, "plan_workers_covered"), Some(Quantity::Count(dec!(21329))));
        assert_eq!(value(&o, "plan_months_covered"), Some(Quantity::Months(dec!(7.4))));
        assert!(o.basis[0].en.contains("rate since 1 July 2015"), "{:?}", o.basis);
    }

    #[test]
    fn bad_boxes_are_named_and_the_rest_still_works() {
        let mut sheet = Sheet::from(&ketapang());
        sheet.set(Input::Field(FundingZakat), "banyak".into());
        sheet.set(Input::Field(CoverMonths), "6".into());
        let o = sheet.outcome();
        assert_eq!(o.errors.len(), 1);
        assert_eq!(o.errors[0].0, Input::Field(FundingZakat));
        assert_eq!(value(&o, "plan_total"), Some(Quantity::Rupiah(dec!(3467520000))));
        sheet.set(Input::Income, "500.000".into());
        let o = sheet.outcome();
        assert!(o.errors.iter().any(|(i, m)| *i == Input::Income && m.id.contains("Rp1.000.000")), "{:?}", o.errors);
        assert_eq!(o.figures, []);
    }

    #[test]
    fn a_plan_carried_back_funds_itself_with_the_other_sources() {
        let mut outside = ketapang();
        outside.entry.revenue_share = crate::core::model::inputs::RevenueShare::Beyond;
        let mut sheet = Sheet::from(&outside);
        sheet.set(Input::Field(FundingRevenueShare), "1.000.000.000".into());
        sheet.package = Package::WithJht;
        let mut target = ketapang();
        sheet.apply(&mut target);
        // 34.400 × Rp36.800 × 12 = Rp15.191.040.000, less Rp1 miliar from DBH.
        let budget = number::parse(&target.entry.fields[&BudgetCurrent], NumberKind::Rupiah);
        assert_eq!(budget, Ok(dec!(14191040000)));
        assert_eq!(target.entry.package, Package::WithJht);
        assert_eq!(target.entry.fields[&FundingRevenueShare], "1.000.000.000");
        // Revenue shares inside the APBD line (or not placed) are part of the budget, as the
        // self-check counts them: nothing is taken off it, and the funds are not counted twice.
        let mut sheet = Sheet::from(&ketapang());
        sheet.set(Input::Field(FundingRevenueShare), "1.000.000.000".into());
        sheet.set(Input::Field(BudgetCurrent), "4,3 miliar".into());
        sheet.package = Package::WithJht;
        let funds = sheet.outcome().figures.into_iter().find(|f| f.id == "plan_funds").map(|f| f.value);
        assert_eq!(funds, Some(Quantity::Rupiah(dec!(4300000000))));
        let mut target = ketapang();
        sheet.apply(&mut target);
        let budget = number::parse(&target.entry.fields[&BudgetCurrent], NumberKind::Rupiah);
        assert_eq!(budget, Ok(dec!(15191040000)));
    }

    #[test]
    fn a_companys_bands_price_jp_per_worker_and_a_finding() {
        let mut a = Assessment::new(Category::BuBesarMenengah);
        a.entry.year = "2025".into();
        a.entry.size = Some(BusinessSize::Menengah);
        a.entry.risk = RiskGroup::R2;
        let mut sheet = Sheet::from(&a);
        sheet.year = 2025;
        for (i, (w, wage)) in [("100", "8.000.000"), ("20", "12.000.000")].into_iter().enumerate() {
            sheet.set(Input::BandWorkers(i), w.into());
            sheet.set(Input::BandWage(i), wage.into());
        }
        sheet.set(Input::Field(RegisteredEmployees), "80".into());
        sheet.set(Input::Field(WageBillReported), "640.000.000".into());
        sheet.set(Input::FindingMonths, "6".into());
        let o = sheet.outcome();
        assert_eq!(o.errors, []);
        assert_eq!(o.programmes.len(), 4);
        let jp_base = dec!(800000000) + dec!(20) * dec!(10547400);
        let employer = dec!(1040000000) * dec!(0.0454) + jp_base * dec!(0.02);
        assert_eq!(value(&o, "plan_employer_monthly"), Some(Quantity::Rupiah(employer)));
        assert!(o.basis.iter().any(|b| b.id.contains("Rp10.547.400")), "{:?}", o.basis);
        let Some(Quantity::Rupiah(fix)) = value(&o, "plan_pds_total") else { panic!("{o:?}") };
        let Some(Quantity::Rupiah(monthly)) = value(&o, "plan_pds_monthly") else { panic!("{o:?}") };
        assert_eq!(fix, monthly * dec!(6));
        // Carried back: every worker registered on the true wages.
        sheet.apply(&mut a);
        assert_eq!(a.entry.fields[&Employees], "120");
        assert_eq!(a.entry.fields[&WageBillReported], "1.040.000.000");
        assert_eq!(a.entry.programmes.len(), 4);
    }

    #[test]
    fn a_labour_intensive_plan_says_why_it_gets_no_discount() {
        let plan = |year: u16, workers: &str| {
            let mut sheet = Sheet::from(&Assessment::new(Category::BuMenengah));
            sheet.year = year;
            sheet.labour_intensive = true;
            sheet.set(Input::BandWorkers(0), workers.into());
            sheet.set(Input::BandWage(0), "5.000.000".into());
            sheet.outcome().basis
        };
        let said = |basis: &[Msg], needle: &str| basis.iter().any(|b| b.en.contains(needle));
        let small = plan(2025, "30");
        assert!(said(&small, "it needs at least 50 workers, and the headcount you entered is 30"), "{small:?}");
        let late = plan(2026, "120");
        assert!(said(&late, "it covers contributions from February 2025 to January 2026"), "{late:?}");
        let granted = plan(2025, "120");
        assert!(!said(&granted, "is not applied"), "{granted:?}");
        assert!(said(&granted, "PP 7/2025"), "the discount and its source: {granted:?}");
    }

    #[test]
    fn bands_beyond_the_limit_are_not_kept() {
        let mut sheet = Sheet::from(&Assessment::new(Category::BuBesarMenengah));
        sheet.set(Input::BandWorkers(MAX_BANDS), "5".into());
        assert!(sheet.bands.is_empty());
    }
}
