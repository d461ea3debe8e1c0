//! The Snowball Spanish stemmer, step for step as rust-stemmers 1.2 runs it, on a buffer of
//! chars.
//!
//! rust-stemmers interprets the generated Snowball program on a growing `String` (a
//! reallocation per replacement, UTF-8 decoding at every test). This port gives the same stem
//! for every input (checked against rust-stemmers on every dev word, every word of the Spanish
//! lists and random words) at a fraction of the cost. The algorithm:
//! <https://snowballstem.org/algorithms/spanish/stemmer.html>.
//!
//! The regions are char indices where rust-stemmers keeps byte offsets. They agree wherever
//! they are compared: the only replacement that changes the byte length of chars before a
//! later region test (an attached pronoun's verb losing its accent, "entregándole" ->
//! "entregando") starts inside RV, and leaves a word ending in -ando, -iendo, -ar, -er or
//! -ir, which no standard suffix (the only step that tests R1 and R2) matches.

use crate::stem::{romance_rv, standard_regions, Word};

/// Snowball's Spanish vowels (`v`): a e i o u á é í ó ú ü.
fn vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'
    )
}

/// Writes the stem of the lowercase word `word` into `out`, using `chars` as scratch space.
pub(crate) fn stem(word: &str, chars: &mut Vec<char>, out: &mut String) {
    chars.clear();
    chars.extend(word.chars());
    let rv = romance_rv(chars, vowel);
    let (r1, r2) = standard_regions(chars, vowel);
    let mut w = Word { chars, r1, r2 };
    attached_pronoun(&mut w, rv);
    if !standard_suffix(&mut w) && !y_verb_suffix(&mut w, rv) {
        verb_suffix(&mut w, rv);
    }
    residual_suffix(&mut w, rv);
    // Postlude: the acute accents go (ü stays).
    out.clear();
    out.extend(w.chars.iter().map(|&c| match c {
        'á' => 'a',
        'é' => 'e',
        'í' => 'i',
        'ó' => 'o',
        'ú' => 'u',
        other => other,
    }));
}

/// Step 0: a pronoun attached to a gerund or infinitive in RV goes, and the verb's accent
/// with it ("entregándoselo" -> "entregando"); after -yendo only if a u precedes.
fn attached_pronoun(w: &mut Word, rv: usize) {
    const PRONOUNS: [&str; 13] = [
        "selas", "selos", "sela", "selo", "las", "les", "los", "nos", "la", "le", "me", "se", "lo",
    ];
    const VERBS: [&str; 11] = [
        "iendo", "yendo", "iéndo", "ando", "ándo", "ar", "er", "ir", "ár", "ér", "ír",
    ];
    let Some(pronoun) = w.longest(&PRONOUNS) else {
        return;
    };
    w.cut(pronoun.len());
    let removed = match w.longest_chars(&VERBS) {
        Some(verb) if w.in_region(verb.chars().count(), rv) => match verb {
            "iéndo" => {
                w.replace(5, "iendo");
                true
            }
            "ándo" => {
                w.replace(4, "ando");
                true
            }
            "ár" => {
                w.replace(2, "ar");
                true
            }
            "ér" => {
                w.replace(2, "er");
                true
            }
            "ír" => {
                w.replace(2, "ir");
                true
            }
            "yendo" => w.before(5) == Some('u'),
            _ => true,
        },
        _ => false,
    };
    if !removed {
        w.chars.extend(pronoun.chars());
    }
}

/// Cuts the first of `suffixes` (longest first) the word ends with if it lies in R2; returns
/// it if cut.
fn cut_in_r2<'s>(w: &mut Word, suffixes: &[&'s str]) -> Option<&'s str> {
    let suffix = w.longest(suffixes)?;
    let n = suffix.chars().count();
    if !w.in_region(n, w.r2) {
        return None;
    }
    w.cut(n);
    Some(suffix)
}

/// The standard suffixes by the last char of the word, longest first: a short list to try.
fn standard_suffixes(w: &Word) -> &'static [&'static str] {
    match w.chars.last() {
        Some('s') => &[
            "amientos", "imientos", "aciones", "uciones", "ancias", "encias", "adoras", "logías",
            "idades", "adores", "istas", "anzas", "ables", "ibles", "antes", "ismos", "icas",
            "osas", "ivas", "icos", "osos", "ivos",
        ],
        Some('a') => &[
            "ancia", "encia", "adora", "logía", "ista", "anza", "ica", "osa", "iva",
        ],
        Some('o') => &["amiento", "imiento", "ismo", "ico", "oso", "ivo"],
        Some('e') => &["amente", "mente", "able", "ible", "ante"],
        Some('n') => &["ación", "ución"],
        Some('d') => &["idad"],
        Some('r') => &["ador"],
        _ => &[],
    }
}

/// Step 1: standard suffixes (in R2; -amente in R1). Whether the word changed.
fn standard_suffix(w: &mut Word) -> bool {
    let Some(suffix) = w.longest_chars(standard_suffixes(w)) else {
        return false;
    };
    let n = suffix.chars().count();
    let region = if suffix == "amente" { w.r1 } else { w.r2 };
    if !w.in_region(n, region) {
        return false;
    }
    match suffix {
        "logías" | "logía" => w.replace(n, "log"),
        "uciones" | "ución" => w.replace(n, "u"),
        "encias" | "encia" => w.replace(n, "ente"),
        _ => {
            w.cut(n);
            match suffix {
                "aciones" | "ancias" | "adoras" | "adores" | "ancia" | "adora" | "ación"
                | "antes" | "ante" | "ador" => {
                    cut_in_r2(w, &["ic"]);
                }
                "amente" => {
                    let inner = cut_in_r2(w, &["ic", "ad", "os", "iv"]);
                    if inner == Some("iv") {
                        cut_in_r2(w, &["at"]);
                    }
                }
                "mente" => {
                    cut_in_r2(w, &["able", "ible", "ante"]);
                }
                "idades" | "idad" => {
                    cut_in_r2(w, &["abil", "ic", "iv"]);
                }
                "ivas" | "ivos" | "iva" | "ivo" => {
                    cut_in_r2(w, &["at"]);
                }
                _ => {}
            }
        }
    }
    true
}

/// Step 2a: verb suffixes beginning with y, in RV and after u. Whether the word changed.
fn y_verb_suffix(w: &mut Word, rv: usize) -> bool {
    const SUFFIXES: [&str; 12] = [
        "yeron", "yendo", "yamos", "yais", "yan", "yen", "yas", "yes", "ya", "ye", "yo", "yó",
    ];
    let Some((_, n)) = w.longest_chars_in(&SUFFIXES, rv) else {
        return false;
    };
    if w.before(n) != Some('u') {
        return false;
    }
    w.cut(n);
    true
}

/// The other verb suffixes by the last char of the word, longest first: a short list to try.
fn verb_suffixes(w: &Word) -> &'static [&'static str] {
    match w.chars.last() {
        Some('s') => &[
            "iéramos", "aríamos", "eríamos", "iríamos", "iésemos", "ierais", "aríais", "eríais",
            "iríais", "ieseis", "asteis", "isteis", "ábamos", "áramos", "aremos", "eremos",
            "iremos", "ásemos", "ieras", "arías", "erías", "irías", "ieses", "abais", "arais",
            "aseis", "aréis", "eréis", "iréis", "íamos", "abas", "adas", "idas", "aras", "ases",
            "íais", "ados", "idos", "amos", "emos", "imos", "arás", "erás", "irás", "ías", "áis",
            "éis", "as", "es", "ís",
        ],
        Some('n') => &[
            "ieran", "arían", "erían", "irían", "iesen", "ieron", "aban", "aran", "asen", "aron",
            "arán", "erán", "irán", "ían", "an", "en",
        ],
        Some('a') => &[
            "iera", "aría", "ería", "iría", "aba", "ada", "ida", "ara", "ía",
        ],
        Some('o') => &["iendo", "ando", "ado", "ido"],
        Some('e') => &["iese", "aste", "iste", "ase"],
        Some('á') => &["ará", "erá", "irá"],
        Some('é') => &["aré", "eré", "iré"],
        Some('d') => &["ad", "ed", "id"],
        Some('r') => &["ar", "er", "ir"],
        Some('ó') => &["ió"],
        _ => &[],
    }
}

/// Step 2b: other verb suffixes in RV; -en -es -éis -emos take a preceding u along after g.
fn verb_suffix(w: &mut Word, rv: usize) {
    let Some((suffix, mut n)) = w.longest_chars_in(verb_suffixes(w), rv) else {
        return;
    };
    if matches!(suffix, "emos" | "éis" | "en" | "es")
        && w.before(n) == Some('u')
        && w.before(n + 1) == Some('g')
    {
        n += 1;
    }
    w.cut(n);
}

/// Step 3: a residual vowel or -os in RV; after e or é, the u of a final gu in RV too.
fn residual_suffix(w: &mut Word, rv: usize) {
    let Some(suffix) = w.longest_chars(&["os", "a", "e", "o", "á", "é", "í", "ó"]) else {
        return;
    };
    let n = suffix.chars().count();
    if !w.in_region(n, rv) {
        return;
    }
    w.cut(n);
    if matches!(suffix, "e" | "é") && w.ends_with("gu") && w.in_region(1, rv) {
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
            ("chiquita", "chiquit"),
            ("cheques", "chequ"),
            ("entregándoselo", "entreg"),
            ("construyendo", "constru"),
            ("explicaciones", "explic"),
            ("comiéndolo", "com"),
            ("rápidamente", "rapid"),
            ("nacionalidades", "nacional"),
            ("averiguemos", "averig"),
            ("huyeron", "huyeron"),
            ("arqueología", "arqueolog"),
            ("países", "pais"),
        ] {
            assert_eq!(port(word), expected, "{word}");
        }
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_every_dev_and_list_word() {
        assert_same_stems(stem, Algorithm::Spanish, "es");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn same_stems_as_rust_stemmers_on_random_words(
            word in "[aeiouáéíóúüyñbcdglmnrstvAÉ1ß]{0,8}(ic|ad|os|iv|at|ativ|abil|able|ible|ante|log|uc|enc|gu|u|g)?(ativamente|ivamente|icamente|adamente|osamente|ablemente|iblemente|antemente|abilidad|icidades|ividad|atividad|ativos|ativa|icaciones|icadora|icante|amientos|imientos|aciones|uciones|amente|mente|ancias|encias|adoras|logías|idades|adores|ancia|encia|adora|logía|ación|ución|istas|anzas|ables|ibles|antes|ismos|ista|anza|idad|able|ible|ante|ismo|ador|icas|osas|ivas|icos|osos|ivos|ica|osa|iva|ico|oso|ivo|yeron|yendo|yamos|yais|yan|yen|yas|yes|ya|ye|yo|yó|iéramos|aríamos|iésemos|ierais|aríais|ieseis|asteis|isteis|ábamos|áramos|aremos|iremos|ásemos|ieran|arían|irían|iesen|ieron|iendo|ieras|arías|ieses|abais|arais|aseis|aréis|iréis|íamos|iera|aría|ería|iese|aste|iste|aban|aran|asen|aron|arán|erán|ando|abas|adas|idas|aras|ases|íais|ados|idos|amos|emos|imos|arás|erás|irás|aba|ada|ida|ara|ase|ían|ado|ido|ías|áis|éis|ará|erá|irá|aré|eré|iré|ía|ad|ed|id|an|en|ar|er|ir|as|es|ís|ió|iéndo|ándo|ár|ér|ír)?(os|a|e|o|á|é|í|ó)?(selas|selos|sela|selo|las|les|los|nos|la|le|me|se|lo)?"
        ) {
            let snowball = Stemmer::create(Algorithm::Spanish);
            prop_assert_eq!(port(&word), snowball.stem(&word));
        }
    }
}
