//! Converting byte offsets into the units other languages index strings by.

/// The unit an offset counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Unicode scalar values (Python `str` indices, the gold data's offsets).
    CodePoint,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// The length of `piece` in `unit`, counted on bytes: every byte that is not a UTF-8
/// continuation byte starts a code point, and the four-byte ones (lead byte 0xF0 or above) are
/// two UTF-16 units. A byte loop is several times faster than decoding chars.
fn count_units(piece: &str, unit: OffsetUnit) -> usize {
    let bytes = piece.as_bytes();
    let starts = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match unit {
        OffsetUnit::CodePoint => starts,
        OffsetUnit::Utf16 => starts + bytes.iter().filter(|&&b| b >= 0xF0).count(),
    }
}

/// Converts byte offsets of one text into code point or UTF-16 offsets.
///
/// Conversions in ascending order each continue from the last. Going back restarts from the
/// nearest checkpoint the converter left every kilobyte on its way, so any order of
/// conversions costs one pass over the text plus a kilobyte each (restarting from the
/// start instead made converting each entity's mentions quadratic in the text).
///
/// ```
/// use kernsatz::{OffsetConverter, OffsetUnit};
/// let text = "Ä😀b";
/// let mut chars = OffsetConverter::new(text, OffsetUnit::CodePoint);
/// assert_eq!(chars.convert(6), 2);
/// let mut utf16 = OffsetConverter::new(text, OffsetUnit::Utf16);
/// assert_eq!(utf16.convert(6), 3);
/// assert_eq!(utf16.convert(2), 1);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetConverter<'t> {
    text: &'t str,
    unit: OffsetUnit,
    byte: usize,
    count: usize,
    /// (byte, count) about every `CHECKPOINT` bytes, ascending, as far as the text was read.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between checkpoints: the most a backward conversion reads again.
const CHECKPOINT: usize = 1024;

impl<'t> OffsetConverter<'t> {
    /// A converter for `text` into `unit`.
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        OffsetConverter {
            text,
            unit,
            byte: 0,
            count: 0,
            checkpoints: Vec::new(),
        }
    }

    /// The offset in the converter's unit of the byte offset `byte` (clamped to the text and
    /// rounded down to a char boundary).
    pub fn convert(&mut self, byte: usize) -> usize {
        let mut target = byte.min(self.text.len());
        while !self.text.is_char_boundary(target) {
            target -= 1;
        }
        // Start from the nearest known position at or before the target.
        let i = self.checkpoints.partition_point(|&(b, _)| b <= target);
        let checkpoint = i.checked_sub(1).map_or((0, 0), |i| self.checkpoints[i]);
        if target < self.byte || checkpoint.0 > self.byte {
            (self.byte, self.count) = checkpoint;
        }
        while self.byte < target {
            let mut stop = (self.byte / CHECKPOINT + 1) * CHECKPOINT;
            while stop < target && !self.text.is_char_boundary(stop) {
                stop += 1;
            }
            let stop = stop.min(target);
            let unit = self.unit;
            let piece = &self.text[self.byte..stop];
            self.count += count_units(piece, unit);
            self.byte = stop;
            if stop < target && self.checkpoints.last().is_none_or(|&(b, _)| b < stop) {
                self.checkpoints.push((stop, self.count));
            }
        }
        self.count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_order_gives_the_offsets_of_a_fresh_count() {
        let text = "aÄ😀b\u{10FFFF}ü".repeat(3000);
        for unit in [OffsetUnit::CodePoint, OffsetUnit::Utf16] {
            let expected = |byte: usize| {
                let mut b = byte.min(text.len());
                while !text.is_char_boundary(b) {
                    b -= 1;
                }
                match unit {
                    OffsetUnit::CodePoint => text[..b].chars().count(),
                    OffsetUnit::Utf16 => text[..b].encode_utf16().count(),
                }
            };
            let mut converter = OffsetConverter::new(&text, unit);
            let mut state = 12345usize;
            for _ in 0..2000 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let byte = (state >> 33) % (text.len() + 10);
                assert_eq!(converter.convert(byte), expected(byte), "{unit:?} {byte}");
            }
        }
    }
}
