#!/usr/bin/env bash
# Command 2: runs every test layer and exits non-zero on any failure (installs what is missing).
#   0. formatting and lints (rustfmt, clippy natively, with the prerender, and for wasm32)
#   1. native: unit, property and worked-example tests of the pure core (cargo test)
#   2. scoring benchmark (cargo bench): prints the median of a full re-score
#   3. components in headless Chromium (wasm-bindgen-test)
#   4. release build, size budget of the shipped files
#   5. end-to-end against the built dist/ served on loopback (node --test + playwright-core)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting and lints"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --features prerender --lib --bin prerender -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test --locked

step "scoring benchmark"
cargo bench --locked --bench score

step "components in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
rm -rf dist
trunk build --release

step "size budget"
node tests/size-budget.mjs

step "end-to-end in headless Chromium"
node --test tests/e2e/
