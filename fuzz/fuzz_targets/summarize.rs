//! `summarize` with arbitrary text and arbitrary options (invalid ones included): an answer
//! that satisfies `invariants::check_summary`, or a clear error where one is due.
#![no_main]

use arbitrary::Arbitrary;
use kernsatz::{summarize, Lang, Options, Order};
use kernsatz_fuzz::invariants::check_summary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum FuzzLength {
    Sentences(usize),
    Ratio(f64),
    Words(usize),
    Default,
}

#[derive(Arbitrary, Debug)]
struct Input {
    length: FuzzLength,
    /// An index into `Lang::all()`; out of range means "detect".
    lang: u8,
    rank_order: bool,
    /// Small limits are the interesting ones: the text is short.
    max_input_length: Option<u16>,
    text: String,
}

impl Input {
    fn options(&self) -> Options {
        let mut options = Options::new();
        options = match self.length {
            FuzzLength::Sentences(n) => options.sentences(n),
            FuzzLength::Ratio(r) => options.ratio(r),
            FuzzLength::Words(n) => options.words(n),
            FuzzLength::Default => options,
        };
        if let Some(&lang) = Lang::all().get(usize::from(self.lang)) {
            options = options.lang(lang);
        }
        if self.rank_order {
            options = options.order(Order::Rank);
        }
        if let Some(limit) = self.max_input_length {
            options = options.max_input_length(usize::from(limit));
        }
        options
    }
}

fuzz_target!(|input: Input| {
    let options = input.options();
    let result = summarize(&input.text, &options);
    if let Err(broken) = check_summary(&input.text, &options, &result) {
        panic!("{broken}\ninput: {input:?}");
    }
});
