//! Saved data made by earlier versions of the code keeps opening: share links in link
//! format 1, browser storage in schema 2 and files in file format 1, each made by the
//! code of the time (tests/fixtures/link_v1.json, storage_schema2.json, file_v1.json).
#![cfg(not(target_arch = "wasm32"))]

use cek_paritrana::core::{file, json, link, persist};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("fixture exists")
}

#[test]
fn format_1_links_open_to_the_same_assessment() {
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
        // Compared as written, so the test does not lean on the reader it checks.
        assert_eq!(serde_json::to_value(&shared.assessment).expect("serialises"), l["assessment"], "{name}");
        // Sent on again, it goes in the current format and opens the same.
        let again = link::encode(&shared.title, &shared.assessment);
        assert!(again.starts_with(&format!("{}.", link::LINK_VERSION)));
        assert_eq!(link::decode(&again), Ok(shared), "{name}");
    }
}

#[test]
fn the_worked_example_fits_a_link_under_1000_characters() {
    let v: Value = serde_json::from_str(&fixture("padang_panjang.json")).expect("fixture parses");
    let a = json::read_assessment(&v["assessment"], &mut Vec::new()).expect("assessment");
    let link = link::encode("Kota Padang Panjang 2024", &a);
    // As the end-to-end test sees it: served on loopback under a sub-path.
    let url = format!("http://127.0.0.1:65535/sub/cek-paritrana/#{}{link}", link::FRAGMENT_KEY);
    assert!(url.len() < 1000, "{} characters", url.len());
    assert_eq!(link::decode(&url[url.find('#').expect("fragment")..]).map(|s| s.assessment), Ok(a));
}

#[test]
fn storage_schema_2_reads_intact_and_writes_back_the_same() {
    let old = fixture("storage_schema2.json");
    let persist::Loaded::Intact(saved) = persist::decode(&old) else { panic!("schema 2 reads intact") };
    assert_eq!(saved.library.assessments.len(), 2);
    assert_eq!(persist::encode(&saved), old);
}

#[test]
fn file_format_1_imports_and_exports_the_same() {
    let old = fixture("file_v1.json");
    let f = file::import(old.as_bytes()).expect("imports");
    let stored = persist::Stored { id: 1, title: f.title.clone(), assessment: f.assessment.clone() };
    assert_eq!(file::export(&stored, f.lang), old);
}
