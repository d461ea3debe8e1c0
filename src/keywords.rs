//! Keywords: stemmed content terms weighted by how often the text uses them and how specific
//! they are (rare in the language's background frequency table).

use crate::analysis::Analysis;
use crate::hash::FastMap as HashMap;
use crate::lang::Lang;
use crate::token::Token;

/// A keyword of the text.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Keyword {
    /// The keyword as first written in the text.
    pub text: String,
    /// Its weight, from 0 to 1 (the top keyword has 1).
    pub weight: f64,
    /// How often the text uses it (all inflected forms).
    pub count: usize,
}

/// Specificity from a background Zipf frequency: common words weigh little, words the table
/// does not know (names, rare nouns) weigh most.
fn specificity(zipf: Option<f32>) -> f64 {
    match zipf {
        None => 1.0,
        Some(z) => ((7.0 - f64::from(z)) / 4.0).clamp(0.05, 1.0),
    }
}

/// Per-term counts over the content units and the resulting weights (max 1).
pub(crate) struct TermWeights {
    pub counts: Vec<usize>,
    pub weights: Vec<f64>,
    /// Each term's specificity (see [`specificity`]).
    pub specificity: Vec<f64>,
}

pub(crate) fn term_weights(analysis: &Analysis, content: &[bool]) -> TermWeights {
    let mut counts = vec![0usize; analysis.terms.len()];
    for (unit, &is_content) in content.iter().enumerate() {
        if is_content {
            for term in analysis.unit_terms(unit) {
                counts[term as usize] += 1;
            }
        }
    }
    let specificity: Vec<f64> = analysis.terms.iter().map(|t| specificity(t.zipf)).collect();
    let mut weights: Vec<f64> = specificity
        .iter()
        .zip(&counts)
        .map(|(&specificity, &count)| {
            if count == 0 {
                0.0
            } else {
                specificity * (1.0 + (count as f64).ln())
            }
        })
        .collect();
    let max = weights.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        weights.iter_mut().for_each(|w| *w /= max);
    }
    TermWeights {
        counts,
        weights,
        specificity,
    }
}

/// A term that is most likely no noun or name ranks as a keyword at this share of its weight.
const NON_NOUN_KEYWORD_SHARE: f64 = 0.3;

/// The weights the keyword list ranks terms by: a term that is most likely a verb, adjective
/// or adverb is a poor keyword however often it recurs, and so is an abbreviation ("Mr",
/// "Mio"): they rank at `NON_NOUN_KEYWORD_SHARE` of their weight. German writes every noun
/// and name with a capital letter, so there a term the text never capitalises inside a
/// sentence is no noun ("betonte", "sprach"); in English a lowercase one shaped like a
/// participle or an adverb ("decorated", "wishing", "happily"). Sentence scores use the
/// weights themselves.
fn keyword_ranking(analysis: &Analysis, weights: &TermWeights, content: &[bool]) -> Vec<f64> {
    let mut ranking = weights.weights.clone();
    let Some(data) = analysis.data else {
        return ranking;
    };
    let mut capitalised = vec![false; ranking.len()];
    let tokens = analysis.tokens.as_slice();
    for (unit, range) in analysis.unit_tokens.iter().enumerate() {
        if !content.get(unit).copied().unwrap_or(false) {
            continue;
        }
        // A unit's first word is capitalised whatever it is.
        for index in range.clone().skip(1) {
            if analysis
                .token_text(&tokens[index])
                .starts_with(char::is_uppercase)
            {
                for &term in analysis.token_terms(index) {
                    capitalised[term as usize] = true;
                }
            }
        }
    }
    for ((weight, &capitalised), term) in ranking.iter_mut().zip(&capitalised).zip(&analysis.terms)
    {
        let surface = term.surface;
        let no_noun = !capitalised
            && match analysis.lang {
                Some(Lang::De) => true,
                Some(Lang::En) => english_verb_shape(surface) || surface.ends_with("ly"),
                _ => false,
            };
        if no_noun || data.is_abbreviation(surface) {
            *weight *= NON_NOUN_KEYWORD_SHARE;
        }
    }
    ranking
}

/// Whether a lowercase English word ends like a participle or a past tense ("wishing",
/// "attempted"); nouns ending so are fewer.
fn english_verb_shape(word: &str) -> bool {
    word.starts_with(|c: char| c.is_lowercase()) && (word.ends_with("ing") || word.ends_with("ed"))
}

/// What a keyword stands for: one term, or two terms the text writes side by side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct KeywordTerms {
    pub first: u32,
    pub second: Option<u32>,
}

impl KeywordTerms {
    /// Whether a unit with the distinct, sorted terms `unit_terms` contains the keyword.
    pub fn in_unit(&self, unit_terms: &[u32]) -> bool {
        unit_terms.binary_search(&self.first).is_ok()
            && self
                .second
                .is_none_or(|t| unit_terms.binary_search(&t).is_ok())
    }
}

/// A pair of words the text repeats side by side ("Ilham Aliyev", "Südlicher Gaskorridor").
#[derive(Clone, Copy)]
struct Phrase {
    terms: (u32, u32),
    count: usize,
    /// Index of the first token of its first occurrence.
    first_token: usize,
}

/// The `limit` heaviest keywords: terms that occur more than once (or all, for very short
/// texts), where a pair of terms that the text nearly always writes side by side stands as
/// one phrase in place of its two words. `content[u]` says whether unit `u` counts.
pub(crate) fn top_keywords(
    analysis: &Analysis,
    weights: &TermWeights,
    content: &[bool],
    limit: usize,
) -> (Vec<Keyword>, Vec<KeywordTerms>) {
    let min_count = if analysis.units.len() > 3 { 2 } else { 1 };
    let terms = analysis.terms.len();
    let ranking = keyword_ranking(analysis, weights, content);
    let mut singles: Vec<usize> = (0..terms)
        .filter(|&t| weights.counts[t] >= min_count)
        .collect();
    crate::select::best_first(&mut singles, &ranking);
    // A phrase ranks by its heavier word and takes the place of two: one whose words are both
    // below the 2 × limit heaviest has that many heavier words (or phrases made of them)
    // before it, so only pairs with a heavy word are counted (on long texts, most pairs).
    let mut heavy = vec![false; terms];
    for &t in singles.iter().take(2 * limit) {
        heavy[t] = true;
    }
    let phrases = phrases(analysis, weights, content, &heavy);
    let mut in_phrase = vec![false; terms];
    let mut keys = ranking;
    for phrase in &phrases {
        let (a, b) = phrase.terms;
        in_phrase[a as usize] = true;
        in_phrase[b as usize] = true;
        keys.push(keys[a as usize].max(keys[b as usize]));
    }
    // Ids below `terms` are terms, the others phrases. The singles are ranked already: only
    // the first `limit` that no phrase took can make the list.
    let mut ids: Vec<usize> = singles
        .into_iter()
        .filter(|&t| !in_phrase[t])
        .take(limit)
        .chain(terms..terms + phrases.len())
        .collect();
    crate::select::best_first(&mut ids, &keys);
    ids.truncate(limit);
    // The top keyword weighs 1 also when a lowercase word lost its place at the top.
    let top = ids.first().map_or(1.0, |&id| keys[id]);
    if top > 0.0 {
        keys.iter_mut().for_each(|k| *k /= top);
    }
    let tokens = analysis.tokens.as_slice();
    ids.iter()
        .map(|&id| match id.checked_sub(terms).map(|p| &phrases[p]) {
            None => (
                Keyword {
                    text: analysis.terms[id].surface.to_string(),
                    weight: keys[id],
                    count: weights.counts[id],
                },
                KeywordTerms {
                    first: id as u32,
                    second: None,
                },
            ),
            Some(phrase) => (
                Keyword {
                    text: analysis.text
                        [tokens[phrase.first_token].start()..tokens[phrase.first_token + 1].end()]
                        .to_string(),
                    weight: keys[id],
                    count: phrase.count,
                },
                KeywordTerms {
                    first: phrase.terms.0,
                    second: Some(phrase.terms.1),
                },
            ),
        })
        .unzip()
}

/// Whether two adjacent words can form a keyword phrase by their shape. Outside German, a
/// lowercase word before a capitalised one is context, not part of a name ("referee Pavel",
/// "remind Raheem"); in English a lowercase word ending in -ing or -ed is mostly a verb
/// ("sign wishing", "ever attempted").
fn phrase_shape(analysis: &Analysis, first: &Token, second: &Token) -> bool {
    let text = |t: &Token| &analysis.text[t.start()..t.end()];
    let upper = |t: &Token| text(t).chars().next().is_some_and(char::is_uppercase);
    if analysis.lang != Some(Lang::De) && !upper(first) && upper(second) {
        return false;
    }
    !(analysis.lang == Some(Lang::En)
        && (english_verb_shape(text(first)) || english_verb_shape(text(second))))
}

/// Pairs of repeated one-term words, one of them `heavy`, separated only by spaces inside a
/// content unit, that make up at least three quarters of the occurrences of both words. A
/// word belongs to one phrase at most (the more frequent one).
fn phrases(
    analysis: &Analysis,
    weights: &TermWeights,
    content: &[bool],
    heavy: &[bool],
) -> Vec<Phrase> {
    let tokens = analysis.tokens.as_slice();
    // Each pair's index in `seen`, which keeps the pairs in the order of their first use.
    let mut index: HashMap<(u32, u32), usize> = HashMap::default();
    let mut seen: Vec<Phrase> = Vec::new();
    for (unit, range) in analysis.unit_tokens.iter().enumerate() {
        if !content[unit] {
            continue;
        }
        for i in range.start..range.end.saturating_sub(1) {
            let (&[a], &[b]) = (analysis.token_terms(i), analysis.token_terms(i + 1)) else {
                continue;
            };
            if !(heavy[a as usize] || heavy[b as usize])
                || a == b
                || weights.counts[a as usize] < 2
                || weights.counts[b as usize] < 2
            {
                continue;
            }
            let gap = &analysis.text[tokens[i].end()..tokens[i + 1].start()];
            if !gap.bytes().all(|c| c == b' ')
                || !phrase_shape(analysis, &tokens[i], &tokens[i + 1])
            {
                continue;
            }
            let at = *index.entry((a, b)).or_insert_with(|| {
                seen.push(Phrase {
                    terms: (a, b),
                    count: 0,
                    first_token: i,
                });
                seen.len() - 1
            });
            seen[at].count += 1;
        }
    }
    let mut ids: Vec<usize> = (0..seen.len())
        .filter(|&p| {
            let (a, b) = seen[p].terms;
            let most = weights.counts[a as usize].max(weights.counts[b as usize]);
            seen[p].count >= 2 && 4 * seen[p].count >= 3 * most
        })
        .collect();
    // Most frequent first, ties in text order, by the sort that ranks sentences (no sort
    // instance of its own in the wasm bundle).
    let counts: Vec<f64> = seen.iter().map(|p| p.count as f64).collect();
    crate::select::best_first(&mut ids, &counts);
    let mut found: Vec<Phrase> = ids.into_iter().map(|p| seen[p]).collect();
    let mut used: Vec<u32> = Vec::new();
    found.retain(|p| {
        let (a, b) = p.terms;
        if used.contains(&a) || used.contains(&b) {
            return false;
        }
        used.extend([a, b]);
        true
    });
    found
}
