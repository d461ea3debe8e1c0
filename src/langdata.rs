//! Language knowledge as data: plain lists in `data/<lang>/*.txt`, embedded at compile time and
//! parsed once on first use. One algorithm, many data rows: code never spells out a word list.

use crate::hash::{FastMap as HashMap, FastSet as HashSet};
use crate::lang::Lang;
use crate::lowercase::{lowercase, push_lowercase};
use crate::phrases::PhraseSet;
use std::sync::OnceLock;

/// Everything Kernsatz knows about one language.
pub(crate) struct LangData {
    /// Text before a final period that does not end a sentence even before a capital letter.
    abbreviations: HashSet<&'static str>,
    abbreviations_lower: HashSet<&'static str>,
    /// Function words, lowercase.
    stopwords: HashSet<&'static str>,
    /// Month names and abbreviations, lowercase.
    months: HashSet<&'static str>,
    /// Title and role words that precede a person's name ("Präsident", "Mr").
    titles: HashSet<&'static str>,
    /// Lowercase phrases that mark a short line as boilerplate ("lesen sie auch", "foto:").
    pub(crate) boilerplate: PhraseSet,
    /// Those of them longer than `LONG_BOILERPLATE` bytes, which mark long lines too.
    pub(crate) long_boilerplate: PhraseSet,
    /// The list's bare words ("teilen", "advertisement"), which prose uses too ("Wir teilen
    /// die Sorge"): they mark a line that starts with one or is hardly more than one.
    pub(crate) boilerplate_words: PhraseSet,
    /// Words after which "<number>." is an ordinal, lowercase (German: "der", "am").
    ordinal_cues: HashSet<&'static str>,
    /// Background frequency (Zipf scale: log10 of occurrences per billion words), lowercase.
    zipf: HashMap<&'static str, f32>,
}

/// Lists that hold for every language.
pub(crate) struct GenericData {
    metadata_keys: HashSet<&'static str>,
    name_particles: HashSet<&'static str>,
    company_suffixes: HashSet<&'static str>,
    place_acronyms: HashSet<&'static str>,
}

/// Boilerplate phrases longer than this (in bytes) mark a line of any length; shorter ones
/// only short lines ("comments" inside a long sentence is content).
pub(crate) const LONG_BOILERPLATE: usize = 12;

/// A list file, front-coded at compile time (see `pack`): `include_str!` without the comment
/// lines, whose header comments (where each list comes from) are 10 KB that the wasm bundle
/// need not carry, and without the prefix each line shares with the one before it, which the
/// sorted word lists mostly consist of: 14 KB less in the gzipped bundle than the plain text.
/// `unpack` gives the text back (without the comment lines) when the list is parsed.
macro_rules! list {
    ($path:expr) => {{
        const RAW: &str = include_str!($path);
        const PACKED: [u8; packed_len(RAW)] = pack(RAW);
        const SLICE: &[u8] = &PACKED;
        SLICE
    }};
}

/// A line may share at most this many bytes with the line before it (so that the byte that
/// starts a line, `1 + shared`, is a control character, which no list contains).
const MAX_SHARED: usize = 30;

/// The end of the line that starts at `start`, before its line break.
const fn line_end(text: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < text.len() && text[end] != b'\n' {
        end += 1;
    }
    end
}

/// How many bytes the lines `a` and `b` (`start..end` ranges of `text`) start with in common,
/// at most `MAX_SHARED`.
const fn shared_prefix(text: &[u8], a: (usize, usize), b: (usize, usize)) -> usize {
    let mut n = 0;
    while n < MAX_SHARED && a.0 + n < a.1 && b.0 + n < b.1 && text[a.0 + n] == text[b.0 + n] {
        n += 1;
    }
    n
}

/// Front-codes the lines of `text` that do not start with `#` (or, when `out` is empty,
/// only counts the bytes that takes): each line becomes the byte `1 + shared` and the line
/// after the first `shared` bytes it has in common with the line before it. Panics (at
/// compile time) on a control character in a line, which would read as a line start.
const fn pack_into(text: &str, out: &mut [u8]) -> usize {
    let text = text.as_bytes();
    let mut len = 0;
    let mut start = 0;
    let mut previous = (0, 0);
    while start < text.len() {
        let end = line_end(text, start);
        if text[start] != b'#' {
            let shared = shared_prefix(text, previous, (start, end));
            if !out.is_empty() {
                out[len] = 1 + shared as u8;
            }
            len += 1;
            let mut i = start + shared;
            while i < end {
                if text[i] < 0x20 {
                    panic!("a data list has a control character in a line");
                }
                if !out.is_empty() {
                    out[len] = text[i];
                }
                len += 1;
                i += 1;
            }
            previous = (start, end);
        }
        start = end + 1;
    }
    len
}

/// The length of `pack(text)`.
const fn packed_len(text: &str) -> usize {
    pack_into(text, &mut [])
}

/// `text` front-coded (`N` is `packed_len(text)`).
const fn pack<const N: usize>(text: &str) -> [u8; N] {
    let mut out = [0; N];
    pack_into(text, &mut out);
    out
}

/// The text of a `pack`ed list, each line followed by a line break: decoded once per list,
/// when its language is first used, and kept for the life of the program (as the `static`
/// text it replaces would be).
fn unpack(packed: &[u8]) -> &'static str {
    String::leak(unpack_owned(packed))
}

/// The text of a `pack`ed list, owned: for lists that are kept only in another form (months,
/// lowercased), so that the text is freed, not leaked where nothing refers to it.
fn unpack_owned(packed: &[u8]) -> String {
    let mut text: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut line_start = 0;
    for &byte in packed {
        if byte < 0x20 {
            if !text.is_empty() {
                text.push(b'\n');
            }
            let previous = line_start;
            line_start = text.len();
            text.extend_from_within(previous..previous + usize::from(byte - 1));
        } else {
            text.push(byte);
        }
    }
    if !text.is_empty() {
        text.push(b'\n');
    }
    // `pack` splits lines of valid UTF-8 only at byte positions and puts the bytes back.
    String::from_utf8(text).unwrap_or_default()
}

/// The raw files of one language, in a fixed order.
struct Files {
    abbreviations: &'static str,
    stopwords: &'static str,
    months: String,
    titles: &'static str,
    boilerplate: &'static str,
    ordinal_cues: &'static str,
    wordfreq: &'static str,
}

macro_rules! lang_files {
    ($code:literal, $ordinal_cues:expr) => {
        Files {
            abbreviations: unpack(list!(concat!("../data/", $code, "/abbreviations.txt"))),
            stopwords: unpack(list!(concat!("../data/", $code, "/stopwords.txt"))),
            months: unpack_owned(list!(concat!("../data/", $code, "/months.txt"))),
            titles: unpack(list!(concat!("../data/", $code, "/titles.txt"))),
            boilerplate: unpack(list!(concat!("../data/", $code, "/boilerplate.txt"))),
            ordinal_cues: unpack($ordinal_cues),
            wordfreq: unpack(list!(concat!("../data/", $code, "/wordfreq.txt"))),
        }
    };
}

fn files(lang: Lang) -> Files {
    match lang {
        Lang::De => lang_files!("de", list!("../data/de/ordinal_cues.txt")),
        Lang::En => lang_files!("en", &[]),
        Lang::Fr => lang_files!("fr", &[]),
        Lang::Es => lang_files!("es", &[]),
        Lang::It => lang_files!("it", &[]),
        Lang::Nl => lang_files!("nl", &[]),
        Lang::Pt => lang_files!("pt", &[]),
    }
}

/// The entries of a list file: one per line, `#` starts a comment line, blank lines skipped.
pub(crate) fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A group's Zipf frequency, written `d.d` (as `tools/check_data.py` requires).
///
/// Not `str::parse::<f32>`: the general float parser and its tables cost 14 KB of the gzipped
/// wasm bundle for 7 distinct values. Both parsers give the same `f32`: the tenths are a
/// whole number below 100 divided by 10, and IEEE division rounds correctly, as `parse` does.
fn parse_zipf(value: &str) -> Option<f32> {
    match value.as_bytes() {
        &[whole @ b'0'..=b'9', b'.', tenth @ b'0'..=b'9'] => {
            Some(f32::from((whole - b'0') * 10 + (tenth - b'0')) / 10.0)
        }
        _ => None,
    }
}

/// Parses a frequency table: `= z` lines start a group of words with Zipf frequency `z`.
fn parse_zipf_groups(file: &'static str) -> HashMap<&'static str, f32> {
    let mut table = HashMap::default();
    let mut zipf = None;
    for line in entries(file) {
        match line.strip_prefix("= ") {
            Some(value) => zipf = parse_zipf(value),
            None => {
                if let Some(z) = zipf {
                    table.insert(line, z);
                }
            }
        }
    }
    table
}

/// The entries of a list file, lowercase. The lowercase text is kept for the life of the
/// program, as the list's own text is: every set of the data then holds `&'static str`, and
/// the wasm bundle one hash set type less (its code was 1 KB of the gzipped bundle).
fn lowercase_entries(file: &str) -> HashSet<&'static str> {
    let mut lower = String::new();
    for entry in entries(file) {
        entry.chars().for_each(|c| push_lowercase(&mut lower, c));
        lower.push('\n');
    }
    String::leak(lower).split_terminator('\n').collect()
}

/// Whether a list entry is one word, without spaces or punctuation ("teilen", not "foto:").
fn bare_word(entry: &str) -> bool {
    entry.chars().all(char::is_alphanumeric)
}

impl LangData {
    fn parse(files: Files) -> LangData {
        let abbreviations: HashSet<&'static str> = entries(files.abbreviations).collect();
        let abbreviations_lower = lowercase_entries(files.abbreviations);
        let zipf = parse_zipf_groups(files.wordfreq);
        LangData {
            abbreviations,
            abbreviations_lower,
            stopwords: entries(files.stopwords).collect(),
            months: lowercase_entries(&files.months),
            titles: entries(files.titles).collect(),
            boilerplate: PhraseSet::new(entries(files.boilerplate).filter(|p| !bare_word(p))),
            long_boilerplate: PhraseSet::new(
                entries(files.boilerplate).filter(|p| p.len() > LONG_BOILERPLATE && !bare_word(p)),
            ),
            boilerplate_words: PhraseSet::new(entries(files.boilerplate).filter(|p| bare_word(p))),
            ordinal_cues: entries(files.ordinal_cues).collect(),
            zipf,
        }
    }

    /// Whether `word` (the text before a period) is a listed abbreviation.
    pub(crate) fn is_abbreviation(&self, word: &str) -> bool {
        if self.abbreviations.contains(word) {
            return true;
        }
        // Lowercased on the stack where it can be: this runs for every distinct word.
        let mut buffer = [0u8; 32];
        match buffer.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(|l| self.abbreviations_lower.contains(l))
            }
            _ => self.abbreviations_lower.contains(lowercase(word).as_str()),
        }
    }

    /// Whether the lowercase `word` is a function word.
    pub(crate) fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// Whether `word` (any case) names a month.
    pub(crate) fn is_month(&self, word: &str) -> bool {
        self.months.contains(lowercase(word).as_str())
    }

    /// Whether `word` (as written, or capitalised) is a title or role cue.
    pub(crate) fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }

    /// Whether the lowercase `word` announces an ordinal number.
    pub(crate) fn is_ordinal_cue(&self, lower: &str) -> bool {
        self.ordinal_cues.contains(lower)
    }

    /// Background Zipf frequency of the lowercase `word`, if it is among the common words.
    pub(crate) fn zipf(&self, lower: &str) -> Option<f32> {
        self.zipf.get(lower).copied()
    }
}

impl GenericData {
    /// Whether the lowercase `word` starts a metadata line ("date", "quelle").
    pub(crate) fn is_metadata_key(&self, lower: &str) -> bool {
        self.metadata_keys.contains(lower)
    }

    /// Whether the lowercase `word` is a name particle ("von", "de").
    pub(crate) fn is_name_particle(&self, lower: &str) -> bool {
        self.name_particles.contains(lower)
    }

    /// Whether the lowercase `word` is a company's legal form ("inc", "gmbh").
    pub(crate) fn is_company_suffix(&self, lower: &str) -> bool {
        self.company_suffixes.contains(lower)
    }

    /// Whether an acronym names a place ("USA", "U.S.", "DDR"): ASCII letters compared
    /// without case and dots.
    pub(crate) fn is_place_acronym(&self, acronym: &str) -> bool {
        let mut key = [0u8; 8];
        let mut len = 0;
        for b in acronym.bytes().filter(|&b| b != b'.') {
            if len == key.len() || !b.is_ascii_alphabetic() {
                return false;
            }
            key[len] = b.to_ascii_lowercase();
            len += 1;
        }
        std::str::from_utf8(&key[..len]).is_ok_and(|k| self.place_acronyms.contains(k))
    }
}

/// The data of `lang`, parsed on first use.
pub(crate) fn lang_data(lang: Lang) -> &'static LangData {
    static CELLS: [OnceLock<LangData>; 7] = [const { OnceLock::new() }; 7];
    CELLS[lang.index()].get_or_init(|| LangData::parse(files(lang)))
}

/// Each word any language's frequency table knows, with its Zipf frequency in every language
/// (0 where that table does not know it): language detection looks a word up once instead of
/// once per language.
pub(crate) fn zipf_by_lang() -> &'static HashMap<&'static str, [f32; Lang::ALL.len()]> {
    static CELL: OnceLock<HashMap<&'static str, [f32; Lang::ALL.len()]>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut table: HashMap<&'static str, [f32; Lang::ALL.len()]> = HashMap::default();
        for lang in Lang::ALL {
            for (&word, &zipf) in &lang_data(lang).zipf {
                table.entry(word).or_default()[lang.index()] = zipf;
            }
        }
        table
    })
}

/// The language-independent lists, parsed on first use.
pub(crate) fn generic_data() -> &'static GenericData {
    static CELL: OnceLock<GenericData> = OnceLock::new();
    CELL.get_or_init(|| GenericData {
        metadata_keys: entries(unpack(list!("../data/generic/metadata_keys.txt"))).collect(),
        name_particles: entries(unpack(list!("../data/generic/name_particles.txt"))).collect(),
        company_suffixes: entries(unpack(list!("../data/generic/company_suffixes.txt"))).collect(),
        place_acronyms: entries(unpack(list!("../data/generic/place_acronyms.txt"))).collect(),
    })
}

/// Lists for entity detection (see `tools/gen_de_names.py` and `data/SOURCES.md`); empty
/// for languages that have none.
pub(crate) struct EntityData {
    /// Lowercase common nouns that end many compounds ("zeit", "gruppe").
    pub(crate) noun_heads: HashSet<&'static str>,
    /// The length of the longest noun head in bytes: no longer suffix needs looking up.
    pub(crate) longest_noun_head: usize,
    /// Lowercase endings of common nouns ("ung", "keit").
    pub(crate) noun_endings: HashSet<&'static str>,
    /// Lowercase first names.
    pub(crate) first_names: HashSet<&'static str>,
    /// Lowercase frequent words that are only names ("deutschland", "london").
    pub(crate) frequent_names: HashSet<&'static str>,
    /// Lowercase weekday names, which are no entities.
    pub(crate) weekdays: HashSet<&'static str>,
    /// Currency names as written ("Euro"): names where the language's NER tags them.
    pub(crate) currencies: HashSet<&'static str>,
    /// Nationality, religion and language words as written ("Arab", "Sunni"): no entities.
    pub(crate) demonyms: HashSet<&'static str>,
    /// Lowercase interjections, greetings and sign-offs ("cheers", "fyi"): no entities.
    pub(crate) interjections: HashSet<&'static str>,
    /// Lowercase prepositions that make the name right after them a place ("in", "aus").
    pub(crate) place_prepositions: HashSet<&'static str>,
}

/// The entity lists of `lang`, parsed on first use.
pub(crate) fn entity_data(lang: Lang) -> &'static EntityData {
    static CELLS: [OnceLock<EntityData>; 7] = [const { OnceLock::new() }; 7];
    CELLS[lang.index()].get_or_init(|| {
        let (heads, endings, first, frequent, weekdays) = match lang {
            Lang::De => (
                unpack(list!("../data/de/noun_heads.txt")),
                unpack(list!("../data/de/noun_endings.txt")),
                unpack(list!("../data/de/first_names.txt")),
                unpack(list!("../data/de/frequent_names.txt")),
                String::new(),
            ),
            Lang::En => (
                "",
                "",
                unpack(list!("../data/en/first_names.txt")),
                unpack(list!("../data/en/frequent_names.txt")),
                unpack_owned(list!("../data/en/weekdays.txt")),
            ),
            _ => ("", "", "", "", String::new()),
        };
        let (currencies, place_prepositions) = match lang {
            Lang::De => (
                unpack(list!("../data/de/currencies.txt")),
                unpack(list!("../data/de/place_prepositions.txt")),
            ),
            Lang::En => ("", unpack(list!("../data/en/place_prepositions.txt"))),
            _ => ("", ""),
        };
        let (demonyms, interjections) = match lang {
            Lang::En => (
                unpack(list!("../data/en/demonyms.txt")),
                unpack(list!("../data/en/interjections.txt")),
            ),
            _ => ("", ""),
        };
        EntityData {
            noun_heads: entries(heads).collect(),
            longest_noun_head: entries(heads).map(str::len).max().unwrap_or(0),
            noun_endings: entries(endings).collect(),
            first_names: entries(first).collect(),
            frequent_names: entries(frequent).collect(),
            weekdays: lowercase_entries(&weekdays),
            currencies: entries(currencies).collect(),
            demonyms: entries(demonyms).collect(),
            interjections: entries(interjections).collect(),
            place_prepositions: entries(place_prepositions).collect(),
        }
    })
}

/// Parses every language's data now instead of on first use.
pub(crate) fn preload() {
    for lang in Lang::ALL {
        lang_data(lang);
    }
    generic_data();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zipf_parser_agrees_with_the_float_parser() {
        for whole in 0..10 {
            for tenth in 0..10 {
                let text = format!("{whole}.{tenth}");
                let parsed = parse_zipf(&text).map(f32::to_bits);
                assert_eq!(parsed, text.parse::<f32>().ok().map(f32::to_bits), "{text}");
            }
        }
        for text in ["", "7", "7.", ".5", "7.25", "10.0", "-1.0", "7,5"] {
            assert_eq!(parse_zipf(text), None, "{text:?}");
        }
    }

    /// `text` without its comment lines, each line followed by a line break.
    fn without_comments(text: &str) -> String {
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| format!("{line}\n"))
            .collect()
    }

    fn pack_at_run_time(text: &str) -> Vec<u8> {
        let mut packed = vec![0; packed_len(text)];
        assert_eq!(pack_into(text, &mut packed), packed.len());
        packed
    }

    #[test]
    fn comment_lines_are_dropped_and_nothing_else() {
        const PACKED: &[u8] = list!("../data/generic/name_particles.txt");
        let raw = include_str!("../data/generic/name_particles.txt");
        assert!(raw.starts_with('#') && !unpack(PACKED).contains('#'));
        assert_eq!(
            entries(unpack(PACKED)).collect::<Vec<_>>(),
            entries(raw).collect::<Vec<_>>()
        );
        const SAMPLE: &str = "# head\na\n#b\n #c\n\nd # e\n# tail";
        const SAMPLE_PACKED: [u8; packed_len(SAMPLE)] = pack(SAMPLE);
        assert_eq!(unpack(&SAMPLE_PACKED), "a\n #c\n\nd # e\n");
    }

    #[test]
    fn front_coding_gives_every_line_back() {
        const SAMPLE: &str = "abend\nabendessen\nabendlich\nabläufe\nabläufer\nablöse\nb\n\nb\nbb";
        const PACKED: [u8; packed_len(SAMPLE)] = pack(SAMPLE);
        assert_eq!(
            PACKED.as_slice(),
            b"\x01abend\x06essen\x06lich\x03l\xc3\xa4ufe\x09r\x05\xb6se\x01b\x01\x01b\x02b"
        );
        assert_eq!(unpack(&PACKED), format!("{SAMPLE}\n"));
        let long = format!("{0}x\n{0}y\n", "a".repeat(40));
        assert_eq!(unpack(&pack_at_run_time(&long)), long);
        assert_eq!(unpack(&[]), "");
    }

    #[test]
    fn every_data_file_packs_and_unpacks_to_its_lines() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut files = 0;
        for lang in std::fs::read_dir(&dir).unwrap() {
            let lang = lang.unwrap().path();
            if !lang.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&lang).unwrap() {
                let path = file.unwrap().path();
                let raw = std::fs::read_to_string(&path).unwrap();
                assert_eq!(
                    unpack(&pack_at_run_time(&raw)),
                    without_comments(&raw),
                    "{path:?}"
                );
                files += 1;
            }
        }
        assert!(files > 50, "{files}");
    }

    #[test]
    fn every_list_keeps_its_entries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        for lang in Lang::ALL {
            let f = files(lang);
            let lists = [
                ("abbreviations", f.abbreviations),
                ("stopwords", f.stopwords),
                ("months", f.months.as_str()),
                ("titles", f.titles),
                ("boilerplate", f.boilerplate),
                ("ordinal_cues", f.ordinal_cues),
                ("wordfreq", f.wordfreq),
            ];
            for (name, text) in lists {
                let path = dir.join(lang.code()).join(format!("{name}.txt"));
                let raw = std::fs::read_to_string(&path).unwrap_or_default();
                let raw: Vec<&str> = entries(&raw).collect();
                assert_eq!(entries(text).collect::<Vec<_>>(), raw, "{path:?}");
            }
        }
    }

    #[test]
    fn every_frequency_group_parses() {
        for lang in Lang::ALL {
            for line in entries(files(lang).wordfreq) {
                if let Some(value) = line.strip_prefix("= ") {
                    assert!(parse_zipf(value).is_some(), "{lang:?}: {line:?}");
                }
            }
        }
    }
}
