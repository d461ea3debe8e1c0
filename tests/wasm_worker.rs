//! wasm-bindgen tests of the JavaScript boundary in headless Chromium, in a dedicated worker:
//!   CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test wasm_worker
//! Native `cargo test` compiles this file to nothing.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
fn results() {
    wasm_common::results();
}

#[wasm_bindgen_test]
fn errors_for_bad_options_and_input() {
    wasm_common::errors();
}

#[wasm_bindgen_test]
fn utf16_offsets_on_emoji_combining_marks_and_cjk() {
    wasm_common::utf16_offsets();
}

#[wasm_bindgen_test]
fn runs_in_a_dedicated_worker() {
    let global = js_sys::global();
    let has_document = js_sys::Reflect::has(&global, &"document".into()).unwrap();
    assert!(!has_document, "expected to run in a dedicated worker");
}
