//! The Snowball Dutch stemmer, step for step as rust-stemmers 1.2 runs it, on a buffer of chars.
//!
//! rust-stemmers interprets the generated Snowball program on a growing `String` (a
//! reallocation per replacement, UTF-8 decoding at every test). This port gives the same stem
//! for every input (checked against rust-stemmers on every word of the dev texts, of the Dutch
//! word lists and on random words) at a fraction of the cost. The algorithm:
//! <https://snowballstem.org/algorithms/dutch/stemmer.html>.

use crate::stem::Word;

/// Snowball's Dutch vowels (`v`): a e i o u y è.
fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'è')
}

/// Writes the stem of the lowercase word `word` into `out`, using `chars` as scratch space.
pub(crate) fn stem(word: &str, chars: &mut Vec<char>, out: &mut String) {
    chars.clear();
    // Prelude: the accents go (but for è); an initial y, a y after a vowel and an i between
    // vowels are consonants (marked Y and I), scanning from the left.
    chars.extend(word.chars().map(|c| match c {
        'á' | 'ä' => 'a',
        'é' | 'ë' => 'e',
        'í' | 'ï' => 'i',
        'ó' | 'ö' => 'o',
        'ú' | 'ü' => 'u',
        other => other,
    }));
    if chars.first() == Some(&'y') {
        chars[0] = 'Y';
    }
    for i in 0..chars.len().saturating_sub(1) {
        if vowel(chars[i]) {
            match chars[i + 1] {
                'i' if chars.get(i + 2).is_some_and(|&c| vowel(c)) => chars[i + 1] = 'I',
                'y' => chars[i + 1] = 'Y',
                _ => {}
            }
        }
    }
    let (r1, r2) = regions(chars);
    let mut w = Word { chars, r1, r2 };
    let e_found = step1(&mut w);
    heid(&mut w);
    step3(&mut w, e_found);
    undouble_vowel(&mut w);
    // Postlude: the consonant marks go.
    out.clear();
    out.extend(w.chars.iter().map(|&c| match c {
        'I' => 'i',
        'Y' => 'y',
        other => other,
    }));
}

/// R1 starts after the first non-vowel that follows a vowel, but at least three *bytes* into
/// the word (rust-stemmers counts UTF-8 bytes: "èb" is three bytes long); R2 after the next
/// such non-vowel. A region that does not exist starts at the end, or after it where the
/// three bytes go beyond the word.
fn regions(chars: &[char]) -> (usize, usize) {
    let end = chars.len();
    let after_vowel_and_consonant = |from: usize| {
        let v = (from..end).find(|&i| vowel(chars[i]))?;
        (v + 1..end).find(|&i| !vowel(chars[i])).map(|i| i + 1)
    };
    let Some(p1) = after_vowel_and_consonant(0) else {
        return (end, end);
    };
    let p2 = after_vowel_and_consonant(p1).unwrap_or(end);
    // The first char index at least three bytes in.
    let mut bytes = 0;
    let mut three = end + 1;
    for (i, c) in chars.iter().enumerate() {
        if bytes >= 3 {
            three = i;
            break;
        }
        bytes += c.len_utf8();
    }
    if three > end && bytes >= 3 {
        three = end;
    }
    (p1.max(three), p2)
}

/// Removes the last letter of a final dd, kk or tt.
fn undouble(w: &mut Word) {
    if w.longest(&["dd", "kk", "tt"]).is_some() {
        w.cut(1);
    }
}

/// Removes a final e in R1 after a non-vowel (then undoubles); whether it did.
fn e_ending(w: &mut Word) -> bool {
    if w.ends_with("e") && w.in_region(1, w.r1) && w.before(1).is_some_and(|c| !vowel(c)) {
        w.cut(1);
        undouble(w);
        true
    } else {
        false
    }
}

/// Removes the final `n` chars (en or ene) in R1 after a non-vowel but not after "gem" (then
/// undoubles).
fn en_ending(w: &mut Word, n: usize) {
    let before = &w.chars[..w.chars.len() - n];
    if w.in_region(n, w.r1)
        && w.before(n).is_some_and(|c| !vowel(c))
        && !before.ends_with(&['g', 'e', 'm'])
    {
        w.cut(n);
        undouble(w);
    }
}

/// Step 1: heden, en ene, s se; then the e ending (whether it was removed).
fn step1(w: &mut Word) -> bool {
    if let Some(suffix) = w.longest(&["heden", "ene", "en", "se", "s"]) {
        let n = suffix.len();
        match suffix {
            "heden" => {
                if w.in_region(n, w.r1) {
                    w.replace(n, "heid");
                }
            }
            "ene" | "en" => en_ending(w, n),
            _ => {
                if w.in_region(n, w.r1) && w.before(n).is_some_and(|c| !vowel(c) && c != 'j') {
                    w.cut(n);
                }
            }
        }
    }
    e_ending(w)
}

/// Step 2: heid in R2 not after c, then an en ending.
fn heid(w: &mut Word) {
    if w.ends_with("heid") && w.in_region(4, w.r2) && w.before(4) != Some('c') {
        w.cut(4);
        if w.ends_with("en") {
            en_ending(w, 2);
        }
    }
}

/// Step 3: derivational endings in R2 (end ing, ig, lijk, baar, bar after a removed e).
fn step3(w: &mut Word, e_found: bool) {
    let Some(suffix) = w.longest(&["lijk", "baar", "end", "ing", "bar", "ig"]) else {
        return;
    };
    let n = suffix.len();
    if !w.in_region(n, w.r2) {
        return;
    }
    match suffix {
        "end" | "ing" => {
            w.cut(n);
            if w.ends_with("ig") && w.in_region(2, w.r2) && w.before(2) != Some('e') {
                w.cut(2);
            } else {
                undouble(w);
            }
        }
        "ig" => {
            if w.before(2) != Some('e') {
                w.cut(2);
            }
        }
        "lijk" => {
            w.cut(n);
            e_ending(w);
        }
        "baar" => w.cut(n),
        _ => {
            // bar
            if e_found {
                w.cut(n);
            }
        }
    }
}

/// Step 4: a doubled vowel between non-vowels loses one letter ("maan" -> "man").
fn undouble_vowel(w: &mut Word) {
    let len = w.chars.len();
    if len < 4 {
        return;
    }
    let last = w.chars[len - 1];
    if vowel(last) || last == 'I' {
        return;
    }
    if w.chars[len - 3] == w.chars[len - 2]
        && matches!(w.chars[len - 2], 'a' | 'e' | 'o' | 'u')
        && !vowel(w.chars[len - 4])
    {
        w.chars.remove(len - 2);
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
            ("lichamelijke", "licham"),
            ("mogelijkheden", "mogelijk"),
            ("maan", "man"),
            ("boeken", "boek"),
            ("katten", "kat"),
            ("vrijheid", "vrijheid"),
            ("ideeën", "ideeen"),
            ("koninkrijk", "koninkrijk"),
            ("bouwen", "bouw"),
        ] {
            assert_eq!(port(word), expected, "{word}");
        }
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_every_dev_and_list_word() {
        assert_same_stems(stem, Algorithm::Dutch, "nl");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn same_stems_as_rust_stemmers_on_random_words(
            word in "y?[aeiouyèáäéëíïóöúüjcgmdktbrnlshIYç1]{0,8}(aa|ee|oo|uu|dd|kk|tt|gem|c|e)?(heid|heden|end|ing|ig|lijk|baar|bar)?(en|ene|se|s|e|dt|n)?"
        ) {
            let snowball = Stemmer::create(Algorithm::Dutch);
            prop_assert_eq!(port(&word), snowball.stem(&word));
        }
    }
}
