//! The Snowball Italian stemmer, step for step as rust-stemmers 1.2 runs it, on a buffer of
//! chars.
//!
//! rust-stemmers interprets the generated Snowball program on a growing `String` (a
//! reallocation per replacement, UTF-8 decoding at every test). This port gives the same stem
//! for every input (checked against rust-stemmers on every word of the dev texts, of the
//! Italian word lists and on random words) at a fraction of the cost. The algorithm:
//! <https://snowballstem.org/algorithms/italian/stemmer.html>.

use crate::stem::{romance_rv, standard_regions, Word};

/// Snowball's Italian vowels (`v`): a e i o u à è ì ò ù.
fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'à' | 'è' | 'ì' | 'ò' | 'ù')
}

/// The vowels a final vowel is removed for (`AEIO`): a e i o à è ì ò.
fn aeio(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'à' | 'è' | 'ì' | 'ò')
}

/// Attached pronouns (longest first).
const PRONOUNS: [&str; 37] = [
    "gliela", "gliele", "gliene", "glieli", "glielo", "cela", "mela", "tela", "vela", "cele",
    "mele", "tele", "vele", "cene", "mene", "sene", "tene", "vene", "celi", "meli", "teli", "veli",
    "celo", "melo", "telo", "velo", "gli", "la", "le", "ne", "ci", "li", "mi", "si", "ti", "vi",
    "lo",
];

/// Standard (derivational) suffixes (longest first).
const STANDARD: [&str; 51] = [
    "atrice", "usione", "azione", "uzione", "amente", "atrici", "usioni", "azioni", "uzioni",
    "amenti", "imenti", "amento", "imento", "logia", "logie", "abile", "ibile", "atore", "mente",
    "abili", "ibili", "atori", "ista", "anza", "enza", "iche", "ante", "iste", "anze", "enze",
    "ichi", "ismi", "anti", "isti", "ismo", "istà", "istè", "istì", "ica", "osa", "iva", "ice",
    "ose", "ive", "ici", "osi", "ivi", "ico", "oso", "ivo", "ità",
];

/// Verb suffixes (longest first).
const VERB: [&str; 87] = [
    "erebbero", "irebbero", "erebbe", "irebbe", "ereste", "ireste", "eresti", "iresti", "assimo",
    "eremmo", "iremmo", "iscano", "eranno", "iranno", "iscono", "assero", "essero", "issero",
    "avate", "evate", "ivate", "erete", "irete", "avamo", "evamo", "ivamo", "eremo", "iremo",
    "avano", "evano", "ivano", "arono", "erono", "irono", "isca", "enda", "isce", "ende", "asse",
    "erai", "irai", "isci", "endi", "erei", "irei", "assi", "isco", "ando", "endo", "Yamo", "iamo",
    "ammo", "emmo", "immo", "ata", "ita", "uta", "ava", "eva", "iva", "are", "ere", "ire", "ate",
    "ete", "ite", "ute", "ati", "iti", "uti", "avi", "evi", "ivi", "ano", "ono", "ato", "ito",
    "uto", "avo", "evo", "ivo", "erà", "irà", "erò", "irò", "ar", "ir",
];

/// Whether `chars` end with `suffix`, compared char by char.
fn chars_end_with(chars: &[char], suffix: &str) -> bool {
    let mut chars = chars.iter().rev();
    suffix.chars().rev().all(|c| chars.next() == Some(&c))
}

/// Writes the stem of the lowercase word `word` into `out`, using `chars` as scratch space.
pub(crate) fn stem(word: &str, chars: &mut Vec<char>, out: &mut String) {
    chars.clear();
    // Prelude: acute accents become grave; the u of qu and a u or i between vowels are
    // consonants (marked U and I), scanning from the left.
    chars.extend(word.chars().map(|c| match c {
        'á' => 'à',
        'é' => 'è',
        'í' => 'ì',
        'ó' => 'ò',
        'ú' => 'ù',
        other => other,
    }));
    for i in 1..chars.len() {
        if chars[i - 1] == 'q' && chars[i] == 'u' {
            chars[i] = 'U';
        }
    }
    for i in 0..chars.len().saturating_sub(2) {
        if vowel(chars[i]) && matches!(chars[i + 1], 'u' | 'i') && vowel(chars[i + 2]) {
            chars[i + 1] = chars[i + 1].to_ascii_uppercase();
        }
    }
    let rv = romance_rv(chars, vowel);
    let (r1, r2) = standard_regions(chars, vowel);
    let mut w = Word { chars, r1, r2 };
    attached_pronoun(&mut w, rv);
    if !standard_suffix(&mut w, rv) {
        verb_suffix(&mut w, rv);
    }
    vowel_suffix(&mut w, rv);
    // Postlude: the consonant marks go.
    out.clear();
    out.extend(w.chars.iter().map(|&c| match c {
        'I' => 'i',
        'U' => 'u',
        other => other,
    }));
}

/// Step 0: a pronoun attached to a gerund (removed) or an infinitive (replaced by e), the
/// verb ending in RV.
fn attached_pronoun(w: &mut Word, rv: usize) {
    let Some((_, n)) = w.longest_chars_in(&PRONOUNS, 0) else {
        return;
    };
    let len = w.chars.len();
    let before = &w.chars[..len - n];
    let Some(verb) = ["ando", "endo", "ar", "er", "ir"]
        .into_iter()
        .find(|e| chars_end_with(before, e))
    else {
        return;
    };
    if len - n < rv + verb.len() {
        return;
    }
    if verb.len() == 4 {
        w.cut(n);
    } else {
        w.replace(n, "e");
    }
}

/// Step 1: standard suffixes; whether one was removed or replaced.
fn standard_suffix(w: &mut Word, rv: usize) -> bool {
    let Some((suffix, n)) = w.longest_chars_in(&STANDARD, 0) else {
        return false;
    };
    let start = match suffix {
        "amenti" | "imenti" | "amento" | "imento" => rv,
        "amente" => w.r1,
        _ => w.r2,
    };
    if !w.in_region(n, start) {
        return false;
    }
    match suffix {
        "azione" | "azioni" | "atore" | "atori" => {
            w.cut(n);
            if w.ends_with("ic") && w.in_region(2, w.r2) {
                w.cut(2);
            }
        }
        "logia" | "logie" => w.replace(n, "log"),
        "usione" | "uzione" | "usioni" | "uzioni" => w.replace(n, "u"),
        "enza" | "enze" => w.replace(n, "ente"),
        "amente" => {
            w.cut(n);
            if let Some(inner) = w.longest(&["abil", "ic", "os", "iv"]) {
                let m = inner.len();
                if w.in_region(m, w.r2) {
                    w.cut(m);
                    if inner == "iv" && w.ends_with("at") && w.in_region(2, w.r2) {
                        w.cut(2);
                    }
                }
            }
        }
        "ità" => {
            w.cut(n);
            if let Some(inner) = w.longest(&["abil", "ic", "iv"]) {
                let m = inner.len();
                if w.in_region(m, w.r2) {
                    w.cut(m);
                }
            }
        }
        "iva" | "ive" | "ivi" | "ivo" => {
            w.cut(n);
            if w.ends_with("at") && w.in_region(2, w.r2) {
                w.cut(2);
                if w.ends_with("ic") && w.in_region(2, w.r2) {
                    w.cut(2);
                }
            }
        }
        _ => w.cut(n),
    }
    true
}

/// Step 2: verb suffixes in RV.
fn verb_suffix(w: &mut Word, rv: usize) {
    if w.chars.len() < rv {
        return;
    }
    if let Some((_, n)) = w.longest_chars_in(&VERB, rv) {
        w.cut(n);
    }
}

/// Step 3: a final vowel in RV, then an i before it in RV; then the h of a final ch or gh in
/// RV.
fn vowel_suffix(w: &mut Word, rv: usize) {
    if w.chars.last().is_some_and(|&c| aeio(c)) && w.in_region(1, rv) {
        w.cut(1);
        if w.ends_with("i") && w.in_region(1, rv) {
            w.cut(1);
        }
    }
    if w.ends_with("h") && matches!(w.before(1), Some('c' | 'g')) && w.in_region(2, rv) {
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
            ("abbandonata", "abbandon"),
            ("abbandonerà", "abbandon"),
            ("pronunziamento", "pronunz"),
            ("qualità", "qualit"),
            ("mangiandolo", "mang"),
            ("portarlo", "port"),
            ("attivamente", "attiv"),
            ("città", "citt"),
        ] {
            assert_eq!(port(word), expected, "{word}");
        }
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_every_dev_and_list_word() {
        assert_same_stems(stem, Algorithm::Italian, "it");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn same_stems_as_rust_stemmers_on_random_words(
            word in "[aeiouàèìòùáéíóúqcghlmnrstvbdzIUY1ç]{0,8}(ic|abil|os|iv|at|ch|gh|i)?(ica|logia|osa|ista|iva|anza|enza|ice|atrice|iche|logie|abile|ibile|usione|azione|uzione|atore|ose|ante|mente|amente|iste|ive|anze|enze|ici|atrici|ichi|abili|ibili|ismi|usioni|azioni|uzioni|atori|osi|anti|amenti|imenti|isti|ivi|ico|ismo|oso|amento|imento|ivo|ità|istà|istè|istì|isca|enda|ata|ita|uta|ava|eva|erebbe|irebbe|isce|ende|are|ere|ire|asse|ate|avate|evate|ivate|ete|erete|irete|ite|ereste|ireste|ute|erai|irai|isci|endi|erei|irei|assi|ati|iti|eresti|iresti|uti|avi|evi|isco|ando|endo|Yamo|iamo|avamo|evamo|ivamo|eremo|iremo|assimo|ammo|emmo|eremmo|iremmo|immo|ano|iscano|avano|evano|ivano|eranno|iranno|ono|iscono|arono|erono|irono|erebbero|irebbero|assero|essero|issero|ato|ito|uto|avo|evo|ar|ir|er|erà|irà|erò|irò|a|e|o|h)?(gliela|gliele|gliene|glieli|glielo|cela|mela|tela|vela|cele|mele|tele|vele|cene|mene|sene|tene|vene|celi|meli|teli|veli|celo|melo|telo|velo|gli|la|le|ne|ci|li|mi|si|ti|vi|lo)?"
        ) {
            let snowball = Stemmer::create(Algorithm::Italian);
            prop_assert_eq!(port(&word), snowball.stem(&word));
        }
    }
}
