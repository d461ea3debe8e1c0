//! The pipeline: text → units → tokens → entities and keywords → scores → selection.

use crate::analysis::Analysis;
use crate::detect::detect_in_tokens;
use crate::entities::find_entities;
use crate::error::Error;
use crate::keywords::{term_weights, top_keywords, KeywordTerms};
use crate::options::{Options, Order};
use crate::score::{exclusions, score_units, BOILERPLATE, METADATA};
use crate::select::{best_first, by_score, select};
use crate::summary::{ScoredSentence, Span, Summary};
use crate::token::tokenize;

/// How many keywords a summary lists.
const KEYWORDS: usize = 20;

/// Summarizes `text`.
///
/// ```
/// use kernsatz::{summarize, Lang, Options};
/// let text = std::fs::read_to_string("tests/fixtures/summary/de-short.txt").unwrap();
/// let summary = summarize(&text, &Options::new().sentences(2)).unwrap();
/// assert_eq!(summary.lang, Some(Lang::De));
/// assert_eq!(summary.chosen().count(), 2);
/// assert!(summary.entities.iter().any(|e| e.text.contains("Baku")));
/// ```
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    summarize_probed(text, options, &mut |_| {})
}

/// [`summarize`], calling `probe` with each stage's name when that stage is done, so that
/// `benches/scaling.rs` can time every stage and measure its peak memory without exposing
/// the stages themselves. Not part of the API.
#[doc(hidden)]
pub fn summarize_probed(
    text: &str,
    options: &Options,
    probe: &mut dyn FnMut(&'static str),
) -> Result<Summary, Error> {
    options.validate()?;
    let limit = options.get_max_input_length();
    if text.len() > limit {
        let chars = text.chars().count();
        if chars > limit {
            return Err(Error::input_too_long(chars, limit));
        }
    }
    let tokens = tokenize(text);
    probe("tokenize");
    let (lang, lang_detected) = match options.get_lang() {
        Some(lang) => (Some(lang), false),
        None => (detect_in_tokens(&tokens).lang, true),
    };
    probe("language");
    let mut analysis = Analysis::new(text, lang, tokens);
    probe("analysis");
    let words: Vec<usize> = (0..analysis.units.len())
        .map(|u| analysis.unit_token_slice(u).len())
        .collect();
    let excluded = exclusions(&analysis, &words);
    let content: Vec<bool> = excluded.iter().map(Option::is_none).collect();
    let weights = term_weights(&analysis, &content);
    let (keywords, keyword_terms) = top_keywords(&analysis, &weights, &content, KEYWORDS);
    probe("keywords");
    // Metadata and boilerplate name no entity of the article ("Foto: dpa", "Scroll down
    // for video"); headlines and bylines do.
    let nameless: Vec<bool> = excluded
        .iter()
        .map(|ex| matches!(*ex, Some(METADATA | BOILERPLATE)))
        .collect();
    let found = find_entities(&analysis, &nameless);
    probe("entities");
    let entity_weights: Vec<f64> = found
        .entities
        .iter()
        .map(|e| (1.0 + e.mentions.len() as f64).ln())
        .collect();
    let unit_terms: Vec<Vec<u32>> = (0..analysis.units.len())
        .map(|u| {
            let mut terms: Vec<u32> = analysis.unit_terms(u).collect();
            crate::sort::sort_u32s(&mut terms);
            terms.dedup();
            terms
        })
        .collect();
    let scored = score_units(
        &analysis,
        &weights,
        &excluded,
        &unit_terms,
        &words,
        &found.unit_entities,
        &entity_weights,
    );
    let scores: Vec<Option<f64>> = scored
        .iter()
        .zip(&excluded)
        .map(|((score, _), ex)| ex.is_none().then_some(*score))
        .collect();
    probe("scoring");
    let mut selected = select(&scores, &unit_terms, &words, options.get_length());
    probe("selection");
    let ranks = ranks(&scores);
    // The output needs only the units: free the tokens and terms first (most of the memory),
    // so that the output's allocations do not add to them at the peak.
    let units = std::mem::take(&mut analysis.units);
    drop(analysis);

    let mut sentences: Vec<ScoredSentence> = units
        .iter()
        .zip(scored)
        .enumerate()
        .map(|(u, (unit, (score, mut reasons)))| {
            reasons.entity_ids = found.unit_entities[u].clone();
            reasons.keyword_ids = keyword_ids(&unit_terms[u], &keyword_terms);
            ScoredSentence {
                span: Span::new(unit.start, unit.end),
                kind: unit.kind,
                score,
                rank: ranks[u],
                selected: false,
                reasons,
            }
        })
        .collect();
    for &u in &selected {
        sentences[u].selected = true;
    }
    if options.get_order() == Order::Document {
        crate::sort::sort_usizes(&mut selected);
    }
    let mut entities = found.entities;
    // Most mentioned first, but keep the reasons' indices valid: remap them.
    // Ranked by the sort that ranks sentences and keywords: one sort instance fewer in the wasm
    // bundle. Mention counts are exact as `f64`; ties stay in index order.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    let mentions: Vec<f64> = entities.iter().map(|e| e.mentions.len() as f64).collect();
    best_first(&mut order, &mentions);
    let mut new_index = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    for sentence in &mut sentences {
        for id in &mut sentence.reasons.entity_ids {
            *id = new_index[*id];
        }
    }
    let mut slots: Vec<Option<crate::Entity>> = entities.drain(..).map(Some).collect();
    let entities = order.iter().filter_map(|&old| slots[old].take()).collect();
    probe("output");
    Ok(Summary {
        lang,
        lang_detected,
        sentences,
        selected,
        entities,
        keywords,
    })
}

/// Rank of each choosable unit by score (0 = best).
fn ranks(scores: &[Option<f64>]) -> Vec<Option<usize>> {
    let mut ranks = vec![None; scores.len()];
    for (rank, &u) in by_score(scores).iter().enumerate() {
        ranks[u] = Some(rank);
    }
    ranks
}

/// Indices of the listed keywords (given by their term ids) among a unit's sorted terms.
fn keyword_ids(unit_terms: &[u32], keyword_terms: &[KeywordTerms]) -> Vec<usize> {
    keyword_terms
        .iter()
        .enumerate()
        .filter(|(_, keyword)| keyword.in_unit(unit_terms))
        .map(|(i, _)| i)
        .collect()
}
