//! Language detection over the supported languages.
//!
//! A naive Bayes classifier over each language's common words: every word adds the log
//! probability the language's background frequency table gives it (Zipf scale), unknown words a
//! small floor. The tables are already in the bundle for keyword weighting, so detection adds
//! almost nothing to its size (a trigram model such as whatlang would add about 73 KB gzipped).
//! Text that is mostly not in Latin script, or whose words no table knows, is "unknown".

use crate::lang::Lang;
use crate::langdata::zipf_by_lang;
use crate::select::best_first;
use crate::token::{tokenize, TokenKind, Tokens};

/// The result of [`detect_language`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// The detected language, or `None` when the text is in none of the supported languages
    /// (or too short to tell).
    pub lang: Option<Lang>,
    /// How sure the detector is, from 0 to 1.
    pub confidence: f64,
}

/// How much text detection reads: enough for a confident answer, bounded for huge inputs.
const SAMPLE_BYTES: usize = 20_000;
/// Zipf value assumed for a word missing from a language's table (the tables end near 3).
const UNKNOWN_ZIPF: f32 = 1.0;
/// Share of words a language's table must know before the text counts as that language.
const MIN_COVERAGE: f64 = 0.25;

/// Detects the language of `text` among the supported languages.
///
/// ```
/// use kernsatz::{detect_language, Lang};
/// let de = detect_language("Der Außenminister hat am Mittwoch mit dem Präsidenten telefoniert.");
/// assert_eq!(de.lang, Some(Lang::De));
/// let en = detect_language("The minister said on Wednesday that the talks would go on.");
/// assert_eq!(en.lang, Some(Lang::En));
/// assert_eq!(detect_language("Привет, как дела?").lang, None);
/// ```
pub fn detect_language(text: &str) -> Detection {
    detect_in_tokens(&tokenize(prefix(text, SAMPLE_BYTES)))
}

/// [`detect_language`] on the tokens of a text (read up to `SAMPLE_BYTES`), so that
/// `summarize` does not tokenize the text twice.
pub(crate) fn detect_in_tokens(tokens: &Tokens) -> Detection {
    let table = zipf_by_lang();
    let mut scores = [0f64; Lang::ALL.len()];
    let mut known = [0usize; Lang::ALL.len()];
    let mut words = 0usize;
    let mut non_latin = 0usize;
    let sample = tokens
        .as_slice()
        .iter()
        .take_while(|t| t.end() <= SAMPLE_BYTES);
    for token in sample {
        if token.kind() != TokenKind::Word {
            continue;
        }
        let norm = tokens.norm(token);
        if !norm.chars().any(is_latin) {
            non_latin += 1;
            continue;
        }
        words += 1;
        for part in tokens.parts(token) {
            let zipfs = table.get(part);
            for lang in Lang::ALL {
                let zipf = zipfs.map_or(0.0, |z| z[lang.index()]);
                if zipf > 0.0 {
                    known[lang.index()] += 1;
                    scores[lang.index()] += f64::from(zipf);
                } else {
                    scores[lang.index()] += f64::from(UNKNOWN_ZIPF);
                }
            }
        }
    }
    if words == 0 || non_latin > words {
        return Detection {
            lang: None,
            confidence: 0.0,
        };
    }
    // Best score first, ties in `Lang::ALL` order, by the sort that ranks sentences (one sort
    // instance fewer in the wasm bundle).
    let mut ranked: Vec<usize> = (0..Lang::ALL.len()).collect();
    best_first(&mut ranked, &scores);
    let best = Lang::ALL[ranked[0]];
    let coverage = known[best.index()] as f64 / words as f64;
    if coverage < MIN_COVERAGE {
        return Detection {
            lang: None,
            confidence: 1.0 - coverage / MIN_COVERAGE,
        };
    }
    // The margin is a log10 likelihood ratio; map it to a probability-like confidence.
    let margin = scores[best.index()] - scores[ranked[1]];
    let confidence = 1.0 / (1.0 + 10f64.powf(-margin));
    Detection {
        lang: Some(best),
        confidence,
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic()
}

/// The longest prefix of `text` not over `max` bytes that ends on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
