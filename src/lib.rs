//! Kernsatz summarizes articles on the reader's own device.
//!
//! It splits a text into sentences (with repairs for abbreviations, ordinals, dates and line
//! structure that the Unicode rules get wrong), finds words, languages, entities and keywords,
//! scores every sentence and returns the best ones with their offsets, scores and reasons.
//!
//! The data flows one way: text → [`segment`] → [`tokenize`] → entities and keywords →
//! scores → selection → [`Summary`].
//!
//! ```
//! use kernsatz::{detect_language, segment, summarize, Lang, Options};
//! let text = "date 2021-04 Der US-Außenminister Antony J. Blinken telefonierte. Er sprach lange.";
//! assert_eq!(detect_language(text).lang, Some(Lang::De));
//! let units = segment(text, Some(Lang::De));
//! assert_eq!(units.len(), 3);
//! assert_eq!(units[0].text(text), "date 2021-04");
//! assert_eq!(units[1].text(text), "Der US-Außenminister Antony J. Blinken telefonierte.");
//!
//! let summary = summarize(text, &Options::new().sentences(1)).unwrap();
//! assert_eq!(summary.text(text), "Der US-Außenminister Antony J. Blinken telefonierte.");
//! ```
#![deny(missing_docs)]

mod analysis;
mod break_runs;
mod compose_table;
mod detect;
mod dutch_stem;
mod english_stem;
mod entities;
mod error;
mod french_stem;
mod german_stem;
mod hash;
mod italian_stem;
mod keywords;
mod lang;
mod langdata;
mod lowercase;
mod lowercase_table;
mod offsets;
mod options;
mod phrases;
mod portuguese_stem;
#[cfg(feature = "probe")]
#[doc(hidden)]
pub mod probe;
mod score;
mod segment;
mod select;
mod sentence_break;
mod sentence_break_table;
mod sort;
mod spanish_stem;
mod stem;
mod summarizer;
mod summary;
#[cfg(test)]
mod test_support;
mod token;
mod uax_sentences;
mod uax_words;
mod word_break;
mod word_break_table;
// Public (hidden) only so that tests/wasm*.rs can call the JavaScript boundary directly.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use detect::{detect_language, Detection};
pub use entities::{Entity, EntityKind};
pub use error::Error;
pub use keywords::Keyword;
pub use lang::Lang;
pub use offsets::{OffsetConverter, OffsetUnit};
pub use options::{Length, Options, Order, DEFAULT_MAX_INPUT_LENGTH, DEFAULT_SENTENCES};
pub use segment::{segment, Unit, UnitKind};
pub use summarizer::summarize;
#[doc(hidden)]
pub use summarizer::summarize_probed;
pub use summary::{Reasons, ScoredSentence, Span, Summary};
pub use token::{normalize, tokenize, Token, TokenKind, Tokens};

/// Parses the language data of every supported language now, so that the first
/// [`summarize`] call does not pay for it (useful before a latency-sensitive first call).
pub fn preload() {
    langdata::preload();
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
