//! Language knowledge as data: plain lists in `data/<lang>/*.txt`, embedded at compile time and
//! parsed once on first use. One algorithm, many data rows: code never spells out a word list.

use crate::hash::{FastMap as HashMap, FastSet as HashSet};
use crate::lang::Lang;
use crate::phrases::PhraseSet;
use std::sync::OnceLock;

/// Everything Kernsatz knows about one language.
pub(crate) struct LangData {
    /// Text before a final period that does not end a sentence even before a capital letter.
    abbreviations: HashSet<&'static str>,
    abbreviations_lower: HashSet<String>,
    /// Function words, lowercase.
    stopwords: HashSet<&'static str>,
    /// Month names and abbreviations, lowercase.
    months: HashSet<String>,
    /// Title and role words that precede a person's name ("Präsident", "Mr").
    titles: HashSet<&'static str>,
    /// Lowercase phrases that mark a line as boilerplate ("lesen sie auch").
    pub(crate) boilerplate: PhraseSet,
    /// Those of them longer than `LONG_BOILERPLATE` bytes, which mark long lines too.
    pub(crate) long_boilerplate: PhraseSet,
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
}

/// Boilerplate phrases longer than this (in bytes) mark a line of any length; shorter ones
/// only short lines ("comments" inside a long sentence is content).
pub(crate) const LONG_BOILERPLATE: usize = 12;

/// `include_str!` of a list without its comment lines, dropped at compile time: the header
/// comments that say where each list comes from are 10 KB that the wasm bundle need not carry.
/// `entries` skips comment lines anyway, so a list's entries are the same.
macro_rules! list {
    ($path:expr) => {{
        const RAW: &str = include_str!($path);
        const BYTES: [u8; without_comments_len(RAW)] = without_comments(RAW);
        const SLICE: &[u8] = &BYTES;
        const TEXT: &str = match std::str::from_utf8(SLICE) {
            Ok(text) => text,
            Err(_) => panic!("a data list is not UTF-8 once its comment lines are dropped"),
        };
        TEXT
    }};
}

/// The end of the line that starts at `start`, after its line break if it has one.
const fn line_end(text: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < text.len() && text[end] != b'\n' {
        end += 1;
    }
    if end < text.len() {
        end + 1
    } else {
        end
    }
}

/// The length of `text` without its lines that start with `#`.
const fn without_comments_len(text: &str) -> usize {
    let text = text.as_bytes();
    let mut len = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        if text[start] != b'#' {
            len += end - start;
        }
        start = end;
    }
    len
}

/// `text` without its lines that start with `#` (`N` is `without_comments_len(text)`).
const fn without_comments<const N: usize>(text: &str) -> [u8; N] {
    let text = text.as_bytes();
    let mut out = [0; N];
    let mut len = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        if text[start] != b'#' {
            while start < end {
                out[len] = text[start];
                len += 1;
                start += 1;
            }
        }
        start = end;
    }
    out
}

/// The raw files of one language, in a fixed order.
struct Files {
    abbreviations: &'static str,
    stopwords: &'static str,
    months: &'static str,
    titles: &'static str,
    boilerplate: &'static str,
    ordinal_cues: &'static str,
    wordfreq: &'static str,
}

macro_rules! lang_files {
    ($code:literal, $ordinal_cues:expr) => {
        Files {
            abbreviations: list!(concat!("../data/", $code, "/abbreviations.txt")),
            stopwords: list!(concat!("../data/", $code, "/stopwords.txt")),
            months: list!(concat!("../data/", $code, "/months.txt")),
            titles: list!(concat!("../data/", $code, "/titles.txt")),
            boilerplate: list!(concat!("../data/", $code, "/boilerplate.txt")),
            ordinal_cues: $ordinal_cues,
            wordfreq: list!(concat!("../data/", $code, "/wordfreq.txt")),
        }
    };
}

fn files(lang: Lang) -> Files {
    match lang {
        Lang::De => lang_files!("de", list!("../data/de/ordinal_cues.txt")),
        Lang::En => lang_files!("en", ""),
        Lang::Fr => lang_files!("fr", ""),
        Lang::Es => lang_files!("es", ""),
        Lang::It => lang_files!("it", ""),
        Lang::Nl => lang_files!("nl", ""),
        Lang::Pt => lang_files!("pt", ""),
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

impl LangData {
    fn parse(files: Files) -> LangData {
        let abbreviations: HashSet<&'static str> = entries(files.abbreviations).collect();
        let abbreviations_lower = abbreviations.iter().map(|a| a.to_lowercase()).collect();
        let zipf = parse_zipf_groups(files.wordfreq);
        LangData {
            abbreviations,
            abbreviations_lower,
            stopwords: entries(files.stopwords).collect(),
            months: entries(files.months).map(str::to_lowercase).collect(),
            titles: entries(files.titles).collect(),
            boilerplate: PhraseSet::new(entries(files.boilerplate)),
            long_boilerplate: PhraseSet::new(
                entries(files.boilerplate).filter(|p| p.len() > LONG_BOILERPLATE),
            ),
            ordinal_cues: entries(files.ordinal_cues).collect(),
            zipf,
        }
    }

    /// Whether `word` (the text before a period) is a listed abbreviation.
    pub(crate) fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word) || self.abbreviations_lower.contains(&word.to_lowercase())
    }

    /// Whether the lowercase `word` is a function word.
    pub(crate) fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// Whether `word` (any case) names a month.
    pub(crate) fn is_month(&self, word: &str) -> bool {
        self.months.contains(&word.to_lowercase())
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
        metadata_keys: entries(list!("../data/generic/metadata_keys.txt")).collect(),
        name_particles: entries(list!("../data/generic/name_particles.txt")).collect(),
        company_suffixes: entries(list!("../data/generic/company_suffixes.txt")).collect(),
    })
}

/// Lists for entity detection (see `tools/gen_de_names.py` and `data/SOURCES.md`); empty
/// for languages that have none.
pub(crate) struct EntityData {
    /// Lowercase common nouns that end many compounds ("zeit", "gruppe").
    pub(crate) noun_heads: HashSet<&'static str>,
    /// Lowercase endings of common nouns ("ung", "keit").
    pub(crate) noun_endings: HashSet<&'static str>,
    /// Lowercase first names.
    pub(crate) first_names: HashSet<&'static str>,
    /// Lowercase frequent words that are only names ("deutschland", "london").
    pub(crate) frequent_names: HashSet<&'static str>,
    /// Lowercase weekday names, which are no entities.
    pub(crate) weekdays: HashSet<String>,
    /// Currency names as written ("Euro"): names where the language's NER tags them.
    pub(crate) currencies: HashSet<&'static str>,
    /// Nationality, religion and language words as written ("Arab", "Sunni"): no entities.
    pub(crate) demonyms: HashSet<&'static str>,
    /// Lowercase interjections, greetings and sign-offs ("cheers", "fyi"): no entities.
    pub(crate) interjections: HashSet<&'static str>,
}

/// The entity lists of `lang`, parsed on first use.
pub(crate) fn entity_data(lang: Lang) -> &'static EntityData {
    static CELLS: [OnceLock<EntityData>; 7] = [const { OnceLock::new() }; 7];
    CELLS[lang.index()].get_or_init(|| {
        let (heads, endings, first, frequent, weekdays) = match lang {
            Lang::De => (
                list!("../data/de/noun_heads.txt"),
                list!("../data/de/noun_endings.txt"),
                list!("../data/de/first_names.txt"),
                list!("../data/de/frequent_names.txt"),
                "",
            ),
            Lang::En => (
                "",
                "",
                list!("../data/en/first_names.txt"),
                list!("../data/en/frequent_names.txt"),
                list!("../data/en/weekdays.txt"),
            ),
            _ => ("", "", "", "", ""),
        };
        let currencies = match lang {
            Lang::De => list!("../data/de/currencies.txt"),
            _ => "",
        };
        let (demonyms, interjections) = match lang {
            Lang::En => (
                list!("../data/en/demonyms.txt"),
                list!("../data/en/interjections.txt"),
            ),
            _ => ("", ""),
        };
        EntityData {
            noun_heads: entries(heads).collect(),
            noun_endings: entries(endings).collect(),
            first_names: entries(first).collect(),
            frequent_names: entries(frequent).collect(),
            weekdays: entries(weekdays).map(str::to_lowercase).collect(),
            currencies: entries(currencies).collect(),
            demonyms: entries(demonyms).collect(),
            interjections: entries(interjections).collect(),
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

    #[test]
    fn comment_lines_are_dropped_and_nothing_else() {
        const TEXT: &str = list!("../data/generic/name_particles.txt");
        let raw = include_str!("../data/generic/name_particles.txt");
        assert!(raw.starts_with('#') && !TEXT.contains('#'));
        assert_eq!(
            entries(TEXT).collect::<Vec<_>>(),
            entries(raw).collect::<Vec<_>>()
        );
        const SAMPLE: &str = "# head\na\n#b\n #c\n\nd # e\n# tail";
        const STRIPPED: [u8; without_comments_len(SAMPLE)] = without_comments(SAMPLE);
        assert_eq!(&STRIPPED, b"a\n #c\n\nd # e\n");
    }

    #[test]
    fn every_list_keeps_its_entries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        for lang in Lang::ALL {
            let f = files(lang);
            let lists = [
                ("abbreviations", f.abbreviations),
                ("stopwords", f.stopwords),
                ("months", f.months),
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
