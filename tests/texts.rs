//! Every text a person can see, in both languages: none missing, none the other
//! language's, none mixing the two. Fixed texts come from the rubric, the interface list
//! and the enums; texts made at run time come from driving the core through scoring,
//! steps, derived figures, validation, number parsing, files, links and the session.
#![cfg(not(target_arch = "wasm32"))]

use cek_paritrana::core::base::i18n;
use cek_paritrana::core::base::keys::Keyed;
use cek_paritrana::core::base::number::{self, NumberKind};
use cek_paritrana::core::base::text::{Msg, T};
use cek_paritrana::core::evaluation::planner::{Input, Sheet};
use cek_paritrana::core::evaluation::Evaluation;
use cek_paritrana::core::formats::file;
use cek_paritrana::core::formats::link::{self, LinkError};
use cek_paritrana::core::formats::persist::{self, Loaded};
use cek_paritrana::core::model::assessment::Assessment;
use cek_paritrana::core::model::category::{BusinessSize, Category, SECTORS};
use cek_paritrana::core::model::inputs::{Field, Item, Ladder, RegulationLevel};
use cek_paritrana::core::model::money::{Programme, RiskGroup};
use cek_paritrana::core::model::rates;
use cek_paritrana::core::rubric::rubric;

/// Words that only one of the two languages uses; a text holding one of the other
/// language's is mixed or untranslated.
const INDONESIAN: &[&str] = &[
    "dan",
    "yang",
    "dari",
    "untuk",
    "tidak",
    "belum",
    "dengan",
    "atau",
    "sudah",
    "pekerja",
    "anggaran",
    "penilaian",
    "bobot",
    "berkas",
    "tautan",
    "isian",
    "bulan",
    "ke",
    "kunci",
    "tahun",
    "peserta",
    "orang",
    "dibaca",
    "salinan",
];
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "with",
    "not",
    "from",
    "workers",
    "budget",
    "assessment",
    "weight",
    "file",
    "link",
    "is",
    "are",
    "field",
    "year",
    "key",
    "copy",
    "people",
    "read",
    "months",
];

/// Texts that are the same word in both languages.
const SAME_IN_BOTH: &[&str] = &["Total", "Rp", "%"];

/// The words of a text, leaving out what it quotes (“…”: data, not language).
fn words(text: &str) -> impl Iterator<Item = String> {
    let mut own = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '\u{201c}' => quoted = true,
            '\u{201d}' => quoted = false,
            _ if !quoted => own.push(c),
            _ => {}
        }
    }
    own.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Why a pair is wrong, if it is.
fn fault(id: &str, en: &str) -> Option<String> {
    if id.trim().is_empty() || en.trim().is_empty() {
        return Some("a language is missing".into());
    }
    if id == en && !SAME_IN_BOTH.contains(&id) && words(id).any(|w| INDONESIAN.contains(&w.as_str())) {
        return Some("the English is the Indonesian".into());
    }
    if let Some(w) = words(id).find(|w| ENGLISH.contains(&w.as_str())) {
        return Some(format!("English word \u{201c}{w}\u{201d} in the Indonesian"));
    }
    if let Some(w) = words(en).find(|w| INDONESIAN.contains(&w.as_str())) {
        return Some(format!("Indonesian word \u{201c}{w}\u{201d} in the English"));
    }
    None
}

#[derive(Default)]
struct Walk {
    seen: usize,
    faults: Vec<String>,
}

impl Walk {
    fn pair(&mut self, what: &str, id: &str, en: &str) {
        self.seen += 1;
        if let Some(f) = fault(id, en) {
            self.faults.push(format!("{what}: {f}\n    id: {id}\n    en: {en}"));
        }
    }
    fn t(&mut self, what: &str, t: T) {
        self.pair(what, t.id, t.en);
    }
    fn msg(&mut self, what: &str, m: &Msg) {
        self.pair(what, &m.id, &m.en);
    }
    fn done(self, at_least: usize) {
        assert!(self.faults.is_empty(), "{} texts to fix:\n{}", self.faults.len(), self.faults.join("\n"));
        assert!(self.seen >= at_least, "only {} texts walked", self.seen);
    }
}

#[test]
fn the_test_itself_catches_missing_and_mixed_texts() {
    assert!(fault("Simpan", "").is_some());
    assert!(fault("Berkas rusak", "Berkas rusak").is_some());
    assert!(fault("bukan teks UTF-8 / not UTF-8 text", "not UTF-8 text").is_some());
    assert!(fault("Left out: penilaian ke-2", "Left out: penilaian ke-2").is_some());
    assert!(fault("Sebagian dilewati", "Left out: bobot cakupan.ucj").is_some());
    assert!(fault("Total", "Total").is_none());
    assert!(fault("Simpan", "Save").is_none());
}

#[test]
fn every_fixed_text_is_in_both_languages() {
    let mut w = Walk::default();
    for (name, t) in i18n::ALL {
        w.t(name, *t);
    }
    for c in Category::ALL {
        w.t("category", c.name());
        w.t("category summary", c.summary());
        for level in RegulationLevel::ALL {
            w.t("regulation level", level.name(c));
        }
    }
    for s in BusinessSize::ALL {
        w.t("business size", s.name());
    }
    for (_, t) in SECTORS {
        w.t("sector", t);
    }
    for f in <Field as Keyed>::ALL {
        w.t("field label", f.label());
        w.t("field help", f.help());
        w.t("unit", f.unit().label());
    }
    for i in <Item as Keyed>::ALL {
        w.t("checklist item", i.label());
    }
    for p in Programme::ALL {
        w.t("programme", p.name());
    }
    let r = rubric();
    for b in r.bands {
        w.t("band", b.name);
        w.t("band advice", b.advice);
    }
    for cat in r.categories {
        w.t("category rationale", cat.rationale.text());
        for p in cat.pillars {
            w.t("pillar", p.name);
            w.t("pillar explanation", p.explanation);
        }
        for c in cat.criteria {
            w.t(c.id, c.title);
            w.t(c.id, c.explanation);
            w.t(c.id, c.why_weight.text());
            w.msg(c.id, &c.rule_text(cat.category));
            w.t(c.id, c.source.text());
        }
        for cap in cat.caps {
            w.t(cap.id, cap.explanation);
            w.t(cap.id, cap.source.text());
        }
    }
    for source in rates::WAGE_RATES
        .iter()
        .map(|r| r.source)
        .chain(rates::JP_CEILING.iter().map(|r| r.source))
        .chain(rates::LABOUR_INTENSIVE_JKK_DISCOUNT.iter().map(|r| r.source))
        .chain(rates::BPU_RATES.iter().map(|r| r.source))
    {
        w.t("rate source", source);
    }
    w.done(300);
}

/// Assessments that between them reach every kind of run-time text: empty, half filled
/// with mistakes, and full with findings.
fn assessments() -> Vec<Assessment> {
    let mut out = Vec::new();
    for category in Category::ALL {
        out.push(Assessment::new(category));
        for (fields, regulation) in [
            (
                [
                    "19.654",
                    "15.386",
                    "80",
                    "120",
                    "100",
                    "14",
                    "10",
                    "40",
                    "30",
                    "8.300",
                    "8.000",
                    "740.174.000",
                    "1.457.000.000",
                    "240",
                    "200",
                    "500.000.000",
                    "320.000.000",
                    "10",
                    "5.000.000",
                    "20",
                    "12",
                    "3",
                    "500.000",
                ],
                RegulationLevel::None,
            ),
            (
                [
                    "abc", "20.000", "0", "0", "5", "x", "1", "2", "3", "1.457", "9", "1,5 kilo", "0", "0", "3",
                    "1.000", "2.000", "13", "-5", "0", "1", "1", "1",
                ],
                RegulationLevel::Instruksi,
            ),
        ] {
            let mut a = Assessment::new(category);
            for (field, text) in <Field as Keyed>::ALL.iter().zip(fields) {
                a.entry.fields.insert(*field, text.to_string());
            }
            a.entry.regulation = regulation;
            a.entry.year = "24".into();
            a.entry.size = Some(BusinessSize::Mikro);
            a.entry.risk = RiskGroup::R3;
            a.entry.checked.insert(Item::CollaborationScheme);
            a.entry.programmes.insert(Programme::Jkk);
            a.not_applicable.insert(a.rubric().criteria[0].id.to_string());
            out.push(a.clone());
            a.not_applicable.clear();
            a.weights.insert(a.rubric().criteria[0].id.to_string(), rust_decimal::Decimal::from(30));
            out.push(a);
        }
    }
    out
}

#[test]
fn every_text_made_at_run_time_is_in_both_languages() {
    let mut w = Walk::default();
    for a in assessments() {
        let e = Evaluation::of(&a);
        for c in &e.score.criteria {
            w.msg(c.id, &c.input);
            w.msg(c.id, &c.reason);
        }
        for cap in &e.score.caps {
            for f in &cap.findings {
                w.msg(cap.id, f);
            }
        }
        for issue in &e.checked.issues {
            w.msg("validation", &issue.message);
        }
        for s in &e.steps {
            w.msg(s.criterion_id, &s.text);
        }
        for d in &e.derived.figures {
            w.t(d.id, d.label);
            if let Some(n) = &d.note {
                w.msg(d.id, n);
            }
        }
        for m in &e.derived.warnings {
            w.msg("derived warning", m);
        }
        for f in a.rubric().fields() {
            if let Some(m) = f.implausible(rust_decimal::Decimal::from(1457)) {
                w.msg("implausible figure", &m);
            }
        }
        // The planner from the same figures, then with its own boxes filled well and badly.
        let mut sheet = Sheet::from(&a);
        for (income, band) in [("", ("120", "12.000.000")), ("900.000", ("x", "y")), ("1.500.000", ("1", "1"))] {
            sheet.set(Input::Income, income.into());
            sheet.set(Input::BandWorkers(0), band.0.into());
            sheet.set(Input::BandWage(0), band.1.into());
            sheet.set(Input::FindingMonths, "6".into());
            let o = sheet.outcome();
            for f in &o.figures {
                w.t(f.id, f.label);
                if let Some(n) = &f.note {
                    w.msg(f.id, n);
                }
            }
            for m in o.basis.iter().chain(o.errors.iter().map(|e| &e.1)) {
                w.msg("planner", m);
            }
        }
    }
    for input in [Input::Income, Input::FindingMonths, Input::BandWorkers(0), Input::BandWage(0)] {
        w.t("planner box", input.label());
        w.t("planner help", input.help());
    }
    for text in
        ["", "-5", "1,5 kilo", "abc", "1.5", "2,000", "1..000", "Rp", "12%%", "1,2,3", "99999999999999999999999999999"]
    {
        for kind in [NumberKind::Count, NumberKind::Months, NumberKind::Rupiah, NumberKind::Percent] {
            if let Err(e) = number::parse(text, kind) {
                w.msg("number", &e.message());
            }
        }
    }
    w.done(1000);
}

#[test]
fn every_message_about_files_links_and_saved_data_is_in_both_languages() {
    let mut w = Walk::default();
    let files: [&[u8]; 8] = [
        &[0xff, 0xfe, 0x00],
        b"{\"format\": \"cek-par",
        br#"{"name":"something else"}"#,
        br#"{"format":"cek-paritrana","version":7,"assessment":{}}"#,
        br#"{"format":"cek-paritrana","version":1}"#,
        br#"{"format":"cek-paritrana","version":1,"assessment":{"category":"mars"}}"#,
        br#"{"format":"cek-paritrana","version":1,"assessment":{"category":"umk","entry":{"fields":{"nonsense":"1"},"checked":["flying"]},"weights":{"x":"abc"}}}"#,
        &[b' '; file::MAX_FILE_BYTES + 1],
    ];
    for bytes in files {
        if let Err(e) = file::import(bytes) {
            w.msg("file", &e.message());
        }
    }
    for e in [LinkError::Empty, LinkError::UnknownVersion("9".into()), LinkError::Damaged] {
        w.msg("link", &e.message());
    }
    for text in [
        "{not json",
        r#"{"schema":99}"#,
        r#"{"schema":1,"assessment":{"category":"umk"}}"#,
        r#"{"schema":2,"library":{"assessments":[{"id":1,"assessment":{"category":"martian"}}]}}"#,
        r#"{"schema":2,"lang":"en","library":{"current":7,"assessments":[{"id":7,"title":"A","assessment":{"category":"kabkota","entry":{"fields":{"employed":"1.000","bogus_field":"5","active_participants":800},"checked":["requires_budget","flying"],"regulation":"perda_plus","risk":"R9","size":"giant"},"weights":{"cakupan.ucj":"abc"}}},{"id":8,"assessment":{"category":"nowhere"}}]}}"#,
    ] {
        match persist::decode(text) {
            Loaded::Recovered(_, m) | Loaded::SetAside(m) => w.msg("saved data", &m),
            other => panic!("expected a message for {text}: {other:?}"),
        }
    }
    let damaged = link::decode("#a=1.abc.00000000").expect_err("damaged");
    w.msg("link", &damaged.message());
    let titles = ["Kota Padang Panjang 2024".to_string()];
    for m in [
        i18n::copy_title("Kota X"),
        i18n::target_title(Some(2025), "Kota X"),
        i18n::this_tab_title("Kota X"),
        i18n::kept_both(&titles),
        i18n::kept_aside(&i18n::NOT_OVERWRITTEN.into(), "cek-paritrana.cadangan.1"),
        i18n::not_overwritten(&i18n::STORAGE_FAILED.into()),
    ] {
        w.msg("session", &m);
    }
    w.done(20);
}

#[test]
fn every_panel_text_is_in_both_languages() {
    use cek_paritrana::core::pages::panel::load::load;
    use cek_paritrana::core::pages::panel::ranking::rank;
    use cek_paritrana::core::pages::panel::template::{columns, read};
    use cek_paritrana::core::pages::panel::PanelSet;

    let mut w = Walk::default();
    w.msg("panel clear", &i18n::panel_clear_question(3));
    w.msg("panel notes", &i18n::panel_flag_count(1));
    w.msg("panel notes", &i18n::panel_flag_count(3));
    for category in Category::ALL {
        for c in columns(category) {
            w.msg("panel column", &c.label(category));
        }
    }
    // A batch that reaches every message of loading: bad files, a file with parts left
    // out, duplicates, and a CSV with unknown, missing and wrong cells.
    let good = file::export(
        &persist::Stored { id: 1, title: String::new(), assessment: assessments()[2].clone() },
        cek_paritrana::core::base::text::Lang::Id,
    );
    let csv = "\u{feff}name;year;employed;active_participants;regulation;documents_ready;bogus\n\
               Kota A;24;abc;20.000;undang;mungkin;1\n\
               ;2024;1;1;;;\n\
               Kota A;24;abc;20.000;undang;mungkin;1\n\
               Kota C;2024;100;50;perda;ya;\n";
    let files: Vec<(String, Vec<u8>)> = vec![
        ("a.json".into(), good.clone().into_bytes()),
        ("b.json".into(), good.into_bytes()),
        ("c.json".into(), br#"{"format":"cek-paritrana","version":1,"assessment":{"category":"umk","entry":{"fields":{"nonsense":"1"}}}}"#.to_vec()),
        ("d.json".into(), b"{not json".to_vec()),
        ("e.csv".into(), csv.as_bytes().to_vec()),
        ("f.csv".into(), b"".to_vec()),
        ("g.csv".into(), b"province;year\nRiau;2024\n".to_vec()),
    ];
    let mut set = PanelSet::default();
    let report = load(&mut set, &files, Category::Kabkota);
    w.msg("panel summary", &report.summary());
    for p in &report.problems {
        w.msg("panel problem", &p.text());
    }
    let kabkota = cek_paritrana::core::pages::panel::template::template(
        Category::Kabkota,
        cek_paritrana::core::base::text::Lang::Id,
    );
    for p in read(Category::Umk, "i.csv", kabkota.as_bytes()).problems {
        w.msg("panel problem", &p.text());
    }
    for p in read(Category::LayananPublik, "h.csv", b"name;size;risk;package\nPT A;raksasa;R9;x\n").problems {
        w.msg("panel problem", &p.text());
    }
    for a in assessments() {
        set.add("x.json", None, a).ok();
    }
    for row in rank(&set) {
        w.t("panel band", row.band);
        for f in &row.flags {
            w.msg("panel flag", &f.text);
        }
    }
    w.done(120);
}
