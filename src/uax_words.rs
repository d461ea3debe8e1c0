//! UAX #29 word segments, with a fast path for ASCII.
//!
//! Word rules never join across ASCII whitespace, so the text is cut into runs without it.
//! A run that is all ASCII (most words of English text, many of German) is segmented by the
//! rules as they apply to ASCII (letters, digits, `.`, `'`, `:`, `,`, `;`, `_`), byte by byte;
//! any other run goes to the full rules (`word_break`). Looking up every character's word category
//! in the Unicode tables was most of the tokenizing time. Whitespace itself is not yielded:
//! tokens are never whitespace. `tests` compare with the full rules on random and real text.

use crate::word_break::{word_bound_indices, WordBounds};

/// The word segments of `text` (UAX #29), without the whitespace ones, as
/// `(offset, segment)` pairs in order.
pub(crate) fn word_segments(text: &str) -> WordSegments<'_> {
    WordSegments {
        text,
        pos: 0,
        run: Run::Done,
    }
}

pub(crate) struct WordSegments<'t> {
    text: &'t str,
    /// Where the next run starts looking.
    pos: usize,
    run: Run<'t>,
}

enum Run<'t> {
    /// An all-ASCII run `[at, end)` of the text, segmented here.
    Ascii {
        at: usize,
        end: usize,
    },
    /// Any other run, segmented by the full rules; offsets relative to `start`.
    Unicode {
        start: usize,
        segments: WordBounds<'t>,
    },
    Done,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// Word-rule categories of ASCII characters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cat {
    Letter,
    Digit,
    /// `:`: joins letters only.
    MidLetter,
    /// `.` and `'`: join letters and digits.
    MidBoth,
    /// `,` and `;`: join digits only.
    MidNum,
    /// `_`.
    Connector,
    Other,
}

fn cat(b: u8) -> Cat {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Cat::Letter,
        b'0'..=b'9' => Cat::Digit,
        b':' => Cat::MidLetter,
        b'.' | b'\'' => Cat::MidBoth,
        b',' | b';' => Cat::MidNum,
        b'_' => Cat::Connector,
        _ => Cat::Other,
    }
}

/// Whether the rules keep `b[i - 1]` and `b[i]` in one segment (WB5 to WB13b, for ASCII).
fn joins(b: &[u8], i: usize) -> bool {
    let (left, right) = (cat(b[i - 1]), cat(b[i]));
    let before = |want: Cat| i >= 2 && cat(b[i - 2]) == want;
    let after = |want: Cat| b.get(i + 1).is_some_and(|&c| cat(c) == want);
    match (left, right) {
        (Cat::Letter | Cat::Digit, Cat::Letter | Cat::Digit) => true,
        (Cat::Letter, Cat::MidLetter | Cat::MidBoth) => after(Cat::Letter),
        (Cat::MidLetter | Cat::MidBoth, Cat::Letter) => before(Cat::Letter),
        (Cat::Digit, Cat::MidNum | Cat::MidBoth) => after(Cat::Digit),
        (Cat::MidNum | Cat::MidBoth, Cat::Digit) => before(Cat::Digit),
        (Cat::Letter | Cat::Digit | Cat::Connector, Cat::Connector) => true,
        (Cat::Connector, Cat::Letter | Cat::Digit) => true,
        _ => false,
    }
}

impl<'t> Iterator for WordSegments<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        loop {
            match &mut self.run {
                Run::Ascii { at, end } => {
                    if *at < *end {
                        let bytes = &self.text.as_bytes()[..*end];
                        let start = *at;
                        let mut i = start + 1;
                        while i < *end && joins(bytes, i) {
                            i += 1;
                        }
                        *at = i;
                        return Some((start, &self.text[start..i]));
                    }
                }
                Run::Unicode { start, segments } => {
                    if let Some((offset, segment)) = segments.next() {
                        return Some((*start + offset, segment));
                    }
                }
                Run::Done => {}
            }
            // The next run of non-whitespace.
            let bytes = self.text.as_bytes();
            let start = self.pos + bytes[self.pos..].iter().position(|&b| !is_space(b))?;
            let end = bytes[start..]
                .iter()
                .position(|&b| is_space(b))
                .map_or(bytes.len(), |i| start + i);
            self.pos = end;
            let run = &self.text[start..end];
            self.run = if run.is_ascii() {
                Run::Ascii { at: start, end }
            } else {
                Run::Unicode {
                    start,
                    segments: word_bound_indices(run),
                }
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// The segments tokenizing looks at, by the full rules: those that are not whitespace.
    fn by_rules(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, s)| !s.bytes().all(is_space))
            .map(|(offset, s)| {
                // A whitespace character followed by marks is one segment by the rules;
                // here the run after the whitespace starts at the marks.
                let trimmed = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0C']);
                (offset + s.len() - trimmed.len(), trimmed)
            })
            .collect()
    }

    fn by_runs(text: &str) -> Vec<(usize, &str)> {
        word_segments(text).collect()
    }

    #[test]
    fn runs_give_the_segments_of_the_whole_text() {
        let alphabet: Vec<char> =
            "aZé5 .,;:'_-\"!?()\t\n\r\x0B\x0C\u{301}\u{AD}\u{200D}ß中'’x7. Q@/"
                .chars()
                .collect();
        let mut rng = crate::test_support::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut next = |bound: usize| rng.below(bound as u64) as usize;
        for _ in 0..100_000 {
            let len = next(30);
            // Mostly ASCII, so that both paths and their seams are exercised.
            let text: String = (0..len)
                .map(|_| {
                    let bound = if next(3) == 0 { alphabet.len() } else { 22 };
                    alphabet[next(bound)]
                })
                .collect();
            assert_eq!(by_runs(&text), by_rules(&text), "{text:?}");
        }
    }

    #[test]
    fn dev_texts_segment_as_the_rules_segment_them() {
        let mut bytes = 0;
        for text in crate::test_support::dev_texts() {
            assert_eq!(by_runs(&text), by_rules(&text));
            bytes += text.len();
        }
        assert!(bytes > 10_000_000, "{bytes}");
    }
}
