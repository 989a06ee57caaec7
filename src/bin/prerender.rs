//! Writes the pages rendered at build time into the build: the start page into the built
//! page, the app's other pages (the same page with their own title and a loading line:
//! one WebAssembly module runs them all), and the method pages; and `target/pages.json`,
//! the list of pages (`core::pages`) for scripts/release.mjs and the tests. Trunk runs it
//! after each build on its staging directory, before scripts/release.mjs hashes the files
//! (Trunk.toml); by hand: `cargo run --features prerender --bin prerender DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cek_paritrana::app::prerender;
use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::pages::{
    method_file, Runs, SitePage, ASIDE_PREFIX, PANEL_KEY, PANEL_LANG_KEY, RELEASE_KEY, STORAGE_KEY,
};
use strum::VariantArray;

fn main() -> ExitCode {
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR").or_else(|| std::env::args_os().nth(1)) else {
        eprintln!("prerender: no directory: run by Trunk, or give one");
        return ExitCode::FAILURE;
    };
    match write_pages(&PathBuf::from(dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: PathBuf, text: String) -> Result<(), String> {
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_pages(dir: &Path) -> Result<(), String> {
    let path = dir.join(SitePage::Check.file());
    let built = read(&path)?;
    let missing = || format!("no `{}` or title in {}", prerender::PLACEHOLDER, path.display());
    for page in SitePage::VARIANTS.iter().filter(|p| p.runs() == Runs::App && **p != SitePage::Check) {
        let title = format!("{} · Cek Paritrana", page.title().id);
        write(dir.join(page.file()), prerender::app_page(&built, &title).ok_or_else(missing)?)?;
    }
    write(path.clone(), prerender::into_page(&built).ok_or_else(missing)?)?;
    write_method_pages(dir)?;
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&list).map_err(|e| format!("{}: {e}", list.display()))?;
    write(list.join("pages.json"), pages_json())
}

/// The method pages take the app page's policy from its source (the built one may be
/// minified) and its stylesheet and icon by their built names.
fn write_method_pages(dir: &Path) -> Result<(), String> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let csp = read(&source)?
        .split(r#"<meta http-equiv="Content-Security-Policy" content=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
        .ok_or_else(|| format!("no Content-Security-Policy in {}", source.display()))?;
    let names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let built = |prefix: &str, ext: &str| {
        names
            .iter()
            .find(|n| n.starts_with(prefix) && n.ends_with(ext))
            .ok_or_else(|| format!("no {prefix}…{ext} in {}", dir.display()))
    };
    let (css, icon) = (built("main-", ".css")?, built("favicon-", ".svg")?);
    for &lang in Lang::VARIANTS {
        write(dir.join(method_file(lang)), prerender::method_page(lang, &csp, css, icon))?;
    }
    Ok(())
}

/// The list of pages as JSON: each page's file, what it runs, whether it is kept offline
/// from the first visit, and the storage it reads; and the storage keys by what they hold.
fn pages_json() -> String {
    let pages: Vec<serde_json::Value> = SitePage::VARIANTS
        .iter()
        .map(|p| {
            serde_json::json!({
                "page": format!("{p:?}"),
                "file": p.file(),
                "address": p.address(),
                "runs": match p.runs() { Runs::App => "app", Runs::Panel => "panel", Runs::Static => "static" },
                "kept": p.kept_from_first_visit(),
                "title": p.title().id,
                "reads": p.reads(),
            })
        })
        .collect();
    let keys = serde_json::json!({
        "library": STORAGE_KEY,
        "aside": ASIDE_PREFIX,
        "release": RELEASE_KEY,
        "panel": PANEL_KEY,
        "panel_lang": PANEL_LANG_KEY,
    });
    serde_json::to_string_pretty(&serde_json::json!({ "pages": pages, "keys": keys })).unwrap_or_default() + "\n"
}
