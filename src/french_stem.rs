//! The Snowball French stemmer, step for step as rust-stemmers 1.2 runs it, on a buffer of
//! chars.
//!
//! rust-stemmers interprets the generated Snowball program on a growing `String` (a
//! reallocation per replacement, UTF-8 decoding at every test). This port gives the same stem
//! for every input (checked against rust-stemmers on every word of the dev texts and of the
//! French word lists, and on random words) at a fraction of the cost. The algorithm:
//! <https://snowballstem.org/algorithms/french/stemmer.html>.

use crate::stem::{standard_regions, Word};

/// Snowball's French vowels (`v`): a e i o u y â à ë é ê è ï î ô û ù.
fn vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'â'
            | 'à'
            | 'ë'
            | 'é'
            | 'ê'
            | 'è'
            | 'ï'
            | 'î'
            | 'ô'
            | 'û'
            | 'ù'
    )
}

/// The letters a final s stays after (`keep_with_s`).
fn keep_with_s(c: char) -> bool {
    matches!(c, 'a' | 'i' | 'o' | 'u' | 'è' | 's')
}

/// Step 1's suffixes (`standard_suffix`), longest first.
const STANDARD: [&str; 43] = [
    "issements",
    "issement",
    "atrices",
    "atrice",
    "logies",
    "usions",
    "ations",
    "utions",
    "ateurs",
    "ements",
    "amment",
    "emment",
    "iqUes",
    "ances",
    "ences",
    "logie",
    "ables",
    "ismes",
    "euses",
    "istes",
    "usion",
    "ation",
    "ution",
    "ateur",
    "ement",
    "ments",
    "iqUe",
    "ance",
    "ence",
    "able",
    "isme",
    "euse",
    "iste",
    "ives",
    "ités",
    "ment",
    "eaux",
    "ive",
    "ifs",
    "aux",
    "eux",
    "ité",
    "if",
];

/// Step 2a's suffixes (`i_verb_suffix`), longest first: removed after a non-vowel.
const I_VERB: [&str; 35] = [
    "issantes", "issaIent", "issante", "issions", "issants", "iraIent", "irions", "issais",
    "issait", "issant", "issent", "issiez", "isses", "irais", "irons", "issons", "irait", "irent",
    "iront", "iriez", "issez", "isse", "irai", "iras", "îmes", "îtes", "irez", "ira", "ies", "ie",
    "ir", "is", "it", "ît", "i",
];

/// Step 2b's suffixes (`verb_suffix`), longest first.
const VERB: [&str; 38] = [
    "eraIent", "assions", "erions", "assent", "assiez", "erais", "erons", "erait", "èrent",
    "eront", "eriez", "asses", "antes", "aIent", "erai", "eras", "erez", "asse", "ante", "âmes",
    "âtes", "ants", "ions", "era", "ées", "iez", "ais", "ait", "ant", "ée", "er", "és", "ez", "ai",
    "as", "ât", "é", "a",
];

/// Writes the stem of the lowercase word `word` into `out`, using `chars` as scratch space.
pub(crate) fn stem(word: &str, chars: &mut Vec<char>, out: &mut String) {
    chars.clear();
    chars.extend(word.chars());
    prelude(chars);
    let (rv, r1, r2) = regions(chars);
    let mut w = Word { chars, r1, r2 };
    if standard_suffix(&mut w, rv) || i_verb_suffix(&mut w, rv) || verb_suffix(&mut w, rv) {
        // Step 3: a final Y is i, a final ç c.
        match w.chars.last() {
            Some('Y') => w.replace(1, "i"),
            Some('ç') => w.replace(1, "c"),
            _ => {}
        }
    } else {
        residual_suffix(&mut w, rv);
    }
    // Step 5: a final enn, onn, ett, ell or eill loses a letter ("nouvell" -> "nouvel").
    if ["eill", "ell", "enn", "onn", "ett"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        w.cut(1);
    }
    // Step 6: é or è before the final non-vowels is e.
    let k = w.chars.iter().rev().take_while(|&&c| !vowel(c)).count();
    if k > 0 && matches!(w.before(k), Some('é' | 'è')) {
        let i = w.chars.len() - k - 1;
        w.chars[i] = 'e';
    }
    // Postlude: the marks go.
    out.clear();
    out.extend(w.chars.iter().map(|&c| match c {
        'I' => 'i',
        'U' => 'u',
        'Y' => 'y',
        other => other,
    }));
}

/// Prelude: u and i between vowels, y next to a vowel, and u after q are consonants (marked
/// U, I and Y), tested from left to right on the word as marked so far.
fn prelude(chars: &mut [char]) {
    for i in 0..chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let vowel_after = chars.get(i + 2).is_some_and(|&c| vowel(c));
        let (at, mark) = match next {
            Some('u') if vowel(c) && vowel_after => (i + 1, 'U'),
            Some('i') if vowel(c) && vowel_after => (i + 1, 'I'),
            Some('y') if vowel(c) => (i + 1, 'Y'),
            Some(n) if c == 'y' && vowel(n) => (i, 'Y'),
            Some('u') if c == 'q' => (i + 1, 'U'),
            _ => continue,
        };
        chars[at] = mark;
    }
}

/// RV starts after the third char if the word starts with two vowels or with col, par or
/// tap, else after the first vowel after the first char; R1 after the first non-vowel that
/// follows a vowel, R2 after the next such non-vowel. A region that does not exist starts at
/// the end.
fn regions(chars: &[char]) -> (usize, usize, usize) {
    let end = chars.len();
    let rv = if end >= 3
        && (vowel(chars[0]) && vowel(chars[1])
            || [['c', 'o', 'l'], ['p', 'a', 'r'], ['t', 'a', 'p']]
                .contains(&[chars[0], chars[1], chars[2]]))
    {
        3
    } else {
        (1..end).find(|&i| vowel(chars[i])).map_or(end, |i| i + 1)
    };
    let (r1, r2) = standard_regions(chars, vowel);
    (rv, r1, r2)
}

/// A final ic goes in R2, else is marked iqU.
fn ic(w: &mut Word) {
    if w.ends_with("ic") {
        if w.in_region(2, w.r2) {
            w.cut(2);
        } else {
            w.replace(2, "iqU");
        }
    }
}

/// Step 1: derivational suffixes. Whether it acted as a step that succeeds; amment, emment
/// and ment change the word and fail, so that the verb steps still run.
fn standard_suffix(w: &mut Word, rv: usize) -> bool {
    let Some((suffix, n)) = w.longest_chars_in(&STANDARD, 0) else {
        return false;
    };
    let in_r2 = w.in_region(n, w.r2);
    match suffix {
        "ance" | "iqUe" | "isme" | "able" | "iste" | "eux" | "ances" | "iqUes" | "ismes"
        | "ables" | "istes" => {
            if !in_r2 {
                return false;
            }
            w.cut(n);
        }
        "atrice" | "ateur" | "ation" | "atrices" | "ateurs" | "ations" => {
            if !in_r2 {
                return false;
            }
            w.cut(n);
            ic(w);
        }
        "logie" | "logies" | "usion" | "ution" | "usions" | "utions" | "ence" | "ences" => {
            if !in_r2 {
                return false;
            }
            let with = match suffix {
                "logie" | "logies" => "log",
                "ence" | "ences" => "ent",
                _ => "u",
            };
            w.replace(n, with);
        }
        "ement" | "ements" => {
            if !w.in_region(n, rv) {
                return false;
            }
            w.cut(n);
            // Each arm names its suffixes: a failed guard falls through to nothing.
            match w.longest_chars_in(&["iqU", "abl", "Ièr", "ièr", "eus", "iv"], 0) {
                Some(("iv", m)) if w.in_region(m, w.r2) => {
                    w.cut(m);
                    if w.ends_with("at") && w.in_region(2, w.r2) {
                        w.cut(2);
                    }
                }
                Some(("eus", m)) => {
                    if w.in_region(m, w.r2) {
                        w.cut(m);
                    } else if w.in_region(m, w.r1) {
                        w.replace(m, "eux");
                    }
                }
                Some(("iqU" | "abl", m)) if w.in_region(m, w.r2) => w.cut(m),
                Some(("Ièr" | "ièr", m)) if w.in_region(m, rv) => w.replace(m, "i"),
                _ => {}
            }
        }
        "ité" | "ités" => {
            if !in_r2 {
                return false;
            }
            w.cut(n);
            match w.longest_chars_in(&["abil", "ic", "iv"], 0) {
                Some(("abil", m)) => {
                    if w.in_region(m, w.r2) {
                        w.cut(m);
                    } else {
                        w.replace(m, "abl");
                    }
                }
                Some(("ic", _)) => ic(w),
                Some(("iv", m)) if w.in_region(m, w.r2) => w.cut(m),
                _ => {}
            }
        }
        "if" | "ive" | "ifs" | "ives" => {
            if !in_r2 {
                return false;
            }
            w.cut(n);
            if w.ends_with("at") && w.in_region(2, w.r2) {
                w.cut(2);
                ic(w);
            }
        }
        "eaux" => w.replace(n, "eau"),
        "aux" => {
            if !w.in_region(n, w.r1) {
                return false;
            }
            w.replace(n, "al");
        }
        "euse" | "euses" => {
            if in_r2 {
                w.cut(n);
            } else if w.in_region(n, w.r1) {
                w.replace(n, "eux");
            } else {
                return false;
            }
        }
        "issement" | "issements" => {
            if !(w.in_region(n, w.r1) && w.before(n).is_some_and(|c| !vowel(c))) {
                return false;
            }
            w.cut(n);
        }
        "amment" | "emment" => {
            if w.in_region(n, rv) {
                w.replace(n, if suffix == "amment" { "ant" } else { "ent" });
            }
            return false;
        }
        _ => {
            // ment, ments after a vowel in RV.
            if w.before(n).is_some_and(vowel) && w.in_region(n + 1, rv) {
                w.cut(n);
            }
            return false;
        }
    }
    true
}

/// Step 2a: verb suffixes beginning with i, in RV after a non-vowel in RV.
fn i_verb_suffix(w: &mut Word, rv: usize) -> bool {
    let Some((_, n)) = w.longest_chars_in(&I_VERB, rv) else {
        return false;
    };
    if !(w.before(n).is_some_and(|c| !vowel(c)) && w.in_region(n + 1, rv)) {
        return false;
    }
    w.cut(n);
    true
}

/// Step 2b: other verb suffixes in RV (ions in R2); an e in RV before a suffix in a goes too.
fn verb_suffix(w: &mut Word, rv: usize) -> bool {
    let Some((suffix, n)) = w.longest_chars_in(&VERB, rv) else {
        return false;
    };
    match suffix {
        "ions" => {
            if !w.in_region(n, w.r2) {
                return false;
            }
            w.cut(n);
        }
        "a" | "asse" | "ante" | "ai" | "as" | "âmes" | "asses" | "antes" | "âtes" | "ais"
        | "assions" | "ants" | "ait" | "ant" | "aIent" | "assent" | "ât" | "assiez" => {
            w.cut(n);
            if w.ends_with("e") && w.in_region(1, rv) {
                w.cut(1);
            }
        }
        _ => w.cut(n),
    }
    true
}

/// Step 4, when steps 1 and 2 did not act: a final s after most letters, then ion after s
/// or t in R2, ière and ier to i, a final e, and ë after gu, all in RV.
fn residual_suffix(w: &mut Word, rv: usize) {
    if w.ends_with("s") && w.before(1).is_some_and(|c| !keep_with_s(c)) {
        w.cut(1);
    }
    let suffixes = ["Ière", "ière", "ion", "Ier", "ier", "e", "ë"];
    let Some((suffix, n)) = w.longest_chars_in(&suffixes, rv) else {
        return;
    };
    match suffix {
        "ion" => {
            if w.in_region(n, w.r2)
                && matches!(w.before(n), Some('s' | 't'))
                && w.in_region(n + 1, rv)
            {
                w.cut(n);
            }
        }
        "e" => w.cut(n),
        "ë" => {
            if w.before(1) == Some('u') && w.before(2) == Some('g') && w.in_region(3, rv) {
                w.cut(n);
            }
        }
        _ => w.replace(n, "i"),
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
            ("continuellement", "continuel"),
            ("nationalité", "national"),
            ("abandonnaient", "abandon"),
            ("finissons", "fin"),
            ("quelques", "quelqu"),
            ("paresseuses", "paress"),
            ("gouvernementales", "gouvernemental"),
            ("chevaux", "cheval"),
            ("évidemment", "évident"),
            ("ambiguë", "ambigu"),
            ("", ""),
        ] {
            assert_eq!(port(word), expected, "{word}");
        }
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_every_dev_and_list_word() {
        assert_same_stems(stem, Algorithm::French, "fr");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn same_stems_as_rust_stemmers_on_random_words(
            word in "(col|par|tap|qu|aé|y)?[aeiouyâàëéêèïîôûùüÿçbcdfglmnpqrstvxzUIY1]{0,8}(ic|iv|ativ|abil|abl|at|atic|eus|ièr|Ièr|iqU|gu|ell|eill|enn|onn|ett|éc|èt|ér|ès|s|t|qu|y)?(issements|issement|atrices|atrice|logies|usions|ations|utions|ateurs|ements|amment|emment|iqUes|ances|ences|logie|ables|ismes|euses|istes|usion|ation|ution|ateur|ement|ments|iqUe|ance|ence|able|isme|euse|iste|ives|ités|ment|eaux|ive|ifs|aux|eux|ité|if|issantes|issaIent|issante|issions|issants|iraIent|irions|issais|issait|issant|issent|issiez|isses|irais|irons|issons|irait|irent|iront|iriez|issez|isse|irai|iras|îmes|îtes|irez|ira|ies|ie|ir|is|it|ît|i|eraIent|assions|erions|assent|assiez|erais|erons|erait|èrent|eront|eriez|asses|antes|aIent|erai|eras|erez|asse|ante|âmes|âtes|ants|ions|era|ées|iez|ais|ait|ant|ée|er|és|ez|ai|as|ât|é|a|Ière|ière|ion|Ier|ier|e|ë|Y|ç)?(s|e|x)?"
        ) {
            let snowball = Stemmer::create(Algorithm::French);
            prop_assert_eq!(port(&word), snowball.stem(&word));
        }
    }
}
