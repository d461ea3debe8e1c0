//! Keywords: stemmed content terms weighted by how often the text uses them and how specific
//! they are (rare in the language's background frequency table).

use crate::analysis::Analysis;

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

/// The `limit` heaviest terms that occur more than once (or all, for very short texts).
pub(crate) fn top_keywords(
    analysis: &Analysis,
    weights: &TermWeights,
    limit: usize,
) -> (Vec<Keyword>, Vec<u32>) {
    let min_count = if analysis.units.len() > 3 { 2 } else { 1 };
    let mut ids: Vec<usize> = (0..analysis.terms.len())
        .filter(|&t| weights.counts[t] >= min_count)
        .collect();
    crate::select::best_first(&mut ids, &weights.weights);
    ids.truncate(limit);
    let keywords = ids
        .iter()
        .map(|&t| Keyword {
            text: analysis.terms[t].surface.clone(),
            weight: weights.weights[t],
            count: weights.counts[t],
        })
        .collect();
    (keywords, ids.into_iter().map(|t| t as u32).collect())
}
