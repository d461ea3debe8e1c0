//! The UAX #29 sentence rules over a compact table of the Sentence_Break categories.
//!
//! The rules are those of unicode-segmentation's sentence iterator (MIT/Apache-2.0), carried
//! over step by step, so the boundaries are the same: `tests` compare them for every code
//! point in several contexts, on random text and on every dev text, with the crate as the
//! reference. What differs is the table: the crate's (char, char, category) triples and their
//! lookup index, where the runs of `sentence_break_table.rs` gzip to 2.3 KiB (decoded once,
//! `break_runs`); the gzipped wasm got 8.3 KiB smaller.

use crate::break_runs::Runs;
use crate::sentence_break_table::{
    SENTENCE_RUN_CATEGORIES, SENTENCE_RUN_COUNT, SENTENCE_RUN_STARTS,
};
use std::sync::OnceLock;

/// A Sentence_Break category, in the order of `tools/gen_break_tables.py`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Category {
    Any,
    Cr,
    Lf,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Format,
    Extend,
}

const CATEGORIES: [Category; 15] = [
    Category::Any,
    Category::Cr,
    Category::Lf,
    Category::Sep,
    Category::Sp,
    Category::Lower,
    Category::Upper,
    Category::OLetter,
    Category::Numeric,
    Category::ATerm,
    Category::STerm,
    Category::Close,
    Category::SContinue,
    Category::Format,
    Category::Extend,
];

struct Table {
    runs: Runs,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table {
        runs: Runs::decode(
            SENTENCE_RUN_COUNT,
            SENTENCE_RUN_STARTS,
            SENTENCE_RUN_CATEGORIES,
        ),
    })
}

impl Table {
    fn category(&self, c: char) -> Category {
        CATEGORIES
            .get(usize::from(self.runs.value(c)))
            .copied()
            .unwrap_or(Category::Any)
    }
}

/// What the rules remember of the text before a position: the last four parts, where a run
/// of closers or of spaces counts as one part.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

#[derive(Clone, Copy)]
struct State([Part; 4]);

impl State {
    fn next(self, category: Category) -> State {
        let parts = self.0;
        match (parts[3], category) {
            (Part::ClosePlus, Category::Close) | (Part::SpPlus, Category::Sp) => self,
            _ => State([
                parts[1],
                parts[2],
                parts[3],
                match category {
                    Category::Cr => Part::Cr,
                    Category::Lf => Part::Lf,
                    Category::Sep => Part::Sep,
                    Category::ATerm => Part::ATerm,
                    Category::Upper | Category::Lower => Part::UpperLower,
                    Category::Close => Part::ClosePlus,
                    Category::Sp => Part::SpPlus,
                    Category::STerm => Part::STerm,
                    _ => Part::Other,
                },
            ]),
        }
    }

    fn last(self) -> Part {
        self.0[3]
    }

    /// The part before optional spaces and closers ("ATerm Close* Sp*").
    fn before_close_sp(self) -> Part {
        let mut i = if self.0[3] == Part::SpPlus { 2 } else { 3 };
        if self.0[i] == Part::ClosePlus {
            i -= 1;
        }
        self.0[i]
    }

    /// SATerm Close* Sp* before this position.
    fn sb8a(self) -> bool {
        matches!(self.before_close_sp(), Part::STerm | Part::ATerm)
    }

    /// SATerm Close* before this position.
    fn sb9(self) -> bool {
        let i = if self.0[3] == Part::ClosePlus { 2 } else { 3 };
        matches!(self.0[i], Part::STerm | Part::ATerm)
    }

    /// SB11: SATerm Close* Sp* ParaSep? ÷.
    fn sb11(self) -> bool {
        let mut i = match self.0[3] {
            Part::Sep | Part::Cr | Part::Lf => 2,
            _ => 3,
        };
        if self.0[i] == Part::SpPlus {
            i -= 1;
        }
        if self.0[i] == Part::ClosePlus {
            i -= 1;
        }
        matches!(self.0[i], Part::STerm | Part::ATerm)
    }
}

/// For SB8 (ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower):
/// whether the first char from `from` on that decides the rule is a lowercase letter. Every
/// position up to that char gets the same answer, so one scan serves them all: `known` keeps
/// (the deciding char's offset, or the end, and the answer). Scanning again at each position,
/// as unicode-segmentation does, took a second for "a." and 40,000 closing brackets.
fn lower_ahead(table: &Table, text: &str, from: usize, known: &mut Option<(usize, bool)>) -> bool {
    if let Some((until, answer)) = *known {
        if from <= until {
            return answer;
        }
    }
    let mut found = (text.len(), false);
    for (i, c) in text[from..].char_indices() {
        match table.category(c) {
            Category::Lower => {
                found = (from + i, true);
                break;
            }
            Category::OLetter
            | Category::Upper
            | Category::Sep
            | Category::Cr
            | Category::Lf
            | Category::STerm
            | Category::ATerm => {
                found = (from + i, false);
                break;
            }
            _ => {}
        }
    }
    *known = Some(found);
    found.1
}

/// Calls `on_break` with each byte offset where a sentence of `text` starts, after its first
/// one (the offsets of `split_sentence_bound_indices().skip(1)`), in order.
pub(crate) fn inner_breaks(text: &str, mut on_break: impl FnMut(usize)) {
    let table = table();
    let mut state = State([Part::Sot; 4]);
    let mut sb8_known = None;
    for (position, c) in text.char_indices() {
        let before = state;
        let category = table.category(c);
        state = state.next(category);
        let is_break = match category {
            // SB1: the start is no inner break.
            _ if before.last() == Part::Sot => false,
            // SB3, SB4.
            Category::Lf if before.last() == Part::Cr => false,
            _ if matches!(before.last(), Part::Sep | Part::Cr | Part::Lf) => true,
            // SB5: marks and format characters join what they follow.
            Category::Extend | Category::Format => {
                state = before;
                false
            }
            // SB6, SB7.
            Category::Numeric if before.last() == Part::ATerm => false,
            Category::Upper if before.0[2] == Part::UpperLower && before.0[3] == Part::ATerm => {
                false
            }
            _ if before.before_close_sp() == Part::ATerm
                && lower_ahead(table, text, position, &mut sb8_known) =>
            {
                false
            }
            Category::SContinue | Category::STerm | Category::ATerm if before.sb8a() => false,
            Category::Close | Category::Sp | Category::Sep | Category::Cr | Category::Lf
                if before.sb9() =>
            {
                false
            }
            Category::Sp | Category::Sep | Category::Cr | Category::Lf if before.sb8a() => false,
            _ => before.sb11(),
        };
        if is_break {
            on_break(position);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(text: &str) -> Vec<usize> {
        let mut breaks = Vec::new();
        inner_breaks(text, |at| breaks.push(at));
        breaks
    }

    fn reference(text: &str) -> Vec<usize> {
        if text.is_empty() {
            return Vec::new();
        }
        text.split_sentence_bound_indices()
            .skip(1)
            .map(|(offset, _)| offset)
            .collect()
    }

    #[test]
    fn every_character_breaks_as_the_reference_breaks_around_it() {
        // Contexts in which each category decides differently: after a full stop, after a
        // full stop and a space or closer, before one, and between letters of both cases.
        let contexts = [
            ("a.", "b"),
            ("A. ", "x"),
            ("x.", ""),
            ("", ". A"),
            ("a? ", " b"),
            ("a. )", "a"),
            ("Ab", ".C"),
            ("a.", " 5"),
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
                    "{:?} U+{:04X}",
                    text,
                    c as u32
                );
            }
        }
    }

    #[test]
    fn random_text_breaks_as_the_reference_breaks_it() {
        let alphabet: Vec<char> =
            "aBé Ä.!?\"„“”«»()5,;:–—…\u{301}\u{AD}\u{200B}。、中x Y؟\t\r\n\u{85}\u{2029}'’z. A"
                .chars()
                .collect();
        let mut rng = crate::test_support::Rng::new(0x2545_f491_4f6c_dd1d);
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
    fn dev_texts_break_as_the_reference_breaks_them() {
        let mut lines = 0;
        for text in crate::test_support::dev_texts() {
            for line in text.lines().filter(|l| !l.is_empty()) {
                assert_eq!(ours(line), reference(line), "{line}");
                lines += 1;
            }
        }
        assert!(lines > 5000, "{lines}");
    }
}
