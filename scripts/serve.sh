#!/usr/bin/env bash
# Command 1: builds the app and serves it on http://127.0.0.1:8080/ (installs what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec trunk serve --release --address 127.0.0.1 --port 8080
