//! The Snowball English (Porter2) stemmer, step for step as rust-stemmers 1.2 runs it, on a
//! buffer of chars.
//!
//! rust-stemmers interprets the generated Snowball program on a growing `String`: a fifth of
//! the time of an English summary went into it. This port gives the same stem for every
//! input (checked against rust-stemmers on every dev word and on random words). The
//! algorithm: <https://snowballstem.org/algorithms/english/stemmer.html>.

use crate::stem::Word;

/// Snowball's English vowels (`v`).
fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// `v_WXY`: the vowels, w, x and Y (a short syllable does not end in these).
fn vowel_wxy(c: char) -> bool {
    vowel(c) || matches!(c, 'w' | 'x' | 'Y')
}

/// `valid_LI`: the letters an -li ending may follow.
fn valid_li(c: char) -> bool {
    matches!(c, 'c' | 'd' | 'e' | 'g' | 'h' | 'k' | 'm' | 'n' | 'r' | 't')
}

/// Words with a stem of their own, or none.
const EXCEPTIONS: [(&str, &str); 18] = [
    ("andes", "andes"),
    ("atlas", "atlas"),
    ("bias", "bias"),
    ("cosmos", "cosmos"),
    ("dying", "die"),
    ("early", "earli"),
    ("gently", "gentl"),
    ("howe", "howe"),
    ("idly", "idl"),
    ("lying", "lie"),
    ("news", "news"),
    ("only", "onli"),
    ("singly", "singl"),
    ("skies", "sky"),
    ("skis", "ski"),
    ("sky", "sky"),
    ("tying", "tie"),
    ("ugly", "ugli"),
];

/// Words left as they are after step 1a.
const INVARIANT_AFTER_1A: [&str; 8] = [
    "succeed", "proceed", "exceed", "canning", "inning", "earring", "herring", "outing",
];

/// Writes the stem of the lowercase word `word` into `out`, using `chars` as scratch space.
pub(crate) fn stem(word: &str, chars: &mut Vec<char>, out: &mut String) {
    out.clear();
    if let Some(&(_, stem)) = EXCEPTIONS.iter().find(|(w, _)| *w == word) {
        out.push_str(stem);
        return;
    }
    chars.clear();
    chars.extend(word.chars());
    if chars.len() < 3 {
        out.push_str(word);
        return;
    }
    let y_found = prelude(chars);
    let (r1, r2) = regions(chars);
    let mut w = Word { chars, r1, r2 };
    step1a(&mut w);
    let invariant = INVARIANT_AFTER_1A
        .iter()
        .any(|x| x.len() == w.chars.len() && w.ends_with(x));
    if !invariant {
        step1b(&mut w);
        step1c(&mut w);
        step2(&mut w);
        step3(&mut w);
        step4(&mut w);
        step5(&mut w);
    }
    // Postlude: a y marked as consonant is a y again.
    out.extend(
        w.chars
            .iter()
            .map(|&c| if c == 'Y' && y_found { 'y' } else { c }),
    );
}

/// Drops a leading apostrophe and marks consonant y's (first letter, or after a vowel) as Y.
fn prelude(chars: &mut Vec<char>) -> bool {
    if chars.first() == Some(&'\'') {
        chars.remove(0);
    }
    let mut y_found = false;
    if chars.first() == Some(&'y') {
        chars[0] = 'Y';
        y_found = true;
    }
    for i in 1..chars.len() {
        if chars[i] == 'y' && vowel(chars[i - 1]) {
            chars[i] = 'Y';
            y_found = true;
        }
    }
    y_found
}

/// R1 starts after the first non-vowel that follows a vowel (after gener-, commun- or
/// arsen- in words that start so); R2 after the next such non-vowel.
fn regions(chars: &[char]) -> (usize, usize) {
    let end = chars.len();
    let after_vowel_and_consonant = |from: usize| {
        let v = (from..end).find(|&i| vowel(chars[i]))?;
        (v + 1..end).find(|&i| !vowel(chars[i])).map(|i| i + 1)
    };
    let starts_with = |prefix: &str| {
        chars.len() >= prefix.len() && chars.iter().zip(prefix.chars()).all(|(&a, b)| a == b)
    };
    let r1 = match ["commun", "gener", "arsen"].iter().find(|p| starts_with(p)) {
        Some(prefix) => Some(prefix.len()),
        None => after_vowel_and_consonant(0),
    };
    let Some(r1) = r1 else {
        return (end, end);
    };
    (r1, after_vowel_and_consonant(r1).unwrap_or(end))
}

/// Whether the word up to `at` ends in a short syllable: non-vowel, vowel, non-vowel other
/// than w, x or Y; or, at the start of the word, vowel and non-vowel.
fn short_syllable(chars: &[char], at: usize) -> bool {
    let c = |i: usize| chars[i];
    (at >= 3 && !vowel_wxy(c(at - 1)) && vowel(c(at - 2)) && !vowel(c(at - 3)))
        || (at == 2 && !vowel(c(1)) && vowel(c(0)))
}

/// Whether a vowel occurs before char index `end`.
fn has_vowel_before(chars: &[char], end: usize) -> bool {
    chars[..end].iter().any(|&c| vowel(c))
}

fn step1a(w: &mut Word) {
    if let Some(suffix) = w.longest(&["'s'", "'s", "'"]) {
        w.cut(suffix.len());
    }
    let Some(suffix) = w.longest(&["sses", "ied", "ies", "ss", "us", "s"]) else {
        return;
    };
    let n = suffix.len();
    match suffix {
        "sses" => w.replace(n, "ss"),
        "ied" | "ies" => {
            let with = if w.chars.len() - n >= 2 { "i" } else { "ie" };
            w.replace(n, with);
        }
        "s" => {
            // A vowel before the letter that precedes the s ("gaps" -> "gap", "gas" stays).
            let end = w.chars.len();
            if end >= 3 && has_vowel_before(w.chars, end - 2) {
                w.cut(1);
            }
        }
        _ => {}
    }
}

fn step1b(w: &mut Word) {
    let Some(suffix) = w.longest(&["eedly", "ingly", "edly", "eed", "ing", "ed"]) else {
        return;
    };
    let n = suffix.len();
    if matches!(suffix, "eed" | "eedly") {
        if w.in_region(n, w.r1) {
            w.replace(n, "ee");
        }
        return;
    }
    if !has_vowel_before(w.chars, w.chars.len() - n) {
        return;
    }
    w.cut(n);
    let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
    if w.longest(&["at", "bl", "iz"]).is_some() {
        w.chars.push('e');
    } else if w.longest(&doubles).is_some() {
        w.cut(1);
    } else if w.r1 == w.chars.len() && short_syllable(w.chars, w.chars.len()) {
        w.chars.push('e');
    }
}

fn step1c(w: &mut Word) {
    let len = w.chars.len();
    if len >= 3 && matches!(w.chars[len - 1], 'y' | 'Y') && !vowel(w.chars[len - 2]) {
        w.replace(1, "i");
    }
}

fn step2(w: &mut Word) {
    const SUFFIXES: [&str; 24] = [
        "ational", "iveness", "fulness", "ousness", "ization", "biliti", "lessli", "tional",
        "alism", "aliti", "ation", "entli", "fulli", "iviti", "ousli", "abli", "alli", "anci",
        "ator", "enci", "izer", "bli", "ogi", "li",
    ];
    let Some(suffix) = w.longest(&SUFFIXES) else {
        return;
    };
    let n = suffix.len();
    if !w.in_region(n, w.r1) {
        return;
    }
    let with = match suffix {
        "tional" => "tion",
        "enci" => "ence",
        "anci" => "ance",
        "abli" => "able",
        "entli" => "ent",
        "izer" | "ization" => "ize",
        "ational" | "ation" | "ator" => "ate",
        "alli" | "aliti" | "alism" => "al",
        "fulness" | "fulli" => "ful",
        "ousli" | "ousness" => "ous",
        "iveness" | "iviti" => "ive",
        "bli" | "biliti" => "ble",
        "lessli" => "less",
        "ogi" if w.before(n) == Some('l') => "og",
        "li" if w.before(n).is_some_and(valid_li) => "",
        _ => return,
    };
    w.replace(n, with);
}

fn step3(w: &mut Word) {
    let suffixes = [
        "ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful",
    ];
    let Some(suffix) = w.longest(&suffixes) else {
        return;
    };
    let n = suffix.len();
    if !w.in_region(n, w.r1) {
        return;
    }
    match suffix {
        "tional" => w.replace(n, "tion"),
        "ational" => w.replace(n, "ate"),
        "alize" => w.replace(n, "al"),
        "icate" | "iciti" | "ical" => w.replace(n, "ic"),
        "ful" | "ness" => w.cut(n),
        _ => {
            // ative
            if w.in_region(n, w.r2) {
                w.cut(n);
            }
        }
    }
}

fn step4(w: &mut Word) {
    let suffixes = [
        "ement", "ance", "ence", "able", "ible", "ment", "ate", "ive", "ize", "iti", "ism", "ion",
        "ous", "ant", "ent", "ic", "al", "er",
    ];
    let Some(suffix) = w.longest(&suffixes) else {
        return;
    };
    let n = suffix.len();
    if !w.in_region(n, w.r2) {
        return;
    }
    if suffix != "ion" || matches!(w.before(n), Some('s' | 't')) {
        w.cut(n);
    }
}

fn step5(w: &mut Word) {
    let len = w.chars.len();
    if w.ends_with("e") {
        let deletable =
            w.in_region(1, w.r2) || (w.in_region(1, w.r1) && !short_syllable(w.chars, len - 1));
        if deletable {
            w.cut(1);
        }
    } else if w.ends_with("l") && w.in_region(1, w.r2) && w.before(1) == Some('l') {
        w.cut(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stem::reference::{assert_same_stems, port_stem};
    use proptest::prelude::*;
    use rust_stemmers::{Algorithm, Stemmer};

    fn port(word: &str) -> String {
        port_stem(stem, word)
    }

    #[test]
    fn known_stems() {
        for (word, expected) in [
            ("investigators", "investig"),
            ("generously", "generous"),
            ("hopping", "hop"),
            ("hoped", "hope"),
            ("skies", "sky"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("happy", "happi"),
            ("saying", "say"),
            ("dogs'", "dog"),
        ] {
            assert_eq!(port(word), expected, "{word}");
        }
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_every_dev_and_list_word() {
        assert_same_stems(stem, Algorithm::English, "en");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn same_stems_as_rust_stemmers_on_random_words(
            word in "'?(gener|commun|arsen)?[aeiouybcdfglmnprstwxzYé1']{0,8}(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi|fulli|lessli|cli|icate|ative|alize|iciti|ical|ful|ness|ement|ment|ent|ance|ence|able|ible|ant|ism|ate|iti|ous|ive|ize|sion|tion|ion|al|er|ic)?(eedly|ingly|edly|eed|ing|ed|y|e|l|ll)?(sses|ied|ies|ss|us|s|'s|'s'|')?"
        ) {
            let snowball = Stemmer::create(Algorithm::English);
            prop_assert_eq!(port(&word), snowball.stem(&word));
        }
    }
}
