#!/usr/bin/env bash
# Installs what building (and, with `--browser`, testing) needs, only where missing:
# the wasm target, pinned trunk and wasm-bindgen-cli (in ~/.cargo/bin), the npm tools
# (wasm-opt from binaryen, esbuild, zopfli, playwright-core, axe-core) and Debian's Chromium,
# ChromeDriver and poppler-utils.
# Source it: it also puts the tools on PATH. Safe to run again; a second run is quick.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Panic locations name dependency sources by their path on this machine: written from a
# fixed root, the WebAssembly is the same byte for byte wherever it is built (and the
# size budget measures the same thing on every machine).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores, once)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/@gfx/zopfli ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
fi
if [ "${1:-}" = "--browser" ]; then
  # poppler-utils reads the printed report (pdftotext, pdfinfo) in the end-to-end tests.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
    say "installing Debian's chromium, chromium-driver and poppler-utils"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
fi
