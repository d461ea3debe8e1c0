//! The UAX #29 word rules over a compact table of the Word_Break categories.
//!
//! The rules are those of unicode-segmentation's forward word iterator (MIT/Apache-2.0),
//! carried over step by step, so the segments are the same (`tests` compare them for every
//! code point in several contexts, on random text and on every dev text; unicode-segmentation
//! stays as the reference). The tables are runs (`word_break_table.rs`, `break_runs`) in
//! place of the crate's (char, char, category) triples: the gzipped wasm got 6.2 KiB smaller.

use crate::break_runs::Runs;
use crate::word_break_table::{
    PICTOGRAPHIC_RUN_CATEGORIES, PICTOGRAPHIC_RUN_COUNT, PICTOGRAPHIC_RUN_STARTS,
    WORD_RUN_CATEGORIES, WORD_RUN_COUNT, WORD_RUN_STARTS,
};
use std::sync::OnceLock;

/// A Word_Break category, in the order of `tools/gen_break_tables.py`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Category {
    Any,
    Cr,
    Lf,
    Newline,
    Extend,
    Zwj,
    RegionalIndicator,
    Format,
    Katakana,
    HebrewLetter,
    ALetter,
    SingleQuote,
    DoubleQuote,
    MidNumLet,
    MidLetter,
    MidNum,
    Numeric,
    ExtendNumLet,
    WSegSpace,
}

const CATEGORIES: [Category; 19] = [
    Category::Any,
    Category::Cr,
    Category::Lf,
    Category::Newline,
    Category::Extend,
    Category::Zwj,
    Category::RegionalIndicator,
    Category::Format,
    Category::Katakana,
    Category::HebrewLetter,
    Category::ALetter,
    Category::SingleQuote,
    Category::DoubleQuote,
    Category::MidNumLet,
    Category::MidLetter,
    Category::MidNum,
    Category::Numeric,
    Category::ExtendNumLet,
    Category::WSegSpace,
];

struct Table {
    words: Runs,
    pictographic: Runs,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table {
        words: Runs::decode(WORD_RUN_COUNT, WORD_RUN_STARTS, WORD_RUN_CATEGORIES),
        pictographic: Runs::decode(
            PICTOGRAPHIC_RUN_COUNT,
            PICTOGRAPHIC_RUN_STARTS,
            PICTOGRAPHIC_RUN_CATEGORIES,
        ),
    })
}

impl Table {
    fn category(&self, c: char) -> Category {
        CATEGORIES
            .get(usize::from(self.words.value(c)))
            .copied()
            .unwrap_or(Category::Any)
    }

    fn is_pictographic(&self, c: char) -> bool {
        self.pictographic.value(c) == 1
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Regional {
    Half,
    Full,
}

/// What a run of format and extend characters waits for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    AcceptNone,
    RequireLetter,
    RequireHLetter,
    AcceptQLetter,
    RequireNumeric,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Letter,
    HLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    Regional(Regional),
    FormatExtend(Pending),
    Zwj,
    Emoji,
    WSegSpace,
}

/// The word segments of `text` with their byte offsets, as unicode-segmentation's
/// `split_word_bound_indices` gives them.
pub(crate) fn word_bound_indices(text: &str) -> WordBounds<'_> {
    WordBounds {
        rest: text,
        offset: 0,
        cat: None,
        table: table(),
    }
}

pub(crate) struct WordBounds<'t> {
    rest: &'t str,
    offset: usize,
    /// The category of `rest`'s first char, when the previous segment looked it up.
    cat: Option<Category>,
    table: &'static Table,
}

impl WordBounds<'_> {
    /// The category of the char after the one at `idx` of `rest`.
    fn next_cat(&self, idx: usize) -> Option<Category> {
        let mut chars = self.rest.get(idx..)?.chars();
        chars.next()?;
        chars.next().map(|c| self.table.category(c))
    }
}

impl<'t> Iterator for WordBounds<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        use Category as C;
        if self.rest.is_empty() {
            return None;
        }
        let mut take_curr = true;
        let mut take_cat = true;
        let mut idx = 0;
        let mut saveidx = 0;
        let mut state = State::Start;
        let mut cat = C::Any;
        let mut savecat = C::Any;
        let mut skipped_format_extend = false;
        for (curr, ch) in self.rest.char_indices() {
            idx = curr;
            let prev_zwj = cat == C::Zwj;
            cat = match self.cat.take() {
                None => self.table.category(ch),
                Some(cached) => cached,
            };
            take_cat = true;
            // WB4: marks, format characters and ZWJ join what they follow.
            if state != State::Start && matches!(cat, C::Extend | C::Format | C::Zwj) {
                skipped_format_extend = true;
                continue;
            }
            // WB3c.
            if prev_zwj && self.table.is_pictographic(ch) {
                state = State::Emoji;
                continue;
            }
            state = match state {
                State::Start if cat == C::Cr => {
                    // WB3, WB3a.
                    if self.next_cat(idx) == Some(C::Lf) {
                        idx += 1;
                    }
                    break;
                }
                State::Start => match cat {
                    C::ALetter => State::Letter,
                    C::HebrewLetter => State::HLetter,
                    C::Numeric => State::Numeric,
                    C::Katakana => State::Katakana,
                    C::ExtendNumLet => State::ExtendNumLet,
                    C::RegionalIndicator => State::Regional(Regional::Half),
                    C::Lf | C::Newline => break,
                    C::Zwj => State::Zwj,
                    C::WSegSpace => State::WSegSpace,
                    _ => {
                        if let Some(next) = self.next_cat(idx) {
                            if matches!(next, C::Format | C::Extend | C::Zwj) {
                                state = State::FormatExtend(Pending::AcceptNone);
                                self.cat = Some(next);
                                continue;
                            }
                        }
                        break; // WB999
                    }
                },
                State::WSegSpace => match cat {
                    C::WSegSpace if !skipped_format_extend => State::WSegSpace,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                State::Zwj | State::Emoji | State::Regional(Regional::Full) => {
                    take_curr = false;
                    break;
                }
                State::Letter | State::HLetter => match cat {
                    C::ALetter => State::Letter,
                    C::HebrewLetter => State::HLetter,
                    C::Numeric => State::Numeric,
                    C::ExtendNumLet => State::ExtendNumLet,
                    C::DoubleQuote if state == State::HLetter => {
                        savecat = cat;
                        saveidx = idx;
                        State::FormatExtend(Pending::RequireHLetter) // WB7b
                    }
                    C::SingleQuote if state == State::HLetter => {
                        State::FormatExtend(Pending::AcceptQLetter) // WB7a
                    }
                    C::MidLetter | C::MidNumLet | C::SingleQuote => {
                        savecat = cat;
                        saveidx = idx;
                        State::FormatExtend(Pending::RequireLetter) // WB6
                    }
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                State::Numeric => match cat {
                    C::Numeric => State::Numeric,
                    C::ALetter => State::Letter,
                    C::HebrewLetter => State::HLetter,
                    C::ExtendNumLet => State::ExtendNumLet,
                    C::MidNum | C::MidNumLet | C::SingleQuote => {
                        savecat = cat;
                        saveidx = idx;
                        State::FormatExtend(Pending::RequireNumeric) // WB12
                    }
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                State::Katakana => match cat {
                    C::Katakana => State::Katakana,
                    C::ExtendNumLet => State::ExtendNumLet,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                State::ExtendNumLet => match cat {
                    C::ExtendNumLet => State::ExtendNumLet,
                    C::ALetter => State::Letter,
                    C::HebrewLetter => State::HLetter,
                    C::Numeric => State::Numeric,
                    C::Katakana => State::Katakana,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                State::Regional(Regional::Half) => match cat {
                    C::RegionalIndicator => State::Regional(Regional::Full), // WB15, WB16
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                State::FormatExtend(pending) => match pending {
                    Pending::RequireNumeric if cat == C::Numeric => State::Numeric, // WB11
                    Pending::RequireLetter | Pending::AcceptQLetter if cat == C::ALetter => {
                        State::Letter // WB7
                    }
                    Pending::RequireLetter | Pending::AcceptQLetter if cat == C::HebrewLetter => {
                        State::HLetter // WB7a
                    }
                    Pending::RequireHLetter if cat == C::HebrewLetter => State::HLetter, // WB7b
                    Pending::AcceptNone | Pending::AcceptQLetter => {
                        // Emit the format and extend characters on their own.
                        take_curr = false;
                        take_cat = false;
                        break;
                    }
                    _ => break, // rewound below
                },
            };
        }
        if let State::FormatExtend(
            Pending::RequireLetter | Pending::RequireHLetter | Pending::RequireNumeric,
        ) = state
        {
            idx = saveidx;
            cat = savecat;
            take_curr = false;
        }
        self.cat = if take_curr {
            idx += self.rest[idx..].chars().next().map_or(0, char::len_utf8);
            None
        } else if take_cat {
            Some(cat)
        } else {
            None
        };
        let (segment, rest) = self.rest.split_at(idx);
        let at = self.offset;
        self.rest = rest;
        self.offset += idx;
        Some((at, segment))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(text: &str) -> Vec<(usize, &str)> {
        word_bound_indices(text).collect()
    }

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices().collect()
    }

    #[test]
    fn every_character_segments_as_the_reference_segments_around_it() {
        // Contexts in which each category decides differently: between letters, digits,
        // Katakana, Hebrew letters, after a quote or ZWJ, before marks, among spaces.
        let contexts = [
            ("a", "b"),
            ("a'", "b"),
            ("1", "2"),
            ("1,", "2"),
            ("\u{5D0}", "\"\u{5D0}"),
            ("\u{30A2}", "_"),
            ("\u{200D}", "\u{301}"),
            ("  ", " "),
            ("\r", "\n"),
            ("\u{1F1E9}", "\u{1F1EA}"),
            ("", "\u{AD}a"),
        ];
        let mut text = String::new();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for (before, after) in contexts {
                text.clear();
                text.push_str(before);
                text.push(c);
                text.push_str(after);
                assert_eq!(
                    ours(&text),
                    reference(&text),
                    "U+{:04X} in {text:?}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn random_text_segments_as_the_reference_segments_it() {
        let alphabet: Vec<char> =
            "aB1 .,:;'\"_\u{5D0}\u{30A2}\u{200D}\u{301}\u{AD}\u{1F1E9}\u{1F1EA}\u{1F600}\r\n\u{3000}é中"
                .chars()
                .collect();
        let mut rng = crate::test_support::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut next = |bound: u64| rng.below(bound);
        for _ in 0..50_000 {
            let len = 1 + next(30);
            let text: String = (0..len)
                .map(|_| match next(4) {
                    // Any code point now and then: every category in every position.
                    0 => char::from_u32(next(0x11_0000) as u32).unwrap_or('x'),
                    _ => alphabet[next(alphabet.len() as u64) as usize],
                })
                .collect();
            assert_eq!(ours(&text), reference(&text), "{text:?}");
        }
    }

    #[test]
    fn dev_texts_segment_as_the_reference_segments_them() {
        let mut texts = 0;
        for text in crate::test_support::dev_texts() {
            assert_eq!(ours(&text), reference(&text));
            texts += 1;
        }
        assert!(texts > 100, "{texts}");
    }
}
