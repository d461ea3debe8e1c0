//! The UAX #29 sentence boundaries of one line, computed only around possible terminators.
//!
//! Inside a line (no paragraph separators), the Unicode sentence rules break only after a
//! terminator (`.`, `!`, `?` and their kin in other scripts) followed by closing punctuation
//! and spaces; everything in between joins. Running the rules over every character was most
//! of the segmentation time, so here they run only on small windows around candidates, with
//! the same result (`tests::windows_give_the_boundaries_of_the_whole_line` compares).
//!
//! A window around a candidate starts at the nearest ASCII letter or digit before it: the
//! rules never look further back than that (such a character ends any "terminator, closers,
//! spaces" context). It ends just after the first ASCII letter after the candidate: a letter
//! decides every pending break before it (the rules' look-ahead stops at letters).
//! Candidates are a superset of the terminators: '.', '!', '?' and every non-ASCII character
//! that is not a letter or digit. A candidate that is no terminator only costs a small window.

/// How far back a window may reach for an ASCII letter or digit; beyond it (long runs of
/// marks or of scripts without ASCII), the rest of the line is handed to the rules whole.
const MAX_LOOK_BACK: usize = 256;

/// The sentences of `line` by the UAX #29 rules, as `(offset, sentence)` pairs in order,
/// exactly as `line.split_sentence_bound_indices()` gives them. `line` must not be empty.
pub(crate) fn sentences(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut starts = Vec::new();
    sentence_starts(line, MAX_LOOK_BACK, &mut starts);
    starts.push(line.len());
    let mut from = 0;
    starts.into_iter().map(move |end| {
        let piece = (from, &line[from..end]);
        from = end;
        piece
    })
}

fn is_candidate(c: char) -> bool {
    matches!(c, '.' | '!' | '?') || (!c.is_ascii() && !c.is_alphanumeric())
}

/// Appends to `starts` the offsets (after 0) where a sentence of `line` starts.
fn sentence_starts(line: &str, look_back: usize, starts: &mut Vec<usize>) {
    // Boundaries at or before this offset are final.
    let mut decided = 0;
    let mut pos = 0;
    while let Some((offset, candidate)) = line[pos..].char_indices().find(|&(_, c)| is_candidate(c))
    {
        let p = pos + offset;
        let after = p + candidate.len_utf8();
        let mut back = p.saturating_sub(look_back);
        while !line.is_char_boundary(back) {
            back += 1;
        }
        let Some(window_start) = line[back..p].rfind(|c: char| c.is_ascii_alphanumeric()) else {
            // No reset point near: from the nearest one (or the line start) to the end.
            let from = line[..p]
                .rfind(|c: char| c.is_ascii_alphanumeric())
                .unwrap_or(0);
            push_boundaries(line, from, line.len(), decided, true, starts);
            return;
        };
        let window_start = back + window_start;
        let stop = line[after..].find(|c: char| c.is_ascii_alphabetic());
        let window_end = stop.map_or(line.len(), |i| after + i + 1);
        push_boundaries(
            line,
            window_start,
            window_end,
            decided,
            stop.is_none(),
            starts,
        );
        match stop {
            None => return,
            Some(i) => {
                decided = after + i;
                pos = window_end;
            }
        }
    }
}

/// Runs the rules over `line[from..to]` and appends its boundaries after `decided`; the window's
/// own end counts only if it is the line's end (`to_line_end`).
fn push_boundaries(
    line: &str,
    from: usize,
    to: usize,
    decided: usize,
    to_line_end: bool,
    starts: &mut Vec<usize>,
) {
    crate::sentence_break::inner_breaks(&line[from..to], |offset| {
        let at = from + offset;
        if at > decided && (at < to || to_line_end) {
            starts.push(at);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn by_windows(line: &str, look_back: usize) -> Vec<usize> {
        let mut starts = Vec::new();
        sentence_starts(line, look_back, &mut starts);
        starts
    }

    fn by_rules(line: &str) -> Vec<usize> {
        line.split_sentence_bound_indices()
            .skip(1)
            .map(|(offset, _)| offset)
            .collect()
    }

    #[test]
    fn windows_give_the_boundaries_of_the_whole_line() {
        // Characters of every sentence-rule category that matters: letters of both cases
        // (ASCII and not), digits, terminators of several scripts, closers and openers,
        // spaces, continuation punctuation, marks and format characters, CJK.
        let alphabet: Vec<char> = "aBé Ä.!?\"„“”«»()5,;:–—…\u{301}\u{AD}\u{200B}。、中x Y؟\t'’z. A"
            .chars()
            .collect();
        let mut rng = crate::test_support::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut next = |bound: usize| rng.below(bound as u64) as usize;
        for case in 0..100_000 {
            let len = 1 + next(if case % 10 == 0 { 300 } else { 40 });
            let line: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let expected = by_rules(&line);
            for look_back in [MAX_LOOK_BACK, 3, 1] {
                assert_eq!(
                    by_windows(&line, look_back),
                    expected,
                    "{line:?} {look_back}"
                );
            }
        }
    }

    #[test]
    fn dev_texts_split_as_the_rules_split_them() {
        let mut lines_checked = 0;
        for text in crate::test_support::dev_texts() {
            for line in text.lines().filter(|l| !l.is_empty()) {
                assert_eq!(by_windows(line, MAX_LOOK_BACK), by_rules(line), "{line}");
                lines_checked += 1;
            }
        }
        assert!(lines_checked > 5000, "{lines_checked}");
    }

    #[test]
    fn real_lines_split_as_the_rules_split_them() {
        let lines = [
            "Der 907. Berichtigungsantrag wurde am 6. Mai ausgesetzt. Dr. Müller kam.",
            "„Wirklich?“ fragte er. »Ja!« Dann ging er… Und kam nie wieder.",
            "He said: \"It's over.\" (Really.) The U.S. team won 3.5 to 2. e.g. this one.",
            "東京は日本の首都です。人口は約千四百万人です！本当ですか？",
            "Wait... what?! No. 1 is here. ¿Qué pasa? ¡Nada!",
            "",
        ];
        for line in lines.iter().filter(|l| !l.is_empty()) {
            assert_eq!(by_windows(line, MAX_LOOK_BACK), by_rules(line), "{line}");
            let pieces: Vec<(usize, &str)> = sentences(line).collect();
            let expected: Vec<(usize, &str)> = line.split_sentence_bound_indices().collect();
            assert_eq!(pieces, expected);
        }
    }
}
