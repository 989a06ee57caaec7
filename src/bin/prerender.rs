//! Writes the pages rendered at build time into the build: the start page into the built
//! page, the app's other pages (the same page with their own title and a loading line:
//! one WebAssembly module runs them all), the method pages, and the panel's page around
//! the bundle Trunk built for it (index.html's second rust asset); each page's security
//! policy, index.html's, allowing the page's inline scripts by their hashes; and
//! `target/pages.json`, the list of pages (`core::pages`) for scripts/release.mjs and the
//! tests. Trunk runs it after each build on its staging directory, before
//! scripts/release.mjs hashes the files (Trunk.toml); by hand, on a directory Trunk has just
//! built: `cargo run --features prerender --bin prerender DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cek_paritrana::app::prerender::{self, PanelFiles};
use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::pages::{
    method_file, Runs, SitePage, ASIDE_PREFIX, PANEL_KEY, PANEL_LANG_KEY, RELEASE_KEY, STORAGE_KEY,
};
use sha2::{Digest, Sha256};
use strum::VariantArray;

/// The panel's binary (Cargo.toml), whose bundle Trunk writes as `panel.js` and
/// `panel_bg.wasm` (a "worker" asset of index.html keeps its plain name).
const PANEL_BIN: &str = "panel";

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
    let policy = source_policy()?;
    let secure = |page: String, file: &str| {
        prerender::with_script_hashes(&page, &policy)
            .ok_or_else(|| format!("{file}: no `{policy}` (index.html's policy, with a script-src) in it"))
    };
    let path = dir.join(SitePage::Check.file());
    let built = read(&path)?;
    let missing = || format!("no `{}`, release or title in {}", prerender::PLACEHOLDER, path.display());
    for page in SitePage::VARIANTS.iter().filter(|p| p.runs() == Runs::App && **p != SitePage::Check) {
        let text = prerender::app_page(&built, *page).ok_or_else(missing)?;
        write(dir.join(page.file()), secure(text, page.file())?)?;
    }
    let text = prerender::into_page(&built).ok_or_else(missing)?;
    write(path.clone(), secure(text, SitePage::Check.file())?)?;
    let files = Built::in_dir(dir)?;
    for &lang in Lang::VARIANTS {
        let text = prerender::method_page(lang, &policy, files.named("main-", ".css")?);
        write(dir.join(method_file(lang)), secure(text, method_file(lang))?)?;
    }
    write_panel_page(dir, &files, &policy, &secure)?;
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&list).map_err(|e| format!("{}: {e}", list.display()))?;
    write(list.join("pages.json"), pages_json())
}

/// The pages' security policy, as index.html's source states it (the built page may be
/// minified); each page then allows its own inline scripts by their hashes.
fn source_policy() -> Result<String, String> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    read(&source)?
        .split(r#"<meta http-equiv="Content-Security-Policy" content=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
        .ok_or_else(|| format!("no Content-Security-Policy in {}", source.display()))
}

/// The files Trunk wrote into the staging directory.
struct Built {
    dir: PathBuf,
    names: Vec<String>,
}

impl Built {
    fn in_dir(dir: &Path) -> Result<Built, String> {
        let names = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        Ok(Built { dir: dir.to_path_buf(), names })
    }

    /// A file by its name's start and end (Trunk's hashed names: `main-<hash>.css`).
    fn named(&self, prefix: &str, ext: &str) -> Result<&str, String> {
        let mut found = self.names.iter().filter(|n| n.starts_with(prefix) && n.ends_with(ext));
        match (found.next(), found.next()) {
            (Some(name), None) => Ok(name),
            (None, _) => Err(format!("no {prefix}…{ext} in {}", self.dir.display())),
            (Some(a), Some(b)) => Err(format!("{a} and {b} in {}: which is this build's?", self.dir.display())),
        }
    }
}

/// The panel's page around its bundle, which Trunk names plainly (a "worker" asset): the
/// bundle takes a content-hashed name first, as every other file the pages load has, so
/// that a browser may keep it for good and a new release is never mixed with an old one.
fn write_panel_page(
    dir: &Path,
    files: &Built,
    policy: &str,
    secure: &dyn Fn(String, &str) -> Result<String, String>,
) -> Result<(), String> {
    let plain = [format!("{PANEL_BIN}.js"), format!("{PANEL_BIN}_bg.wasm")];
    let mut hasher = Sha256::new();
    for name in &plain {
        let bytes = std::fs::read(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()))?;
        hasher.update(&bytes);
    }
    let hash: String = hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    let hashed = [format!("{PANEL_BIN}-{hash}.js"), format!("{PANEL_BIN}-{hash}_bg.wasm")];
    for (from, to) in plain.iter().zip(&hashed) {
        std::fs::rename(dir.join(from), dir.join(to)).map_err(|e| format!("{}: {e}", dir.join(from).display()))?;
    }
    let panel = SitePage::Panel;
    let page = prerender::panel_page(
        policy,
        panel.title().id,
        PANEL_LANG_KEY,
        &PanelFiles {
            js: &hashed[0],
            wasm: &hashed[1],
            loader: files.named("loader", ".js")?,
            css: files.named("main-", ".css")?,
        },
    );
    write(dir.join(panel.file()), secure(page, panel.file())?)
}

/// The list of pages as JSON: each page's file, what it runs, whether it is kept offline
/// from the first visit, and the storage it reads; the storage keys by what they hold; and
/// the release's place in every page as written here, for release.mjs to fill.
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
    let release = prerender::RELEASE_META;
    serde_json::to_string_pretty(&serde_json::json!({ "pages": pages, "keys": keys, "release_meta": release }))
        .unwrap_or_default()
        + "\n"
}
