//! The crate's one sort: every ordering is expressed as distinct `u128` keys and sorted by
//! [`sort_keys`], so the wasm bundle holds a single sort instance instead of one per element
//! type and comparison closure (each 3 to 10 KB).
//!
//! Keys are distinct wherever order among equal elements matters (they carry the index), so
//! the keys alone fix the order, the same a stable sort of the elements gives.

/// Sorts `keys` ascending: insertion sort on runs of [`RUN`], then merge passes through a
/// buffer (O(n log n)). Written out because the core sort of `u128` linked 6 KB into the wasm
/// bundle, this under 1 KB; sorting is about 1% of a summary's time either way.
pub(crate) fn sort_keys(keys: &mut [u128]) {
    for run in keys.chunks_mut(RUN) {
        insertion_sort(run);
    }
    if keys.len() <= RUN {
        return;
    }
    let mut buffer = vec![0; keys.len()];
    let mut sorted_in_keys = true;
    let mut width = RUN;
    while width < keys.len() {
        if sorted_in_keys {
            merge_pass(keys, &mut buffer, width);
        } else {
            merge_pass(&buffer, keys, width);
        }
        sorted_in_keys = !sorted_in_keys;
        width *= 2;
    }
    if !sorted_in_keys {
        keys.copy_from_slice(&buffer);
    }
}

/// The length of the runs that [`sort_keys`] sorts by insertion before merging.
const RUN: usize = 16;

fn insertion_sort(keys: &mut [u128]) {
    for i in 1..keys.len() {
        let key = keys[i];
        let mut j = i;
        while j > 0 && keys[j - 1] > key {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = key;
    }
}

/// Merges each pair of sorted `width`-long neighbours of `from` into `to`.
fn merge_pass(from: &[u128], to: &mut [u128], width: usize) {
    for (pair, out) in from.chunks(2 * width).zip(to.chunks_mut(2 * width)) {
        let (left, right) = pair.split_at(width.min(pair.len()));
        let (mut i, mut j) = (0, 0);
        for slot in out {
            if j == right.len() || (i < left.len() && left[i] <= right[j]) {
                *slot = left[i];
                i += 1;
            } else {
                *slot = right[j];
                j += 1;
            }
        }
    }
}

/// Two `u64` halves as one key that sorts by `high`, then by `low`.
pub(crate) fn key(high: u64, low: u64) -> u128 {
    (u128::from(high) << 64) | u128::from(low)
}

/// The low half of a [`key`].
pub(crate) fn low(key: u128) -> u64 {
    key as u64
}

/// The high half of a [`key`].
fn high(key: u128) -> u64 {
    (key >> 64) as u64
}

/// Sorts `values` ascending.
pub(crate) fn sort_u32s(values: &mut [u32]) {
    let mut keys: Vec<u128> = values.iter().map(|&v| u128::from(v)).collect();
    sort_keys(&mut keys);
    for (value, key) in values.iter_mut().zip(keys) {
        *value = key as u32;
    }
}

/// Sorts `values` ascending.
pub(crate) fn sort_usizes(values: &mut [usize]) {
    let mut keys: Vec<u128> = values.iter().map(|&v| v as u128).collect();
    sort_keys(&mut keys);
    for (value, key) in values.iter_mut().zip(keys) {
        *value = key as usize;
    }
}

/// Sorts `values` by ascending `rank(value)`, ties by ascending value.
pub(crate) fn sort_u32s_by_rank(values: &mut [u32], rank: impl Fn(u32) -> u64) {
    let mut keys: Vec<u128> = values.iter().map(|&v| key(rank(v), v.into())).collect();
    sort_keys(&mut keys);
    for (value, key) in values.iter_mut().zip(keys) {
        *value = low(key) as u32;
    }
}

/// The positions `0..keys.len()` ordered by ascending key, equal keys in position order
/// (what a stable sort by the key gives).
pub(crate) fn stable_order(keys: impl Iterator<Item = u64>) -> Vec<usize> {
    let mut keyed: Vec<u128> = keys
        .enumerate()
        .map(|(position, k)| key(k, position as u64))
        .collect();
    sort_keys(&mut keyed);
    keyed.into_iter().map(|k| low(k) as usize).collect()
}

/// Sorts spans by start, then end.
pub(crate) fn sort_spans(spans: &mut [crate::Span]) {
    let mut keys: Vec<u128> = spans
        .iter()
        .map(|s| key(s.start as u64, s.end as u64))
        .collect();
    sort_keys(&mut keys);
    for (span, k) in spans.iter_mut().zip(keys) {
        *span = crate::Span::new(high(k) as usize, low(k) as usize);
    }
}

/// Maps `x` to a `u64` that orders like `f64::total_cmp` orders `x`.
pub(crate) fn total_order_bits(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_order_bits_order_like_total_cmp() {
        let values = [
            f64::NEG_INFINITY,
            -f64::NAN,
            f64::NAN,
            -1e300,
            -1.5,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.0,
            1.5,
            f64::INFINITY,
            f64::MAX,
        ];
        for a in values {
            for b in values {
                assert_eq!(
                    total_order_bits(a).cmp(&total_order_bits(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn sort_keys_sorts_like_the_core_sort() {
        let mut rng = crate::test_support::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut next = || rng.next_u64();
        for len in (0..70).chain([255, 256, 257, 1000, 4099]) {
            for spread in [3, 1 << 20, u64::MAX] {
                let mut keys: Vec<u128> = (0..len)
                    .map(|_| key(next() % spread, next() % spread))
                    .collect();
                let mut expected = keys.clone();
                expected.sort_unstable();
                sort_keys(&mut keys);
                assert_eq!(keys, expected, "{len} {spread}");
            }
        }
    }

    #[test]
    fn stable_order_keeps_ties_in_position_order() {
        let keys = [3u64, 1, 3, 0, 1, u64::MAX, 0];
        assert_eq!(stable_order(keys.into_iter()), [3, 6, 1, 4, 0, 2, 5]);
    }
}
