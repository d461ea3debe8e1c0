//! Snowball stemming for the supported languages (rust-stemmers).

use crate::lang::Lang;
use rust_stemmers::{Algorithm, Stemmer as Snowball};
use std::borrow::Cow;

/// A stemmer for one language; text in no supported language is left unstemmed.
pub(crate) struct Stemmer(Option<Snowball>);

impl Stemmer {
    pub fn new(lang: Option<Lang>) -> Stemmer {
        Stemmer(lang.map(|lang| {
            Snowball::create(match lang {
                Lang::De => Algorithm::German,
                Lang::En => Algorithm::English,
                Lang::Fr => Algorithm::French,
                Lang::Es => Algorithm::Spanish,
                Lang::It => Algorithm::Italian,
                Lang::Nl => Algorithm::Dutch,
                Lang::Pt => Algorithm::Portuguese,
            })
        }))
    }

    /// The stem of a normalised (lowercase) word.
    pub fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match &self.0 {
            Some(stemmer) => stemmer.stem(word),
            None => Cow::Borrowed(word),
        }
    }
}
