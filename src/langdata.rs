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
            abbreviations: include_str!(concat!("../data/", $code, "/abbreviations.txt")),
            stopwords: include_str!(concat!("../data/", $code, "/stopwords.txt")),
            months: include_str!(concat!("../data/", $code, "/months.txt")),
            titles: include_str!(concat!("../data/", $code, "/titles.txt")),
            boilerplate: include_str!(concat!("../data/", $code, "/boilerplate.txt")),
            ordinal_cues: $ordinal_cues,
            wordfreq: include_str!(concat!("../data/", $code, "/wordfreq.txt")),
        }
    };
}

fn files(lang: Lang) -> Files {
    match lang {
        Lang::De => lang_files!("de", include_str!("../data/de/ordinal_cues.txt")),
        Lang::En => lang_files!("en", ""),
        Lang::Fr => lang_files!("fr", ""),
        Lang::Es => lang_files!("es", ""),
        Lang::It => lang_files!("it", ""),
        Lang::Nl => lang_files!("nl", ""),
        Lang::Pt => lang_files!("pt", ""),
    }
}

/// The entries of a list file: one per line, `#` starts a comment line, blank lines skipped.
pub(crate) fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Parses a frequency table: `= z` lines start a group of words with Zipf frequency `z`.
fn parse_zipf_groups(file: &'static str) -> HashMap<&'static str, f32> {
    let mut table = HashMap::default();
    let mut zipf = None;
    for line in entries(file) {
        match line.strip_prefix("= ") {
            Some(value) => zipf = value.parse::<f32>().ok(),
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
        metadata_keys: entries(include_str!("../data/generic/metadata_keys.txt")).collect(),
        name_particles: entries(include_str!("../data/generic/name_particles.txt")).collect(),
        company_suffixes: entries(include_str!("../data/generic/company_suffixes.txt")).collect(),
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
                include_str!("../data/de/noun_heads.txt"),
                include_str!("../data/de/noun_endings.txt"),
                include_str!("../data/de/first_names.txt"),
                include_str!("../data/de/frequent_names.txt"),
                "",
            ),
            Lang::En => (
                "",
                "",
                include_str!("../data/en/first_names.txt"),
                include_str!("../data/en/frequent_names.txt"),
                include_str!("../data/en/weekdays.txt"),
            ),
            _ => ("", "", "", "", ""),
        };
        let currencies = match lang {
            Lang::De => include_str!("../data/de/currencies.txt"),
            _ => "",
        };
        let (demonyms, interjections) = match lang {
            Lang::En => (
                include_str!("../data/en/demonyms.txt"),
                include_str!("../data/en/interjections.txt"),
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
