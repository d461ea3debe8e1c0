//! Sentence scores: keyword and entity weight, headline overlap, position and length, and the
//! rules that keep units without content (metadata, bylines, boilerplate) out of any summary.

use crate::analysis::Analysis;
use crate::keywords::TermWeights;
use crate::lowercase::push_lowercase;
use crate::segment::UnitKind;
use crate::summary::Reasons;
use crate::token::Token;

/// Scoring weights, in one place. A unit's score is the sum of its features times these
/// weights, so each part of the sum is a reason a page can show.
pub(crate) struct Weights {
    pub keywords: f64,
    pub entities: f64,
    pub headline: f64,
    /// Repetition of the unit's terms anywhere in the text.
    pub repeated: f64,
    /// Repetition of the unit's terms in the units after it: a lead sentence states what the
    /// rest of the article goes on to discuss.
    pub taken_up: f64,
    /// By index among the units that can be chosen; the last entry holds for all later ones.
    pub position: [f64; 7],
    /// Times the unit's relative position in the text (0 at the start, towards 1 at the end).
    pub relative_position: f64,
    /// Units with fewer words than `short_words`.
    pub short: f64,
    pub short_words: usize,
    /// Units with a quotation: quoted speech rarely states the news itself.
    pub quote: f64,
    /// Units with a colon: announcements, labels and quotations ("Newcomer II: Atlein.").
    pub colon: f64,
    /// Units that do not end in a sentence mark (captions, teasers, cut-off lines).
    pub unterminated: f64,
    /// Exponent of the length normalisation of keyword and entity weight.
    pub length_exponent: f64,
}

/// Tuned on the dev sets (`examples/evaluate.rs rouge`), one set for all languages, by
/// coordinate search on ROUGE-1 and ROUGE-2 F1 with ROUGE-1 recall held at LEAD-3's. On news
/// the second sentence is the best single choice (the first often sets a scene); keyword
/// weight and how much of the unit the rest of the text takes up decide among the others.
pub(crate) const WEIGHTS: Weights = Weights {
    keywords: 1.37,
    entities: 0.1,
    headline: 1.0,
    repeated: 0.3,
    taken_up: 1.23,
    position: [1.1, 1.08, 0.7, 0.47, -0.02, 0.09, -0.16],
    relative_position: 0.07,
    short: -0.63,
    short_words: 10,
    quote: -0.6,
    colon: -0.6,
    unterminated: -0.13,
    length_exponent: 0.9,
};

/// The exclusion of a metadata unit ("date 2021-04", "Foto: dpa").
pub(crate) const METADATA: &str = "metadata";
/// The exclusion of a unit that holds a boilerplate phrase ("Scroll down for video").
pub(crate) const BOILERPLATE: &str = "boilerplate";

/// Why each unit can never be chosen, if it cannot.
/// `words[u]` is unit `u`'s word count.
pub(crate) fn exclusions(analysis: &Analysis, words: &[usize]) -> Vec<Option<&'static str>> {
    // One lowercase buffer for all units instead of a new string per unit.
    let mut lower = String::new();
    (0..analysis.units.len())
        .map(|unit| exclusion(analysis, unit, words[unit], &mut lower))
        .collect()
}

/// Why `unit` (of `words` words) can never be chosen, if it cannot; `lower` is scratch space.
fn exclusion(
    analysis: &Analysis,
    unit: usize,
    words: usize,
    lower: &mut String,
) -> Option<&'static str> {
    let u = &analysis.units[unit];
    match u.kind {
        UnitKind::Metadata => return Some(METADATA),
        UnitKind::Headline => return Some("headline"),
        _ => {}
    }
    let text = u.text(analysis.text);
    if words < 3 {
        return Some("too short");
    }
    let (mut letters, mut chars, mut capitals_beyond_ascii) = (0usize, 0usize, false);
    for c in text.chars() {
        chars += 1;
        letters += usize::from(c.is_alphabetic());
        capitals_beyond_ascii |= !c.is_ascii() && c.is_uppercase();
    }
    if letters * 2 < chars {
        return Some("not prose");
    }
    if let Some(data) = analysis.data {
        // The phrase sets match ASCII letters in either case: only a unit with other
        // capitals ("ÀLIRE AUSSI") is searched lowercased.
        let searched = if capitals_beyond_ascii {
            lower.clear();
            text.chars().for_each(|c| push_lowercase(lower, c));
            lower.as_str()
        } else {
            text
        };
        let boilerplate = if words <= SHORT_LINE_WORDS {
            data.boilerplate.find_in(searched).is_some()
                || data
                    .boilerplate_words
                    .find_in(if words <= BARE_LINE_WORDS {
                        searched
                    } else {
                        first_word(searched)
                    })
                    .is_some()
        } else {
            data.long_boilerplate.find_in(searched).is_some()
        };
        if boilerplate {
            return Some(BOILERPLATE);
        }
    }
    if is_byline(analysis, unit) {
        return Some("byline");
    }
    None
}

/// Lines of at most this many words are short: any boilerplate phrase marks them.
const SHORT_LINE_WORDS: usize = 12;
/// Lines of at most this many words are hardly more than a word ("Kommentare (12)",
/// "Advertisement - Scroll to continue"): a bare boilerplate word anywhere marks them.
const BARE_LINE_WORDS: usize = 3;

/// The first word of `line` (letters and digits from its start).
fn first_word(line: &str) -> &str {
    let end = line
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(line.len(), |(i, _)| i);
    &line[..end]
}

/// "By Jane Doe, CNN", "Von Max Mustermann", "By Associated Press": a short unit that opens
/// with by/von + a name, one capitalised word or two ("Von Gewichtsproblemen ist nichts
/// überliefert" is a sentence: German capitalises every noun).
fn is_byline(analysis: &Analysis, unit: usize) -> bool {
    let tokens = analysis.unit_token_slice(unit);
    if tokens.len() > 8 {
        return false;
    }
    let capitalised = |t: &Token| {
        analysis
            .token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let first = tokens.first().map(|t| analysis.token_text(t));
    matches!(
        first,
        Some("By" | "Von" | "Par" | "Por" | "Di" | "Door" | "BY" | "VON")
    ) && tokens.get(1).is_some_and(capitalised)
        && tokens.get(2).is_none_or(capitalised)
}

/// Scores every unit. `unit_terms[u]` lists unit `u`'s distinct content terms (sorted),
/// `words[u]` its word count, `unit_entities[u]` the entities it mentions, `entity_weights`
/// each entity's weight.
pub(crate) fn score_units(
    analysis: &Analysis,
    terms: &TermWeights,
    excluded: &[Option<&'static str>],
    unit_terms: &[Vec<u32>],
    words: &[usize],
    unit_entities: &[Vec<usize>],
    entity_weights: &[f64],
) -> Vec<(f64, Reasons)> {
    let w = &WEIGHTS;
    let headline_unit = headline(analysis);
    let headline_terms: &[u32] = headline_unit.map_or(&[], |h| &unit_terms[h]);
    let headline_length = headline_unit.map_or(0, |h| analysis.unit_terms(h).count());
    let taken_up = taken_up(unit_terms, excluded, &terms.specificity);
    // Per term, not per mention: a logarithm per mention was a third of the scoring time.
    let repeated_weight: Vec<f64> = terms
        .specificity
        .iter()
        .zip(&terms.counts)
        .map(|(&specificity, &count)| specificity * (count as f64).ln())
        .collect();
    let choosable = excluded.iter().filter(|e| e.is_none()).count();
    let mut content_index = 0usize;
    let mut out = Vec::with_capacity(analysis.units.len());
    for unit in 0..analysis.units.len() {
        if let Some(reason) = excluded[unit] {
            out.push((
                0.0,
                Reasons {
                    excluded: Some(reason),
                    ..Reasons::default()
                },
            ));
            continue;
        }
        let distinct = &unit_terms[unit];
        let content_words = analysis.unit_terms(unit).count();
        let length_norm = (content_words.max(1) as f64).powf(w.length_exponent);
        // `+ 0.0`: an empty f64 sum is -0.0, which would show as "-0" in a page.
        let keyword_sum = distinct
            .iter()
            .map(|&t| terms.weights[t as usize])
            .sum::<f64>()
            + 0.0;
        let entity_sum = unit_entities[unit]
            .iter()
            .map(|&e| entity_weights[e])
            .sum::<f64>()
            + 0.0;
        let repeated: f64 = distinct
            .iter()
            .map(|&t| repeated_weight[t as usize])
            .sum::<f64>()
            / (distinct.len() + 1) as f64
            + 0.0;
        let headline = if headline_terms.is_empty() {
            0.0
        } else {
            let shared = distinct
                .iter()
                .filter(|t| headline_terms.binary_search(t).is_ok())
                .count();
            shared as f64 / headline_length as f64
        };
        let position = w.position[content_index.min(w.position.len() - 1)]
            + w.relative_position * content_index as f64 / choosable as f64;
        content_index += 1;
        let text = analysis.units[unit].text(analysis.text).trim_end();
        let mut form = 0.0;
        if words[unit] < w.short_words {
            form += w.short;
        }
        let (quote, colon) = quote_and_colon(text);
        if quote {
            form += w.quote;
        }
        if colon {
            form += w.colon;
        }
        if !text.ends_with(['.', '!', '?', '\u{3002}', '\u{ff01}', '\u{ff1f}']) {
            form += w.unterminated;
        }
        let reasons = Reasons {
            keywords: w.keywords * keyword_sum / length_norm,
            entities: w.entities * entity_sum / length_norm,
            headline: w.headline * headline,
            centrality: w.repeated * repeated + w.taken_up * taken_up[unit],
            position,
            form,
            ..Reasons::default()
        };
        let score = reasons.keywords
            + reasons.entities
            + reasons.headline
            + reasons.centrality
            + reasons.position
            + reasons.form;
        out.push((score, reasons));
    }
    out
}

/// Whether `text` holds a quotation mark ("“”„«») and whether it holds a colon (: or ：), in
/// one pass over its bytes (a search for a set of `char`s decodes every character, twice).
fn quote_and_colon(text: &str) -> (bool, bool) {
    let bytes = text.as_bytes();
    let (mut quote, mut colon) = (false, false);
    for (i, &byte) in bytes.iter().enumerate() {
        let next = |k: usize| bytes.get(i + k).copied();
        match byte {
            b'"' => quote = true,
            b':' => colon = true,
            // « and » are C2 AB and C2 BB.
            0xC2 => quote |= matches!(next(1), Some(0xAB | 0xBB)),
            // “ ” „ are E2 80 9C to E2 80 9E.
            0xE2 => quote |= next(1) == Some(0x80) && matches!(next(2), Some(0x9C..=0x9E)),
            // ： is EF BC 9A.
            0xEF => colon |= next(1) == Some(0xBC) && next(2) == Some(0x9A),
            _ => {}
        }
        if quote && colon {
            break;
        }
    }
    (quote, colon)
}

/// Counts below this get their ln(1 + k) from a table.
const LN_1P_TABLE: u32 = 256;

/// For each choosable unit, how much the units after it take up its terms: the mean over its
/// distinct terms of specificity × ln(1 + later units using the term). One backward pass.
fn taken_up(
    unit_terms: &[Vec<u32>],
    excluded: &[Option<&'static str>],
    specificity: &[f64],
) -> Vec<f64> {
    let mut later = vec![0u32; specificity.len()];
    let mut out = vec![0.0; unit_terms.len()];
    // ln(1 + k) for the small counts most terms have, instead of a logarithm per mention.
    let ln_1p: Vec<f64> = (0..LN_1P_TABLE).map(|k| f64::from(k).ln_1p()).collect();
    for unit in (0..unit_terms.len()).rev() {
        if excluded[unit].is_some() {
            continue;
        }
        let distinct = &unit_terms[unit];
        let sum: f64 = distinct
            .iter()
            .map(|&t| {
                let k = later[t as usize];
                let ln = ln_1p.get(k as usize).copied();
                specificity[t as usize] * ln.unwrap_or_else(|| f64::from(k).ln_1p())
            })
            .sum();
        out[unit] = sum / (distinct.len() + 1) as f64 + 0.0;
        for &t in distinct {
            later[t as usize] += 1;
        }
    }
    out
}

/// The text's headline: its first unit, when that is a headline.
fn headline(analysis: &Analysis) -> Option<usize> {
    analysis
        .units
        .iter()
        .position(|u| u.kind != UnitKind::Metadata)
        .filter(|&i| analysis.units[i].kind == UnitKind::Headline)
}

#[cfg(test)]
mod tests {
    use super::quote_and_colon;
    use crate::{summarize, Lang, Options};

    /// The units of `text` excluded as boilerplate.
    fn boilerplate(text: &str, lang: Lang) -> Vec<&str> {
        exclusions(text, lang)
            .into_iter()
            .filter(|(_, why)| *why == Some("boilerplate"))
            .map(|(unit, _)| unit)
            .collect()
    }

    /// Each unit of `text` with why it can never be chosen, if it cannot.
    fn exclusions(text: &str, lang: Lang) -> Vec<(&str, Option<&'static str>)> {
        let summary = summarize(text, &Options::new().lang(lang)).expect("a summary");
        summary
            .sentences
            .iter()
            .map(|s| (s.span.text(text), s.reasons.excluded))
            .collect()
    }

    #[test]
    fn a_byline_names_a_person_and_a_sentence_about_a_noun_is_none() {
        let text = "Von Nico Fried. Die Koalition streitet. Von Überforderung sei keine Rede, \
                    sagte die Kanzlerin. Von Gewichtsproblemen ist nichts überliefert.";
        assert_eq!(
            exclusions(text, Lang::De),
            [
                ("Von Nico Fried.", Some("byline")),
                ("Die Koalition streitet.", None),
                (
                    "Von Überforderung sei keine Rede, sagte die Kanzlerin.",
                    None
                ),
                ("Von Gewichtsproblemen ist nichts überliefert.", None),
            ]
        );
        let text =
            "By Associated Press. By Jane Doe, CNN. By Monday the city had run out of water.";
        assert_eq!(
            exclusions(text, Lang::En),
            [
                ("By Associated Press.", Some("byline")),
                ("By Jane Doe, CNN.", Some("byline")),
                ("By Monday the city had run out of water.", None),
            ]
        );
    }

    #[test]
    fn boilerplate_is_whole_words_and_a_bare_word_marks_only_a_line_of_its_own() {
        // One paragraph, so that line structure makes no headlines of the short ones.
        let text = "Die Werbung erfolgte über Instagram. In weiten Teilen Venezuelas ist \
                    erneut der Strom ausgefallen. Ein Anwalt des Vaters hatte Anzeige \
                    erstattet. Teilen Sie diesen Artikel mit Ihren Freunden. Alle Kommentare \
                    anzeigen. Lesen Sie auch: Der Streit um den Strom ist beigelegt. \
                    Schriftliche Bewerbungen sagen ohnehin nicht so viel aus.";
        assert_eq!(
            boilerplate(text, Lang::De),
            [
                "Teilen Sie diesen Artikel mit Ihren Freunden.",
                "Alle Kommentare anzeigen.",
                "Lesen Sie auch: Der Streit um den Strom ist beigelegt."
            ]
        );
        let text = "Scroll down for videos.\n\
                    Despite his comments, Laing will walk free on May 15.\n\
                    Sorry we are not currently accepting comments on this article.\n\
                    The first month is free for early-bird subscribers.\n\
                    So said the Carlsberg advertisements of the seventies, which everybody \
                    in Denmark knew by heart back then.\n\
                    Advertisement - scroll to continue.";
        assert_eq!(
            boilerplate(text, Lang::En),
            [
                "Scroll down for videos.",
                "Sorry we are not currently accepting comments on this article.",
                "Advertisement - scroll to continue."
            ]
        );
    }

    #[test]
    fn quotes_and_colons_are_found_in_any_script() {
        assert_eq!(quote_and_colon("Er sagte: „Ja“."), (true, true));
        assert_eq!(quote_and_colon("« Oui », dit-il."), (true, false));
        assert_eq!(quote_and_colon("He said \"yes\"."), (true, false));
        assert_eq!(quote_and_colon("时间：三点"), (false, true));
        // Other characters with the same lead bytes: é (C3), – (E2 80 93), ﬁ (EF AC 81).
        assert_eq!(quote_and_colon("Café – ﬁne ½ €"), (false, false));
    }
}
