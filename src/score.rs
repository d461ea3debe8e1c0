//! Sentence scores: keyword and entity weight, headline overlap, position and length, and the
//! rules that keep units without content (metadata, bylines, boilerplate) out of any summary.

use crate::analysis::Analysis;
use crate::keywords::TermWeights;
use crate::segment::UnitKind;
use crate::summary::Reasons;

/// Scoring weights, in one place.
pub(crate) struct Weights {
    pub entity: f64,
    pub headline: f64,
    /// Position prior: factor = floor + (1 - floor) / (1 + index / half_life).
    pub position_floor: f64,
    pub position_half_life: f64,
    /// Sentences with fewer content words than this are penalised.
    pub short_words: usize,
    /// Exponent of the length normalisation of keyword weight.
    pub length_exponent: f64,
}

/// Tuned on the dev sets (`examples/evaluate.rs rouge`): on news a steep position prior wins;
/// keyword and entity weight reorder sentences only where the lead is weak, and length
/// normalisation keeps long sentences from winning on size alone.
pub(crate) const WEIGHTS: Weights = Weights {
    entity: 0.25,
    headline: 1.0,
    position_floor: 0.0,
    position_half_life: 0.5,
    short_words: 5,
    length_exponent: 0.9,
};

/// Why each unit can never be chosen, if it cannot.
pub(crate) fn exclusions(analysis: &Analysis) -> Vec<Option<&'static str>> {
    // One lowercase buffer for all units instead of a new string per unit.
    let mut lower = String::new();
    (0..analysis.units.len())
        .map(|unit| exclusion(analysis, unit, &mut lower))
        .collect()
}

/// Why `unit` can never be chosen, if it cannot; `lower` is scratch space.
fn exclusion(analysis: &Analysis, unit: usize, lower: &mut String) -> Option<&'static str> {
    let u = &analysis.units[unit];
    match u.kind {
        UnitKind::Metadata => return Some("metadata"),
        UnitKind::Headline => return Some("headline"),
        _ => {}
    }
    let text = u.text(analysis.text);
    let words = analysis.unit_token_slice(unit).len();
    if words < 3 {
        return Some("too short");
    }
    let (mut letters, mut chars) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        letters += usize::from(c.is_alphabetic());
    }
    if letters * 2 < chars {
        return Some("not prose");
    }
    if let Some(data) = analysis.data {
        lower.clear();
        if text.is_ascii() {
            lower.push_str(text);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&text.to_lowercase());
        }
        let phrases = if words <= 12 {
            &data.boilerplate
        } else {
            &data.long_boilerplate
        };
        if phrases.find_in(lower).is_some() {
            return Some("boilerplate");
        }
    }
    if is_byline(analysis, unit) {
        return Some("byline");
    }
    None
}

/// "By Jane Doe, CNN", "Von Max Mustermann": a short unit that opens with by/von + a name.
fn is_byline(analysis: &Analysis, unit: usize) -> bool {
    let tokens = analysis.unit_token_slice(unit);
    if tokens.len() > 8 {
        return false;
    }
    let first = tokens.first().map(|t| analysis.token_text(t));
    matches!(
        first,
        Some("By" | "Von" | "Par" | "Por" | "Di" | "Door" | "BY" | "VON")
    ) && tokens.get(1).is_some_and(|t| {
        analysis
            .token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    })
}

/// Scores every unit. `unit_entities[u]` lists the entities unit `u` mentions;
/// `entity_weights` gives each entity's weight.
pub(crate) fn score_units(
    analysis: &Analysis,
    terms: &TermWeights,
    excluded: &[Option<&'static str>],
    unit_entities: &[Vec<usize>],
    entity_weights: &[f64],
) -> Vec<(f64, Reasons)> {
    let w = &WEIGHTS;
    let headline_terms: Vec<u32> = headline(analysis)
        .map(|h| analysis.unit_terms(h).collect())
        .unwrap_or_default();
    // Looked up by binary search: a linear `contains` made a long headline (a Markdown
    // heading can be a whole line of any length) quadratic.
    let mut headline_set = headline_terms.clone();
    headline_set.sort_unstable();
    headline_set.dedup();
    let mut content_index = 0usize;
    let mut seen: Vec<u32> = Vec::new();
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
        seen.clear();
        seen.extend(analysis.unit_terms(unit));
        let content_words = seen.len();
        seen.sort_unstable();
        seen.dedup();
        let keyword_sum: f64 = seen.iter().map(|&t| terms.weights[t as usize]).sum();
        let keywords = keyword_sum / (content_words.max(1) as f64).powf(w.length_exponent);
        let entities: f64 = unit_entities[unit]
            .iter()
            .map(|&e| entity_weights[e])
            .sum::<f64>()
            / (content_words.max(1) as f64).powf(w.length_exponent);
        let headline = if headline_terms.is_empty() {
            0.0
        } else {
            let shared = seen
                .iter()
                .filter(|t| headline_set.binary_search(t).is_ok())
                .count();
            shared as f64 / headline_terms.len() as f64
        };
        let position = w.position_floor
            + (1.0 - w.position_floor) / (1.0 + content_index as f64 / w.position_half_life);
        let length = if content_words < w.short_words {
            content_words as f64 / w.short_words as f64
        } else {
            1.0
        };
        content_index += 1;
        let score = (keywords + w.entity * entities + w.headline * headline) * position * length;
        out.push((
            score,
            Reasons {
                keywords,
                entities,
                headline,
                position,
                length,
                ..Reasons::default()
            },
        ));
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
