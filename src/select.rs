//! Selection: the best units within the budget, skipping ones that repeat a chosen one.

use crate::options::Length;
use crate::sort;

/// Share of a candidate's content terms that may already be in a chosen sentence.
const MAX_OVERLAP: f64 = 0.6;

/// The choosable units (those with a score), best first; ties go to the earlier unit.
pub(crate) fn by_score(scores: &[Option<f64>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).filter(|&u| scores[u].is_some()).collect();
    let keys: Vec<f64> = scores.iter().map(|s| s.unwrap_or(0.0)).collect();
    best_first(&mut order, &keys);
    order
}

/// Sorts the indices `ids` by descending `keys[id]`, ties by ascending index.
///
/// Keys order as `f64::total_cmp` orders them; through the crate's one sort instance.
pub(crate) fn best_first(ids: &mut [usize], keys: &[f64]) {
    // The complement of a key's total-order bits sorts it descending.
    let mut keyed: Vec<u128> = ids
        .iter()
        .map(|&id| sort::key(!sort::total_order_bits(keys[id]), id as u64))
        .collect();
    sort::sort_keys(&mut keyed);
    for (id, k) in ids.iter_mut().zip(keyed) {
        *id = sort::low(k) as usize;
    }
}

/// How many sentences a length asks for among `candidates` choosable ones.
fn target_count(length: Length, candidates: usize) -> usize {
    match length {
        Length::Sentences(n) => n,
        Length::Ratio(r) => ((candidates as f64 * r).ceil() as usize).max(1),
        Length::Words(_) => usize::MAX,
    }
}

/// Picks units by descending score. `terms[u]` are unit `u`'s distinct content terms (sorted),
/// `words[u]` its word count; units with `None` score cannot be chosen. Returns the chosen
/// indices best first.
pub(crate) fn select(
    scores: &[Option<f64>],
    terms: &[Vec<u32>],
    words: &[usize],
    length: Length,
) -> Vec<usize> {
    let candidates = by_score(scores);
    let target = target_count(length, candidates.len());
    let mut chosen: Vec<usize> = Vec::new();
    let mut redundancy = Redundancy::new(terms);
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
        if !chosen.is_empty() && redundancy.repeats_chosen(u, terms) {
            continue;
        }
        used_words += words[u];
        chosen.push(u);
        redundancy.choose(u, terms);
    }
    chosen
}

/// Most chosen sentences one candidate is compared with through the index (see below).
const MAX_VISITS: usize = 100;

/// Finds chosen units that a candidate repeats without comparing it with every chosen unit:
/// that was O(chosen × candidates), minutes for a ratio of a 10 MB text.
///
/// A chosen unit that shares more than `MAX_OVERLAP` of a candidate's `n` terms misses fewer
/// than `n - min_shared + 1` of them, so it contains one of any `n - min_shared + 1` of the
/// candidate's terms (prefix filtering). The index lists the chosen units under each term;
/// only those under the candidate's rarest terms are compared, so the check is exact. Its
/// cost is bounded anyway: after `MAX_VISITS` index entries (chosen best first) a
/// candidate counts as new, which only a text repeating its terms in over a hundred chosen
/// sentences can reach (a 10 MB text at a ratio: with a thousand, selection took 50 times as
/// long as for 1 MB).
struct Redundancy {
    /// For each term, the chosen units holding it, best first.
    chosen_with: Vec<Vec<u32>>,
    /// For each term, the number of units holding it: the rarity order.
    units_with: Vec<u32>,
    /// The candidate that last compared a chosen unit (to compare each only once).
    compared_for: Vec<usize>,
    /// The candidate's terms, rarest first (reused buffer).
    rarest: Vec<u32>,
}

impl Redundancy {
    fn new(terms: &[Vec<u32>]) -> Redundancy {
        let term_count = terms
            .iter()
            .flatten()
            .map(|&t| t as usize + 1)
            .max()
            .unwrap_or(0);
        let mut units_with = vec![0u32; term_count];
        for &t in terms.iter().flatten() {
            units_with[t as usize] += 1;
        }
        Redundancy {
            chosen_with: vec![Vec::new(); term_count],
            units_with,
            compared_for: vec![usize::MAX; terms.len()],
            rarest: Vec::new(),
        }
    }

    fn choose(&mut self, u: usize, terms: &[Vec<u32>]) {
        for &t in &terms[u] {
            self.chosen_with[t as usize].push(u as u32);
        }
    }

    /// Whether candidate `u` shares more than `MAX_OVERLAP` of its terms with a chosen unit.
    fn repeats_chosen(&mut self, u: usize, terms: &[Vec<u32>]) -> bool {
        let mine = &terms[u];
        let n = mine.len();
        if n == 0 {
            // No content terms: it adds nothing to what is chosen (as `overlap` says).
            return true;
        }
        let min_shared = (1..=n)
            .find(|&k| overlap_share(k, n) > MAX_OVERLAP)
            .unwrap_or(n);
        // Any chosen unit sharing `min_shared` of the candidate's terms holds one of these.
        let prefix = n + 1 - min_shared;
        self.rarest.clear();
        self.rarest.extend_from_slice(mine);
        let units_with = &self.units_with;
        sort::sort_u32s_by_rank(&mut self.rarest, |t| units_with[t as usize].into());
        let mut visits = 0;
        for &t in &self.rarest[..prefix] {
            for &c in &self.chosen_with[t as usize] {
                visits += 1;
                if visits > MAX_VISITS {
                    return false;
                }
                let c = c as usize;
                if self.compared_for[c] == u {
                    continue;
                }
                self.compared_for[c] = u;
                if overlap(mine, &terms[c]) > MAX_OVERLAP {
                    return true;
                }
            }
        }
        false
    }
}

/// The share `shared / n` exactly as `overlap` computes it.
fn overlap_share(shared: usize, n: usize) -> f64 {
    shared as f64 / n as f64
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
    overlap_share(shared, a.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The old all-pairs check, as the reference.
    fn select_naive(scores: &[Option<f64>], terms: &[Vec<u32>], length: Length) -> Vec<usize> {
        let candidates = by_score(scores);
        let target = target_count(length, candidates.len());
        let mut chosen: Vec<usize> = Vec::new();
        for &u in &candidates {
            if chosen.len() >= target {
                break;
            }
            if chosen
                .iter()
                .any(|&c| overlap(&terms[u], &terms[c]) > MAX_OVERLAP)
            {
                continue;
            }
            chosen.push(u);
        }
        chosen
    }

    #[test]
    fn the_index_finds_what_all_pairs_find() {
        // A small deterministic generator: units of 0 to 7 terms from a vocabulary of 12,
        // so that overlaps of every size occur.
        let mut rng = crate::test_support::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut next = |bound: u64| rng.below(bound);
        for _ in 0..200 {
            let units = 1 + next(40) as usize;
            let mut terms = Vec::new();
            let mut scores = Vec::new();
            for _ in 0..units {
                let mut t: Vec<u32> = (0..next(8)).map(|_| next(12) as u32).collect();
                t.sort_unstable();
                t.dedup();
                terms.push(t);
                scores.push((next(5) > 0).then(|| next(100) as f64));
            }
            let words = vec![1; units];
            for length in [Length::Ratio(1.0), Length::Ratio(0.3), Length::Sentences(5)] {
                assert_eq!(
                    select(&scores, &terms, &words, length),
                    select_naive(&scores, &terms, length),
                    "{terms:?} {scores:?}"
                );
            }
        }
    }
}
