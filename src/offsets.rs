//! Converting byte offsets into the units other languages index strings by.

/// The unit an offset counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Unicode scalar values (Python `str` indices, the gold data's offsets).
    CodePoint,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Converts byte offsets of one text into code point or UTF-16 offsets.
///
/// Conversions are cheapest in ascending order (each one continues from the last), so a
/// whole result converts in time linear in the text.
///
/// ```
/// use kernsatz::{OffsetConverter, OffsetUnit};
/// let text = "Ä😀b";
/// let mut chars = OffsetConverter::new(text, OffsetUnit::CodePoint);
/// assert_eq!(chars.convert(6), 2);
/// let mut utf16 = OffsetConverter::new(text, OffsetUnit::Utf16);
/// assert_eq!(utf16.convert(6), 3);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetConverter<'t> {
    text: &'t str,
    unit: OffsetUnit,
    byte: usize,
    count: usize,
}

impl<'t> OffsetConverter<'t> {
    /// A converter for `text` into `unit`.
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        OffsetConverter {
            text,
            unit,
            byte: 0,
            count: 0,
        }
    }

    /// The offset in the converter's unit of the byte offset `byte` (clamped to the text and
    /// rounded down to a char boundary).
    pub fn convert(&mut self, byte: usize) -> usize {
        let mut target = byte.min(self.text.len());
        while !self.text.is_char_boundary(target) {
            target -= 1;
        }
        if target < self.byte {
            self.byte = 0;
            self.count = 0;
        }
        let unit = self.unit;
        self.count += self.text[self.byte..target]
            .chars()
            .map(|c| match unit {
                OffsetUnit::CodePoint => 1,
                OffsetUnit::Utf16 => c.len_utf16(),
            })
            .sum::<usize>();
        self.byte = target;
        self.count
    }
}
