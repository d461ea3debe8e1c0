//! Word tokens with their spans and normalised forms for matching.
//!
//! Tokens come from the Unicode word rules (UAX #29). Hyphenated compounds such as
//! "US-Außenminister" stay one token; [`Tokens::parts`] yields their parts ("us",
//! "außenminister") so they also match on their own. Normalisation is lowercase plus the
//! canonical composition of a letter and a combining mark (what NFC does to decomposed
//! "a\u{308}" text, e.g. pasted from macOS); umlauts and ß are kept. A full NFC table set
//! would cost about 60 KB gzipped in the wasm bundle, the composition pairs of Latin, Greek
//! and Cyrillic letters about 2 KB. All normalised forms share one buffer, so tokenising allocates
//! a few vectors per text, not a string per word.

use crate::compose_table::COMPOSITIONS;
use crate::lowercase::push_lowercase;
use crate::uax_words::word_segments;
use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes or hyphens inside).
    Word,
    /// Starts with a digit: "2021", "3,5", "907".
    Number,
}

/// One token: a byte span of the original text and where its normalised form is.
///
/// Sixteen bytes (offsets as `u32`, the kind and compound flags in the top bits of the
/// normalised length): a 10 MB text has about two million tokens, the largest part of a
/// summary's memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    norm_start: u32,
    /// The normalised form's length in bytes, with `NUMBER` and `COMPOUND` set above it.
    norm_len_flags: u32,
}

const NUMBER: u32 = 1 << 31;
const COMPOUND: u32 = 1 << 30;
const NORM_LEN: u32 = COMPOUND - 1;

/// Bytes of a text that [`tokenize`] reads: offsets must fit the `u32` fields and one word's
/// normalised form (lowercasing can grow it by half) its 30-bit length.
pub const MAX_TOKENIZED_BYTES: usize = 512 << 20;

impl Token {
    /// Byte offset of the first character in the original text.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the last character.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Word or number.
    pub fn kind(&self) -> TokenKind {
        if self.norm_len_flags & NUMBER != 0 {
            TokenKind::Number
        } else {
            TokenKind::Word
        }
    }

    /// Whether the token is a hyphenated compound ("US-Außenminister").
    pub fn is_compound(&self) -> bool {
        self.norm_len_flags & COMPOUND != 0
    }

    fn norm_range(&self) -> Range<usize> {
        let start = self.norm_start as usize;
        start..start + (self.norm_len_flags & NORM_LEN) as usize
    }

    /// Sets the end of the token and of its normalised form (which ends at `norm_end`).
    fn set_ends(&mut self, end: usize, norm_end: usize) {
        self.end = end as u32;
        let len = (norm_end - self.norm_start as usize) as u32;
        self.norm_len_flags = (self.norm_len_flags & !NORM_LEN) | len;
    }
}

/// The tokens of a text and their normalised forms.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    tokens: Vec<Token>,
    norms: String,
}

impl Tokens {
    /// Every token, in text order.
    pub fn as_slice(&self) -> &[Token] {
        &self.tokens
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The normalised (NFC, lowercase) form of `token`.
    pub fn norm(&self, token: &Token) -> &str {
        &self.norms[token.norm_range()]
    }

    /// The parts of a compound's normalised form ("us", "außenminister"); a plain token
    /// yields itself.
    pub fn parts<'a>(&'a self, token: &Token) -> impl Iterator<Item = &'a str> + 'a {
        self.norms[token.norm_range()]
            .split(['-', '‐', '‑'])
            .filter(|part| !part.is_empty())
    }
}

/// Splits `text` into word and number tokens.
///
/// ```
/// use kernsatz::{tokenize, TokenKind};
/// let text = "Der US-Außenminister traf 2021 Präsident Aliyev.";
/// let tokens = tokenize(text);
/// let norms: Vec<&str> = tokens.as_slice().iter().map(|t| tokens.norm(t)).collect();
/// assert_eq!(norms, ["der", "us-außenminister", "traf", "2021", "präsident", "aliyev"]);
/// assert_eq!(tokens.as_slice()[3].kind(), TokenKind::Number);
/// let compound = &tokens.as_slice()[1];
/// assert_eq!(&text[compound.start()..compound.end()], "US-Außenminister");
/// assert_eq!(tokens.parts(compound).collect::<Vec<_>>(), ["us", "außenminister"]);
/// ```
pub fn tokenize(text: &str) -> Tokens {
    // Nearly every run of non-space characters is one token (0.99 to 1.0 on the dev sets):
    // reserving about that many avoids growing a huge vector by doubling, whose old and new
    // blocks would be live together (wasm memory never shrinks back).
    let whitespace = text.bytes().filter(u8::is_ascii_whitespace).count();
    let mut out = Tokens {
        tokens: Vec::with_capacity(whitespace + whitespace / 8 + 16),
        norms: String::with_capacity(text.len()),
    };
    // The end of the previous word and whether a single hyphen followed it directly.
    let mut last_word_end = usize::MAX;
    let mut hyphen_end = usize::MAX;
    let mut read = text.len().min(MAX_TOKENIZED_BYTES);
    while !text.is_char_boundary(read) {
        read -= 1;
    }
    for (start, word) in word_segments(&text[..read]) {
        let first = word.chars().next().unwrap_or(' ');
        if !first.is_alphanumeric() {
            hyphen_end = if start == last_word_end && is_hyphen(word) {
                start + word.len()
            } else {
                usize::MAX
            };
            continue;
        }
        let end = start + word.len();
        let glued = start == hyphen_end;
        last_word_end = end;
        hyphen_end = usize::MAX;
        if glued {
            if let Some(previous) = out.tokens.last_mut() {
                // Extend the compound: re-normalise its hyphen and this part into the buffer.
                out.norms.push('-');
                push_norm(&mut out.norms, word);
                previous.set_ends(end, out.norms.len());
                previous.norm_len_flags |= COMPOUND;
                continue;
            }
        }
        let norm_start = out.norms.len();
        push_norm(&mut out.norms, word);
        let number = if first.is_numeric() { NUMBER } else { 0 };
        out.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            norm_start: norm_start as u32,
            norm_len_flags: (out.norms.len() - norm_start) as u32 | number,
        });
    }
    out
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "‐" | "‑")
}

/// Appends the NFC lowercase form of `word`; ASCII takes the fast path.
fn push_norm(buf: &mut String, word: &str) {
    if word.is_ascii() {
        let start = buf.len();
        buf.push_str(word);
        // ASCII lowercasing keeps every byte in ASCII, so the buffer stays valid UTF-8.
        buf[start..].make_ascii_lowercase();
    } else {
        let mut pending: Option<char> = None;
        for c in word.chars() {
            if let Some(base) = pending {
                if let Some(composed) = compose(base, c) {
                    pending = Some(composed);
                    continue;
                }
                push_lowercase(buf, base);
            }
            pending = Some(c);
        }
        if let Some(last) = pending {
            push_lowercase(buf, last);
        }
    }
}

/// The precomposed form of `base` followed by the combining `mark`, if there is one.
fn compose(base: char, mark: char) -> Option<char> {
    if !('\u{0300}'..='\u{036F}').contains(&mark) {
        return None;
    }
    COMPOSITIONS
        .binary_search_by(|&(b, m, _)| (b, m).cmp(&(base, mark)))
        .ok()
        .map(|i| COMPOSITIONS[i].2)
}

/// The normalised form of a single string (composed, lowercase), for matching against tokens.
///
/// ```
/// use kernsatz::normalize;
/// assert_eq!(normalize("Außenminister"), "außenminister");
/// assert_eq!(normalize("A\u{308}GYPTEN"), "ägypten");
/// ```
pub fn normalize(word: &str) -> String {
    let mut buf = String::with_capacity(word.len());
    push_norm(&mut buf, word);
    buf
}
