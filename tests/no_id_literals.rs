//! Criteria and caps are named in the rubric only: code elsewhere asks the rubric and the
//! measures, so a new criterion or cap needs no edit outside `src/core/rubric/`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use cek_paritrana::core::rubric::rubric;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file, without its tests (everything from a `#[cfg(test)]` line on).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable file");
    text.lines().take_while(|l| l.trim() != "#[cfg(test)]").collect::<Vec<_>>().join("\n")
}

#[test]
fn no_criterion_or_cap_id_is_written_outside_the_rubric() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rubric_dir = root.join("src/core/rubric");
    let mut ids: Vec<&str> = Vec::new();
    for cat in rubric().categories {
        ids.extend(cat.criteria.iter().map(|c| c.id));
        ids.extend(cat.caps.iter().map(|c| c.id));
    }
    ids.sort_unstable();
    ids.dedup();

    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.retain(|f| !f.starts_with(&rubric_dir));
    assert!(files.len() > 10, "the sources were found: {files:?}");

    let mut found = Vec::new();
    for file in &files {
        let code = code(file);
        for id in &ids {
            if code.contains(&format!("\"{id}\"")) {
                found.push(format!("{} names \"{id}\"", file.strip_prefix(root).unwrap_or(file).display()));
            }
        }
    }
    assert!(found.is_empty(), "ids belong in src/core/rubric/: {found:#?}");
}

#[test]
fn the_check_sees_a_literal_and_stops_at_the_tests() {
    let dir = std::env::temp_dir().join(format!("no-id-literals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let file = dir.join("sample.rs");
    std::fs::write(
        &file,
        "fn a() -> &'static str { \"cakupan.ucj\" }\n#[cfg(test)]\nmod tests { \"batas.temuan_pds\" }\n",
    )
    .expect("written");
    let code = code(&file);
    std::fs::remove_dir_all(&dir).ok();
    assert!(code.contains("\"cakupan.ucj\""));
    assert!(!code.contains("batas.temuan_pds"));
}

/// The code of a file without its comment lines (`//`, `///`, `//!`, `*`), which may name
/// a page to explain it.
fn without_comments(path: &Path) -> String {
    code(path)
        .lines()
        .filter(|l| !(l.trim_start().starts_with("//") || l.trim_start().starts_with('*')))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_page_file_or_storage_key_is_written_outside_the_list_of_pages() {
    use cek_paritrana::core::pages::{SitePage, ASIDE_PREFIX, PANEL_KEY, PANEL_LANG_KEY, RELEASE_KEY};
    use strum::VariantArray;

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = root.join("src/core/pages/mod.rs");
    // `index.html` is the web's own name for a folder's page (servers, Trunk's source).
    let mut names: Vec<&str> =
        SitePage::VARIANTS.iter().map(|p| p.file()).filter(|f| *f != SitePage::Check.file()).collect();
    // The library's own key is also the file format's name: its dotted neighbours are
    // checked, and the page list gives it to every reader.
    names.extend([ASIDE_PREFIX, RELEASE_KEY, PANEL_KEY, PANEL_LANG_KEY]);

    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.retain(|f| *f != list);
    for dir in ["scripts", "assets"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("readable directory") {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|e| e == "mjs" || e == "js") {
                files.push(path);
            }
        }
    }
    assert!(files.iter().any(|f| f.ends_with("assets/sw.js")), "the worker is read: {files:?}");

    let mut found = Vec::new();
    for file in &files {
        let code = without_comments(file);
        for name in &names {
            for quoted in [format!("\"{name}"), format!("'{name}"), format!("`{name}")] {
                if code.contains(&quoted) {
                    found.push(format!("{} names {name}", file.strip_prefix(root).unwrap_or(file).display()));
                }
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "page files and storage keys belong in src/core/pages/mod.rs: {found:#?}");
}
