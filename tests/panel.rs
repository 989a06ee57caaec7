//! The panel: batches of files and CSV templates loaded, candidates ranked, compared,
//! shortlisted, exported and kept, natively and through the session as the page drives it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/generated.rs"]
mod generated;

use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::evaluation::score;
use cek_paritrana::core::evaluation::validation::check;
use cek_paritrana::core::formats::csv;
use cek_paritrana::core::formats::file;
use cek_paritrana::core::formats::persist::{Loaded, Stored};
use cek_paritrana::core::model::assessment::Assessment;
use cek_paritrana::core::model::category::Category;
use cek_paritrana::core::model::inputs::{Field, RegulationLevel};
use cek_paritrana::core::pages::machine::Effect;
use cek_paritrana::core::pages::panel::keep::{decode, encode};
use cek_paritrana::core::pages::panel::load::load;
use cek_paritrana::core::pages::panel::ranking::{export, rank, visible, FlagKind, SortBy, View};
use cek_paritrana::core::pages::panel::session::{
    PanelAction, PanelExport, PanelFailure, PanelState as State, SetEdit, Show,
};
use cek_paritrana::core::pages::panel::side_by_side::side_by_side;
use cek_paritrana::core::pages::panel::template::{self, columns, Column};
use cek_paritrana::core::pages::panel::{PanelSet, Problem};
use cek_paritrana::core::pages::PANEL_LANG_KEY;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn kota(name: &str, province: &str, employed: &str, participants: &str, regulation: RegulationLevel) -> Assessment {
    let mut a = Assessment::new(Category::Kabkota);
    a.entry.name = name.into();
    a.entry.province = province.into();
    a.entry.year = "2024".into();
    a.entry.regulation = regulation;
    for (f, v) in
        [(Field::Employed, employed), (Field::ActiveParticipants, participants), (Field::CoverageTarget, "80")]
    {
        a.entry.fields.insert(f, v.into());
    }
    a
}

fn as_file(a: &Assessment) -> Vec<u8> {
    file::export(&Stored { id: 1, title: String::new(), assessment: a.clone() }, Lang::Id).into_bytes()
}

fn batch() -> Vec<(String, Vec<u8>)> {
    vec![
        (
            "padang-panjang.json".into(),
            as_file(&kota(
                "Kota Padang Panjang",
                "Sumatera Barat",
                "19.654",
                "15.386",
                RegulationLevel::PeraturanKepala,
            )),
        ),
        (
            "pekanbaru.json".into(),
            as_file(&kota("Kota Pekanbaru", "Riau", "600.000", "250.000", RegulationLevel::PeraturanDaerah)),
        ),
        (
            "ketapang.json".into(),
            as_file(&kota("Kab. Ketapang", "Kalimantan Barat", "220.000", "122.318", RegulationLevel::PeraturanDaerah)),
        ),
        ("rusak.json".into(), b"{\"format\": \"cek-par".to_vec()),
        ("lain.json".into(), br#"{"format":"cek-paritrana","version":9,"assessment":{}}"#.to_vec()),
    ]
}

fn loaded() -> PanelSet {
    let mut set = PanelSet::default();
    load(&mut set, &batch(), Category::Kabkota);
    set
}

fn problem_at<'a>(problems: &'a [Problem], row: usize, column: &str) -> &'a Problem {
    problems
        .iter()
        .find(|p| p.row == Some(row) && p.column.as_ref().is_some_and(|c| c.id.contains(column)))
        .unwrap_or_else(|| panic!("no problem at row {row}, column {column}: {problems:#?}"))
}

#[test]
fn a_batch_loads_the_good_files_and_names_the_bad_ones() {
    let mut set = PanelSet::default();
    let report = load(&mut set, &batch(), Category::Kabkota);
    assert_eq!(report.added.len(), 3);
    assert_eq!(report.problems.len(), 2, "{:#?}", report.problems);
    let texts: Vec<String> = report.problems.iter().map(|p| p.text().id).collect();
    assert!(texts[0].starts_with("rusak.json: Berkas rusak"), "{texts:?}");
    assert!(texts[1].starts_with("lain.json: ") && texts[1].contains("lebih baru"), "{texts:?}");
    assert!(report.summary().en.starts_with("3 candidates loaded, 2 notes"));
}

#[test]
fn a_csv_with_bad_rows_loads_the_rest_and_names_row_and_column() {
    let good = generated::filled(Category::Kabkota, 3, Lang::Id);
    let all = columns(Category::Kabkota);
    let at = |c: Column| all.iter().position(|x| *x == c).expect("column");
    let mut rows: Vec<Vec<String>> = csv::read(&good).into_iter().map(|r| r.1).collect();
    rows[1][at(Column::Figure(Field::BudgetCurrent))] = "Rp 1,5 kilo".into();
    rows[2][at(Column::Figure(Field::NonAsnCovered))] = "9.999.999".into();
    rows[3][at(Column::Regulation)] = "undang-undang".into();
    let mut nameless = rows[3].clone();
    nameless[0] = " ".into();
    rows.push(nameless);
    // A column dropped and one the template does not know added.
    let cut = at(Column::Figure(Field::CoverageTarget));
    for r in rows.iter_mut() {
        r.remove(cut);
    }
    rows[0].push("Catatan panitia".into());
    let text = csv::table(&rows);
    let read = template::read(Category::Kabkota, "daftar.csv", text.as_bytes());
    assert_eq!(read.candidates.len(), 3, "{:#?}", read.problems);
    let rows_read: Vec<usize> = read.candidates.iter().map(|c| c.0).collect();
    assert_eq!(rows_read, [2, 3, 4], "rows as the spreadsheet numbers them");
    let bad_number = problem_at(&read.problems, 2, "Anggaran iuran");
    assert!(bad_number.message.en.contains('k'), "{bad_number:?}");
    assert_eq!(read.candidates[0].1.entry.raw(Field::BudgetCurrent), "Rp 1,5 kilo", "kept as typed");
    let impossible = problem_at(&read.problems, 3, "Pegawai non-ASN yang terdaftar");
    assert!(impossible.message.id.contains("melebihi"), "{impossible:?}");
    let unknown = problem_at(&read.problems, 4, "Produk hukum");
    assert!(unknown.message.en.contains("undang-undang") && unknown.message.en.contains("choose one of"));
    assert!(problem_at(&read.problems, 5, "Nama").message.en.contains("left out"));
    let file_level: Vec<&Problem> = read.problems.iter().filter(|p| p.row.is_none()).collect();
    assert_eq!(file_level.len(), 2, "{file_level:#?}");
    assert!(file_level[0].message.id.contains("Catatan panitia"));
    assert!(
        file_level[1].message.en.contains("Region's coverage target") && file_level[1].message.en.contains("missing")
    );
    for p in &read.problems {
        let t = p.text();
        assert!(t.id.starts_with("daftar.csv") && t.en.starts_with("daftar.csv"));
        assert_ne!(t.id, t.en);
    }
}

#[test]
fn the_template_s_header_reads_back_in_either_language() {
    for category in Category::ALL {
        for lang in [Lang::Id, Lang::En] {
            let text = generated::filled(category, 4, lang);
            let read = template::read(category, "t.csv", text.as_bytes());
            assert_eq!(read.candidates.len(), 4, "{category:?} {lang:?}");
            assert!(read.problems.iter().all(|p| p.row.is_some()), "{category:?}: {:#?}", read.problems);
        }
        let empty = template::template(category, Lang::En);
        assert!(empty.starts_with('\u{feff}'));
        let read = template::read(category, "t.csv", empty.as_bytes());
        assert_eq!((read.candidates.len(), read.problems.len()), (0, 0));
    }
}

#[test]
fn another_category_s_template_is_named_not_loaded_empty() {
    let text = generated::filled(Category::Kabkota, 2, Lang::En);
    let read = template::read(Category::BuBesar, "kota.csv", text.as_bytes());
    assert!(read.candidates.is_empty());
    assert_eq!(read.problems.len(), 1);
    let m = &read.problems[0].message;
    assert!(m.en.starts_with("this is the Regency/City Government template, not the Large Business one"), "{m:?}");
}

#[test]
fn a_csv_from_an_english_spreadsheet_with_commas_reads() {
    let text = "\u{feff}name,province,employed,active_participants,coverage_target,regulation\r\n\
                Kota A,Riau,19654,15386,80,Perda\r\n\r\n\
                Kota B,Riau,1000,\"2,000\",75.5,perwal\r\n";
    let read = template::read(Category::Kabkota, "excel.csv", text.as_bytes());
    assert_eq!(read.candidates.len(), 2, "{:#?}", read.problems);
    let a = &read.candidates[0].1;
    assert_eq!(a.entry.regulation, RegulationLevel::PeraturanDaerah);
    assert_eq!(check(a).readings.get(Field::Employed), Some(dec!(19654)));
    assert_eq!(read.candidates[1].0, 4);
    assert_eq!(read.candidates[1].1.entry.regulation, RegulationLevel::PeraturanKepala);
    assert_eq!(check(&read.candidates[1].1).readings.get(Field::CoverageTarget), Some(dec!(75.5)));
    // Read under the form's rules: a lone comma before three digits is asked about.
    let ambiguous = problem_at(&read.problems, 4, "Peserta aktif");
    assert!(ambiguous.message.en.contains("2.000 for two thousand"), "{ambiguous:?}");
}

#[test]
fn a_candidate_loaded_twice_is_noticed_not_doubled() {
    let mut set = loaded();
    let again = load(&mut set, &batch()[..1], Category::Kabkota);
    assert!(again.added.is_empty());
    assert!(again.problems[0].message.en.contains("not loaded twice"));
    // The same candidate as a CSV row.
    let text = "Nama;Provinsi;year;employed\nKOTA PADANG-PANJANG;Sumatera Barat;2024;19.000\n";
    let twice = load(&mut set, &[("d.csv".into(), text.as_bytes().to_vec())], Category::Kabkota);
    assert!(twice.added.is_empty());
    assert!(twice.problems.iter().any(|p| p.row == Some(2) && p.message.en.contains("padang-panjang.json")));
    assert_eq!(set.candidates.len(), 3);
}

#[test]
fn rows_sort_by_any_column_and_filter_by_band_and_province() {
    let set = loaded();
    let rows = rank(&set);
    let names = |v: &View| visible(&rows, v).iter().map(|r| r.name.clone()).collect::<Vec<_>>();
    let mut view = View::default();
    let by_total = names(&view);
    let totals: Vec<Decimal> = visible(&rows, &view).iter().map(|r| r.total).collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    view.sort_by(SortBy::Total);
    assert_eq!(names(&view), by_total.iter().rev().cloned().collect::<Vec<_>>());
    view.sort_by(SortBy::Name);
    assert_eq!(names(&view), ["Kab. Ketapang", "Kota Padang Panjang", "Kota Pekanbaru"]);
    view.sort_by(SortBy::Name);
    assert_eq!(names(&view), ["Kota Pekanbaru", "Kota Padang Panjang", "Kab. Ketapang"]);
    view.sort_by(SortBy::Province);
    assert_eq!(names(&view)[0], "Kab. Ketapang", "Kalimantan Barat first");
    for pillar in rows[0].pillars.iter().map(|p| p.0) {
        view.sort_by(SortBy::Pillar(pillar));
        let points: Vec<Decimal> =
            visible(&rows, &view).iter().map(|r| r.pillars.iter().find(|p| p.0 == pillar).expect("pillar").2).collect();
        assert!(points.windows(2).all(|w| w[0] >= w[1]), "{pillar}: {points:?}");
    }
    for by in [SortBy::Band, SortBy::Caps, SortBy::SelfRated, SortBy::Flags] {
        view.sort_by(by);
        assert_eq!(visible(&rows, &view).len(), 3);
    }
    view.province = Some("riau".into());
    assert_eq!(names(&view), ["Kota Pekanbaru"]);
    view.province = None;
    view.band = Some(rows[0].band_id);
    assert!(visible(&rows, &view).iter().all(|r| r.band_id == rows[0].band_id));
    view.band = Some("no-such-band");
    assert!(visible(&rows, &view).is_empty());
    // Ties keep to the names' order, whichever way the figures are sorted.
    let mut tied = rows.clone();
    for r in tied.iter_mut() {
        r.total = dec!(50);
    }
    let mut v = View::default();
    for _ in 0..2 {
        v.sort_by(SortBy::Total);
        let order: Vec<&str> = visible(&tied, &v).iter().map(|r| r.name.as_str()).collect();
        assert_eq!(order, ["Kab. Ketapang", "Kota Padang Panjang", "Kota Pekanbaru"]);
    }
}

#[test]
fn a_row_carries_what_a_panel_should_check() {
    let mut a = kota("Kota Padang Panjang", "Sumatera Barat", "19.654", "15.386", RegulationLevel::PeraturanKepala);
    a.entry.fields.insert(Field::BudgetCurrent, "1.457.000.000".into());
    a.entry.fields.insert(Field::VulnerableCovered, "8.300".into());
    a.entry.fields.insert(Field::VulnerableTarget, "9.000".into());
    a.entry.fields.insert(Field::BudgetPrevious, "740.174".into());
    a.entry.fields.insert(Field::NonAsnTotal, "0".into());
    a.not_applicable.insert(a.rubric().criteria[1].id.to_string());
    let mut set = PanelSet::default();
    set.add("a.json", None, a).expect("added");
    let row = &rank(&set)[0];
    let kinds: Vec<FlagKind> = row.flags.iter().map(|f| f.kind).collect();
    for kind in [
        FlagKind::Mismatch,
        FlagKind::Invalid,
        FlagKind::Implausible,
        FlagKind::Missing,
        FlagKind::NotApplicable,
        FlagKind::Unproven,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} in {:#?}", row.flags);
    }
    let note = |row: &cek_paritrana::core::pages::panel::ranking::Row| {
        row.flags.iter().find(|f| f.kind == FlagKind::Unproven).map(|f| f.text.id.clone())
    };
    assert!(note(row).is_some_and(|t| t.starts_with("tanpa daftar bukti")), "{:?}", note(row));
    // With evidence for every claim, that note goes.
    let mut a = set.candidates[0].assessment.clone();
    let e = cek_paritrana::core::evaluation::Evaluation::of(&a);
    let ranked = |a: &Assessment| {
        let mut s = PanelSet::default();
        s.add("b.json", None, a.clone()).expect("added");
        rank(&s).remove(0)
    };
    for (n, id) in e.unproven.iter().enumerate() {
        let sk = cek_paritrana::core::model::evidence::Evidence { title: "SK".into(), ..Default::default() };
        a.evidence.list_mut(id).push(sk);
        if n == 0 {
            let partly = ranked(&a);
            assert!(note(&partly).is_some_and(|t| t.starts_with("klaim tanpa bukti")), "{:?}", note(&partly));
        }
    }
    assert_eq!(note(&ranked(&a)), None);
    assert!(row.self_rated >= Decimal::ZERO && row.self_rated <= Decimal::ONE_HUNDRED);
    assert_eq!(row.pillars.len(), Assessment::new(Category::Kabkota).rubric().pillars.len());
}

#[test]
fn the_panel_s_weights_apply_to_every_candidate_alike() {
    let mut own = kota("Kota Sendiri", "Riau", "1.000", "900", RegulationLevel::None);
    let first = own.rubric().criteria[0].id;
    own.weights.insert(first.to_string(), dec!(90));
    let mut t = State::default();
    t.update(PanelAction::Stored(None));
    let mut files = batch();
    files.push(("sendiri.json".into(), as_file(&own)));
    t.update(PanelAction::Files { read: files, unreadable: vec![] });
    let expected = |t: &State, weights: &[(&str, Decimal)]| -> Vec<Decimal> {
        t.set
            .candidates
            .iter()
            .map(|c| {
                let mut a = c.assessment.clone();
                a.weights.clear();
                for (id, w) in weights {
                    a.weights.insert(id.to_string(), *w);
                }
                score(&a, &check(&a)).shown_total()
            })
            .collect()
    };
    let totals = |t: &State| t.rows.iter().map(|r| r.total).collect::<Vec<_>>();
    assert_eq!(totals(&t), expected(&t, &[]), "the candidate's own weights give way to the rubric's");
    let effects = t.update(PanelAction::Edit(SetEdit::Weight(first, "40".into())));
    assert!(matches!(effects.as_slice(), [Effect::Write { .. }]), "{effects:?}");
    let weights: Vec<(String, Decimal)> = t
        .set
        .weights_for(Category::Kabkota)
        .expect("panel weights")
        .weights
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    let weights: Vec<(&str, Decimal)> = weights.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(totals(&t), expected(&t, &weights));
    assert_ne!(totals(&t), expected(&t, &[]));
    t.update(PanelAction::Edit(SetEdit::Weight(first, "4O".into())));
    assert_eq!(t.weight_drafts.get(first).map(String::as_str), Some("4O"));
    t.update(PanelAction::Edit(SetEdit::ResetWeights));
    assert_eq!(totals(&t), expected(&t, &[]));
    assert!(t.set.weights.is_empty());
}

#[test]
fn three_candidates_side_by_side() {
    let set = loaded();
    let ids: Vec<u32> = set.candidates.iter().map(|c| c.id).collect();
    assert!(side_by_side(&set, &ids[..1]).is_none(), "one is no comparison");
    let s = side_by_side(&set, &ids).expect("three");
    assert_eq!(s.names, ["Kota Padang Panjang", "Kota Pekanbaru", "Kab. Ketapang"]);
    let rubric = Assessment::new(Category::Kabkota).rubric();
    assert_eq!(s.criteria.len(), rubric.criteria.len());
    for (i, total) in s.totals.iter().enumerate() {
        let points: Decimal =
            s.criteria.iter().map(|l| l.cells[i].as_ref().map(|c| c.points).unwrap_or_default()).sum();
        let pillars: Decimal = s.pillars.iter().map(|p| p.points[i].unwrap_or_default()).sum();
        assert_eq!(points, pillars);
        assert!(*total <= points.round_dp(1) + dec!(0.1), "caps only lower the total");
    }
    let ucj = &s.criteria
        [rubric.criteria.iter().position(|c| c.measure.fields().contains(&Field::CoverageTarget)).expect("coverage")];
    assert!(ucj.cells.iter().all(|c| c.as_ref().is_some_and(|c| !c.input.id.is_empty())), "with the inputs in words");
}

#[test]
fn the_export_reads_back_as_the_rows_shown() {
    let mut set = loaded();
    set.candidates[1].shortlisted = true;
    let rows = rank(&set);
    let shown = visible(&rows, &View::default());
    for lang in [Lang::Id, Lang::En] {
        let text = export(&shown, lang);
        assert!(text.starts_with('\u{feff}') && text.contains("\r\n"));
        let table = csv::read(&text);
        assert_eq!(table.len(), 4);
        let header = &table[0].1;
        assert_eq!(header[0], if lang == Lang::Id { "Peringkat" } else { "Rank" });
        for (i, (r, line)) in shown.iter().zip(&table[1..]).enumerate() {
            let cells = &line.1;
            assert_eq!(cells.len(), header.len());
            assert_eq!(cells[0], (i + 1).to_string());
            assert_eq!(cells[1], r.name);
            assert_eq!(cells[4], csv::number(r.total));
            assert!(!cells[4].contains('.'), "a decimal comma: {}", cells[4]);
            assert_eq!(cells[5], r.band.get(lang));
            assert_eq!(cells.last().map(String::is_empty), Some(!r.shortlisted));
        }
    }
}

#[test]
fn the_set_is_kept_and_damage_is_recovered_with_a_message() {
    let mut set = loaded();
    set.candidates[0].shortlisted = true;
    set.weights.push(cek_paritrana::core::pages::panel::PanelWeights {
        category: Category::Kabkota,
        weights: [(Assessment::new(Category::Kabkota).rubric().criteria[0].id.to_string(), dec!(30))]
            .into_iter()
            .collect(),
    });
    let text = encode(&set);
    assert!(text.starts_with("{\"format\":\"cek-paritrana-panel\",\"version\":1,"));
    assert_eq!(decode(&text), Loaded::Intact(set.clone()));
    assert_eq!(decode(""), Loaded::Empty);
    assert!(matches!(decode("{not json"), Loaded::SetAside(_)));
    assert!(
        matches!(decode(&text.replace("\"version\":1", "\"version\":2")), Loaded::SetAside(m) if m.en.contains("newer"))
    );
    let damaged = text
        .replacen("\"category\":\"kabkota\"", "\"category\":\"mars\"", 1)
        .replace("\"weights\":{\"", "\"weights\":{\"x");
    let Loaded::Recovered(back, msg) = decode(&damaged) else { panic!("recovers") };
    assert_eq!(back.candidates.len(), 2);
    assert!(msg.id.contains("penilaian ke-1") && msg.en.contains("assessment no. 1"), "{msg:?}");
}

#[test]
fn the_panel_session_reads_writes_clears_and_undoes() {
    let mut t = State::new(Some("en"));
    assert_eq!(t.lang, Lang::En);
    let kept = encode(&loaded());
    t.update(PanelAction::Stored(Some(kept)));
    assert_eq!(t.rows.len(), 3);
    // Read once: a second answer changes nothing.
    t.update(PanelAction::Stored(None));
    assert_eq!(t.rows.len(), 3);
    let id = t.rows[0].id;
    let effects = t.update(PanelAction::Edit(SetEdit::Shortlist(id, true)));
    assert!(matches!(&effects[..], [Effect::Write { text, .. }] if text.contains("\"shortlisted\":true")));
    assert!(t.rows[0].shortlisted);
    // The printed report breaks each shortlisted candidate down, criterion by criterion.
    let report = t.shortlisted();
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].ids, [id]);
    assert_eq!(report[0].totals, [t.rows[0].total]);
    t.update(PanelAction::Show(Show::ShortlistedOnly(true)));
    assert_eq!(t.visible().len(), 1);
    t.update(PanelAction::Show(Show::ShortlistedOnly(false)));
    for c in t.set.candidates.iter().map(|c| c.id).collect::<Vec<_>>() {
        t.update(PanelAction::Show(Show::Choose(c, true)));
    }
    assert_eq!(t.side_by_side().map(|s| s.ids.len()), Some(3));
    // Clearing asks first; cancelled, nothing goes.
    assert_eq!(t.update(PanelAction::Edit(SetEdit::Clear)), []);
    assert!(t.confirming_clear && t.rows.len() == 3);
    t.update(PanelAction::Edit(SetEdit::CancelClear));
    assert!(!t.confirming_clear && t.rows.len() == 3);
    assert_eq!(t.update(PanelAction::Edit(SetEdit::Clear)), []);
    let effects = t.update(PanelAction::Edit(SetEdit::ConfirmClear));
    assert!(!t.confirming_clear);
    assert!(t.rows.is_empty() && t.set.candidates.is_empty() && t.chosen.is_empty());
    assert!(
        matches!(&effects[..], [Effect::Write { text, .. }] if decode(text) == Loaded::Intact(PanelSet::default()))
    );
    t.update(PanelAction::Edit(SetEdit::Undo));
    assert_eq!(t.rows.len(), 3);
    assert!(t.set.get(id).is_some_and(|c| c.shortlisted));
    // Export and template are downloads.
    t.update(PanelAction::Today("2026-11-23".into()));
    let effects = t.update(PanelAction::Export(PanelExport::Ranking));
    let [Effect::Download { name, content, .. }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(name, "cek-paritrana_peringkat-kabkota_2026-11-23.csv");
    assert_eq!(csv::read(content).len(), 4);
    let effects = t.update(PanelAction::Export(PanelExport::Template));
    assert!(matches!(&effects[..], [Effect::Download { name, .. }] if name == "cek-paritrana_templat-kabkota.csv"));
    // A failed write is said; the language is the page's own, remembered apart.
    assert!(t.update(PanelAction::Failed(PanelFailure::Storage)).is_empty());
    assert!(t.notice.take().is_some_and(|m| m.en.contains("storage") || m.en.contains("saved")));
    assert_eq!(
        t.update(PanelAction::SetLang(Lang::Id)),
        [Effect::SetDocumentLang(Lang::Id), Effect::Write { key: PANEL_LANG_KEY, text: "id".into() }]
    );
}

#[test]
fn another_tab_s_write_is_taken_whole_and_never_written_back_over() {
    let mut t = State::default();
    t.update(PanelAction::Stored(None));
    t.update(PanelAction::Files { read: batch(), unreadable: vec![] });
    let ids: Vec<u32> = t.rows.iter().map(|r| r.id).collect();
    for id in &ids[..2] {
        t.update(PanelAction::Show(Show::Choose(*id, true)));
    }
    // The other tab removed the first candidate and shortlisted the second.
    let mut other = t.set.clone();
    other.candidates.retain(|c| c.id != ids[0]);
    other.candidates.iter_mut().filter(|c| c.id == ids[1]).for_each(|c| c.shortlisted = true);
    assert!(t.update(PanelAction::ChangedElsewhere(Some(encode(&other)))).is_empty(), "nothing written back");
    assert_eq!(t.rows.len(), 2);
    assert!(t.rows.iter().any(|r| r.id == ids[1] && r.shortlisted));
    assert_eq!(t.chosen, [ids[1]]);
    // Unreadable text leaves this tab's set; cleared elsewhere clears it here.
    t.update(PanelAction::ChangedElsewhere(Some("{".into())));
    assert_eq!(t.rows.len(), 2);
    t.update(PanelAction::ChangedElsewhere(None));
    assert!(t.rows.is_empty() && t.chosen.is_empty());
}

#[test]
fn damaged_panel_storage_is_kept_aside_and_said() {
    let mut t = State::default();
    let effects = t.update(PanelAction::Stored(Some(
        "{\"format\":\"cek-paritrana-panel\",\"version\":1,\"candidates\":[{\"assessment\":{\"category\":\"mars\"}}]}"
            .into(),
    )));
    assert!(matches!(&effects[..], [Effect::KeepAside(_)]), "{effects:?}");
    assert!(t.notice.as_ref().is_some_and(|m| m.en.contains("assessment no. 1")));
}

#[test]
fn five_hundred_generated_candidates_load_and_rank() {
    let text = generated::filled(Category::Kabkota, 500, Lang::Id);
    let mut set = PanelSet::default();
    let report = load(&mut set, &[("500.csv".into(), text.into_bytes())], Category::Kabkota);
    assert_eq!(report.added.len(), 500, "{:#?}", &report.problems[..report.problems.len().min(5)]);
    let rows = rank(&set);
    assert_eq!(visible(&rows, &View::default()).len(), 500);
    assert!(rows.iter().any(|r| r.total > dec!(20)), "the figures score");
}

#[test]
fn removing_one_is_undone_and_unreadable_files_are_said_beside_the_batch() {
    let mut t = State::default();
    t.update(PanelAction::Stored(None));
    t.update(PanelAction::Files { read: batch(), unreadable: vec!["hilang.json".into()] });
    let report = t.report.clone().expect("a report");
    assert_eq!(report.added.len(), 3);
    assert!(report.problems.last().is_some_and(|p| p.file == "hilang.json" && p.message.en.contains("could not read")));
    let id = t.rows[1].id;
    t.update(PanelAction::Show(Show::Choose(id, true)));
    let effects = t.update(PanelAction::Edit(SetEdit::Remove(id)));
    assert!(matches!(&effects[..], [Effect::Write { .. }]));
    assert!(t.set.get(id).is_none() && t.chosen.is_empty() && t.rows.len() == 2);
    assert!(t.undo.as_ref().is_some_and(|u| u.1.en.contains("removed")));
    t.update(PanelAction::Edit(SetEdit::Undo));
    assert!(t.set.get(id).is_some() && t.rows.len() == 3);
    // Another category shows its own (none yet), and the filters start afresh.
    t.update(PanelAction::Show(Show::Band(Some("no-such-band"))));
    t.update(PanelAction::Show(Show::Category(Category::Desa)));
    assert!(t.visible().is_empty() && t.view.band.is_none());
    // A CSV is read as the template of the category shown.
    let csv = generated::filled(Category::Desa, 2, Lang::Id);
    t.update(PanelAction::Files { read: vec![("desa.csv".into(), csv.into_bytes())], unreadable: vec![] });
    assert_eq!(t.visible().len(), 2);
    assert_eq!(t.categories(), [Category::Kabkota, Category::Desa]);
    // Choosing more than five keeps the first five.
    for id in t.set.candidates.iter().map(|c| c.id).collect::<Vec<_>>() {
        t.update(PanelAction::Show(Show::Choose(id, true)));
    }
    assert_eq!(t.chosen.len(), 5);
}

#[test]
fn the_panel_opens_in_the_app_s_language_until_its_own_is_chosen() {
    use cek_paritrana::core::pages::machine::Machine;
    use cek_paritrana::core::pages::STORAGE_KEY;
    let boot = |stored: &[(&str, &str)]| {
        let read = |key: &str| stored.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string());
        State::boot(Some(&read)).0.lang
    };
    assert_eq!(boot(&[]), Lang::Id);
    assert_eq!(boot(&[(STORAGE_KEY, r#"{"schema":4,"lang":"en","library":{"assessments":[]}}"#)]), Lang::En);
    assert_eq!(boot(&[(STORAGE_KEY, r#"{"schema":4,"lang":"en"}"#), (PANEL_LANG_KEY, "id")]), Lang::Id, "its own");
    assert_eq!(boot(&[(STORAGE_KEY, "{rusak")]), Lang::Id, "damaged app data: the default");
}

#[test]
fn a_batch_says_how_many_it_loaded_into_other_categories() {
    let mut t = State::default();
    t.update(PanelAction::Stored(None));
    let mut files = batch();
    let mut desa = Assessment::new(Category::Desa);
    desa.entry.name = "Desa Sukamaju".into();
    files.push(("sukamaju.json".into(), as_file(&desa)));
    t.update(PanelAction::Files { read: files, unreadable: vec![] });
    let report = t.report.as_ref().expect("a report");
    assert_eq!((report.added.len(), report.elsewhere), (4, 1));
    assert_eq!(t.visible().len(), 3, "the kota shown, the desa under its own category");
    let summary = report.summary();
    assert!(
        summary.en == "4 candidates loaded, 2 notes. In another category: 1; choose it above to see them.",
        "{}",
        summary.en
    );
}
