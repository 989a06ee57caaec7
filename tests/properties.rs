//! Property tests: hostile input never panics, scores stay in 0–100, improving an input
//! never lowers the score, parsing reads back what formatting writes, and links, files
//! and storage give back exactly the assessment they were given.
#![cfg(not(target_arch = "wasm32"))]

use cek_paritrana::core::base::keys::Keyed;
use cek_paritrana::core::base::number::{
    self, format_count, format_decimal, format_percent, format_rupiah, NumberKind,
};
use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::evaluation::total;
use cek_paritrana::core::evaluation::validation::{check, PART_OF_WHOLE};
use cek_paritrana::core::evaluation::Evaluation;
use cek_paritrana::core::formats::{file, link, persist};
use cek_paritrana::core::model::assessment::Assessment;
use cek_paritrana::core::model::category::{BusinessSize, Category};
use cek_paritrana::core::model::inputs::{Attendance, Field, Item, RegulationLevel};
use cek_paritrana::core::model::money::{Programme, RiskGroup};
use cek_paritrana::core::rubric::rubric;
use proptest::prelude::*;
use rust_decimal::Decimal;

const ITEMS: &[Item] = <Item as Keyed>::ALL;

fn category() -> impl Strategy<Value = Category> {
    prop::sample::select(Category::ALL.to_vec())
}

/// Text a user might type or paste, including nonsense.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{0,20}",
        "[0-9.,]{0,16}",
        "(Rp|IDR|rp\\.)? ?[0-9]{1,3}(\\.[0-9]{3}){0,5}(,[0-9]{0,3})?%?",
        "-?[0-9 .,%Rp\\-]{0,12}",
        ".{0,24}",
    ]
}

fn assessment_with(cat: Category, texts: Vec<String>, checks: Vec<bool>, extras: (u8, u8, u8, bool, u8)) -> Assessment {
    let mut a = Assessment::new(cat);
    for (field, text) in Field::ALL.iter().zip(texts) {
        a.entry.fields.insert(*field, text);
    }
    for (item, on) in ITEMS.iter().zip(checks) {
        if on {
            a.entry.checked.insert(*item);
        }
    }
    let (reg, progs, risk, leader, size) = extras;
    a.entry.regulation = RegulationLevel::ALL[reg as usize % 5];
    for (i, p) in Programme::ALL.iter().enumerate() {
        if progs & (1 << i) != 0 {
            a.entry.programmes.insert(*p);
        }
    }
    a.entry.risk = RiskGroup::ALL[risk as usize % 5];
    a.entry.attendance = if leader { Attendance::Head } else { Attendance::Nobody };
    a.entry.size = Some(BusinessSize::ALL[size as usize % 4]);
    a
}

fn extras() -> impl Strategy<Value = (u8, u8, u8, bool, u8)> {
    (any::<u8>(), any::<u8>(), any::<u8>(), any::<bool>(), any::<u8>())
}

fn assert_sane(a: &Assessment) {
    let e = Evaluation::of(a);
    let b = &e.score;
    assert!(b.total >= Decimal::ZERO && b.total <= Decimal::ONE_HUNDRED, "total {}", b.total);
    assert!(b.total <= b.uncapped_total);
    for c in &b.criteria {
        assert!(c.sub >= Decimal::ZERO && c.sub <= Decimal::ONE, "{} sub {}", c.id, c.sub);
        assert!(c.points >= Decimal::ZERO && c.points <= c.effective_weight, "{} points {}", c.id, c.points);
    }
    let pillar_sum: Decimal = b.pillars.iter().map(|p| p.points).sum();
    assert_eq!(pillar_sum.min(Decimal::ONE_HUNDRED), b.uncapped_total);
    for action in &e.steps {
        assert!(action.gain > Decimal::ZERO);
        assert!(b.total + action.gain <= Decimal::ONE_HUNDRED);
    }
}

/// Consistent figures: every part within its whole, months within a year.
fn valid_assessment() -> impl Strategy<Value = Assessment> {
    (
        category(),
        prop::collection::vec((1u64..50_000, 0u64..=100), 12),
        prop::collection::vec(any::<bool>(), ITEMS.len()),
        extras(),
        0u64..=12,
        0u64..3,
    )
        .prop_map(|(cat, pairs, checks, ex, months, arrears)| {
            let mut a = assessment_with(cat, vec![], checks, ex);
            let pct = |whole: u64, p: u64| whole * p / 100;
            let put = |a: &mut Assessment, f: Field, v: u64| {
                a.entry.fields.insert(f, format_count(v));
            };
            // Each share the check compares but the wage bill (in rupiah, below), and the
            // vulnerable workers covered of their goal.
            let vulnerable = (Field::VulnerableCovered, Field::VulnerableTarget);
            let shares = PART_OF_WHOLE.iter().chain([&vulnerable]).filter(|(p, _)| *p != Field::WageBillReported);
            for (&(part, whole), &(w, p)) in shares.zip(&pairs) {
                put(&mut a, whole, w);
                put(&mut a, part, pct(w, p));
            }
            a.entry.fields.insert(Field::CoverageTarget, format!("{}", pairs[7].1.max(1)));
            a.entry.fields.insert(Field::BudgetPrevious, format_rupiah(Decimal::from(pairs[8].0 * 100_000)));
            a.entry.fields.insert(Field::BudgetCurrent, format_rupiah(Decimal::from(pairs[9].0 * 100_000)));
            a.entry.fields.insert(Field::WageBillActual, format_rupiah(Decimal::from(pairs[10].0 * 1_000_000)));
            a.entry.fields.insert(
                Field::WageBillReported,
                format_rupiah(Decimal::from(pct(pairs[10].0, pairs[10].1) * 1_000_000)),
            );
            put(&mut a, Field::CsrWorkers, pairs[11].1);
            put(&mut a, Field::MonthsOnTime, months);
            a.entry.fields.insert(Field::Arrears, format_rupiah(Decimal::from(arrears * 500_000)));
            a
        })
}

fn get(a: &Assessment, f: Field) -> Decimal {
    number::parse(a.entry.raw(f), f.kind()).unwrap_or_default()
}

/// One improvement of one input, kept consistent (a part never passes its whole).
fn improve(a: &Assessment, which: u8, amount: u64) -> Assessment {
    let mut b = a.clone();
    let raise = |b: &mut Assessment, f: Field, cap: Option<Decimal>| {
        let mut v = get(b, f) + Decimal::from(amount);
        if let Some(c) = cap {
            v = v.min(c);
        }
        b.entry.fields.insert(f, format_decimal(v, 2));
    };
    match which % 14 {
        0 => raise(&mut b, Field::ActiveParticipants, Some(get(a, Field::Employed))),
        1 => raise(&mut b, Field::NonAsnCovered, Some(get(a, Field::NonAsnTotal))),
        2 => raise(&mut b, Field::VillageOfficialsCovered, Some(get(a, Field::VillageOfficialsTotal))),
        3 => raise(&mut b, Field::SocialWorkersCovered, Some(get(a, Field::SocialWorkersTotal))),
        4 => raise(&mut b, Field::VulnerableCovered, None),
        5 => raise(&mut b, Field::BudgetCurrent, None),
        6 => raise(&mut b, Field::RegisteredEmployees, Some(get(a, Field::Employees))),
        7 => raise(&mut b, Field::VendorsParticipating, Some(get(a, Field::VendorsTotal))),
        8 => raise(&mut b, Field::WageBillReported, Some(get(a, Field::WageBillActual))),
        9 => raise(&mut b, Field::MonthsOnTime, Some(Decimal::from(12))),
        10 => {
            b.entry.fields.insert(Field::Arrears, "0".into());
        }
        11 => {
            let next = RegulationLevel::ALL.into_iter().find(|l| *l > a.entry.regulation).unwrap_or(a.entry.regulation);
            b.entry.regulation = next;
        }
        12 => {
            b.entry.checked.insert(ITEMS[amount as usize % ITEMS.len()]);
            b.entry.programmes.insert(Programme::ALL[amount as usize % 4]);
        }
        _ => {
            b.entry.attendance = Attendance::Head;
            raise(&mut b, Field::CsrWorkers, None);
        }
    }
    b
}

/// Puts `value` in place of every member named `name`, at any depth.
fn replace(v: &mut serde_json::Value, name: &str, value: &serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                if k == name {
                    *x = value.clone();
                } else {
                    replace(x, name, value);
                }
            }
        }
        serde_json::Value::Array(list) => list.iter_mut().for_each(|x| replace(x, name, value)),
        _ => {}
    }
}

/// A format-2 link around any text, with a valid checksum.
fn link_of(payload: &str) -> String {
    let body = link::base64url_encode(payload.as_bytes());
    let sum = body.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{}.{body}.{sum:08x}", link::LINK_VERSION)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn hostile_input_never_panics_and_stays_in_range(
        cat in category(),
        texts in prop::collection::vec(hostile_text(), 23),
        checks in prop::collection::vec(any::<bool>(), ITEMS.len()),
        ex in extras(),
        na in prop::collection::vec(any::<bool>(), 12),
        weights in prop::collection::vec(-50i64..200, 12),
    ) {
        let mut a = assessment_with(cat, texts, checks, ex);
        for ((c, off), w) in rubric().category(cat).criteria.iter().zip(na).zip(weights) {
            if off { a.not_applicable.insert(c.id.to_string()); }
            if w % 3 == 0 { a.weights.insert(c.id.to_string(), Decimal::from(w)); }
        }
        assert_sane(&a);
    }

    /// Saved decimals read back exactly, as the general parser would read them, and text
    /// that is not a saved decimal is refused, never read as something else.
    #[test]
    fn saved_decimals_read_back_exactly(mantissa in 0i64..=i64::MAX, scale in 0u32..=28, text in hostile_text()) {
        let d = Decimal::new(mantissa, scale);
        let read = number::parse_saved(&d.to_string());
        prop_assert_eq!(read.map(|r| (r, r.scale())), Some((d, d.scale())));
        if let Some(read) = number::parse_saved(&text) {
            let general = text.parse::<Decimal>().ok();
            prop_assert_eq!(Some((read, read.scale())), general.map(|g| (g, g.scale())));
        }
    }

    #[test]
    fn links_files_and_storage_give_back_exactly_what_they_were_given(
        cat in category(),
        texts in prop::collection::vec(prop::option::of(hostile_text()), 23),
        checks in prop::collection::vec(any::<bool>(), ITEMS.len()),
        ex in extras(),
        sized in any::<bool>(),
        title in ".{0,30}",
        na in prop::collection::vec(any::<bool>(), 12),
        weights in prop::collection::vec(prop::option::of(0i64..=10_000), 12),
    ) {
        let mut a = assessment_with(cat, Vec::new(), checks, ex);
        for (field, text) in Field::ALL.iter().zip(texts) {
            if let Some(text) = text { a.entry.fields.insert(*field, text); }
        }
        if !sized { a.entry.size = None; }
        for ((c, off), w) in rubric().category(cat).criteria.iter().zip(na).zip(weights) {
            if off { a.not_applicable.insert(c.id.to_string()); }
            if let Some(w) = w { a.weights.insert(c.id.to_string(), Decimal::new(w, 2)); }
        }
        let opened = link::decode(&link::encode(&title, &a));
        prop_assert_eq!(opened, Ok(link::Shared { title: title.clone(), assessment: a.clone(), left_out: Vec::new() }));
        let stored = persist::Stored { id: 1, title, assessment: a.clone() };
        let imported = file::import(file::export(&stored, Lang::Id).as_bytes()).expect("imports");
        prop_assert_eq!(&imported.assessment, &a);
        prop_assert!(imported.left_out.is_empty());
        let mut library = persist::Library::default();
        library.add(stored.title.clone(), a);
        let saved = persist::Saved::new(Lang::En, library);
        prop_assert_eq!(persist::decode(&persist::encode(&saved)), persist::Loaded::Intact(saved));
    }

    #[test]
    fn any_part_of_any_kind_is_read_or_left_out_without_panic(
        part in prop::sample::select(vec!["category", "entry", "name", "size", "risk", "fields", "employed", "checked", "programmes", "leader_attends", "not_applicable", "weights", "cakupan.ucj", "title", "assessment"]),
        value in prop_oneof![Just("null"), Just("7"), Just("-1.5e300"), Just("true"), Just("\"x\""), Just("[]"), Just("{}"), Just("[{\"a\":[1]}]"), Just("\"R9\"")],
    ) {
        let a = r#"{"category":"kabkota","entry":{"name":"N","size":"besar","risk":"R2","fields":{"employed":"1.000"},"checked":["requires_budget"],"programmes":["JKK"],"leader_attends":true},"not_applicable":["cakupan.ucj"],"weights":{"cakupan.ucj":"20"}}"#;
        let file = format!(r#"{{"format":"cek-paritrana","version":1,"title":"T","assessment":{a}}}"#);
        let mut v: serde_json::Value = serde_json::from_str(&file).expect("valid");
        replace(&mut v, part, &serde_json::from_str(value).expect("valid"));
        let changed = v.to_string();
        if let Ok(f) = file::import(changed.as_bytes()) {
            prop_assert_eq!(f.assessment.category, Category::Kabkota);
        }
        let _ = persist::decode(&format!(r#"{{"schema":2,"library":{{"assessments":[{{"id":1,"title":"T","assessment":{}}}]}}}}"#, v["assessment"]));
        let _ = link::decode(&link_of(&changed));
    }

    #[test]
    fn improving_any_input_never_lowers_the_score(a in valid_assessment(), steps in prop::collection::vec((any::<u8>(), 1u64..5_000), 1..6)) {
        let mut current = a;
        prop_assert!(check(&current).issues.is_empty(), "{:?}", check(&current).issues);
        for (which, amount) in steps {
            let better = improve(&current, which, amount);
            let (before, after) = (total(&current), total(&better));
            prop_assert!(after >= before, "step {} lowered {} to {}", which % 14, before, after);
            current = better;
        }
    }

    /// A CSV of any bytes (quotes, separators, line breaks, broken UTF-8) reads without
    /// panic, every row it reads back names its place, and cells written read back whole.
    #[test]
    fn any_csv_reads_without_panic_and_written_cells_read_back(
        bytes in prop::collection::vec(prop::sample::select(b"ab;,\"\r\n \xef\xbb\xbf\xff1.name".to_vec()), 0..120),
        cells in prop::collection::vec(prop::collection::vec("[a-z;,\"=\n -]{0,8}", 1..4), 1..4),
        cat in category(),
    ) {
        let read = cek_paritrana::core::pages::panel::template::read(cat, "x.csv", &bytes);
        for p in &read.problems {
            prop_assert!(p.row.is_none_or(|r| r >= 1));
        }
        let mut rows = cells;
        rows.insert(0, vec!["h;1".to_string(), "h2".into(), "h3".into(), "h4".into()]);
        let back: Vec<Vec<String>> = cek_paritrana::core::formats::csv::read(&cek_paritrana::core::formats::csv::table(&rows)).into_iter().map(|r| r.1).collect();
        let kept: Vec<&Vec<String>> = rows.iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).collect();
        prop_assert_eq!(back.len(), kept.len(), "{:?}", rows);
        for (b, r) in back.iter().zip(kept) {
            prop_assert_eq!(b, r);
        }
    }

    #[test]
    fn any_text_parses_or_errs_without_panic(s in ".{0,40}") {
        for kind in [NumberKind::Count, NumberKind::Months, NumberKind::Rupiah, NumberKind::Percent] {
            if let Ok(v) = number::parse(&s, kind) {
                prop_assert!(v >= Decimal::ZERO);
                let _ = v.to_string();
            } else if let Err(e) = number::parse(&s, kind) {
                prop_assert!(!e.message().id.is_empty());
            }
        }
    }

    #[test]
    fn rupiah_with_scale_words_never_panics(s in "(Rp ?)?[0-9., ]{0,14} ?(ribu|rb|juta|jt|miliar|milyar|M|m|T|triliun|x)") {
        match number::parse(&s, NumberKind::Rupiah) {
            Ok(v) => prop_assert!(v >= Decimal::ZERO && v.trunc().to_string().len() <= 15, "{s:?} read as {v}"),
            Err(e) => prop_assert!(!e.message().id.is_empty()),
        }
    }

    #[test]
    fn counts_round_trip(n in 0u64..=1_000_000_000) {
        prop_assert_eq!(number::parse_count(&format_count(n)), Ok(n));
    }

    #[test]
    fn rupiah_round_trip(whole in 0i64..999_999_999_999_999, sen in 0i64..100) {
        let exact = Decimal::new(whole, 0);
        prop_assert_eq!(number::parse(&format_rupiah(exact), NumberKind::Rupiah), Ok(exact));
        let with_sen = Decimal::new(whole * 100 + sen, 2).normalize();
        prop_assert_eq!(number::parse(&format_decimal(with_sen, 2), NumberKind::Rupiah), Ok(with_sen));
    }

    #[test]
    fn percent_round_trip(hundredths in 0i64..=10_000) {
        let p = Decimal::new(hundredths, 2).normalize();
        prop_assert_eq!(number::parse(&format_percent(p), NumberKind::Percent), Ok(p));
    }
}
