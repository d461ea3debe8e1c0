#!/usr/bin/env bash
# Runs every test: formatting, lints, unit/integration/property/golden tests, doc tests, the
# data checks, and the evaluations on ../shared/data (printed side by side with baselines).
#   bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

if [ ! -d ../shared/data ]; then
  echo "error: ../shared/data is missing: the tests read the shared data beside the project" >&2
  exit 1
fi

log "cargo fmt --check"
cargo fmt --check
log "cargo clippy"
cargo clippy --release --all-targets --quiet -- -D warnings
log "data lists"
python3 tools/check_data.py
log "cargo test"
cargo test --release
log "building the wasm package and the page"
ensure_apt chromium chromium-driver
bash scripts/build-wasm.sh
bash scripts/build-page.sh
shopt -s nullglob
js_tests=(tests/node/*.test.mjs tests/browser/*.test.mjs)
if [ ${#js_tests[@]} -gt 0 ]; then
  log "JavaScript tests (Node and Chromium)"
  node --test --test-concurrency=1 "${js_tests[@]}"
fi
log "evaluation (dev data, baselines measured in the same run)"
cargo run --release --quiet --example evaluate -- sbd
cargo run --release --quiet --example evaluate -- lang
cargo run --release --quiet --example evaluate -- rouge compare
cargo run --release --quiet --example evaluate -- rouge check
if [ -f examples/evaluate_entities.rs ]; then
  cargo run --release --quiet --example evaluate_entities
fi
log "all tests passed"
