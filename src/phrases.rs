//! Finding any of a few dozen fixed phrases inside a line in one pass over it.
//!
//! Boilerplate checks look for ~50 phrases in every sentence. Calling `str::contains` once
//! per phrase builds a substring searcher each time: on a 1 MB text that was a tenth of the
//! whole summary's time. Here each position of the line costs one bit test: a 64-Kbit table
//! says which two-byte pairs start a phrase, and only those positions compare phrases.

/// A set of lowercase phrases, searched for as substrings.
pub(crate) struct PhraseSet {
    /// Phrases of two bytes or more, sorted bytewise.
    phrases: Vec<&'static str>,
    /// Phrases of one byte (matched with `contains`; lists rarely have any).
    single_bytes: Vec<&'static str>,
    /// Bit `(a << 8) | b` is set when some phrase starts with the bytes `a`, `b`.
    starting_pairs: Vec<u64>,
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
        };
        for phrase in phrases {
            match phrase.as_bytes() {
                [] => {}
                [_] => set.single_bytes.push(phrase),
                [a, b, ..] => {
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
        set
    }

    /// The first phrase (by position in `line`) that occurs in `line` and that `wanted`
    /// accepts.
    pub fn find_in(&self, line: &str, wanted: impl Fn(&str) -> bool) -> Option<&'static str> {
        if let Some(&p) = self
            .single_bytes
            .iter()
            .find(|p| wanted(p) && line.contains(**p))
        {
            return Some(p);
        }
        let bytes = line.as_bytes();
        for (i, pair) in bytes.windows(2).enumerate() {
            let key = pair_key(pair[0], pair[1]);
            if self.starting_pairs[key / 64] & (1 << (key % 64)) == 0 {
                continue;
            }
            let rest = &bytes[i..];
            let from = self.phrases.partition_point(|p| p.as_bytes() < &rest[..2]);
            let found = self.phrases[from..]
                .iter()
                .take_while(|p| p.as_bytes()[..2] == rest[..2])
                .find(|p| rest.starts_with(p.as_bytes()) && wanted(p));
            if let Some(&p) = found {
                return Some(p);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let set = PhraseSet::new(phrases);
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
        for line in lines {
            for min_len in [0, 2, 6] {
                let wanted = |p: &str| p.len() >= min_len;
                let expected = phrases.iter().any(|p| wanted(p) && line.contains(p));
                assert_eq!(
                    set.find_in(line, wanted).is_some(),
                    expected,
                    "{line:?} {min_len}"
                );
                if let Some(p) = set.find_in(line, wanted) {
                    assert!(line.contains(p) && wanted(p));
                }
            }
        }
    }

    #[test]
    fn a_pair_shared_by_several_phrases_checks_them_all() {
        let set = PhraseSet::new(["read more", "read next", "reader"]);
        assert_eq!(
            set.find_in("then read next week", |_| true),
            Some("read next")
        );
        assert_eq!(set.find_in("a reader wrote", |_| true), Some("reader"));
        assert_eq!(set.find_in("a reader wrote", |p| p.len() > 6), None);
        assert_eq!(set.find_in("ready", |_| true), None);
    }
}
