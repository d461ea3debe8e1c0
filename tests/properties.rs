//! Property tests of the invariants every caller relies on, for arbitrary text and every
//! language setting: units are ordered, disjoint, trimmed byte spans on char boundaries that
//! together cover every non-whitespace character; tokens are ordered spans on char
//! boundaries; summarizing never panics.

use kernsatz::{segment, summarize, tokenize, Lang, Options};
use proptest::prelude::*;

/// Characters that stress the rules: terminal marks, quotes and brackets of every language,
/// digits, every kind of line break, NUL and other controls, emoji, combining marks, scripts
/// without case.
const ALPHABET: &[char] = &[
    'a', 'b', 'e', 'z', 'A', 'D', 'M', 'Z', 'ä', 'Ö', 'é', 'ß', 'i', 'I', 'X', 'V', '0', '1', '3',
    '9', '.', '.', '.', '!', '?', '…', ',', ';', ':', '-', '–', '—', '/', '@', '*', '=', '_', '#',
    '"', '\'', '„', '“', '”', '«', '»', '‹', '›', '‚', '‘', '’', '(', ')', '[', ']', '¿', '¡', ' ',
    ' ', ' ', ' ', '\t', '\n', '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{A0}', '\u{2028}',
    '\u{2029}', '\u{3000}', '\0', '\u{1}', '\u{7F}', '\u{200B}', '\u{FEFF}', '\u{301}', '\u{308}',
    '😀', '👍', '🇩', '🇪', '\u{200D}', 'я', 'Ж', 'ع', '中', '。', 'ก', '।',
];

/// Pieces of real text that trigger the repairs (abbreviations, ordinals, dates, addresses,
/// metadata, list markers, separators, timestamps).
const FRAGMENTS: &[&str] = &[
    "Dr. ",
    "z. B. ",
    "u.a. ",
    "bzw. ",
    "etc. ",
    "U.S. ",
    "e.g. ",
    "M. ",
    "Sr. ",
    "S.A. ",
    "J. ",
    "XIV. ",
    "907. ",
    "am 27. November ",
    "3. Liga ",
    "1.1.2022. ",
    "3.5 ",
    "10:30 ",
    "a.m. ",
    "www.example.com ",
    "jane@example.com ",
    "http://x.org/a?b=c ",
    "date 2021-04 ",
    "Quelle: dpa\n",
    "- ",
    "1) ",
    "2. ",
    "== Titel == ",
    "## ",
    "*** ",
    "____ ",
    "... ",
    ". . . ",
    "?! ",
    "\" ",
    "„Ja.“ ",
    "« Oui. » ",
    "¿Qué? ",
    "- No. ",
    "; El ",
    "08/16/2000 12:05 PM ",
    "Er ",
    "Die ",
    "the ",
    "i ",
    "Hello",
    "world",
    "\n",
    "\r\n",
    "\n\n",
    "\u{2028}",
    " ",
];

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(ALPHABET), 0..160)
            .prop_map(|chars| chars.into_iter().collect()),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(FRAGMENTS).prop_map(str::to_string),
                prop::sample::select(ALPHABET).prop_map(String::from),
            ],
            0..60,
        )
        .prop_map(|parts| parts.concat()),
    ]
}

fn languages() -> impl Iterator<Item = Option<Lang>> {
    std::iter::once(None).chain(Lang::all().iter().copied().map(Some))
}

fn check_units(text: &str, lang: Option<Lang>) -> Result<(), TestCaseError> {
    let units = segment(text, lang);
    let mut covered = 0;
    for unit in &units {
        prop_assert!(unit.start < unit.end, "empty unit {:?}", unit);
        prop_assert!(unit.start >= covered, "units overlap or are out of order");
        prop_assert!(text.is_char_boundary(unit.start) && text.is_char_boundary(unit.end));
        let body = unit.text(text);
        prop_assert_eq!(body.trim(), body, "unit not trimmed");
        prop_assert!(
            text[covered..unit.start].trim().is_empty(),
            "non-whitespace text between units: {:?}",
            &text[covered..unit.start]
        );
        covered = unit.end;
    }
    prop_assert!(
        text[covered..].trim().is_empty(),
        "non-whitespace text after the last unit"
    );
    prop_assert_eq!(&units, &segment(text, lang), "not deterministic");
    Ok(())
}

proptest! {
    #[test]
    fn units_cover_the_text(text in arbitrary_text()) {
        for lang in languages() {
            check_units(&text, lang)?;
        }
    }

    #[test]
    fn tokens_are_ordered_spans(text in arbitrary_text()) {
        let tokens = tokenize(&text);
        let mut previous = 0;
        for token in tokens.as_slice() {
            prop_assert!(token.start() < token.end() && token.start() >= previous);
            prop_assert!(text.is_char_boundary(token.start()) && text.is_char_boundary(token.end()));
            previous = token.end();
        }
        prop_assert!(previous <= text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn summarize_never_panics(text in arbitrary_text()) {
        let options = std::iter::once(Options::new())
            .chain(Lang::all().iter().map(|&lang| Options::new().lang(lang)));
        for options in options {
            // An error is a fine answer; a panic or a span off a char boundary is not.
            if let Ok(summary) = summarize(&text, &options.sentences(2)) {
                for sentence in &summary.sentences {
                    let span = sentence.span;
                    prop_assert!(span.start <= span.end && span.end <= text.len());
                    prop_assert!(
                        text.is_char_boundary(span.start) && text.is_char_boundary(span.end)
                    );
                }
                for &i in &summary.selected {
                    prop_assert!(i < summary.sentences.len());
                }
            }
        }
    }
}
