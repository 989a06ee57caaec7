//! Each kind of measure in one place: which figures it reads, the value its rule scores,
//! its input in words, its rule in words, the next step it proposes, the finding it
//! reports to a cap and the input the form shows for it. `Measure` is the rubric's data;
//! `with_kind!` is the one place that picks the unit for it. The words they share (`Rule`,
//! `CapRule`, `Status`) are here, below the rubric and the scoring that use them.

mod budget;
mod checklist;
mod coverage;
mod csr;
mod leader;
mod on_time;
mod programmes;
mod registered;
mod regulation;
mod share;
mod wages;

use rust_decimal::prelude::*;

use crate::core::base::number::{format_count, format_decimal};
use crate::core::base::text::Msg;
use crate::core::model::assessment::Assessment;
use crate::core::model::category::Category;
use crate::core::model::checked::Checked;
use crate::core::model::evidence::EvidenceKind;
use crate::core::model::inputs::{Attendance, Field, Item, Ladder, RegulationLevel};
use crate::core::model::money::Programme;

pub use budget::{added_sources, budget_capacity, budget_growth, revenue_share_added, Funding, OTHER_SOURCES};
pub use checklist::Checklist;
pub use coverage::coverage;
pub use csr::csr_yardstick;
pub use share::Share;

/// What a criterion reads from the inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Active participants ÷ employed people, against the region's own target.
    CoverageToTarget,
    /// `part` ÷ `whole`, full marks at 100%.
    Share(Share),
    /// Workers registered ÷ workers employed; a shortfall is a PDS finding.
    WorkersRegistered,
    /// Workers the budget pays the standard package for, against the vulnerable-worker target.
    BudgetCapacity,
    /// Worker-years the budget and other sources pay the chosen package for, against the
    /// vulnerable-worker target.
    FundedCapacity,
    /// Percentage points of coverage gained over the previous year.
    CoverageGrowth,
    /// Change of the contribution budget from the previous year, in %.
    BudgetGrowth,
    /// The strongest legal instrument in place.
    Regulation,
    /// How many of the listed items hold.
    Checklist(Checklist),
    /// The regional head or top executive attends the interview in person.
    LeaderAttends,
    /// Who attends the interview: the head, a deputy, a delegate or nobody (a ladder).
    Attendance,
    /// Mandatory programmes (by business size) taken.
    MandatoryProgrammes,
    /// Wage bill reported ÷ actual wage bill.
    WageHonesty,
    /// Months of the year with contributions paid on time, and no arrears.
    PaidOnTime,
    /// Vulnerable workers covered through CSR against 10% of the own workforce.
    CsrReach,
}

/// Runs `$body` with `$k` bound to the unit of the measure's kind: the one place that
/// lists the kinds. Calls are static, not through vtables, so each unit's code is
/// compiled in where it is used and the WebAssembly stays small.
macro_rules! with_kind {
    ($measure:expr, |$k:ident| $body:expr) => {
        with_kind!(@units $measure, $k, $body,
            CoverageToTarget => &coverage::CoverageToTarget,
            Share(share) => share,
            WorkersRegistered => &registered::WorkersRegistered,
            BudgetCapacity => &budget::BudgetCapacity,
            BudgetGrowth => &budget::BudgetGrowth,
            FundedCapacity => &budget::FundedCapacity,
            CoverageGrowth => &coverage::CoverageGrowth,
            Regulation => &regulation::Regulation,
            Checklist(checklist) => checklist,
            LeaderAttends => &leader::LeaderAttends,
            Attendance => &leader::AttendanceLadder,
            MandatoryProgrammes => &programmes::MandatoryProgrammes,
            WageHonesty => &wages::WageHonesty,
            PaidOnTime => &on_time::PaidOnTime,
            CsrReach => &csr::CsrReach
        )
    };
    (@units $measure:expr, $k:ident, $body:expr, $($variant:ident $(($inner:ident))? => $unit:expr),*) => {
        match $measure {
            $(Measure::$variant $(($inner))? => {
                let $k = $unit;
                $body
            })*
        }
    };
}

/// Each asks the unit of the measure's kind (see [`Kind`] for what they mean).
impl Measure {
    pub fn fields(&self) -> &[Field] {
        with_kind!(self, |k| k.fields())
    }
    pub fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        with_kind!(self, |k| k.observe(r, words))
    }
    pub fn rule_text(&self, rule: Rule, category: Category) -> Msg {
        with_kind!(self, |k| k.rule_text(rule, category))
    }
    pub fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        with_kind!(self, |k| k.propose(r, out))
    }
    pub fn finds(&self) -> Option<Finding> {
        with_kind!(self, |k| k.finds())
    }
    pub fn finding(&self, r: &Reader, words: bool) -> Option<Msg> {
        with_kind!(self, |k| k.finding(r, words))
    }
    pub fn choice(&self) -> Option<Choice> {
        with_kind!(self, |k| k.choice())
    }
    pub fn evidence(&self) -> EvidenceKind {
        with_kind!(self, |k| k.evidence())
    }
}

/// What every kind of measure does; each unit implements it and [`Measure`] asks it.
pub trait Kind {
    /// The numeric fields it reads, in the order the form asks for them.
    const FIELDS: &'static [Field] = &[];

    /// The kind of document that usually proves it, offered first in the dossier.
    const EVIDENCE: EvidenceKind = EvidenceKind::Dokumentasi;

    fn fields(&self) -> &[Field] {
        Self::FIELDS
    }

    /// The value its rule scores and, when `words` is set, the input in words. Ranking
    /// the next steps re-scores many times and needs no words.
    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status>;

    /// How the rule turns the value into a sub-score, in words (for the method page).
    fn rule_text(&self, rule: Rule, _category: Category) -> Msg {
        rule_text(rule)
    }

    /// Changes to the inputs that would lift it, each with its wording.
    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>);

    /// The kind of finding it can report to a cap.
    fn finds(&self) -> Option<Finding> {
        None
    }

    /// The finding it reports now, if any; in words when `words` is set.
    fn finding(&self, _r: &Reader, _words: bool) -> Option<Msg> {
        None
    }

    /// The input besides numbers the form shows for it.
    fn choice(&self) -> Option<Choice> {
        None
    }

    fn evidence(&self) -> EvidenceKind {
        Self::EVIDENCE
    }
}

/// Whether a criterion could be scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Scored,
    NotApplicable,
    /// Fields still empty.
    Missing(Vec<Field>),
    /// Fields whose text is unreadable or inconsistent.
    Invalid(Vec<Field>),
}

/// What a measure reads from: the assessment and its checked figures.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub assessment: &'a Assessment,
    pub checked: &'a Checked,
}

impl<'a> Reader<'a> {
    pub fn new(assessment: &'a Assessment, checked: &'a Checked) -> Self {
        Reader { assessment, checked }
    }

    /// One field's reading; `None` when empty or invalid.
    pub fn get(&self, field: Field) -> Option<Decimal> {
        self.checked.readings.get(field)
    }

    /// The fields' readings, or the status that says why they cannot be used.
    pub fn values<const N: usize>(&self, fields: [Field; N]) -> Result<[Decimal; N], Status> {
        let mut out = [Decimal::ZERO; N];
        // Empty vectors do not allocate: the usual case costs nothing.
        let (mut invalid, mut missing) = (Vec::new(), Vec::new());
        for (slot, field) in out.iter_mut().zip(fields) {
            if self.checked.is_invalid(field) {
                invalid.push(field);
            } else {
                match self.get(field) {
                    Some(v) => *slot = v,
                    None => missing.push(field),
                }
            }
        }
        if !invalid.is_empty() {
            Err(Status::Invalid(invalid))
        } else if !missing.is_empty() {
            Err(Status::Missing(missing))
        } else {
            Ok(out)
        }
    }
}

/// How a measured value becomes a sub-score between 0 and 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// value ÷ target, capped at 1.
    RatioToTarget,
    /// A score per level, weakest first.
    Ladder(&'static [Decimal]),
    /// `(from, score)` steps in ascending order of `from`; below the first step scores 0.
    Bands(&'static [(Decimal, Decimal)]),
    /// 1 for yes, 0 for no.
    YesNo,
    /// Share of the items that hold.
    Checklist,
}

/// What a measure saw, before the rule turns it into a sub-score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Ratio(Decimal, Decimal),
    Level(usize),
    Amount(Decimal),
    Flag(bool),
    Count(usize, usize),
}

impl Value {
    /// The sub-score the rule gives this value, between 0 and 1.
    pub fn sub_score(&self, rule: Rule) -> Decimal {
        let sub = match (rule, self) {
            (Rule::RatioToTarget, Value::Ratio(v, t)) => {
                if t.is_zero() {
                    Decimal::ONE
                } else {
                    *v / *t
                }
            }
            (Rule::Ladder(steps), Value::Level(i)) => steps.get(*i).copied().unwrap_or(Decimal::ZERO),
            (Rule::Bands(bands), Value::Amount(x)) => {
                bands.iter().rev().find(|(from, _)| x >= from).map(|b| b.1).unwrap_or(Decimal::ZERO)
            }
            (Rule::YesNo, Value::Flag(b)) => {
                if *b {
                    Decimal::ONE
                } else {
                    Decimal::ZERO
                }
            }
            (Rule::Checklist, Value::Count(done, total)) if *total > 0 => Decimal::from(*done) / Decimal::from(*total),
            // A rubric that pairs a rule with the wrong measure scores nothing; a test prevents it.
            _ => Decimal::ZERO,
        };
        sub.clamp(Decimal::ZERO, Decimal::ONE)
    }
}

/// A change to the inputs that would lift a criterion, with its wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub change: Change,
    pub text: Msg,
}

impl Proposal {
    /// The assessment as it would be after the change.
    pub fn changed(&self, a: &Assessment) -> Assessment {
        let mut changed = a.clone();
        self.change.apply(&mut changed);
        changed
    }
}

/// A change to the inputs, made as the user would make it on the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Figures typed into their fields.
    Figures(Vec<(Field, Decimal)>),
    /// A legal instrument issued.
    Regulation(RegulationLevel),
    /// One more item of a checklist in place.
    Check(Item),
    /// Every worker enrolled in these programmes (those taken already stay taken).
    Enrol(&'static [Programme]),
    /// Who attends the interview.
    Attend(Attendance),
}

impl Change {
    pub fn apply(&self, a: &mut Assessment) {
        let entry = &mut a.entry;
        match self {
            Change::Figures(figures) => {
                for (field, value) in figures {
                    // As the form would hold it: the check reads it as it reads what is typed.
                    entry.fields.insert(*field, format_decimal(*value, 4));
                }
            }
            Change::Regulation(level) => entry.regulation = *level,
            Change::Check(item) => {
                entry.checked.insert(*item);
            }
            Change::Enrol(programmes) => entry.programmes.extend(*programmes),
            Change::Attend(who) => entry.attendance = *who,
        }
    }

    /// Takes the change back: what it changed on `a` becomes again what `original` holds.
    pub(crate) fn undo(&self, a: &mut Assessment, original: &Assessment) {
        let (entry, was) = (&mut a.entry, &original.entry);
        match self {
            Change::Figures(figures) => {
                for (field, _) in figures {
                    match was.fields.get(field) {
                        Some(text) => entry.fields.insert(*field, text.clone()),
                        None => entry.fields.remove(field),
                    };
                }
            }
            Change::Regulation(_) => entry.regulation = was.regulation,
            Change::Check(_) => entry.checked.clone_from(&was.checked),
            Change::Enrol(_) => entry.programmes.clone_from(&was.programmes),
            Change::Attend(_) => entry.attendance = was.attendance,
        }
    }

    /// The figures it types.
    pub fn figures(&self) -> &[(Field, Decimal)] {
        match self {
            Change::Figures(figures) => figures.as_slice(),
            _ => &[],
        }
    }

    /// The fields it types.
    pub(crate) fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        self.figures().iter().map(|f| f.0)
    }

    /// Whether it changes the input besides figures that a measure shows on the form.
    pub(crate) fn changes_choice(&self, choice: Option<Choice>) -> bool {
        match (self, choice) {
            (Change::Regulation(_), Some(Choice::Regulation)) => true,
            (Change::Check(item), Some(Choice::Checklist(items))) => items.contains(item),
            (Change::Enrol(_), Some(Choice::Programmes)) => true,
            (Change::Attend(_), Some(Choice::Attendance)) => true,
            _ => false,
        }
    }
}

/// What a measure can find that caps the total. A cap lists its findings in this order:
/// the PDS categories as BPJS names them (workers, wages, programmes), then arrears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Finding {
    NoRegulation,
    PdsWorkers,
    PdsWages,
    PdsProgrammes,
    Arrears,
}

impl Finding {
    /// The kind of cap this finding counts towards.
    pub fn cap(self) -> CapRule {
        match self {
            Finding::NoRegulation => CapRule::NoRegulation,
            Finding::PdsWorkers | Finding::PdsWages | Finding::PdsProgrammes | Finding::Arrears => {
                CapRule::ComplianceFindings
            }
        }
    }
}

/// The kind of findings a cap counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapRule {
    /// Any PDS finding (workers, wages, programmes) or arrears.
    ComplianceFindings,
    /// No legal instrument at all.
    NoRegulation,
}

/// The input besides numbers that a measure needs on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// One legal instrument, of the ladder.
    Regulation,
    /// The items that hold.
    Checklist(&'static [Item]),
    /// Who attends the interview.
    Attendance,
    /// The programmes taken.
    Programmes,
    /// The package a budget pays for each worker.
    Package,
}

/// The rules that need no knowledge of the measure, in words.
fn rule_text(rule: Rule) -> Msg {
    match rule {
        Rule::Bands(bands) => bands_text(bands, ("%", "%")),
        Rule::YesNo => Msg::new("Ya = 1, tidak = 0", "Yes = 1, no = 0"),
        Rule::RatioToTarget => Msg::new(
            "Sebanding dengan capaian terhadap acuannya: separuh acuan, separuh nilai; nilai penuh bila acuan tercapai",
            "In proportion to how much of the yardstick is reached: half of it, half the marks; full marks when it is reached",
        ),
        // Levels and items are named by the measure that has them (a rubric test pairs them).
        Rule::Ladder(_) | Rule::Checklist => Msg::default(),
    }
}

/// A rule in words, a ladder's steps named by its rungs for the category, weakest first.
fn ladder_rule_text<L: Ladder>(rule: Rule, category: Category) -> Msg {
    match rule {
        Rule::Ladder(steps) => ladder_text(L::RUNGS.iter().map(|l| l.name(category)), steps),
        _ => rule_text(rule),
    }
}

/// A ladder measure's reading: the rung the entry stands on, its name put in the caller's words.
fn observe_rung(
    rung: impl Ladder,
    r: &Reader,
    words: bool,
    wording: impl FnOnce(crate::core::base::text::T) -> Msg,
) -> Result<(Value, Msg), Status> {
    let input = say(words, || wording(rung.name(r.assessment.category)));
    Ok((Value::Level(rung.rung()), input))
}

/// A ladder in words: each level's name and its sub-score, weakest first.
fn ladder_text(names: impl Iterator<Item = crate::core::base::text::T> + Clone, steps: &[Decimal]) -> Msg {
    let d = |x: &Decimal| format_decimal(*x, 2);
    let id: Vec<String> = names.clone().zip(steps).map(|(n, s)| format!("{} {}", n.id, d(s))).collect();
    let en: Vec<String> = names.zip(steps).map(|(n, s)| format!("{} {}", n.en, d(s))).collect();
    Msg::new(format!("Tangga: {}", id.join(" · ")), format!("Ladder: {}", en.join(" · ")))
}

/// Bands in words, the value's unit after each bound (`%`, or `poin` for points).
fn bands_text(bands: &[(Decimal, Decimal)], unit: (&str, &str)) -> Msg {
    let d = |x: Decimal| format_decimal(x, 2);
    let steps =
        |u: &str| bands.iter().map(|(from, s)| format!("≥ {}{u}: {}", d(*from), d(*s))).collect::<Vec<_>>().join(" · ");
    let (id, en) = unit;
    Msg::new(format!("Rentang: di bawah 0{id}: 0 · {}", steps(id)), format!("Bands: below 0{en}: 0 · {}", steps(en)))
}

/// Words are built only when they will be shown.
pub(crate) fn say(words: bool, make: impl FnOnce() -> Msg) -> Msg {
    if words {
        make()
    } else {
        Msg::default()
    }
}

fn percent(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        part * Decimal::ONE_HUNDRED / whole
    }
}

/// Whole people (or months), grouped: `19.654`.
fn count(d: Decimal) -> String {
    format_count(d.trunc().to_u64().unwrap_or(0))
}

/// Figures to type, proposed with their wording.
fn propose_figures(figures: &[(Field, Decimal)], text: Msg, out: &mut Vec<Proposal>) {
    out.push(Proposal { change: Change::Figures(figures.to_vec()), text });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rubric::rubric;

    /// An assessment with its checked figures: what a test reads a measure from.
    pub(super) struct Reading {
        pub a: Assessment,
        checked: Checked,
    }

    impl Reading {
        pub(super) fn of(category: Category, fields: &[(Field, &str)]) -> Self {
            Self::from(Assessment::with_figures(category, fields))
        }

        pub(super) fn from(a: Assessment) -> Self {
            let checked = crate::core::evaluation::validation::check(&a);
            Reading { a, checked }
        }

        pub(super) fn reader(&self) -> Reader<'_> {
            Reader::new(&self.a, &self.checked)
        }

        /// The value and its words, for a measure that can read its figures.
        pub(super) fn observe(&self, k: &impl Kind) -> (Value, Msg) {
            k.observe(&self.reader(), true).expect("read")
        }

        pub(super) fn proposals(&self, k: &impl Kind) -> Vec<Proposal> {
            let mut out = Vec::new();
            k.propose(&self.reader(), &mut out);
            out
        }

        /// The finding in words, if any.
        pub(super) fn finding(&self, k: &impl Kind) -> Option<Msg> {
            k.finding(&self.reader(), true)
        }
    }

    /// A measure, the category and figures it reads, the ratio it scores and its words.
    type Row = (Measure, Category, &'static [(Field, &'static str)], (i64, i64), &'static str);

    #[test]
    fn each_kind_reads_its_figures_into_a_value_and_words() {
        use Field::*;
        // What each reads, from which figures: the value its rule scores (a ratio) and its words.
        #[rustfmt::skip]
        let read: [Row; 6] = [
            (Measure::BudgetCapacity, Category::Kabkota, &[(VulnerableTarget, "8.300"), (BudgetCurrent, "1.457.000.000")],
                (7227, 8300), "anggaran Rp1.457.000.000 cukup untuk 7.227 dari 8.300 pekerja sasaran"),
            (Measure::WorkersRegistered, Category::BuBesar, &[(Employees, "120"), (RegisteredEmployees, "100")],
                (100, 120), "100 dari 120 (83,33%)"),
            (Measure::PaidOnTime, Category::Umk, &[(MonthsOnTime, "11"), (Arrears, "Rp500.000")],
                (0, 12), "masih ada tunggakan Rp500.000"),
            (Measure::PaidOnTime, Category::Umk, &[(MonthsOnTime, "9"), (Arrears, "0")],
                (9, 12), "9 dari 12 bulan tepat waktu"),
            (Measure::CsrReach, Category::BuBesar, &[(Employees, "101"), (CsrWorkers, "4")],
                (4, 11), "4 pekerja rentan dari acuan 11"),
            (Measure::WageHonesty, Category::BuMenengah, &[(WageBillActual, "900.000.000"), (WageBillReported, "720.000.000")],
                (720_000_000, 900_000_000), "upah dilaporkan 80% dari upah sebenarnya"),
        ];
        for (measure, category, fields, value, words) in read {
            let reading = Reading::of(category, fields);
            let (v, w) = measure.observe(&reading.reader(), true).expect("read");
            assert_eq!((v, w.id.as_str()), (Value::Ratio(value.0.into(), value.1.into()), words), "{measure:?}");
        }
    }

    #[test]
    fn every_measure_of_the_rubric_reads_fields_it_declares() {
        // With every field empty, a measure that reads numbers says which are missing,
        // and those are fields it declares for the form.
        for cat in rubric().categories {
            let read = Reading::from(Assessment::new(cat.category));
            for k in cat.criteria {
                match k.measure.observe(&read.reader(), true) {
                    Err(Status::Missing(fields)) => {
                        assert!(fields.iter().all(|f| k.measure.fields().contains(f)), "{}", k.id);
                    }
                    Ok(_) => assert!(k.measure.fields().is_empty(), "{} reads no numbers", k.id),
                    Err(other) => panic!("{}: {other:?}", k.id),
                }
            }
        }
    }

    #[test]
    fn findings_are_listed_in_the_order_the_pds_categories_are_named() {
        let mut found = [Finding::Arrears, Finding::PdsProgrammes, Finding::PdsWorkers, Finding::PdsWages];
        found.sort();
        assert_eq!(found, [Finding::PdsWorkers, Finding::PdsWages, Finding::PdsProgrammes, Finding::Arrears]);
        assert!(found.iter().all(|f| f.cap() == CapRule::ComplianceFindings));
        assert_eq!(Finding::NoRegulation.cap(), CapRule::NoRegulation);
    }

    #[test]
    fn rules_are_worded_and_applied() {
        let bands = Rule::Bands(&[(Decimal::ZERO, Decimal::ONE)]);
        assert_eq!(rule_text(bands).en, "Bands: below 0%: 0 · ≥ 0%: 1");
        assert_eq!(Value::Amount(-Decimal::ONE).sub_score(bands), Decimal::ZERO);
        assert_eq!(Value::Ratio(Decimal::TEN, Decimal::ZERO).sub_score(Rule::RatioToTarget), Decimal::ONE);
        assert_eq!(Value::Ratio(Decimal::TEN, Decimal::ONE).sub_score(Rule::RatioToTarget), Decimal::ONE);
        assert_eq!(Value::Flag(true).sub_score(Rule::Checklist), Decimal::ZERO, "a mismatched pair scores nothing");
    }
}
