#!/usr/bin/env bash
# The main command: installs what is missing, builds everything and serves the page.
#   bash scripts/start.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

log "building the command-line program"
cargo build --release --quiet
log "built target/release/kernsatz"
bash scripts/build-wasm.sh
bash scripts/build-page.sh

exec node scripts/serve.mjs dist/www "${1:-8080}"
