#!/usr/bin/env bash
# Measures a first-time candidate's journey on a throttled phone (scripts/journey.mjs):
# bytes on the wire and time to each page's content, the median of three runs, against a
# fresh release build. A measurement to report, not a test.
#   bash scripts/journey.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser
rm -rf dist
trunk build --release
node scripts/journey.mjs dist/ "${1:-3}"
