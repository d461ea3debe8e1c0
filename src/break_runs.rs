//! Unicode property tables stored as runs: where each run of one value starts, LEB128
//! differences in bytes, and each run's value, one byte (written by
//! `tools/gen_break_tables.py`). Decoded once, looked up by binary search.

/// Code points below this are looked up in a plain array: Latin, Greek, Cyrillic, Hebrew,
/// Arabic, the scripts of most texts here.
const DIRECT: usize = 0x800;

/// A decoded run table.
pub(crate) struct Runs {
    starts: Vec<u32>,
    values: &'static [u8],
    direct: Vec<u8>,
}

impl Runs {
    /// Decodes `count` run starts from their LEB128 differences.
    pub(crate) fn decode(count: usize, starts: &[u8], values: &'static [u8]) -> Runs {
        let mut decoded = Vec::with_capacity(count);
        let (mut at, mut delta, mut shift) = (0u32, 0u32, 0u32);
        for &byte in starts {
            delta |= u32::from(byte & 0x7F) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                at += delta;
                decoded.push(at);
                (delta, shift) = (0, 0);
            }
        }
        let mut direct = vec![0u8; DIRECT];
        for (run, &start) in decoded.iter().enumerate() {
            let end = decoded.get(run + 1).map_or(DIRECT, |&next| next as usize);
            let value = values.get(run).copied().unwrap_or(0);
            if let Some(slots) = direct.get_mut(start as usize..end.min(DIRECT)) {
                slots.fill(value);
            }
        }
        Runs {
            starts: decoded,
            values,
            direct,
        }
    }

    /// The value of the run that holds `c` (0 before the first run).
    pub(crate) fn value(&self, c: char) -> u8 {
        if let Some(&value) = self.direct.get(c as usize) {
            return value;
        }
        let run = self.starts.partition_point(|&start| start <= c as u32);
        run.checked_sub(1)
            .and_then(|r| self.values.get(r))
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_give_each_code_point_its_run_value_on_both_paths() {
        // Runs at 0 (value 0), 'A' (1), 'a' (2), U+0800 (3: the first past the array) and
        // U+10000 (4); 0x10000 - 0x800 = 0xF800 needs three LEB128 bytes.
        static VALUES: [u8; 5] = [0, 1, 2, 3, 4];
        let starts = [0, 0x41, 0x20, 0x9F, 0x0F, 0x80, 0xF0, 0x03];
        let runs = Runs::decode(5, &starts, &VALUES);
        assert_eq!(runs.starts, [0, 0x41, 0x61, 0x800, 0x10000]);
        let expect = |c: u32| match c {
            0..=0x40 => 0,
            0x41..=0x60 => 1,
            0x61..=0x7FF => 2,
            0x800..=0xFFFF => 3,
            _ => 4,
        };
        for c in (0..=0x10FFFFu32).step_by(7).filter_map(char::from_u32) {
            assert_eq!(runs.value(c), expect(c as u32), "U+{:04X}", c as u32);
        }
    }
}
