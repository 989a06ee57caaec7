//! Scoring: per criterion the input used, sub-score, weight, points and a one-line
//! reason; per pillar and in total; caps and the readiness band. All in exact decimals.

use rust_decimal::prelude::*;

use super::assessment::Assessment;
use super::inputs::Field;
use super::money::{mandatory_programmes, Programme, STANDARD_PACKAGE_YEARLY};
use super::number::{format_count, format_decimal, format_percent, format_points, format_rupiah};
use super::rubric::{rubric, CapRule, Criterion, Measure, Rule};
use super::text::{Msg, T};
use super::validation::{check, Checked, Issue};

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionScore {
    pub id: &'static str,
    pub pillar: &'static str,
    pub status: Status,
    /// The figures the criterion used, in words.
    pub input: Msg,
    /// 0 to 1.
    pub sub: Decimal,
    /// The weight set for it (rubric default or the user's).
    pub weight: Decimal,
    /// The weight after leaving out criteria that do not apply, out of 100.
    pub effective_weight: Decimal,
    pub points: Decimal,
    /// "cakupan 78,28% dari target 80% → 9,8 dari 10 poin"
    pub reason: Msg,
    pub self_rated: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarScore {
    pub id: &'static str,
    pub points: Decimal,
    pub weight: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapScore {
    pub id: &'static str,
    pub max_total: Decimal,
    pub findings: Vec<Msg>,
    pub explanation: T,
    /// The cap lowered the total (it was above the cap).
    pub lowered: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub criteria: Vec<CriterionScore>,
    pub pillars: Vec<PillarScore>,
    pub uncapped_total: Decimal,
    /// 0 to 100, exact; show it with one decimal.
    pub total: Decimal,
    pub caps: Vec<CapScore>,
    pub band_id: &'static str,
    /// Some criteria are not applicable or weights do not sum to 100.
    pub renormalised: bool,
    pub custom_weights: bool,
    pub issues: Vec<Issue>,
}

impl Score {
    pub fn criterion(&self, id: &str) -> Option<&CriterionScore> {
        self.criteria.iter().find(|c| c.id == id)
    }
    /// The total as shown: one decimal, half away from zero.
    pub fn shown_total(&self) -> Decimal {
        shown(self.total)
    }
}

/// A total as shown: one decimal, half away from zero.
pub fn shown(total: Decimal) -> Decimal {
    total.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

/// What a measure saw, before the rule turns it into a sub-score.
enum Value {
    Ratio(Decimal, Decimal),
    Level(usize),
    Amount(Decimal),
    Flag(bool),
    Count(usize, usize),
}

fn apply(rule: Rule, value: &Value) -> Decimal {
    let sub = match (rule, value) {
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

fn percent(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        part * Decimal::ONE_HUNDRED / whole
    }
}

fn count(d: Decimal) -> String {
    format_count(d.trunc().to_u64().unwrap_or(0))
}

/// Points and weights are kept to eight decimals, so that pillar sums and the total are
/// exact sums of what each row shows, whatever order they are added in.
fn exact(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(8, RoundingStrategy::MidpointAwayFromZero)
}

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

/// At least one worker, else 10% of the workforce rounded up.
pub fn csr_yardstick(employees: Decimal) -> Decimal {
    (employees / Decimal::TEN).ceil().max(Decimal::ONE)
}

struct Reader<'a> {
    assessment: &'a Assessment,
    checked: &'a Checked,
}

impl Reader<'_> {
    /// The fields' values, or the status that says why they cannot be used.
    fn values(&self, fields: &[Field]) -> Result<Vec<Decimal>, Status> {
        let invalid: Vec<Field> = fields.iter().copied().filter(|f| self.checked.is_invalid(*f)).collect();
        if !invalid.is_empty() {
            return Err(Status::Invalid(invalid));
        }
        let missing: Vec<Field> = fields.iter().copied().filter(|f| self.checked.readings.get(*f).is_none()).collect();
        if !missing.is_empty() {
            return Err(Status::Missing(missing));
        }
        Ok(fields.iter().filter_map(|f| self.checked.readings.get(*f)).collect())
    }

    /// What the criterion measures, and how to say it in words. The words are made only
    /// when asked for: ranking the next steps re-scores many times and needs totals only.
    fn observe(&self, criterion: &Criterion) -> Result<(Value, Words<'_>), Status> {
        let entry = &self.assessment.entry;
        Ok(match criterion.measure {
            Measure::CoverageToTarget => {
                let v = self.values(&[Field::Employed, Field::ActiveParticipants, Field::CoverageTarget])?;
                let coverage = percent(v[1], v[0]);
                (
                    Value::Ratio(coverage, v[2]),
                    Box::new(move || {
                        let (c, t, p, e) = (format_percent(coverage), format_percent(v[2]), count(v[1]), count(v[0]));
                        Msg::new(
                            format!("cakupan {c} ({p} dari {e}) dari target {t}"),
                            format!("coverage {c} ({p} of {e}) against a target of {t}"),
                        )
                    }),
                )
            }
            Measure::Share { part, whole } => {
                let v = self.values(&[whole, part])?;
                (
                    Value::Ratio(v[1], v[0]),
                    Box::new(move || {
                        let (p, w, s) = (count(v[1]), count(v[0]), format_percent(percent(v[1], v[0])));
                        Msg::new(format!("{p} dari {w} ({s})"), format!("{p} of {w} ({s})"))
                    }),
                )
            }
            Measure::BudgetCapacity => {
                let v = self.values(&[Field::VulnerableTarget, Field::BudgetCurrent])?;
                let capacity = budget_capacity(v[1]);
                (
                    Value::Ratio(capacity, v[0]),
                    Box::new(move || {
                        let (b, c, t) = (format_rupiah(v[1]), count(capacity), count(v[0]));
                        Msg::new(
                            format!("anggaran {b} cukup untuk {c} dari {t} pekerja sasaran"),
                            format!("budget {b} covers {c} of {t} targeted workers"),
                        )
                    }),
                )
            }
            Measure::BudgetGrowth => {
                let v = self.values(&[Field::BudgetPrevious, Field::BudgetCurrent])?;
                let growth = budget_growth(v[0], v[1]);
                (
                    Value::Amount(growth),
                    Box::new(move || {
                        let (a, b, g) = (format_rupiah(v[0]), format_rupiah(v[1]), format_decimal(growth, 2));
                        if v[1].is_zero() {
                            Msg::new("tidak ada anggaran tahun dinilai", "no budget in the assessed year")
                        } else if v[0].is_zero() {
                            Msg::new(format!("anggaran baru {b}"), format!("new budget {b}"))
                        } else {
                            Msg::new(format!("anggaran {a} → {b} ({g}%)"), format!("budget {a} → {b} ({g}%)"))
                        }
                    }),
                )
            }
            Measure::Regulation => {
                let name = entry.regulation.name(self.assessment.category);
                (
                    Value::Level(entry.regulation.index()),
                    Box::new(move || Msg::new(format!("instrumen: {}", name.id), format!("instrument: {}", name.en))),
                )
            }
            Measure::Checklist(items) => {
                let done = items.iter().filter(|i| entry.checked.contains(i)).count();
                let n = items.len();
                (
                    Value::Count(done, n),
                    Box::new(move || Msg::new(format!("{done} dari {n} terpenuhi"), format!("{done} of {n} in place"))),
                )
            }
            Measure::LeaderAttends => {
                let yes = entry.leader_attends;
                (
                    Value::Flag(yes),
                    Box::new(move || {
                        if yes {
                            Msg::new("hadir langsung (dinilai sendiri)", "attends in person (self-rated)")
                        } else {
                            Msg::new(
                                "belum dipastikan hadir (dinilai sendiri)",
                                "attendance not confirmed (self-rated)",
                            )
                        }
                    }),
                )
            }
            Measure::MandatoryProgrammes => {
                let mandatory = mandatory_programmes(entry.size_for(self.assessment.category));
                let taken = mandatory.iter().filter(|p| entry.programmes.contains(p)).count();
                (
                    Value::Count(taken, mandatory.len()),
                    Box::new(move || {
                        let (yes, no): (Vec<_>, Vec<_>) = mandatory.iter().partition(|p| entry.programmes.contains(p));
                        let codes = |l: Vec<&Programme>| l.iter().map(|p| p.code()).collect::<Vec<_>>().join(", ");
                        if no.is_empty() {
                            let t = codes(yes);
                            Msg::new(
                                format!("semua program wajib diikuti ({t})"),
                                format!("every mandatory programme taken ({t})"),
                            )
                        } else {
                            let m = codes(no);
                            Msg::new(format!("belum diikuti: {m}"), format!("not taken: {m}"))
                        }
                    }),
                )
            }
            Measure::WageHonesty => {
                let v = self.values(&[Field::WageBillActual, Field::WageBillReported])?;
                (
                    Value::Ratio(v[1], v[0]),
                    Box::new(move || {
                        let s = format_percent(percent(v[1], v[0]));
                        Msg::new(
                            format!("upah dilaporkan {s} dari upah sebenarnya"),
                            format!("{s} of the actual wage bill reported"),
                        )
                    }),
                )
            }
            Measure::PaidOnTime => {
                let v = self.values(&[Field::MonthsOnTime, Field::Arrears])?;
                let twelve = Decimal::from(12);
                if v[1] > Decimal::ZERO {
                    (
                        Value::Ratio(Decimal::ZERO, twelve),
                        Box::new(move || {
                            let a = format_rupiah(v[1]);
                            Msg::new(format!("masih ada tunggakan {a}"), format!("arrears of {a} outstanding"))
                        }),
                    )
                } else {
                    (
                        Value::Ratio(v[0], twelve),
                        Box::new(move || {
                            let m = count(v[0]);
                            Msg::new(format!("{m} dari 12 bulan tepat waktu"), format!("{m} of 12 months on time"))
                        }),
                    )
                }
            }
            Measure::CsrReach => {
                let v = self.values(&[Field::Employees, Field::CsrWorkers])?;
                let yardstick = csr_yardstick(v[0]);
                (
                    Value::Ratio(v[1], yardstick),
                    Box::new(move || {
                        let (w, y) = (count(v[1]), count(yardstick));
                        Msg::new(
                            format!("{w} pekerja rentan dari acuan {y}"),
                            format!("{w} vulnerable workers of a yardstick of {y}"),
                        )
                    }),
                )
            }
        })
    }
}

/// A criterion's input in words, made on demand.
type Words<'a> = Box<dyn FnOnce() -> Msg + 'a>;

fn field_list(fields: &[Field]) -> Msg {
    let id: Vec<&str> = fields.iter().map(|f| f.label().id).collect();
    let en: Vec<&str> = fields.iter().map(|f| f.label().en).collect();
    Msg::new(id.join("; "), en.join("; "))
}

/// Scores an assessment whose figures were checked. Never fails: what cannot be scored
/// says why.
pub fn score(assessment: &Assessment, checked: &Checked) -> Score {
    score_with(assessment, checked, true)
}

/// The total alone (caps included), without the words: for ranking the next steps,
/// each a changed copy that is checked anew.
pub fn total(assessment: &Assessment) -> Decimal {
    score_with(assessment, &check(assessment), false).total
}

/// The total of an assessment whose figures were checked already.
pub(crate) fn total_checked(assessment: &Assessment, checked: &Checked) -> Decimal {
    score_with(assessment, checked, false).total
}

/// Words are built only when they will be shown.
fn say(words: bool, make: impl FnOnce() -> Msg) -> Msg {
    if words {
        make()
    } else {
        Msg::default()
    }
}

fn score_with(assessment: &Assessment, checked: &Checked, words: bool) -> Score {
    let cat = assessment.rubric();
    let reader = Reader { assessment, checked };

    let applicable_weight: Decimal = cat
        .criteria
        .iter()
        .filter(|c| assessment.is_applicable(c))
        .map(|c| assessment.weight(c).max(Decimal::ZERO))
        .sum();
    let renormalised = applicable_weight != Decimal::ONE_HUNDRED;

    let criteria: Vec<CriterionScore> = cat
        .criteria
        .iter()
        .map(|c| {
            let weight = assessment.weight(c).max(Decimal::ZERO);
            let applicable = assessment.is_applicable(c);
            let effective_weight = if applicable && !applicable_weight.is_zero() {
                exact(weight * Decimal::ONE_HUNDRED / applicable_weight)
            } else {
                Decimal::ZERO
            };
            let (status, input, sub) = if !applicable {
                (Status::NotApplicable, say(words, || Msg::new("tidak berlaku", "not applicable")), Decimal::ZERO)
            } else {
                match reader.observe(c) {
                    Ok((value, describe)) => (Status::Scored, say(words, describe), apply(c.rule, &value)),
                    Err(Status::Invalid(f)) => {
                        let input = say(words, || {
                            let l = field_list(&f);
                            Msg::new(format!("perbaiki isian: {}", l.id), format!("fix the field: {}", l.en))
                        });
                        (Status::Invalid(f), input, Decimal::ZERO)
                    }
                    Err(status) => {
                        let input = say(words, || {
                            let l = match &status {
                                Status::Missing(f) => field_list(f),
                                _ => Msg::default(),
                            };
                            Msg::new(format!("belum diisi: {}", l.id), format!("not filled in: {}", l.en))
                        });
                        (status, input, Decimal::ZERO)
                    }
                }
            };
            let points = exact(sub * effective_weight);
            let reason = say(words, || {
                if applicable {
                    let (p, w) = (format_points(points), format_points(effective_weight));
                    Msg::new(format!("{} → {p} dari {w} poin", input.id), format!("{} → {p} of {w} points", input.en))
                } else {
                    Msg::new(
                        "tidak berlaku: bobotnya dibagi ke kriteria lain",
                        "not applicable: its weight goes to the other criteria",
                    )
                }
            });
            CriterionScore {
                id: c.id,
                pillar: c.pillar,
                status,
                input,
                sub,
                weight,
                effective_weight,
                points,
                reason,
                self_rated: c.self_rated,
            }
        })
        .collect();

    let pillars: Vec<PillarScore> = cat
        .pillars
        .iter()
        .map(|p| {
            let of_pillar = criteria.iter().filter(|c| c.pillar == p.id);
            PillarScore {
                id: p.id,
                points: of_pillar.clone().map(|c| c.points).sum(),
                weight: of_pillar.map(|c| c.effective_weight).sum(),
            }
        })
        .collect();

    let uncapped_total: Decimal =
        criteria.iter().map(|c| c.points).sum::<Decimal>().clamp(Decimal::ZERO, Decimal::ONE_HUNDRED);
    let mut total = uncapped_total;
    let mut caps = Vec::new();
    for cap in cat.caps {
        let findings = cap_findings(cap.rule, assessment, checked);
        if findings.is_empty() {
            continue;
        }
        let lowered = total > cap.max_total;
        total = total.min(cap.max_total);
        caps.push(CapScore { id: cap.id, max_total: cap.max_total, findings, explanation: cap.explanation, lowered });
    }
    let rounded = shown(total);
    Score {
        criteria,
        pillars,
        uncapped_total,
        total,
        caps,
        band_id: rubric().band(rounded).id,
        renormalised,
        custom_weights: assessment.has_custom_weights(),
        issues: checked.issues.clone(),
    }
}

/// The findings behind a cap; only criteria that apply can raise one.
fn cap_findings(rule: CapRule, assessment: &Assessment, checked: &Checked) -> Vec<Msg> {
    let cat = assessment.rubric();
    let applies = |id: &str| cat.criterion(id).is_some_and(|c| assessment.is_applicable(c));
    let get = |f: Field| checked.readings.get(f);
    let mut out = Vec::new();
    match rule {
        CapRule::NoRegulation => {
            if applies("regulasi.instrumen") && assessment.entry.regulation == super::inputs::RegulationLevel::None {
                out.push(Msg::new("Belum ada produk hukum", "No legal instrument yet"));
            }
        }
        CapRule::ComplianceFindings => {
            if applies("kepatuhan.tenaga_kerja") {
                if let (Some(e), Some(r)) = (get(Field::Employees), get(Field::RegisteredEmployees)) {
                    if r < e {
                        let n = count(e - r);
                        out.push(Msg::new(
                            format!("PDS Tenaga Kerja: {n} pekerja belum terdaftar"),
                            format!("PDS workers: {n} workers not registered"),
                        ));
                    }
                }
            }
            if applies("kepatuhan.upah") {
                if let (Some(a), Some(r)) = (get(Field::WageBillActual), get(Field::WageBillReported)) {
                    if r < a {
                        let gap = format_rupiah(a - r);
                        out.push(Msg::new(
                            format!("PDS Upah: upah dilaporkan {gap} per bulan di bawah upah sebenarnya"),
                            format!("PDS wages: reported wage bill {gap} a month below the actual one"),
                        ));
                    }
                }
            }
            if applies("kepatuhan.program") {
                let size = assessment.entry.size_for(assessment.category);
                let missing: Vec<&str> = mandatory_programmes(size)
                    .iter()
                    .filter(|p| !assessment.entry.programmes.contains(p))
                    .map(|p| p.code())
                    .collect();
                if !missing.is_empty() {
                    let m = missing.join(", ");
                    out.push(Msg::new(
                        format!("PDS Program: {m} belum diikuti"),
                        format!("PDS programmes: {m} not taken"),
                    ));
                }
            }
            if applies("kepatuhan.ketepatan_iuran") {
                if let Some(a) = get(Field::Arrears).filter(|a| *a > Decimal::ZERO) {
                    let a = format_rupiah(a);
                    out.push(Msg::new(format!("Tunggakan iuran {a}"), format!("Contribution arrears of {a}")));
                }
            }
        }
    }
    out
}
