//! Timing shared by the benchmarks.

use std::time::Instant;

/// The nanoseconds of `runs` timed runs of `f`, after `warm_up` untimed ones, sorted.
pub fn samples(runs: usize, warm_up: usize, mut f: impl FnMut()) -> Vec<u128> {
    for _ in 0..warm_up {
        f();
    }
    let mut out: Vec<u128> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_nanos()
        })
        .collect();
    out.sort_unstable();
    out
}
