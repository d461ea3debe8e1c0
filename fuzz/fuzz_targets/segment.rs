//! Segmentation and tokenization of arbitrary text, in every language setting: the units
//! cover every non-whitespace character exactly once (see `invariants::check_units`).
#![no_main]

use kernsatz::Lang;
use kernsatz_fuzz::invariants::{check_tokens, check_units};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let languages = std::iter::once(None).chain(Lang::all().iter().copied().map(Some));
    for lang in languages {
        if let Err(broken) = check_units(&text, lang) {
            panic!("{broken}\ntext: {text:?}");
        }
    }
    if let Err(broken) = check_tokens(&text) {
        panic!("{broken}\ntext: {text:?}");
    }
});
