//! Saved data made by earlier versions of the code keeps opening, each made by the code of
//! its time: share links in format 1 (tests/fixtures/link_v1.json) and format 2
//! (link_v2.txt), browser storage in schema 2 (storage_schema2.json,
//! storage_schema2_two.json) and files in format 1 (file_v1.json, file_v1_kabkota.json).
//! All of them were written under rubric 2025.1: they open under the current rubric with
//! every entry kept, remember the rubric they were saved under (for the notice showing the
//! old and new total), and are written back in the current format, which reads the same.
//! Storage schema 3, file format 2 and link format 3 (storage_schema3.json, file_v2.json,
//! link_v3.txt) were written under rubric 2026.1 before assessments held an evidence
//! dossier: they read back exactly as written, with an empty dossier. Storage schema 4,
//! file format 3 and link format 4 (storage_schema4.json, file_v3.json, link_v4.txt) were
//! written under rubric 2026.1 by the code of commit 2663d02, before who attends the
//! interview, where revenue shares sit and the labour-intensive flag were asked: every
//! reader gives "the head attends" as the head on the ladder, the rest at their defaults.
#![cfg(not(target_arch = "wasm32"))]

use cek_paritrana::core::base::keys::Keyed;
use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::evaluation::Evaluation;
use cek_paritrana::core::formats::{file, json, link, persist};
use cek_paritrana::core::model::assessment::Assessment;
use cek_paritrana::core::model::assessment::Version;
use rust_decimal::Decimal;
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("fixture exists")
}

/// An entry as the code before storage schema 5, file format 4 and link format 5 wrote it,
/// as the current code writes the same: `leader_attends` becomes who attends, and the
/// choices added since are at their defaults.
fn entry_now(old: &Value) -> Value {
    let mut entry = old.clone();
    let map = entry.as_object_mut().expect("object");
    let head = map.remove("leader_attends").and_then(|v| v.as_bool()).unwrap_or(false);
    map.insert("attendance".into(), Value::String(if head { "head" } else { "nobody" }.into()));
    map.entry("revenue_share").or_insert(Value::String("unanswered".into()));
    map.entry("labour_intensive").or_insert(Value::Bool(false));
    entry
}

/// The assessment as the old code wrote it must be what was read: category, every entry
/// (the package, new since, at its default), not-applicable marks and weights, compared
/// as written so the test does not lean on the reader it checks.
fn kept_whole(read: &Assessment, written: &Value, name: &str) {
    let now = serde_json::to_value(read).expect("serialises");
    assert_eq!(now["category"], written["category"], "{name}");
    let mut entry = now["entry"].clone();
    assert_eq!(entry["package"], "jkk_jkm", "{name}");
    entry.as_object_mut().expect("object").remove("package");
    let mut old_entry = entry_now(&written["entry"]);
    // Links leave out what holds nothing; the reader gives those back as empty.
    for (k, v) in entry.as_object().expect("object") {
        let old = old_entry.as_object_mut().expect("object");
        old.entry(k.clone()).or_insert_with(|| match v {
            Value::Bool(_) => Value::Bool(false),
            Value::Array(_) => Value::Array(vec![]),
            Value::Object(_) => Value::Object(Default::default()),
            Value::Null => Value::Null,
            _ => Value::String(String::new()),
        });
    }
    assert_eq!(entry, old_entry, "{name}");
    for part in ["not_applicable", "weights"] {
        let old = written.get(part).cloned().unwrap_or(Value::Null);
        let empty =
            old.is_null() || old.as_array().is_some_and(Vec::is_empty) || old.as_object().is_some_and(|m| m.is_empty());
        if empty {
            assert!(
                now[part].as_array().is_some_and(Vec::is_empty) || now[part].as_object().is_some_and(|m| m.is_empty()),
                "{name} {part}"
            );
        } else {
            assert_eq!(now[part], old, "{name} {part}");
        }
    }
    assert_eq!(read.version, Version::CURRENT, "{name} opens under the current rubric");
    assert_eq!(read.saved_under, Some(Version::V2025_1), "{name} remembers 2025.1");
}

#[test]
fn format_1_links_open_with_every_entry_under_the_current_rubric() {
    let v: Value = serde_json::from_str(&fixture("link_v1.json")).expect("fixture parses");
    let links = v["links"].as_array().expect("links");
    assert_eq!(links.len(), 2);
    for l in links {
        let name = l["name"].as_str().unwrap_or_default();
        let text = l["link"].as_str().expect("link");
        assert!(text.starts_with("1."), "{name}");
        let shared = link::decode(text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(shared.title, l["title"].as_str().expect("title"), "{name}");
        assert_eq!(shared.left_out, [], "{name}");
        kept_whole(&shared.assessment, &l["assessment"], name);
        // Sent on again, it goes in the current format and opens the same.
        let again = link::encode(&shared.title, &shared.assessment);
        assert!(again.starts_with(&format!("{}.", link::LINK_VERSION)));
        assert_eq!(link::decode(&again), Ok(shared), "{name}");
    }
}

#[test]
fn a_format_2_link_opens_with_the_old_and_new_total() {
    let text = fixture("link_v2.txt");
    assert!(text.starts_with("2."));
    let shared = link::decode(text.trim()).expect("opens");
    assert_eq!(shared.title, "Kabupaten Contoh 2024");
    assert_eq!(shared.left_out, []);
    let a = &shared.assessment;
    assert_eq!((a.version, a.saved_under), (Version::CURRENT, Some(Version::V2025_1)));
    let e = Evaluation::of(a);
    // The code of rubric 2025.1 scored this assessment 61,6.
    let (old, new) = e.before_upgrade.expect("an old total");
    assert_eq!((old, e.score.shown_total() != Decimal::new(616, 1)), (Decimal::new(616, 1), true));
    assert_eq!(new, e.score.shown_total());
    let again = link::decode(&link::encode(&shared.title, a)).expect("opens");
    assert_eq!(again.assessment, *a, "the current format keeps the rubric it was saved under");
}

#[test]
fn the_worked_example_fits_a_link_under_1000_characters() {
    let v: Value = serde_json::from_str(&fixture("padang_panjang.json")).expect("fixture parses");
    let a = json::read_assessment(&v["assessment"], Version::CURRENT, &mut Vec::new()).expect("assessment");
    let link = link::encode("Kota Padang Panjang 2024", &a);
    // As the end-to-end test sees it: served on loopback under a sub-path.
    let url = format!("http://127.0.0.1:65535/sub/cek-paritrana/#{}{link}", link::FRAGMENT_KEY);
    assert!(url.len() < 1000, "{} characters", url.len());
    assert_eq!(link::decode(&url[url.find('#').expect("fragment")..]).map(|s| s.assessment), Ok(a));
}

/// An old storage fixture, read: what it now holds (updated, with the message that says so)
/// and each assessment as the old code wrote it.
fn updated_storage(name: &str) -> (persist::Saved, Vec<Value>) {
    let old = fixture(name);
    let written: Value = serde_json::from_str(&old).expect("parses");
    let persist::Loaded::Recovered(saved, message) = persist::decode(&old) else { panic!("{name} is updated") };
    assert!(message.en.contains("older version was updated"), "{name}: {}", message.en);
    let items = written["library"]["assessments"].as_array().expect("list").clone();
    assert_eq!(saved.library.assessments.len(), items.len(), "{name}");
    (saved, items)
}

#[test]
fn storage_schema_2_opens_every_assessment_and_writes_the_current_schema_that_reads_the_same() {
    for name in ["storage_schema2.json", "storage_schema2_two.json"] {
        let (saved, items) = updated_storage(name);
        for (s, w) in saved.library.assessments.iter().zip(items) {
            assert_eq!(s.title, w["title"].as_str().expect("title"), "{name}");
            kept_whole(&s.assessment, &w["assessment"], name);
        }
        let again = persist::encode(&saved);
        assert!(again.starts_with("{\"schema\":5,\"rubric\":\"2026.2\""), "{again}");
        let persist::Loaded::Intact(read) = persist::decode(&again) else { panic!("{name}: schema 5 reads intact") };
        assert_eq!(read, saved, "{name}");
    }
}

#[test]
fn file_format_1_imports_under_the_current_rubric_and_exports_the_current_format() {
    for name in ["file_v1.json", "file_v1_kabkota.json"] {
        let old = fixture(name);
        let written: Value = serde_json::from_str(&old).expect("parses");
        let f = file::import(old.as_bytes()).expect("imports");
        assert_eq!(f.left_out, [], "{name}");
        assert_eq!(f.rubric, "2025.1", "{name}: the file says which rubric made it");
        kept_whole(&f.assessment, &written["assessment"], name);
        let stored = persist::Stored { id: 1, title: f.title.clone(), assessment: f.assessment.clone() };
        let again = file::export(&stored, f.lang);
        assert!(again.starts_with("{\"format\":\"cek-paritrana\",\"version\":4,\"rubric\":\"2026.2\""), "{again}");
        let back = file::import(again.as_bytes()).expect("imports");
        assert_eq!((back.title, back.assessment), (f.title, f.assessment), "{name}");
    }
}

/// As the code before the dossier wrote it, part for part: the same code wrote both, so
/// the assessment now holds exactly that and an empty dossier.
fn exactly_as_written(read: &Assessment, written: &Value, name: &str) {
    assert!(read.evidence.is_empty(), "{name}");
    let mut now = serde_json::to_value(read).expect("serialises");
    assert_eq!(now.as_object_mut().expect("object").remove("evidence"), Some(Value::Object(Default::default())));
    let mut then = written.clone();
    then["entry"] = entry_now(&written["entry"]);
    then["rubric"] = Value::String(Version::CURRENT.key().into());
    then["rubric_before"] = Value::String("2026.1".into());
    assert_eq!(now, then, "{name}");
}

#[test]
fn storage_schema_3_file_format_2_and_link_format_3_read_whole_with_an_empty_dossier() {
    let (saved, items) = updated_storage("storage_schema3.json");
    assert_eq!(saved.library.assessments.len(), 2);
    for (s, w) in saved.library.assessments.iter().zip(items) {
        assert_eq!(s.title, w["title"].as_str().expect("title"));
        exactly_as_written(&s.assessment, &w["assessment"], "storage");
    }
    let persist::Loaded::Intact(read) = persist::decode(&persist::encode(&saved)) else {
        panic!("schema 5 reads intact")
    };
    assert_eq!(read, saved);

    let old = fixture("file_v2.json");
    let written: Value = serde_json::from_str(&old).expect("parses");
    let f = file::import(old.as_bytes()).expect("imports");
    assert_eq!((f.left_out.len(), f.title.as_str()), (0, "Padang Panjang 2024"));
    exactly_as_written(&f.assessment, &written["assessment"], "file");

    let shared = link::decode(fixture("link_v3.txt").trim()).expect("opens");
    assert_eq!((shared.left_out.len(), shared.title.as_str()), (0, "PT Contoh Makmur 2024"));
    let v: Value = serde_json::from_str(&fixture("pt_menengah_pds.json")).expect("fixture parses");
    // The link was made under 2026.1, which it names; it opens under the current rubric.
    let made_from = json::read_assessment(&v["assessment"], Version::V2026_1, &mut Vec::new()).expect("assessment");
    assert_eq!(shared.assessment, made_from);
    assert!(shared.assessment.evidence.is_empty());
}

#[test]
fn storage_schema_4_file_format_3_and_link_format_4_open_under_2026_2_with_the_old_and_new_total() {
    let (saved, items) = updated_storage("storage_schema4.json");
    assert_eq!(saved.library.assessments.len(), 2);
    for (s, w) in saved.library.assessments.iter().zip(items) {
        let mut now = serde_json::to_value(&s.assessment).expect("serialises");
        let mut then = w["assessment"].clone();
        then["entry"] = entry_now(&w["assessment"]["entry"]);
        then["rubric"] = Value::String("2026.2".into());
        then["rubric_before"] = Value::String("2026.1".into());
        assert_eq!(now.as_object_mut().map(|m| m.len()), then.as_object().map(|m| m.len()));
        assert_eq!(now, then, "{}", s.title);
    }
    let jember = &saved.library.assessments[0].assessment;
    assert_eq!(jember.entry.attendance, cek_paritrana::core::model::inputs::Attendance::Head);
    assert_eq!(jember.evidence.of("inisiatif.anggaran").len(), 1);
    // Under 2026.1 the revenue shares were added to the APBD line; under 2026.2, unanswered,
    // they are taken as inside it (and the initiatives list is longer): both totals are shown.
    let e = Evaluation::of(jember);
    let (before, after) = e.before_upgrade.expect("the old and new total");
    assert_eq!(after, e.score.shown_total());
    assert!(before > after, "{before} → {after}");
    let funds = e.score.criterion("inisiatif.anggaran").expect("criterion");
    assert!(funds.reason.id.contains("DBH Rp8.124.480.000 dianggap sudah termasuk APBD"), "{}", funds.reason.id);
    let file = file::import(fixture("file_v3.json").as_bytes()).expect("imports");
    assert_eq!((file.left_out.len(), file.assessment.clone()), (0, jember.clone()));
    let shared = link::decode(fixture("link_v4.txt").trim()).expect("opens");
    assert_eq!((shared.left_out.len(), shared.title.as_str()), (0, "Jember 2025"));
    assert_eq!(shared.assessment, *jember);
    let again = link::decode(&link::encode("Jember 2025", jember)).expect("opens");
    assert_eq!(again.assessment, *jember, "the current format keeps the rubric it was saved under");
}

#[test]
fn the_dossier_survives_storage_files_and_links() {
    use cek_paritrana::core::model::evidence::{Evidence, EvidenceKind};
    let old = fixture("storage_schema3.json");
    let persist::Loaded::Recovered(mut saved, _) = persist::decode(&old) else { panic!("schema 3 is updated") };
    let stored = &mut saved.library.assessments[0];
    stored.assessment.evidence.list_mut("regulasi.instrumen").push(Evidence {
        kind: EvidenceKind::Peraturan,
        title: "Perwako Padang Panjang No. 12 Tahun 2021".into(),
        date: "2021-05-13".into(),
        note: "salinan di map 1".into(),
        checked_with_bpjs: false,
    });
    stored.assessment.evidence.list_mut("cakupan.rentan").push(Evidence {
        kind: EvidenceKind::LaporanBpjs,
        title: "Rekap kepesertaan BPU per 31 Desember 2024".into(),
        date: "31-12-2024".into(),
        note: String::new(),
        checked_with_bpjs: true,
    });
    let persist::Loaded::Intact(read) = persist::decode(&persist::encode(&saved)) else { panic!("reads intact") };
    assert_eq!(read, saved);
    let stored = &saved.library.assessments[0];
    let f = file::import(file::export(stored, Lang::Id).as_bytes()).expect("imports");
    assert_eq!((&f.assessment, f.left_out.len()), (&stored.assessment, 0));
    let shared = link::decode(&link::encode("Padang Panjang 2024", &stored.assessment)).expect("opens");
    assert_eq!(shared.assessment, stored.assessment);
}
