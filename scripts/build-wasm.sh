#!/usr/bin/env bash
# Builds the npm package's WebAssembly: cargo (wasm32) -> wasm-bindgen --target web ->
# wasm-opt -O3 --converge (npm binaryen; Debian's binaryen 108 corrupts wasm-bindgen
# output), then reports the sizes of everything a page loads.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_rust_target
ensure_wasm_bindgen
ensure_node_modules

# The small build: nightly rebuilds the standard library with the package's profile, panics
# abort at once (no message formatting, no panic locations) and Debug formatting is left out.
# No result changes (a panic was a trap before too: the worker client replaces the instance);
# 15.8 KiB less gzipped. Where nightly cannot be installed or no longer takes these flags,
# the stable build below is used.
small_build() {
  ensure_nightly_std || return 1
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
    cargo +nightly build -Zbuild-std=std,panic_abort --profile wasm --lib \
    --target wasm32-unknown-unknown --target-dir target/small --quiet
}
if small_build; then
  log "built with nightly build-std and panic=immediate-abort"
  wasm=target/small/wasm32-unknown-unknown/wasm/kernsatz.wasm
else
  log "nightly build-std unavailable: stable build (about 16 KiB larger gzipped)"
  cargo build --profile wasm --lib --target wasm32-unknown-unknown --quiet
  wasm=target/wasm32-unknown-unknown/wasm/kernsatz.wasm
fi
log "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir pkg --out-name kernsatz --no-typescript "$wasm"
log "wasm-opt -O3 --converge"
# The features Rust enables by default for wasm32; wasm-opt must accept what the input uses.
# --converge repeats -O3 until the module stops shrinking: 0.7 KB less gzipped, same speed.
node_modules/.bin/wasm-opt -O3 --converge --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/kernsatz_bg.wasm -o pkg/kernsatz_bg.wasm
log "pkg/kernsatz-widget.js (the widget in one file)"
node scripts/build-widget.mjs
node scripts/size.mjs
