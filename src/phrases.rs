//! Finding any of a few dozen fixed phrases inside a line in one pass over it.
//!
//! Boilerplate checks look for ~50 phrases in every sentence. Calling `str::contains` once
//! per phrase builds a substring searcher each time: on a 1 MB text that was a tenth of the
//! whole summary's time. Here each position of the line costs one bit test: a 64-Kbit table
//! says which two-byte pairs start a phrase, and only those positions compare phrases.

/// A set of lowercase phrases, searched for as whole words, ASCII letters in either case: a
/// phrase inside a longer word ("werbung" in "Bewerbung", "subscribe" in "subscribers")
/// does not count. Other letters compare as they are, so a line with capitals outside ASCII
/// ("ÀLIRE") is to be searched lowercased.
pub(crate) struct PhraseSet {
    /// Phrases of two bytes or more, sorted bytewise.
    phrases: Vec<&'static str>,
    /// Phrases of one byte (lists rarely have any).
    single_bytes: Vec<&'static str>,
    /// Bit `(a << 8) | b` is set when some phrase starts with the bytes `a`, `b`.
    starting_pairs: Vec<u64>,
    /// For each starting pair (sorted), the range of `phrases` that start with it.
    pair_ranges: Vec<(u16, u16, u16)>,
    /// Whether every phrase of `phrases` starts with a letter or digit, so that none can
    /// start right after an ASCII letter or digit (they count as whole words only).
    word_starts_only: bool,
}

fn pair_key(a: u8, b: u8) -> usize {
    ((a as usize) << 8) | b as usize
}

impl PhraseSet {
    /// The set of `phrases` (empty phrases are ignored).
    pub fn new(phrases: impl IntoIterator<Item = &'static str>) -> PhraseSet {
        let mut set = PhraseSet {
            phrases: Vec::new(),
            single_bytes: Vec::new(),
            starting_pairs: vec![0; 1 << 10],
            pair_ranges: Vec::new(),
            word_starts_only: true,
        };
        for phrase in phrases {
            match phrase.as_bytes() {
                [] => {}
                [_] => set.single_bytes.push(phrase),
                [a, b, ..] => {
                    set.word_starts_only &= phrase.starts_with(char::is_alphanumeric);
                    let key = pair_key(*a, *b);
                    set.starting_pairs[key / 64] |= 1 << (key % 64);
                    set.phrases.push(phrase);
                }
            }
        }
        // Insertion sort: a few dozen phrases, once per language. `sort_unstable` linked a
        // 9 KB sort of `&str` into the wasm bundle for this alone.
        for i in 1..set.phrases.len() {
            let mut j = i;
            while j > 0 && set.phrases[j - 1] > set.phrases[j] {
                set.phrases.swap(j - 1, j);
                j -= 1;
            }
        }
        set.phrases.dedup();
        for (i, phrase) in set.phrases.iter().enumerate() {
            let b = phrase.as_bytes();
            let key = pair_key(b[0], b[1]) as u16;
            match set.pair_ranges.last_mut() {
                Some((last, _, end)) if *last == key => *end = i as u16 + 1,
                _ => set.pair_ranges.push((key, i as u16, i as u16 + 1)),
            }
        }
        set
    }

    /// The first phrase (by position in `line`) that occurs in `line`.
    pub fn find_in(&self, line: &str) -> Option<&'static str> {
        // A byte search: `str::contains` would link the two-way substring searcher into the
        // wasm bundle (with the searches in `segment`, 2.4 KB).
        let bytes = line.as_bytes();
        let single = self.single_bytes.iter().find(|p| {
            bytes.iter().enumerate().any(|(i, &b)| {
                b.to_ascii_lowercase() == p.as_bytes()[0] && whole_word_at(line, i, p)
            })
        });
        if let Some(&p) = single {
            return Some(p);
        }
        for (i, pair) in bytes.windows(2).enumerate() {
            // Inside a word no phrase starts: most positions end here.
            if self.word_starts_only && i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
                continue;
            }
            let key = pair_key(pair[0].to_ascii_lowercase(), pair[1].to_ascii_lowercase());
            if self.starting_pairs[key / 64] & (1 << (key % 64)) == 0 {
                continue;
            }
            let Ok(r) = self
                .pair_ranges
                .binary_search_by_key(&(key as u16), |&(k, _, _)| k)
            else {
                continue;
            };
            let (_, start, end) = self.pair_ranges[r];
            let rest = &bytes[i..];
            let found = self.phrases[start as usize..end as usize].iter().find(|p| {
                rest.get(..p.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(p.as_bytes()))
                    && whole_word_at(line, i, p)
            });
            if let Some(&p) = found {
                return Some(p);
            }
        }
        None
    }
}

/// Whether `phrase`, found at byte `i` of `line`, is no part of a longer word: no letter or
/// digit joins its first or last letter or digit. A phrase starts with a whole char, so `i`
/// is a char boundary.
fn whole_word_at(line: &str, i: usize, phrase: &str) -> bool {
    let joined_before = phrase.starts_with(char::is_alphanumeric)
        && line
            .get(..i)
            .and_then(|before| before.chars().next_back())
            .is_some_and(char::is_alphanumeric);
    let joined_after = phrase.ends_with(char::is_alphanumeric)
        && line
            .get(i + phrase.len()..)
            .and_then(|after| after.chars().next())
            .is_some_and(char::is_alphanumeric);
    !joined_before && !joined_after
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `phrase` in `line`, not inside a longer word: the plain definition to test against.
    fn contains_word(line: &str, phrase: &str) -> bool {
        line.match_indices(phrase).any(|(i, _)| {
            let before = line[..i].chars().next_back();
            let after = line[i + phrase.len()..].chars().next();
            let joined_before = before.is_some_and(char::is_alphanumeric)
                && phrase.starts_with(char::is_alphanumeric);
            let joined_after =
                after.is_some_and(char::is_alphanumeric) && phrase.ends_with(char::is_alphanumeric);
            !joined_before && !joined_after
        })
    }

    #[test]
    fn finds_what_contains_finds() {
        let phrases = [
            "click here",
            "lesen sie auch",
            "foto:",
            "©",
            "a",
            "cookie",
            "cookies",
        ];
        let lines = [
            "please click here to subscribe",
            "lesen sie auch: der 907. antrag",
            "foto: dpa",
            "© 2021 all rights reserved",
            "we use cookies on this site",
            "nothing to see",
            "",
            "c",
            "clic",
            "über die größe der ärmel",
        ];
        for min_len in [0, 2, 6] {
            let wanted: Vec<&'static str> = phrases
                .iter()
                .copied()
                .filter(|p| p.len() >= min_len)
                .collect();
            let set = PhraseSet::new(wanted.iter().copied());
            for line in lines {
                let expected = wanted.iter().any(|p| contains_word(line, p));
                let found = set.find_in(line);
                assert_eq!(found.is_some(), expected, "{line:?} {min_len}");
                if let Some(p) = found {
                    assert!(line.contains(p) && p.len() >= min_len);
                }
            }
        }
    }

    #[test]
    fn ascii_letters_match_in_either_case() {
        let set = PhraseSet::new(["lesen sie auch", "vídeo:", "©", "x"]);
        assert_eq!(set.find_in("LESEN Sie auch: mehr"), Some("lesen sie auch"));
        assert_eq!(set.find_in("Vídeo: el gol"), Some("vídeo:"));
        assert_eq!(set.find_in("© dpa"), Some("©"));
        assert_eq!(set.find_in("Taste X drücken"), Some("x"));
        assert_eq!(set.find_in("Taste Xy drücken"), None);
    }

    #[test]
    fn a_phrase_inside_a_longer_word_does_not_count() {
        let set = PhraseSet::new(["werbung", "subscribe", "foto:", "lesen sie auch"]);
        assert_eq!(set.find_in("die bewerbung kam zu spät"), None);
        assert_eq!(set.find_in("the channel has 2 million subscribers"), None);
        assert_eq!(set.find_in("werbung"), Some("werbung"));
        assert_eq!(set.find_in("(werbung)"), Some("werbung"));
        assert_eq!(set.find_in("please subscribe now"), Some("subscribe"));
        assert_eq!(set.find_in("pressefoto: dpa"), None);
        assert_eq!(set.find_in("foto: dpa"), Some("foto:"));
        assert_eq!(set.find_in("lesen sie auchmal"), None);
        assert_eq!(
            set.find_in("bitte lesen sie auch: x"),
            Some("lesen sie auch")
        );
    }

    #[test]
    fn a_pair_shared_by_several_phrases_checks_them_all() {
        let set = PhraseSet::new(["read more", "read next", "reader"]);
        assert_eq!(set.find_in("then read next week"), Some("read next"));
        assert_eq!(set.find_in("a reader wrote"), Some("reader"));
        assert_eq!(set.find_in("ready"), None);
        let long = PhraseSet::new(["read more", "read next"]);
        assert_eq!(long.find_in("a reader wrote"), None);
    }
}
