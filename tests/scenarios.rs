//! Worked examples shared with the end-to-end tests (tests/fixtures/*.json): the same
//! inputs must give the same total, band and top action natively and in the browser.
#![cfg(not(target_arch = "wasm32"))]

use cek_paritrana::core::base::number::{format_percent, format_points};
use cek_paritrana::core::evaluation::derived::{derive, Quantity};
use cek_paritrana::core::evaluation::score;
use cek_paritrana::core::evaluation::validation::check;
use cek_paritrana::core::evaluation::Evaluation;
use cek_paritrana::core::formats::json::read_assessment;
use cek_paritrana::core::model::assessment::Assessment;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

struct Expect {
    total: String,
    band: String,
    top_action_id: String,
    top_action_en: String,
}

struct Scenario {
    assessment: Assessment,
    expect: Expect,
}

/// Reads a fixture with the app's own reader, which must take it whole.
fn load(name: &str) -> Scenario {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let v: Value = serde_json::from_str(&text).expect("fixture parses");
    let mut left_out = Vec::new();
    let assessment =
        read_assessment(&v["assessment"], cek_paritrana::core::model::assessment::Version::CURRENT, &mut left_out)
            .expect("fixture has an assessment");
    assert!(left_out.is_empty(), "{name}: unreadable parts {left_out:?}");
    let e = |k: &str| v["expect"][k].as_str().expect("expectation").to_string();
    Scenario {
        assessment,
        expect: Expect {
            total: e("total"),
            band: e("band"),
            top_action_id: e("top_action_id"),
            top_action_en: e("top_action_en"),
        },
    }
}

fn assert_scenario(name: &str) -> Scenario {
    let s = load(name);
    let e = Evaluation::of(&s.assessment);
    let b = &e.score;
    assert!(b.issues.is_empty(), "{name}: {:?}", b.issues);
    assert_eq!(format_points(b.shown_total()), s.expect.total, "{name} total");
    assert_eq!(b.band_id, s.expect.band, "{name} band");
    let top = e.steps.first().expect("an action");
    assert_eq!(top.text.id, s.expect.top_action_id, "{name} top action");
    assert_eq!(top.text.en, s.expect.top_action_en, "{name} top action (en)");
    s
}

#[test]
fn padang_panjang_derived_figures_are_exact() {
    let s = assert_scenario("padang_panjang");
    let checked = check(&s.assessment);
    let d = derive(&s.assessment, &checked);

    // 15.386 of 19.654 employed.
    let Some(Quantity::Percent(coverage)) = d.get("coverage") else { panic!("coverage missing") };
    assert_eq!(coverage, dec!(15386) * dec!(100) / dec!(19654));
    assert_eq!(format_percent(coverage), "78,28%");

    // Rp1.457.000.000 ÷ Rp201.600 = 7.227,18… worker-years.
    assert_eq!(d.get("budget_capacity"), Some(Quantity::Count(dec!(7227))));
    assert_eq!(d.get("budget_capacity").map(Quantity::shown).as_deref(), Some("7.227"));

    // (1.457.000.000 − 740.174.000) ÷ 740.174.000 ≈ 96,8%.
    let Some(Quantity::Percent(growth)) = d.get("budget_growth") else { panic!("growth missing") };
    assert_eq!(growth.round_dp(1), dec!(96.8));
    assert_eq!(format_percent(growth), "96,85%");

    // 8.300 workers claimed but the budget pays the standard package for 7.227.
    assert_eq!(d.warnings.len(), 1);
    assert!(d.warnings[0].id.contains("7.227") && d.warnings[0].id.contains("8.300"), "{}", d.warnings[0].id);
}

#[test]
fn padang_panjang_reasons_read_as_sentences() {
    let s = load("padang_panjang");
    let e = Evaluation::of(&s.assessment);
    let b = &e.score;
    let ucj = b.criterion("cakupan.ucj").expect("criterion");
    assert_eq!(ucj.reason.id, "cakupan 78,28% (15.386 dari 19.654) dari target 80% → 15,7 dari 16 poin");
    assert_eq!(ucj.reason.en, "coverage 78,28% (15.386 of 19.654) against a target of 80% → 15,7 of 16 points");
    let budget = b.criterion("inisiatif.anggaran").expect("criterion");
    assert_eq!(
        budget.reason.id,
        "dana Rp1.457.000.000 cukup untuk 7.227 dari 8.300 pekerja sasaran setahun, paket JKK + JKM Rp201.600/tahun → 7,8 dari 9 poin"
    );
    // Points are exact decimals to eight places: 16 × (15.386/19.654 × 100 ÷ 80).
    assert_eq!(ucj.points, (dec!(15386) * dec!(100) / dec!(19654) / dec!(80) * dec!(16)).round_dp(8));
    assert!(b.caps.is_empty());
    assert!(!b.renormalised);
    let actions = &e.steps;
    let budget_action = actions.iter().find(|a| a.criterion_id == "inisiatif.anggaran").expect("budget action");
    assert_eq!(
        budget_action.text.id,
        "Naikkan anggaran ke Rp1.673.280.000 untuk menanggung 8.300 pekerja rentan setahun"
    );
    assert!(actions.windows(2).all(|w| w[0].gain >= w[1].gain), "ranked by gain");
}

#[test]
fn medium_company_with_pds_is_capped_and_says_why() {
    let s = assert_scenario("pt_menengah_pds");
    let e = Evaluation::of(&s.assessment);
    let b = &e.score;
    assert_eq!(b.uncapped_total, dec!(86.625));
    assert_eq!(b.total, dec!(60));
    let cap = &b.caps[0];
    assert!(cap.lowered);
    let findings: Vec<&str> = cap.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        findings,
        ["PDS Upah: upah dilaporkan Rp180.000.000 per bulan di bawah upah sebenarnya", "PDS Program: JP belum diikuti"]
    );
    let actions = &e.steps;
    // Fixing both findings lifts the cap: 86,625 + 2,5 (JP) + 1,875 (wages) = 91.
    assert_eq!(actions[0].gain, dec!(31));
}

#[test]
fn not_applicable_renormalises_the_rest() {
    let mut s = load("pt_menengah_pds");
    s.assessment.not_applicable.insert("rantai_pasok.vendor".into());
    let b = score(&s.assessment, &check(&s.assessment));
    assert!(b.renormalised);
    let vendor = b.criterion("rantai_pasok.vendor").expect("criterion");
    assert_eq!(vendor.points, Decimal::ZERO);
    assert_eq!(vendor.effective_weight, Decimal::ZERO);
    // 16 of the remaining 91 points becomes 16 × 100/91.
    let workers = b.criterion("kepatuhan.tenaga_kerja").expect("criterion");
    assert_eq!(workers.effective_weight, (dec!(16) * dec!(100) / dec!(91)).round_dp(8));
    let sum: Decimal = b.criteria.iter().map(|c| c.effective_weight).sum();
    assert!((sum - dec!(100)).abs() <= dec!(0.0000001), "{sum}");
}

#[test]
fn custom_weights_are_a_value_not_a_fork() {
    let mut s = load("padang_panjang");
    let before = score(&s.assessment, &check(&s.assessment));
    assert!(!before.custom_weights);
    s.assessment.weights.insert("regulasi.instrumen".into(), dec!(25));
    s.assessment.weights.insert("wawancara.kesiapan".into(), dec!(-3));
    let after = score(&s.assessment, &check(&s.assessment));
    assert!(after.custom_weights && after.renormalised);
    // Weights now sum to 25+7+16+8+6+4+3+3+9+4+12+7+0 = 104; negatives count as 0.
    let reg = after.criterion("regulasi.instrumen").expect("criterion");
    assert_eq!(reg.effective_weight, (dec!(25) * dec!(100) / dec!(104)).round_dp(8));
    assert!(after.total >= Decimal::ZERO && after.total <= dec!(100));
}

#[test]
fn empty_assessments_score_zero_and_say_what_is_missing() {
    for cat in cek_paritrana::core::model::category::Category::ALL {
        let a = Assessment::new(cat);
        let b = score(&a, &check(&a));
        assert!(b.total <= dec!(10), "{cat:?} empty total {}", b.total);
        assert!(b.criteria.iter().any(|c| c.reason.id.contains("belum diisi")), "{cat:?}");
    }
}
