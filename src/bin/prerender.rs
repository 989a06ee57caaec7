//! Writes the start page, rendered from the app's components, into the built page.
//! Trunk runs it after each build on its staging directory, before scripts/release.mjs
//! hashes the files (Trunk.toml); by hand: `cargo run --features prerender --bin prerender DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR").or_else(|| std::env::args_os().nth(1)) else {
        eprintln!("prerender: no directory: run by Trunk, or give one");
        return ExitCode::FAILURE;
    };
    let path = PathBuf::from(dir).join("index.html");
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let Some(page) = cek_paritrana::app::prerender::into_page(&page) else {
        eprintln!("prerender: no `{}` in {}", cek_paritrana::app::prerender::PLACEHOLDER, path.display());
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("prerender: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
