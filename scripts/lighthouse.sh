#!/usr/bin/env bash
# Measures the release as a phone on a mobile connection loads it: Lighthouse (mobile
# preset) three times against dist/ served with gzip on loopback, then the medians of
# the performance score, FCP, LCP, CLS and TBT. A measurement to report, not a test: a
# busy machine moves the numbers, so nothing here fails on them.
#   bash scripts/lighthouse.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser
LIGHTHOUSE_VERSION=12.8.2
tools="${XDG_CACHE_HOME:-$HOME/.cache}/cek-paritrana/lighthouse-$LIGHTHOUSE_VERSION"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  say "installing lighthouse $LIGHTHOUSE_VERSION (once, outside the project)"
  npm install --prefix "$tools" --no-save --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
rm -rf dist
trunk build --release
CHROME_PATH=$(command -v chromium) node scripts/lighthouse.mjs "$tools/node_modules/.bin/lighthouse" "${1:-3}"
