//! The crate's one sort: every ordering is expressed as distinct `u128` keys and sorted by
//! [`sort_keys`], so the wasm bundle holds a single sort instance instead of one per element
//! type and comparison closure (each 3 to 10 KB).
//!
//! Keys are distinct wherever order among equal elements matters (they carry the index), so
//! the unstable sort gives exactly the order a stable one would.

/// Sorts `keys` ascending.
pub(crate) fn sort_keys(keys: &mut [u128]) {
    keys.sort_unstable();
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
    fn stable_order_keeps_ties_in_position_order() {
        let keys = [3u64, 1, 3, 0, 1, u64::MAX, 0];
        assert_eq!(stable_order(keys.into_iter()), [3, 6, 1, 4, 0, 2, 5]);
    }
}
