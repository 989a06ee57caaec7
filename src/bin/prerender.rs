//! Writes the pages rendered at build time from the app's components into the build:
//! the start page into the built page, and the method pages. Trunk runs it after each
//! build on its staging directory, before scripts/release.mjs hashes the files
//! (Trunk.toml); by hand: `cargo run --features prerender --bin prerender DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cek_paritrana::app::prerender;
use cek_paritrana::core::session::method_file;
use cek_paritrana::core::text::Lang;
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

fn write_pages(dir: &Path) -> Result<(), String> {
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let write =
        |path: PathBuf, text: String| std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()));

    let path = dir.join("index.html");
    let page = prerender::into_page(&read(&path)?)
        .ok_or_else(|| format!("no `{}` in {}", prerender::PLACEHOLDER, path.display()))?;
    write(path, page)?;

    // The method pages take the app page's policy from its source (the built one may be
    // minified) and its stylesheet and icon by their built names.
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
