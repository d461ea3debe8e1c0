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
# The probe feature (benchmarks only) adds code and the scaling benchmark.
cargo clippy --release --all-targets --all-features --quiet -- -D warnings
log "data lists"
python3 tools/check_data.py
log "cargo test"
cargo test --release
# --- Fuzzing (short runs; longer ones: `cd fuzz && cargo +nightly fuzz run <target>`) ------
# About a minute per target. cargo-fuzz needs the nightly toolchain: without it the section
# is skipped with a message, and cargo-fuzz is installed only if missing.
if cargo +nightly --version > /dev/null 2>&1; then
  if ! cargo fuzz --version > /dev/null 2>&1; then
    log "installing cargo-fuzz"
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz || true
  fi
fi
if cargo +nightly --version > /dev/null 2>&1 && cargo fuzz --version > /dev/null 2>&1; then
  for target in segment summarize; do
    log "cargo fuzz run $target (60 s)"
    (cd fuzz && cargo +nightly fuzz run "$target" -- -max_total_time=60 -timeout=10)
  done
else
  log "skipping the fuzz runs: they need the nightly toolchain and cargo-fuzz (rustup toolchain install nightly; cargo install cargo-fuzz)"
fi
# --- end of fuzzing ---------------------------------------------------------------------------
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
# wasm-bindgen tests of the JavaScript boundary in headless Chromium, in the page and in a
# dedicated worker (wasm-bindgen-test-runner comes with wasm-bindgen-cli; see .cargo/config.toml).
log "wasm-bindgen tests (Chromium page and dedicated worker)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test wasm --test wasm_worker
log "evaluation (dev data, baselines measured in the same run)"
cargo run --release --quiet --example evaluate -- sbd
cargo run --release --quiet --example evaluate -- lang
cargo run --release --quiet --example evaluate -- rouge compare
cargo run --release --quiet --example evaluate -- rouge check
if [ -f examples/evaluate_entities.rs ]; then
  cargo run --release --quiet --example evaluate_entities
fi
log "all tests passed"
