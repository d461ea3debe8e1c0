//! Selection: the best units within the budget, skipping ones that repeat a chosen one.

use crate::options::Length;

/// Share of a candidate's content terms that may already be in a chosen sentence.
const MAX_OVERLAP: f64 = 0.6;

/// Picks units by descending score. `terms[u]` are unit `u`'s distinct content terms (sorted),
/// `words[u]` its word count; units with `None` score cannot be chosen. Returns the chosen
/// indices best first.
pub(crate) fn select(
    scores: &[Option<f64>],
    terms: &[Vec<u32>],
    words: &[usize],
    length: Length,
) -> Vec<usize> {
    let mut candidates: Vec<usize> = (0..scores.len()).filter(|&u| scores[u].is_some()).collect();
    candidates.sort_by(|&a, &b| {
        scores[b]
            .unwrap_or(0.0)
            .total_cmp(&scores[a].unwrap_or(0.0))
            .then(a.cmp(&b))
    });
    let target = match length {
        Length::Sentences(n) => n,
        Length::Ratio(r) => ((candidates.len() as f64 * r).ceil() as usize).max(1),
        Length::Words(_) => usize::MAX,
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut used_words = 0usize;
    for &u in &candidates {
        if chosen.len() >= target {
            break;
        }
        if let Length::Words(limit) = length {
            if !chosen.is_empty() && used_words + words[u] > limit {
                continue;
            }
        }
        if chosen
            .iter()
            .any(|&c| overlap(&terms[u], &terms[c]) > MAX_OVERLAP)
        {
            continue;
        }
        used_words += words[u];
        chosen.push(u);
    }
    chosen
}

/// Share of `a`'s terms that are also in `b` (both sorted).
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / a.len() as f64
}
