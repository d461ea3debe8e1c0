//! Stemming for the supported languages: German by our own port of the Snowball stemmer
//! (`german_stem`, several times faster), the others by rust-stemmers.

use crate::german_stem;
use crate::lang::Lang;
use rust_stemmers::{Algorithm, Stemmer as Snowball};
use std::borrow::Cow;

/// A stemmer for one language; text in no supported language is left unstemmed.
pub(crate) enum Stemmer {
    /// Scratch space reused for every word, and the last stem.
    German {
        chars: Vec<char>,
        stem: String,
    },
    Snowball {
        stemmer: Snowball,
        stem: String,
    },
    Unstemmed,
}

impl Stemmer {
    pub fn new(lang: Option<Lang>) -> Stemmer {
        let algorithm = match lang {
            None => return Stemmer::Unstemmed,
            Some(Lang::De) => {
                return Stemmer::German {
                    chars: Vec::new(),
                    stem: String::new(),
                }
            }
            Some(Lang::En) => Algorithm::English,
            Some(Lang::Fr) => Algorithm::French,
            Some(Lang::Es) => Algorithm::Spanish,
            Some(Lang::It) => Algorithm::Italian,
            Some(Lang::Nl) => Algorithm::Dutch,
            Some(Lang::Pt) => Algorithm::Portuguese,
        };
        Stemmer::Snowball {
            stemmer: Snowball::create(algorithm),
            stem: String::new(),
        }
    }

    /// The stem of a normalised (lowercase) word, valid until the next call.
    pub fn stem<'s>(&'s mut self, word: &'s str) -> &'s str {
        match self {
            Stemmer::German { chars, stem } => {
                german_stem::stem(word, chars, stem);
                stem
            }
            Stemmer::Snowball { stemmer, stem } => match stemmer.stem(word) {
                Cow::Borrowed(unchanged) => unchanged,
                Cow::Owned(stemmed) => {
                    *stem = stemmed;
                    stem
                }
            },
            Stemmer::Unstemmed => word,
        }
    }
}
