#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already installed.
# Sourced by start.sh and test.sh; safe to run again.
set -euo pipefail

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$(dirname "$0")/../Cargo.toml")

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes 5 to 10 minutes once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

# The nightly toolchain with the standard library's source, for the small wasm build
# (build-wasm.sh): installed if missing; returns 1 (and the build falls back to stable) when
# rustup cannot install it.
ensure_nightly_std() {
  if ! cargo +nightly --version >/dev/null 2>&1; then
    log "installing the nightly toolchain (for the small wasm build)"
    rustup toolchain install nightly --profile minimal --component rust-src \
      --target wasm32-unknown-unknown >/dev/null 2>&1 || return 1
  fi
  if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
    log "adding rust-src to the nightly toolchain"
    rustup component add rust-src --toolchain nightly >/dev/null 2>&1 || return 1
  fi
  if ! rustup target list --toolchain nightly --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown --toolchain nightly >/dev/null 2>&1 || return 1
  fi
}

ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_node_modules() {
  if [ -f package.json ] && { [ ! -d node_modules ] || [ package.json -nt node_modules ]; }; then
    log "installing npm dev dependencies"
    npm install --no-audit --no-fund --loglevel=error
    touch node_modules
  fi
}
