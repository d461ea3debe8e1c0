//! The Snowball Portuguese stemmer, step for step as rust-stemmers 1.2 runs it, on a buffer
//! of chars.
//!
//! rust-stemmers interprets the generated Snowball program on a growing `String` (a
//! reallocation per replacement, UTF-8 decoding at every test). This port gives the same stem
//! for every input (checked against rust-stemmers on every dev word, every word of the
//! Portuguese lists and random words) at a fraction of the cost. The algorithm:
//! <https://snowballstem.org/algorithms/portuguese/stemmer.html>.
//!
//! The regions are char indices where rust-stemmers keeps byte offsets. They agree wherever
//! they are compared: a replacement that changes the byte length of chars (-ência -> -ente,
//! -uções -> -u) happens in R2, and RV, the only region tested after it, starts no later than
//! R2.

use crate::stem::{romance_rv, standard_regions, Word};

/// Snowball's Portuguese vowels (`v`): a e i o u á â é ê í ó ô ú.
fn vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'â' | 'é' | 'ê' | 'í' | 'ó' | 'ô' | 'ú'
    )
}

/// Writes the stem of the lowercase word `word` into `out`, using `chars` as scratch space.
pub(crate) fn stem(word: &str, chars: &mut Vec<char>, out: &mut String) {
    chars.clear();
    // Prelude: the nasal vowels ã and õ are written a~ and o~.
    for c in word.chars() {
        match c {
            'ã' => chars.extend(['a', '~']),
            'õ' => chars.extend(['o', '~']),
            _ => chars.push(c),
        }
    }
    let rv = romance_rv(chars, vowel);
    let (r1, r2) = standard_regions(chars, vowel);
    let mut w = Word { chars, r1, r2 };
    if standard_suffix(&mut w, rv) || verb_suffix(&mut w, rv) {
        // A final i after c goes in RV.
        if w.ends_with("ci") && w.in_region(1, rv) {
            w.cut(1);
        }
    } else {
        residual_suffix(&mut w, rv);
    }
    residual_form(&mut w, rv);
    // Postlude: a~ and o~ are ã and õ again (also where the word had them written so).
    out.clear();
    let mut i = 0;
    while let Some(&c) = w.chars.get(i) {
        let nasal = match (c, w.chars.get(i + 1)) {
            ('a', Some('~')) => Some('ã'),
            ('o', Some('~')) => Some('õ'),
            _ => None,
        };
        out.push(nasal.unwrap_or(c));
        i += if nasal.is_some() { 2 } else { 1 };
    }
}

/// Cuts the first of `suffixes` (longest first) the word ends with if it lies in R2; returns
/// it if cut.
fn cut_in_r2<'s>(w: &mut Word, suffixes: &[&'s str]) -> Option<&'s str> {
    let suffix = w.longest_chars(suffixes)?;
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
            "amentos", "imentos", "ências", "logias", "adoras", "idades", "adores", "aço~es",
            "uço~es", "istas", "antes", "ismos", "icas", "iras", "osas", "ivas", "ezas", "icos",
            "osos", "ivos",
        ],
        Some('a') => &[
            "ância", "ência", "logia", "adora", "ista", "ica", "ira", "osa", "iva", "eza",
        ],
        Some('o') => &[
            "amento", "imento", "aça~o", "uça~o", "ismo", "ico", "oso", "ivo",
        ],
        Some('e') => &["amente", "idade", "mente", "ante"],
        Some('l') => &["ável", "ível"],
        Some('r') => &["ador"],
        _ => &[],
    }
}

/// Step 1: standard suffixes (in R2; -amente in R1, -eira(s) in RV). Whether the word
/// changed.
fn standard_suffix(w: &mut Word, rv: usize) -> bool {
    let Some(suffix) = w.longest_chars(standard_suffixes(w)) else {
        return false;
    };
    let n = suffix.chars().count();
    if let "iras" | "ira" = suffix {
        // -eira(s) in RV is -eir.
        if !(w.in_region(n, rv) && w.before(n) == Some('e')) {
            return false;
        }
        w.replace(n, "ir");
        return true;
    }
    let region = if suffix == "amente" { w.r1 } else { w.r2 };
    if !w.in_region(n, region) {
        return false;
    }
    match suffix {
        "logias" | "logia" => w.replace(n, "log"),
        "uço~es" | "uça~o" => w.replace(n, "u"),
        "ências" | "ência" => w.replace(n, "ente"),
        _ => {
            w.cut(n);
            match suffix {
                "amente" => {
                    let inner = cut_in_r2(w, &["ic", "ad", "os", "iv"]);
                    if inner == Some("iv") {
                        cut_in_r2(w, &["at"]);
                    }
                }
                "mente" => {
                    cut_in_r2(w, &["ante", "avel", "ível"]);
                }
                "idades" | "idade" => {
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

/// The verb suffixes by the last char of the word, longest first: a short list to try.
fn verb_suffixes(w: &Word) -> &'static [&'static str] {
    match w.chars.last() {
        Some('s') => &[
            "aríamos", "eríamos", "iríamos", "ássemos", "êssemos", "íssemos", "ásseis", "ésseis",
            "ísseis", "aríeis", "eríeis", "iríeis", "áramos", "éramos", "íramos", "ávamos",
            "aremos", "eremos", "iremos", "arias", "erias", "irias", "ardes", "erdes", "irdes",
            "asses", "esses", "isses", "astes", "estes", "istes", "areis", "ereis", "ireis",
            "áreis", "éreis", "íreis", "áveis", "íamos", "armos", "ermos", "irmos", "adas", "idas",
            "aras", "eras", "iras", "avas", "ares", "eres", "ires", "íeis", "ados", "idos", "amos",
            "emos", "imos", "ámos", "arás", "erás", "irás", "ias", "ais", "eis", "as", "es", "is",
        ],
        Some('m') => &[
            "ariam", "eriam", "iriam", "assem", "essem", "issem", "aram", "eram", "iram", "avam",
            "arem", "erem", "irem", "iam", "am", "em",
        ],
        Some('a') => &[
            "aria", "eria", "iria", "ada", "ida", "ara", "era", "ira", "ava", "ia",
        ],
        Some('o') => &[
            "ara~o", "era~o", "ira~o", "ando", "endo", "indo", "ado", "ido",
        ],
        Some('e') => &["asse", "esse", "isse", "aste", "este", "iste"],
        Some('i') => &["arei", "erei", "irei", "ei"],
        Some('á') => &["ará", "erá", "irá"],
        Some('r') => &["ar", "er", "ir"],
        Some('u') => &["eu", "iu", "ou"],
        _ => &[],
    }
}

/// Step 2: verb suffixes in RV (tried if step 1 changed nothing). Whether the word changed.
fn verb_suffix(w: &mut Word, rv: usize) -> bool {
    let Some((_, n)) = w.longest_chars_in(verb_suffixes(w), rv) else {
        return false;
    };
    w.cut(n);
    true
}

/// Step 4 (if steps 1 and 2 changed nothing): a residual vowel or -os in RV.
fn residual_suffix(w: &mut Word, rv: usize) {
    if let Some(suffix) = w.longest_chars(&["os", "a", "i", "o", "á", "í", "ó"]) {
        let n = suffix.chars().count();
        if w.in_region(n, rv) {
            w.cut(n);
        }
    }
}

/// Step 5: a final e é ê in RV goes, and then the u of gu or the i of ci in RV; ç is c.
fn residual_form(w: &mut Word, rv: usize) {
    let Some(suffix) = w.longest_chars(&["e", "ç", "é", "ê"]) else {
        return;
    };
    if suffix == "ç" {
        w.replace(1, "c");
        return;
    }
    if !w.in_region(1, rv) {
        return;
    }
    w.cut(1);
    if (w.ends_with("gu") || w.ends_with("ci")) && w.in_region(1, rv) {
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
            ("informações", "inform"),
            ("frequência", "frequênc"),
            ("rapidamente", "rapid"),
            ("atividades", "ativ"),
            ("conhecimento", "conhec"),
            ("falaríamos", "fal"),
            ("brasileiras", "brasileir"),
            ("chegue", "cheg"),
            ("criança", "crianc"),
            ("não", "nã"),
        ] {
            assert_eq!(port(word), expected, "{word}");
        }
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_every_dev_and_list_word() {
        assert_same_stems(stem, Algorithm::Portuguese, "pt");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn same_stems_as_rust_stemmers_on_random_words(
            word in "[aeiouáâãéêíóôõúçbcdglmnrstvA~É1]{0,8}(ic|ad|os|iv|at|ativ|abil|ante|avel|ível|log|uç|ênc|gu|ci|c|e|u|g)?(ativamente|ivamente|icamente|adamente|osamente|antemente|avelmente|ívelmente|abilidade|icidades|ividade|atividade|ativos|ativa|amentos|imentos|amente|amento|imento|ências|logias|adoras|idades|adores|ações|uções|ância|ência|logia|adora|idade|mente|ação|ução|istas|antes|ismos|ista|ante|ável|ível|ismo|ador|icas|iras|osas|ivas|ezas|icos|osos|ivos|ica|ira|osa|iva|eza|ico|oso|ivo|eira|eiras|aríamos|eríamos|iríamos|ássemos|êssemos|íssemos|ásseis|ésseis|ísseis|aríeis|eríeis|áramos|éramos|íramos|ávamos|aremos|eremos|iremos|ariam|eriam|iriam|assem|essem|issem|arão|erão|irão|arias|erias|ardes|erdes|irdes|asses|esses|isses|astes|estes|istes|areis|ereis|ireis|áreis|éreis|íreis|áveis|íamos|armos|ermos|irmos|aria|eria|iria|asse|esse|isse|aste|este|iste|arei|erei|irei|aram|eram|iram|avam|arem|erem|irem|ando|endo|indo|adas|idas|aras|eras|avas|ares|eres|ires|íeis|ados|idos|amos|emos|imos|ámos|arás|erás|irás|ada|ida|ara|era|ava|iam|ado|ido|ias|ais|eis|ará|erá|irá|ia|ei|am|em|ar|er|ir|as|es|is|eu|iu|ou|ã|õ)?(os|a|i|o|á|í|ó|e|é|ê|ç)?"
        ) {
            let snowball = Stemmer::create(Algorithm::Portuguese);
            prop_assert_eq!(port(&word), snowball.stem(&word));
        }
    }
}
