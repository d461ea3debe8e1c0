//! The shared analysis of one text: units, tokens and content terms, computed once and read
//! by entities, keywords and scoring.

use crate::hash::{FastMap as HashMap, FxHasher};
use crate::lang::Lang;
use crate::langdata::{lang_data, LangData};
use crate::segment::{segment, Unit};
use crate::stem::Stemmer;
use crate::token::{Token, TokenKind, Tokens};
use std::hash::Hasher;
use std::ops::Range;

/// A content term: the stem shared by inflected forms ("aserbaidschan", "aserbaidschans").
#[derive(Clone, Debug)]
pub(crate) struct Term<'t> {
    /// Where its stem, the term's identity, is in `Analysis::stems`.
    stem: (u32, u32),
    /// Background Zipf frequency of its first form, if the language's table knows it.
    pub zipf: Option<f32>,
    /// The first form seen, as written ("Aserbaidschan"), for display.
    pub surface: &'t str,
}

/// The stems of the terms, all in one string, each looked up by its hash: one allocation
/// for all instead of two strings per term (which were most of a summary's allocations).
struct Stems {
    text: String,
    /// The last term whose stem has this hash.
    last_with_hash: HashMap<u64, u32>,
    /// For each term, the term before it with the same hash (`NONE`: none).
    previous_with_hash: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Stems {
    fn with_capacity(terms: usize) -> Stems {
        Stems {
            text: String::with_capacity(terms * 8),
            last_with_hash: HashMap::with_capacity_and_hasher(terms, Default::default()),
            previous_with_hash: Vec::with_capacity(terms),
        }
    }

    fn hash(stem: &str) -> u64 {
        let mut hasher = FxHasher::default();
        hasher.write(stem.as_bytes());
        hasher.finish()
    }

    /// The term with `stem` among `terms`, if there is one.
    fn find(&self, stem: &str, hash: u64, terms: &[Term]) -> Option<u32> {
        let mut at = self.last_with_hash.get(&hash).copied().unwrap_or(NONE);
        while at != NONE {
            let (start, end) = terms[at as usize].stem;
            if &self.text[start as usize..end as usize] == stem {
                return Some(at);
            }
            at = self.previous_with_hash[at as usize];
        }
        None
    }

    /// Stores `stem` for the new term `id` and gives its place in `text`.
    fn add(&mut self, stem: &str, hash: u64, id: u32) -> (u32, u32) {
        let start = self.text.len() as u32;
        self.text.push_str(stem);
        let previous = self.last_with_hash.insert(hash, id).unwrap_or(NONE);
        self.previous_with_hash.push(previous);
        (start, self.text.len() as u32)
    }
}

pub(crate) struct Analysis<'t> {
    pub text: &'t str,
    pub lang: Option<Lang>,
    pub data: Option<&'static LangData>,
    pub units: Vec<Unit>,
    pub tokens: Tokens,
    /// For each unit, the range of its tokens.
    pub unit_tokens: Vec<Range<usize>>,
    /// For each token, its form: an id shared by every token with the same normalised text.
    /// Later stages count and cache per form in vectors instead of hashing strings per token.
    pub token_forms: Vec<u32>,
    /// For each form, the first token that has it.
    form_tokens: Vec<u32>,
    /// For each form, where its content terms end in `form_terms` (they start where the
    /// previous form's end; a compound has one per part).
    form_term_ends: Vec<u32>,
    form_terms: Vec<u32>,
    pub terms: Vec<Term<'t>>,
    /// The terms' stems (see `Term::stem`).
    stems: String,
}

impl<'t> Analysis<'t> {
    /// The analysis of `text`, whose `tokens` are given (`summarize` needs them earlier,
    /// for language detection).
    pub fn new(text: &'t str, lang: Option<Lang>, tokens: Tokens) -> Analysis<'t> {
        let data = lang.map(lang_data);
        let units = segment(text, lang);
        let unit_tokens = assign_tokens(&units, tokens.as_slice());
        let mut stemmer = Stemmer::new(lang);
        // A text repeats its words: each distinct form is looked at once, and each distinct
        // compound part (None: not a content word) stemmed once. A news article has about
        // half as many forms as tokens; sized so, the maps do not grow and rehash again and
        // again (3% of the work on a 1,000-word article). Longer texts repeat more, and the
        // cap keeps the reservation small there.
        let expected_forms = (tokens.len() / 2).min(1 << 14);
        let mut stems = Stems::with_capacity(expected_forms);
        let mut form_ids: HashMap<&str, u32> =
            HashMap::with_capacity_and_hasher(expected_forms, Default::default());
        let mut part_terms: HashMap<&str, Option<u32>> =
            HashMap::with_capacity_and_hasher(expected_forms, Default::default());
        let mut terms: Vec<Term> = Vec::new();
        let mut token_forms = Vec::with_capacity(tokens.len());
        let mut form_tokens = Vec::new();
        let mut form_term_ends = Vec::new();
        let mut form_terms = Vec::new();
        for (index, token) in tokens.as_slice().iter().enumerate() {
            let norm = tokens.norm(token);
            if let Some(&form) = form_ids.get(norm) {
                token_forms.push(form);
                continue;
            }
            let form = form_tokens.len() as u32;
            form_ids.insert(norm, form);
            form_tokens.push(index as u32);
            if token.kind() == TokenKind::Word {
                let surfaces = text[token.start()..token.end()]
                    .split(['-', '‐', '‑'])
                    .filter(|part| !part.is_empty());
                for (part, surface) in tokens.parts(token).zip(surfaces) {
                    if let Some(&known) = part_terms.get(part) {
                        form_terms.extend(known);
                        continue;
                    }
                    if !is_content(part, data) {
                        part_terms.insert(part, None);
                        continue;
                    }
                    let stem = stemmer.stem(part);
                    let hash = Stems::hash(stem);
                    let id = match stems.find(stem, hash, &terms) {
                        Some(id) => id,
                        None => {
                            let id = terms.len() as u32;
                            terms.push(Term {
                                stem: stems.add(stem, hash, id),
                                zipf: data.and_then(|d| d.zipf(part)),
                                surface,
                            });
                            id
                        }
                    };
                    part_terms.insert(part, Some(id));
                    form_terms.push(id);
                }
            }
            form_term_ends.push(form_terms.len() as u32);
            token_forms.push(form);
        }
        drop((form_ids, part_terms));
        Analysis {
            text,
            lang,
            data,
            units,
            tokens,
            unit_tokens,
            token_forms,
            form_tokens,
            form_term_ends,
            form_terms,
            terms,
            stems: stems.text,
        }
    }

    /// The stem of term `term`.
    pub fn term_stem(&self, term: usize) -> &str {
        let (start, end) = self.terms[term].stem;
        &self.stems[start as usize..end as usize]
    }

    /// The number of distinct forms.
    pub fn form_count(&self) -> usize {
        self.form_tokens.len()
    }

    /// The normalised text of form `form`.
    pub fn form_norm(&self, form: usize) -> &str {
        let token = &self.tokens.as_slice()[self.form_tokens[form] as usize];
        self.tokens.norm(token)
    }

    /// The content terms of token `index`.
    pub fn token_terms(&self, index: usize) -> &[u32] {
        let form = self.token_forms[index] as usize;
        let start = form.checked_sub(1).map_or(0, |f| self.form_term_ends[f]);
        &self.form_terms[start as usize..self.form_term_ends[form] as usize]
    }

    /// The content terms of unit `unit`, in order, with repeats.
    pub fn unit_terms(&self, unit: usize) -> impl Iterator<Item = u32> + '_ {
        self.unit_tokens[unit]
            .clone()
            .flat_map(move |t| self.token_terms(t).iter().copied())
    }

    /// The tokens of unit `unit`.
    pub fn unit_token_slice(&self, unit: usize) -> &[Token] {
        &self.tokens.as_slice()[self.unit_tokens[unit].clone()]
    }

    /// The original text of a token.
    pub fn token_text(&self, token: &Token) -> &'t str {
        &self.text[token.start()..token.end()]
    }
}

/// Whether a normalised word part carries content (not a function word, not a single letter).
fn is_content(part: &str, data: Option<&LangData>) -> bool {
    let mut chars = part.chars();
    let long_enough = chars.next().is_some() && chars.next().is_some();
    long_enough
        && part.chars().any(char::is_alphabetic)
        && !data.is_some_and(|d| d.is_stopword(part))
}

/// The tokens inside each unit (tokens between units belong to none).
fn assign_tokens(units: &[Unit], tokens: &[Token]) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(units.len());
    let mut t = 0;
    for unit in units {
        while t < tokens.len() && tokens[t].start() < unit.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end() <= unit.end {
            t += 1;
        }
        ranges.push(first..t);
    }
    ranges
}
