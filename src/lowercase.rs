//! Lowercasing without the standard library's case tables: the single-character mappings
//! are runs of one offset (`lowercase_table.rs`, 186 runs, generated from this Rust's
//! `char::to_lowercase`), 2.2 KiB less in the gzipped wasm than `str::to_lowercase` and
//! its tables. Every character lowercases as `char::to_lowercase` does (checked for all of
//! them); strings differ from `str::to_lowercase` only in that a final capital sigma becomes
//! "σ", not "ς" (the words it is used on are looked up in lists of other languages).

use crate::lowercase_table::LOWERCASE_RUNS;

/// The lowercase of `c` when it is one other character.
fn lower_char(c: char) -> Option<char> {
    let code = c as u32;
    // The last run starting at or before `c`.
    let after = LOWERCASE_RUNS.partition_point(|&(start, ..)| start <= code);
    let &(start, count, stride, offset) = LOWERCASE_RUNS.get(after.checked_sub(1)?)?;
    let step = code - start;
    let stride = u32::from(stride);
    if !step.is_multiple_of(stride) || step / stride >= u32::from(count) {
        return None;
    }
    char::from_u32(code.wrapping_add_signed(offset))
}

/// Appends the lowercase of `c` (one or, for "İ", two characters).
pub(crate) fn push_lowercase(buf: &mut String, c: char) {
    if c.is_ascii() {
        buf.push(c.to_ascii_lowercase());
    } else if c == '\u{130}' {
        buf.push_str("i\u{307}");
    } else {
        buf.push(lower_char(c).unwrap_or(c));
    }
}

/// The lowercase of `text`.
pub(crate) fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        push_lowercase(&mut lower, c);
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowercases_as_the_standard_library_does() {
        let mut mine = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            mine.clear();
            push_lowercase(&mut mine, c);
            let std: String = c.to_lowercase().collect();
            assert_eq!(
                mine, std,
                "U+{:04X}: run `cargo run --example gen_lowercase > src/lowercase_table.rs`",
                c as u32
            );
        }
    }

    #[test]
    fn strings_lowercase_as_the_standard_library_does_but_the_final_sigma() {
        for text in [
            "Außenminister ÄGYPTEN",
            "İSTANBUL",
            "ΑΘΉΝΑ",
            "Ǆemal",
            "ВЛАДИМИР",
            "ẞ",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
    }
}
