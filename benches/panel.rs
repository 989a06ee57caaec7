//! Benchmark of a panel's load: 500 candidates read from a filled CSV template, checked,
//! scored and ranked (what happens once per batch; sorting and filtering score nothing).
//! Run with `cargo bench --bench panel`; prints the median. `PANEL_RUNS=3` takes fewer
//! samples, for running under a profiler.

#[path = "../tests/support/generated.rs"]
mod generated;

#[path = "support/samples.rs"]
mod timing;

use std::hint::black_box;

use timing::samples;

use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::model::category::Category;
use cek_paritrana::core::pages::panel::load::load;
use cek_paritrana::core::pages::panel::ranking::{rank, visible, View};
use cek_paritrana::core::pages::panel::PanelSet;

const CANDIDATES: usize = 500;

fn load_and_rank(files: &[(String, Vec<u8>)]) -> usize {
    let mut set = PanelSet::default();
    let report = load(&mut set, files, Category::Kabkota);
    assert_eq!(report.added.len(), CANDIDATES, "every generated candidate loads");
    let rows = rank(&set);
    visible(&rows, &View::default()).len()
}

fn main() {
    let text = generated::filled(Category::Kabkota, CANDIDATES, Lang::Id);
    let files = vec![("kandidat.csv".to_string(), text.into_bytes())];
    let set_runs = std::env::var("PANEL_RUNS").ok().and_then(|n| n.parse::<usize>().ok());
    let runs = set_runs.unwrap_or(21).max(1);
    let samples = samples(runs, 1, || {
        black_box(load_and_rank(black_box(&files)));
    });
    let median = samples[samples.len() / 2];
    println!(
        "panel load and rank ({CANDIDATES} candidates from CSV, {:?}): median {:.1} ms over {} runs",
        Category::Kabkota,
        median as f64 / 1e6,
        samples.len()
    );
    // The browser's budget is a second; natively it should be far under a tenth of that.
    assert!(set_runs.is_some() || median < 100_000_000, "median {median} ns is over 100 ms");
}
