//! Stemming for the supported languages, by our own ports of the Snowball stemmers
//! (`german_stem`, `english_stem`, `french_stem`, `spanish_stem`, `italian_stem`,
//! `dutch_stem`, `portuguese_stem`). rust-stemmers, which interprets the generated Snowball
//! programs on a growing `String`, is now only the reference the ports' tests compare with:
//! the ports give the same stem for every word and are several times faster.

use crate::lang::Lang;
use crate::{
    dutch_stem, english_stem, french_stem, german_stem, italian_stem, portuguese_stem, spanish_stem,
};

/// A Snowball port: writes the stem of a lowercase word into its last argument, using the
/// char buffer as scratch space.
type Port = fn(&str, &mut Vec<char>, &mut String);

/// A stemmer for one language; text in no supported language is left unstemmed.
pub(crate) struct Stemmer {
    port: Option<Port>,
    /// Scratch space reused for every word.
    chars: Vec<char>,
    /// The last stem.
    stem: String,
}

impl Stemmer {
    pub fn new(lang: Option<Lang>) -> Stemmer {
        let port = lang.map(|lang| -> Port {
            match lang {
                Lang::De => german_stem::stem,
                Lang::En => english_stem::stem,
                Lang::Fr => french_stem::stem,
                Lang::Es => spanish_stem::stem,
                Lang::It => italian_stem::stem,
                Lang::Nl => dutch_stem::stem,
                Lang::Pt => portuguese_stem::stem,
            }
        });
        Stemmer {
            port,
            chars: Vec::new(),
            stem: String::new(),
        }
    }

    /// The stem of a normalised (lowercase) word, valid until the next call.
    pub fn stem<'s>(&'s mut self, word: &'s str) -> &'s str {
        match self.port {
            Some(port) => {
                port(word, &mut self.chars, &mut self.stem);
                &self.stem
            }
            None => word,
        }
    }
}

/// Snowball's standard regions: R1 starts after the first non-vowel that follows a vowel, R2
/// after the next such non-vowel. A region that does not exist starts at the end.
pub(crate) fn standard_regions(chars: &[char], vowel: fn(char) -> bool) -> (usize, usize) {
    let end = chars.len();
    let after_vowel_and_consonant = |from: usize| {
        let v = (from..end).find(|&i| vowel(chars[i]))?;
        (v + 1..end).find(|&i| !vowel(chars[i])).map(|i| i + 1)
    };
    let Some(r1) = after_vowel_and_consonant(0) else {
        return (end, end);
    };
    (r1, after_vowel_and_consonant(r1).unwrap_or(end))
}

/// RV of the Spanish, Portuguese and Italian stemmers: if the second letter is a consonant,
/// it starts after the next vowel; if the first two letters are vowels, after the next
/// consonant; otherwise (consonant, vowel) after the third letter. The end of the word where
/// there is no such position.
pub(crate) fn romance_rv(chars: &[char], vowel: fn(char) -> bool) -> usize {
    let end = chars.len();
    let after = |from: usize, is_vowel: bool| {
        (from..end)
            .find(|&i| vowel(chars[i]) == is_vowel)
            .map(|i| i + 1)
    };
    let start = match chars {
        [_, second, ..] if !vowel(*second) => after(2, true),
        [first, _, ..] if vowel(*first) => after(2, false),
        [_, _, _, ..] => Some(3),
        _ => None,
    };
    start.unwrap_or(end)
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
    /// inside the region that starts at `start`, with its length in chars: an `among` under
    /// Snowball's `setlimit`, which sees only the region, so that a shorter suffix matches
    /// where a longer one reaches out of the region.
    pub fn longest_chars_in<'s>(
        &self,
        suffixes: &[&'s str],
        start: usize,
    ) -> Option<(&'s str, usize)> {
        suffixes.iter().find_map(|&s| {
            let n = s.chars().count();
            (self.ends_with_chars(s) && self.in_region(n, start)).then_some((s, n))
        })
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

/// What the ports' tests share: each port against rust-stemmers, the reference it reproduces.
#[cfg(test)]
pub(crate) mod reference {
    use super::Port;
    use crate::langdata::entries;
    use crate::test_support::dev_texts;
    use rust_stemmers::{Algorithm, Stemmer};
    use std::collections::HashSet;

    /// The stem `port` gives `word`.
    pub(crate) fn port_stem(port: Port, word: &str) -> String {
        let (mut chars, mut out) = (Vec::new(), String::new());
        port(word, &mut chars, &mut out);
        out
    }

    /// Asserts that `port` gives rust-stemmers' `algorithm` stem for every distinct lowercase
    /// word of the dev texts (split at every non-alphanumeric char, and again keeping
    /// apostrophes) and every entry of the word lists in `data/<lang>/`.
    pub(crate) fn assert_same_stems(port: Port, algorithm: Algorithm, lang: &str) {
        let snowball = Stemmer::create(algorithm);
        let mut words = HashSet::new();
        for text in dev_texts() {
            let text = text.to_lowercase();
            words.extend(
                text.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_string),
            );
            words.extend(
                text.split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .map(str::to_string),
            );
        }
        for file in ["wordfreq.txt", "stopwords.txt"] {
            let path = format!("{}/data/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
            let list = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let list_words = entries(&list).filter(|line| !line.starts_with("= "));
            words.extend(list_words.map(str::to_lowercase));
        }
        assert!(words.len() > 100_000, "only {} words", words.len());
        for word in &words {
            assert_eq!(port_stem(port, word), snowball.stem(word), "{word}");
        }
    }
}
