//! Everything `Evaluation::of` gives (the checked figures and their issues, every
//! criterion's status, words, sub-score, weights and points, pillars, caps, band, derived
//! figures and warnings, the ranked steps with their gains and texts) for thousands of
//! generated assessments of every category, digested per category. The digests were taken
//! before the scoring was made faster: a change to how it is computed must leave them as
//! they are. A deliberate change of the rubric, a rule or a text changes them too: then
//! take the new ones from the failure message, after checking the differences with
//! `EVALUATION_DUMP=dir cargo test --test evaluation_digest` before and after.
//!
//! The next steps re-score only the criteria a change reaches; over the same assessments
//! they must equal the steps found by checking and scoring a whole changed copy each.
//!
//! Rubric 2025.1 is frozen: the same cases, generated and scored under it as the code of
//! rubric 2025.1 did, give the digests that code gave (figures, checks, scores and steps;
//! the derived figures now follow the dated rates and are left out of that digest).
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;

use cek_paritrana::core::base::keys::Keyed;
use cek_paritrana::core::base::number::{format_count, format_decimal, format_rupiah};
use cek_paritrana::core::evaluation::steps::Step;
use cek_paritrana::core::evaluation::validation::{check, PART_OF_WHOLE};
use cek_paritrana::core::evaluation::weights::set_weight;
use cek_paritrana::core::evaluation::{score, total, Evaluation};
use cek_paritrana::core::model::assessment::{Assessment, Version};
use cek_paritrana::core::model::category::{BusinessSize, Category};
use cek_paritrana::core::model::inputs::{Attendance, Field, Item, RegulationLevel, RevenueShare};
use cek_paritrana::core::model::money::{Programme, RiskGroup};
use cek_paritrana::core::rubric::measure::{Reader, Status};
use cek_paritrana::core::rubric::rubric;
use rust_decimal::Decimal;

const CASES_PER_CATEGORY: u64 = 500;

/// Digest of every case of each category, in `Category::ALL` order.
const DIGESTS: [u64; 9] = [
    14906071918781164088,
    8138875021573734491,
    16157920681651876242,
    15555129984911985108,
    17879036291546846373,
    15042976654153119458,
    11886502605827056850,
    9497372303918638325,
    10305990742725975200,
];

/// Rubric 2026.1 is frozen too: generated as its code did (without the fields, items and
/// choices added later), every output is what the code of its time gave (commit 2663d02),
/// save one text: the BPU package's source now cites the regulations in force (PP 44/2015
/// jo PP 49/2023, Permenaker 5/2021 jo 1/2025), which changed the three government digests;
/// the dumps of both, compared with that citation put back, are otherwise the same. And
/// one rule of the steps: the step that lifts a cap is offered whenever the cap holds the
/// steps behind it back (a total just under it too), and no longer when it only repeats
/// a single step; the dumps of all three versions differ only in those `batas.` steps
/// (1.148 cases gained one, 205 lost a copy of a step listed already), so the business
/// digests here and in 2025.1 changed. Then the messages for decimals in a whole-number
/// field (no longer saying a comma was typed) and for a months field (its own example);
/// the dumps of all three differ only in those messages. Then the issues' order, the
/// form's (the year first): the dumps differ only in the order of issue lines. Then the
/// rates' sources in English (they were Indonesian in both): the dumps differ only in the
/// English of the derived figures' notes, and in the English of the regulation step
/// ("Issue a circular letter", no longer "Issue: Circular letter").
const DIGESTS_2026_1: [u64; 8] = [
    10898881870538676198,
    16488251010600259244,
    13397581968016774099,
    172843560138957851,
    7551743924611359300,
    5970288755091786617,
    18096587261428700226,
    9651743907579094244,
];

/// The same digest without the derived figures, for the categories, fields and items of
/// rubric 2025.1, taken with the code of that rubric (commit 97097e2).
const DIGESTS_2025_1: [u64; 7] = [
    7608481375750090973,
    11900612688863156219,
    9810217400875797904,
    15789404483466480822,
    9261260620319800245,
    2067898446488860680,
    12904150650744653495,
];
const CATEGORIES_2025_1: [Category; 7] = [
    Category::Provinsi,
    Category::Kabkota,
    Category::Desa,
    Category::BuBesar,
    Category::BuMenengah,
    Category::Umk,
    Category::LayananPublik,
];
/// Fields and items added after rubric 2025.1; its cases are generated without them.
const ADDED_FIELDS: [Field; 6] = [
    Field::CoveragePrevious,
    Field::FundingRevenueShare,
    Field::FundingZakat,
    Field::FundingCsr,
    Field::FundingDonations,
    Field::CoverMonths,
];
const ADDED_ITEMS: [Item; 1] = [Item::CooperationAgreement];
/// Items added after rubric 2026.1.
const ADDED_ITEMS_2026_2: [Item; 5] = [
    Item::EmployerSanctions,
    Item::PlannedInBudget,
    Item::ComplianceTeam,
    Item::DtsenTargeting,
    Item::AdministrativeOrder,
];

/// A small deterministic generator (splitmix64), so the cases never change.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len() as u64) as usize]
    }
}

/// Text that reads, reads oddly, or does not read at all.
const ODD: &[&str] = &[
    "abc",
    "1,5 miliar",
    "12,345",
    "1.5",
    "Rp 2.000.000,-",
    "-5",
    "101%",
    "13",
    "999999999999999999",
    "2,000",
    "1.457",
    "0,5",
    "  ",
    "",
    "7 juta",
    "100",
    "1.000.000.000.000",
    "50%",
    "1 457 000",
    "0",
];

/// A figure written the way a user might, for a field of its kind.
fn written(rng: &mut Rng, field: Field, value: u64) -> String {
    match field.kind() {
        cek_paritrana::core::base::number::NumberKind::Rupiah => match rng.below(4) {
            0 => format_rupiah(Decimal::from(value)),
            1 => format!("Rp {},00", format_count(value)),
            2 => value.to_string(),
            _ => format!("{} juta", format_decimal(Decimal::from(value) / Decimal::from(1_000_000), 4)),
        },
        cek_paritrana::core::base::number::NumberKind::Percent => match rng.below(3) {
            0 => format!("{}%", value.min(100)),
            1 => {
                format_decimal(Decimal::new(value.min(100) as i64 * 100 + rng.below(100) as i64, 2).min(100.into()), 2)
            }
            _ => value.min(100).to_string(),
        },
        cek_paritrana::core::base::number::NumberKind::Count
        | cek_paritrana::core::base::number::NumberKind::Months => {
            if rng.chance(50) {
                format_count(value)
            } else {
                value.to_string()
            }
        }
    }
}

fn scale(field: Field) -> u64 {
    match field {
        Field::BudgetPrevious | Field::BudgetCurrent | Field::CsrSpend => 2_000_000_000,
        Field::WageBillActual | Field::WageBillReported => 900_000_000,
        Field::Arrears => 5_000_000,
        Field::MonthsOnTime => 12,
        Field::CoverageTarget => 100,
        _ => 40_000,
    }
}

fn generate_under(rng: &mut Rng, category: Category, version: Version) -> Assessment {
    let old = version == Version::V2025_1;
    let before_2026_2 = version < Version::V2026_2;
    let mut a = Assessment::new(category);
    a.version = version;
    let mut values = std::collections::BTreeMap::new();
    for field in Field::ALL.into_iter().filter(|f| !(old && ADDED_FIELDS.contains(f))) {
        // The pairs the check compares, and the vulnerable workers covered of their goal.
        let vulnerable = (Field::VulnerableCovered, Field::VulnerableTarget);
        let whole = PART_OF_WHOLE.iter().chain([&vulnerable]).find(|(p, _)| *p == field).map(|(_, w)| *w);
        let roll = rng.below(100);
        let text = if roll < 8 {
            continue;
        } else if roll < 16 {
            rng.pick(ODD).to_string()
        } else if roll < 20 {
            "0".to_string()
        } else {
            let value = match (whole.and_then(|w| values.get(&w).copied()), rng.below(10)) {
                // A part above its whole.
                (Some(w), 0) => w + 1 + rng.below(100),
                (Some(w), 1 | 2) => w,
                (Some(w), _) => w * rng.below(101) / 100,
                (None, _) if field == Field::Arrears && rng.chance(60) => 0,
                (None, _) if field == Field::MonthsOnTime && rng.chance(40) => 12,
                (None, _) => rng.below(scale(field) + 1),
            };
            values.insert(field, value);
            written(rng, field, value)
        };
        a.entry.fields.insert(field, text);
    }
    let added = |i: &Item| (old && ADDED_ITEMS.contains(i)) || (before_2026_2 && ADDED_ITEMS_2026_2.contains(i));
    for item in <Item as Keyed>::ALL.iter().filter(|i| !added(i)) {
        if rng.chance(40) {
            a.entry.checked.insert(*item);
        }
    }
    for p in Programme::ALL {
        if rng.chance(60) {
            a.entry.programmes.insert(p);
        }
    }
    a.entry.regulation = *rng.pick(&RegulationLevel::ALL);
    a.entry.risk = *rng.pick(&RiskGroup::ALL);
    a.entry.size = if rng.chance(30) { None } else { Some(*rng.pick(&BusinessSize::ALL)) };
    a.entry.attendance = if before_2026_2 {
        if rng.chance(50) {
            Attendance::Head
        } else {
            Attendance::Nobody
        }
    } else {
        *rng.pick(&Attendance::ALL)
    };
    a.entry.year = rng.pick(&["2024", "", "24", "2016", "abc", "2025"]).to_string();
    let criteria = a.rubric().criteria;
    if rng.chance(5) {
        a.not_applicable.extend(criteria.iter().map(|c| c.id.to_string()));
    } else {
        for c in criteria {
            if rng.chance(12) {
                a.not_applicable.insert(c.id.to_string());
            }
        }
    }
    match rng.below(10) {
        // Weights as the form sets them: always summing to 100.
        0 | 1 => {
            for _ in 0..1 + rng.below(3) {
                let id = rng.pick(criteria).id;
                a.weights = set_weight(&a, id, Decimal::new(rng.below(10_001) as i64, 2));
            }
        }
        // Weights as a file may hold them: any share of 100, zero included.
        2 => {
            for c in criteria {
                if rng.chance(50) {
                    a.weights.insert(c.id.to_string(), Decimal::new(rng.below(10_001) as i64, 2));
                }
            }
        }
        3 if rng.chance(30) => {
            for c in criteria {
                a.weights.insert(c.id.to_string(), Decimal::ZERO);
            }
        }
        _ => {}
    }
    if !before_2026_2 {
        a.entry.labour_intensive = rng.chance(30);
        a.entry.revenue_share = *rng.pick(&RevenueShare::ALL);
    }
    a
}

/// Every output of an evaluation, decimals with their scale.
fn render(e: &Evaluation, out: &mut String) {
    render_parts(e, out, &Field::ALL, true);
}

fn render_parts(e: &Evaluation, out: &mut String, fields: &[Field], derived: bool) {
    for &f in fields {
        let _ = write!(out, "{:?}={:?};", f, e.checked.readings.get(f).map(|d| d.to_string()));
    }
    out.push('\n');
    for i in &e.checked.issues {
        let _ = writeln!(out, "issue {:?} {:?}", i.target, i.message);
    }
    let s = &e.score;
    for c in &s.criteria {
        let _ = writeln!(
            out,
            "{} {} {:?} {:?} sub={} w={} ew={} p={} {:?} {}",
            c.id, c.pillar, c.status, c.input, c.sub, c.weight, c.effective_weight, c.points, c.reason, c.self_rated
        );
    }
    for p in &s.pillars {
        let _ = writeln!(out, "pillar {} {} {}", p.id, p.points, p.weight);
    }
    for c in &s.caps {
        let _ = writeln!(out, "cap {} {} {:?} {:?} {}", c.id, c.max_total, c.findings, c.explanation, c.lowered);
    }
    let _ = writeln!(
        out,
        "uncapped={} total={} shown={} band={} renormalised={} custom={} rubric_weighted={}",
        s.uncapped_total,
        s.total,
        s.shown_total(),
        s.band_id,
        s.renormalised,
        s.custom_weights,
        e.rubric_weighted_total
    );
    for i in &s.issues {
        let _ = writeln!(out, "score issue {:?} {:?}", i.target, i.message);
    }
    for f in e.derived.figures.iter().filter(|_| derived) {
        let _ = writeln!(out, "figure {} {:?} {:?} {} {:?}", f.id, f.label, f.value, f.value.shown(), f.note);
    }
    for w in e.derived.warnings.iter().filter(|_| derived) {
        let _ = writeln!(out, "warning {w:?}");
    }
    for step in &e.steps {
        let _ = writeln!(out, "step {} {} {:?}", step.criterion_id, step.gain, step.text);
    }
}

/// FNV-1a, stated here so the digest never depends on the standard library's hasher.
fn fnv(text: &str, mut hash: u64) -> u64 {
    for b in text.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The digest of every output for each category a version covers, in `Category::ALL`
/// order, generated as the code of that version did; `EVALUATION_DUMP=dir` writes the text.
fn digests_under(version: Version) -> Vec<u64> {
    let dump = std::env::var("EVALUATION_DUMP").ok();
    let categories = Category::ALL.into_iter().filter(|c| version.rubric().covering(*c).is_some());
    let mut digests = Vec::new();
    for (i, category) in categories.enumerate() {
        let mut rng = Rng(i as u64);
        let mut hash = 0xcbf2_9ce4_8422_2325;
        let mut all = String::new();
        for case in 0..CASES_PER_CATEGORY {
            let a = generate_under(&mut rng, category, version);
            let mut text = format!("case {case}\n");
            render(&Evaluation::of(&a), &mut text);
            hash = fnv(&text, hash);
            all.push_str(&text);
        }
        if let Some(dir) = &dump {
            std::fs::write(format!("{dir}/{}-{}.txt", version.key(), category.code()), &all).expect("dump written");
        }
        digests.push(hash);
    }
    digests
}

#[test]
fn every_output_of_the_evaluation_is_unchanged() {
    assert!(Category::ALL.iter().all(|c| rubric().covering(*c).is_some()));
    let digests = digests_under(Version::CURRENT);
    assert_eq!(digests, DIGESTS, "digests now: {digests:?}");
}

#[test]
fn rubric_2026_1_scores_as_the_code_of_its_time_did() {
    let digests = digests_under(Version::V2026_1);
    assert_eq!(digests, DIGESTS_2026_1, "digests now: {digests:?}");
}

#[test]
fn rubric_2025_1_scores_as_the_code_of_its_time_did() {
    let fields: Vec<Field> = Field::ALL.into_iter().filter(|f| !ADDED_FIELDS.contains(f)).collect();
    let mut digests = [0u64; 7];
    for (i, category) in CATEGORIES_2025_1.into_iter().enumerate() {
        assert!(Version::V2025_1.rubric().covering(category).is_some());
        let mut rng = Rng(i as u64);
        let mut hash = 0xcbf2_9ce4_8422_2325;
        for case in 0..CASES_PER_CATEGORY {
            let a = generate_under(&mut rng, category, Version::V2025_1);
            let mut text = format!("case {case}\n");
            render_parts(&Evaluation::of(&a), &mut text, &fields, false);
            hash = fnv(&text, hash);
        }
        digests[i] = hash;
    }
    assert_eq!(digests, DIGESTS_2025_1, "digests now: {digests:?}");
}

#[test]
fn the_cases_cover_every_kind_of_outcome() {
    // Invalid, missing and not-applicable criteria, custom weights, caps and steps all occur.
    let (mut invalid, mut missing, mut na, mut custom, mut capped, mut steps) = (0, 0, 0, 0, 0, 0);
    for (i, category) in Category::ALL.into_iter().enumerate() {
        let mut rng = Rng(i as u64);
        for _ in 0..CASES_PER_CATEGORY {
            let e = Evaluation::of(&generate_under(&mut rng, category, Version::CURRENT));
            for c in &e.score.criteria {
                match c.status {
                    Status::Invalid(_) => invalid += 1,
                    Status::Missing(_) => missing += 1,
                    Status::NotApplicable => na += 1,
                    Status::Scored => {}
                }
            }
            custom += usize::from(e.score.custom_weights);
            capped += usize::from(e.score.caps.iter().any(|c| c.lowered));
            steps += e.steps.len();
        }
    }
    let counts = [invalid, missing, na, custom, capped, steps];
    assert!(counts.iter().all(|n| *n > 100), "{counts:?}");
}

/// The next steps computed the plain way: every proposal applied to a whole copy of the
/// assessment, which is checked and scored in full; a lowered cap's step applies every
/// proposal of the criteria that report findings to it.
fn steps_by_full_rescore(a: &Assessment) -> Vec<Step> {
    let checked = check(a);
    let current = score(a, &checked);
    let reader = Reader::new(a, &checked);
    let mut candidates = Vec::new();
    for (c, result) in a.rubric().criteria.iter().zip(&current.criteria) {
        if result.status == Status::Scored && result.sub < Decimal::ONE {
            let mut proposals = Vec::new();
            c.measure.propose(&reader, &mut proposals);
            candidates.extend(proposals.into_iter().map(|p| (c, p)));
        }
    }
    let mut steps: Vec<Step> = candidates
        .iter()
        .map(|(c, p)| Step {
            criterion_id: c.id,
            gain: total(&p.changed(a)) - current.total,
            text: p.text.clone(),
            figures: p.change.figures().to_vec(),
        })
        .collect();
    for cap in a.rubric().caps {
        let (true, Some(text)) = (current.caps.iter().any(|k| k.id == cap.id), cap.lift_text()) else {
            continue;
        };
        let mut all = a.clone();
        let mut figures = Vec::new();
        let mut alone = Decimal::ZERO;
        let mut any = false;
        for ((c, p), step) in candidates.iter().zip(&steps) {
            if c.measure.finds().is_some_and(|f| f.cap() == cap.rule) {
                p.change.apply(&mut all);
                figures.extend_from_slice(p.change.figures());
                alone += step.gain;
                any = true;
            }
        }
        let gain = total(&all) - current.total;
        if any && gain > alone {
            steps.push(Step { criterion_id: cap.id, gain, text, figures });
        }
    }
    steps.retain(|s| s.gain >= Decimal::new(5, 2));
    steps.sort_by_key(|s| std::cmp::Reverse(s.gain));
    steps
}

#[test]
fn the_next_steps_equal_a_full_rescore_of_each_changed_copy() {
    for (i, category) in Category::ALL.into_iter().enumerate() {
        let mut rng = Rng(i as u64);
        for case in 0..CASES_PER_CATEGORY {
            let a = generate_under(&mut rng, category, Version::CURRENT);
            // Debug shows each decimal with its scale, so equal means written alike too.
            let (fast, plain) = (Evaluation::of(&a).steps, steps_by_full_rescore(&a));
            assert_eq!(format!("{fast:?}"), format!("{plain:?}"), "{category:?} case {case}");
        }
    }
}
