//! Stemming for the supported languages: German, English, Spanish and Portuguese by our own
//! ports of the Snowball stemmers (`german_stem`, `english_stem`, `spanish_stem`,
//! `portuguese_stem`: several times faster), the others by rust-stemmers.

use crate::lang::Lang;
use crate::{english_stem, german_stem, portuguese_stem, spanish_stem};
use rust_stemmers::{Algorithm, Stemmer as Snowball};
use std::borrow::Cow;

/// A Snowball port: writes the stem of a lowercase word into its last argument, using the
/// char buffer as scratch space.
type Port = fn(&str, &mut Vec<char>, &mut String);

/// A stemmer for one language; text in no supported language is left unstemmed.
pub(crate) enum Stemmer {
    Port {
        port: Port,
        /// Scratch space reused for every word.
        chars: Vec<char>,
        /// The last stem.
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
            Some(Lang::De) => return Stemmer::port(german_stem::stem),
            Some(Lang::En) => return Stemmer::port(english_stem::stem),
            Some(Lang::Fr) => Algorithm::French,
            Some(Lang::Es) => return Stemmer::port(spanish_stem::stem),
            Some(Lang::It) => Algorithm::Italian,
            Some(Lang::Nl) => Algorithm::Dutch,
            Some(Lang::Pt) => return Stemmer::port(portuguese_stem::stem),
        };
        Stemmer::Snowball {
            stemmer: Snowball::create(algorithm),
            stem: String::new(),
        }
    }

    fn port(port: Port) -> Stemmer {
        Stemmer::Port {
            port,
            chars: Vec::new(),
            stem: String::new(),
        }
    }

    /// The stem of a normalised (lowercase) word, valid until the next call.
    pub fn stem<'s>(&'s mut self, word: &'s str) -> &'s str {
        match self {
            Stemmer::Port { port, chars, stem } => {
                port(word, chars, stem);
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

/// A word being stemmed by a Snowball port, as chars, with the starts of its R1 and R2
/// regions (char indices; the end of the word where a region is empty).
pub(crate) struct Word<'b> {
    pub chars: &'b mut Vec<char>,
    pub r1: usize,
    pub r2: usize,
}

impl Word<'_> {
    /// Whether the word ends with the ASCII `suffix`.
    pub fn ends_with(&self, suffix: &str) -> bool {
        let n = suffix.len();
        self.chars.len() >= n
            && self.chars[self.chars.len() - n..]
                .iter()
                .zip(suffix.bytes())
                .all(|(&c, b)| c == char::from(b))
    }

    /// Whether the word ends with `suffix`, which may have non-ASCII chars: compared char by
    /// char from the end, after a quick test of its last byte (an ASCII byte must be the last
    /// char; a byte of a multibyte char cannot end an ASCII one), as `longest_chars` tries
    /// many suffixes.
    pub fn ends_with_chars(&self, suffix: &str) -> bool {
        let (Some(&last), Some(&byte)) = (self.chars.last(), suffix.as_bytes().last()) else {
            return suffix.is_empty();
        };
        if byte.is_ascii() {
            if last != char::from(byte) {
                return false;
            }
        } else if last.is_ascii() {
            return false;
        }
        let mut i = self.chars.len();
        suffix.chars().rev().all(|c| {
            if i == 0 {
                return false;
            }
            i -= 1;
            self.chars[i] == c
        })
    }

    /// The char before the last `n` chars, if any.
    pub fn before(&self, n: usize) -> Option<char> {
        self.chars.len().checked_sub(n + 1).map(|i| self.chars[i])
    }

    /// The first of `suffixes` (ASCII, longest first) the word ends with: Snowball's
    /// `among`, which takes the longest match.
    pub fn longest<'s>(&self, suffixes: &[&'s str]) -> Option<&'s str> {
        suffixes.iter().copied().find(|s| self.ends_with(s))
    }

    /// `longest` for suffixes that may have non-ASCII chars.
    pub fn longest_chars<'s>(&self, suffixes: &[&'s str]) -> Option<&'s str> {
        suffixes.iter().copied().find(|s| self.ends_with_chars(s))
    }

    /// The first of `suffixes` (longest first, may have non-ASCII chars) the word ends with
    /// inside the region that starts at `start`: an `among` under Snowball's `setlimit`, which
    /// sees only the region, so that a shorter suffix matches where a longer one reaches out
    /// of the region.
    pub fn longest_chars_in<'s>(&self, suffixes: &[&'s str], start: usize) -> Option<&'s str> {
        suffixes
            .iter()
            .copied()
            .find(|s| self.ends_with_chars(s) && self.in_region(s.chars().count(), start))
    }

    /// Whether a suffix of `n` chars starts inside the region that starts at `start`.
    pub fn in_region(&self, n: usize, start: usize) -> bool {
        self.chars.len() - n >= start
    }

    /// Removes the last `n` chars.
    pub fn cut(&mut self, n: usize) {
        let len = self.chars.len() - n;
        self.chars.truncate(len);
    }

    /// Replaces the last `n` chars with `with`.
    pub fn replace(&mut self, n: usize, with: &str) {
        self.cut(n);
        self.chars.extend(with.chars());
    }
}
