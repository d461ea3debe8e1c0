//! Named entities and proper nouns, with all their mentions.
//!
//! German capitalises every noun, so a capital letter is no evidence by itself. A token counts
//! as part of a name on evidence that survives German capitalisation: an acronym ("OSZE"), a
//! hyphen part that is one ("US-Außenminister" names "US"), a word the language's common-word
//! table does not know and that does not look like a common noun, a capitalised adjective that
//! starts a multi-word name ("Vereinigten Staaten", "Südlicher Gaskorridor"), a word after a
//! title ("Präsident Ilham Aliyev"), and name particles inside a run ("von der Leyen"). In
//! languages that capitalise only names, a capital letter after the sentence start is enough.
//! Mentions of one entity are grouped by the stems of their last name word ("Aliyev", "Ilham
//! Aliyev", "Aserbaidschans").

use crate::analysis::Analysis;
use crate::lang::Lang;
use crate::langdata::generic_data;
use crate::summary::Span;
use crate::token::{Token, TokenKind};
use std::collections::HashMap;

/// What kind of thing an entity is, where the evidence says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntityKind {
    /// A person, named after a title or with a first name.
    Person,
    /// An acronym: mostly organisations ("OSZE", "EU").
    Organization,
    /// Anything else: places, products, events, laws.
    Other,
}

/// An entity with all its mentions.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Entity {
    /// Its fullest form in the text ("Ilham Aliyev").
    pub text: String,
    /// A type guess.
    pub kind: EntityKind,
    /// Every mention, in text order (bytes).
    pub mentions: Vec<Span>,
}

/// Suffixes of German common nouns; a capitalised word ending so is a noun, not a name.
const GERMAN_NOUN_SUFFIXES: &[&str] = &[
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "ität", "itäten", "ismus", "nis", "nisse", "tum", "ment", "ments", "ling", "linge", "chen",
    "lein", "ei", "ie", "ien", "ur", "enz", "anz", "ik", "sion", "sionen", "ierung", "werk",
];

pub(crate) struct Found {
    pub entities: Vec<Entity>,
    /// For each unit, the indices of the entities it mentions.
    pub unit_entities: Vec<Vec<usize>>,
}

pub(crate) fn find_entities(analysis: &Analysis, content: &[bool]) -> Found {
    let evidence = Evidence::new(analysis);
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut unit_entities = vec![Vec::new(); analysis.units.len()];
    for unit in 0..analysis.units.len() {
        if !content[unit] && analysis.units[unit].kind == crate::UnitKind::Metadata {
            continue;
        }
        for run in name_runs(analysis, &evidence, unit) {
            let tokens = &analysis.tokens.as_slice()[run.tokens.clone()];
            let (first, last) = (&tokens[0], &tokens[tokens.len() - 1]);
            let span = match run.part {
                Some(part) => part,
                None => Span::new(first.start, last.end),
            };
            let key = group_key(analysis, &run);
            let index = *groups.entry(key).or_insert_with(|| {
                entities.push(Entity {
                    text: String::new(),
                    kind: run.kind,
                    mentions: Vec::new(),
                });
                entities.len() - 1
            });
            let entity = &mut entities[index];
            let mention = span.text(analysis.text);
            if mention.chars().count() > entity.text.chars().count() {
                entity.text = mention.to_string();
            }
            if run.kind == EntityKind::Person {
                entity.kind = EntityKind::Person;
            }
            entity.mentions.push(span);
            if !unit_entities[unit].contains(&index) {
                unit_entities[unit].push(index);
            }
        }
    }
    Found {
        entities,
        unit_entities,
    }
}

/// A run of name tokens in one unit.
struct Run {
    tokens: std::ops::Range<usize>,
    /// For a name inside a hyphen compound ("US" of "US-Außenminister"), its span.
    part: Option<Span>,
    kind: EntityKind,
}

/// Mentions of one entity share the stem of their last word.
fn group_key(analysis: &Analysis, run: &Run) -> String {
    if let Some(part) = run.part {
        return crate::token::normalize(part.text(analysis.text));
    }
    let last = run.tokens.end - 1;
    match analysis.token_terms(last).last() {
        Some(&term) => analysis.terms[term as usize].stem.clone(),
        None => analysis
            .tokens
            .norm(&analysis.tokens.as_slice()[last])
            .to_string(),
    }
}

/// Text-wide evidence: which forms ever appear lowercase.
struct Evidence {
    lowercase_forms: std::collections::HashSet<String>,
    german: bool,
}

impl Evidence {
    fn new(analysis: &Analysis) -> Evidence {
        let lowercase_forms = analysis
            .tokens
            .as_slice()
            .iter()
            .filter(|t| t.kind == TokenKind::Word && starts_lowercase(analysis.token_text(t)))
            .map(|t| analysis.tokens.norm(t).to_string())
            .collect();
        Evidence {
            lowercase_forms,
            german: analysis.lang == Some(Lang::De),
        }
    }
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word.chars().count() <= 8
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// How a capitalised token relates to names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// Part of a name.
    Name,
    /// A title or role cue ("Präsident"): not in the span, but the next name is a person.
    Title,
    /// A capitalised word that may only join a name run started by stronger evidence
    /// (German adjectives and nouns inside "Vereinigten Staaten", "Republik Aserbaidschan").
    Weak,
    /// Not a name.
    None,
}

fn role(analysis: &Analysis, evidence: &Evidence, token: &Token, sentence_start: bool) -> Role {
    let surface = analysis.token_text(token);
    if token.kind != TokenKind::Word || !starts_uppercase(surface) {
        return Role::None;
    }
    let norm = analysis.tokens.norm(token);
    let data = analysis.data;
    if data.is_some_and(|d| d.is_title(surface) || d.is_title(surface.trim_end_matches('n'))) {
        return Role::Title;
    }
    if data.is_some_and(|d| d.is_stopword(norm)) {
        return Role::None;
    }
    if is_acronym(surface) {
        return Role::Name;
    }
    if evidence.lowercase_forms.contains(norm) {
        return Role::None;
    }
    let zipf = data.and_then(|d| d.zipf(norm));
    if evidence.german {
        let noun_like = GERMAN_NOUN_SUFFIXES.iter().any(|s| norm.ends_with(s)) || token.compound;
        return match (zipf, noun_like) {
            (None, false) => Role::Name,
            _ => Role::Weak,
        };
    }
    if !sentence_start {
        return Role::Name;
    }
    match zipf {
        Some(z) if z > 3.5 => Role::None,
        _ => Role::Weak,
    }
}

/// The name runs of a unit: maximal sequences of capitalised tokens (with particles inside)
/// holding at least one token of strong evidence.
fn name_runs(analysis: &Analysis, evidence: &Evidence, unit: usize) -> Vec<Run> {
    let range = analysis.unit_tokens[unit].clone();
    let tokens = analysis.tokens.as_slice();
    let particles = generic_data();
    let mut runs = Vec::new();
    let mut i = range.start;
    let mut after_title = false;
    while i < range.end {
        let token = &tokens[i];
        // A name inside a hyphen compound: "US-Außenminister", "EU-Kommission".
        if token.compound {
            let surface = analysis.token_text(token);
            let mut offset = token.start;
            for part in surface.split('-') {
                if is_acronym(part) {
                    runs.push(Run {
                        tokens: i..i + 1,
                        part: Some(Span::new(offset, offset + part.len())),
                        kind: EntityKind::Organization,
                    });
                }
                offset += part.len() + 1;
            }
        }
        let r = role(analysis, evidence, token, i == range.start);
        if r == Role::Title {
            after_title = true;
            i += 1;
            continue;
        }
        if r == Role::None {
            after_title = false;
            i += 1;
            continue;
        }
        // Extend the run over capitalised tokens and particles between them.
        let start = i;
        let mut end = i + 1;
        let mut strong = r == Role::Name || after_title;
        let mut j = i + 1;
        while j < range.end {
            if !adjacent(analysis.text, &tokens[j - 1], &tokens[j]) {
                break;
            }
            let next = role(analysis, evidence, &tokens[j], false);
            if matches!(next, Role::Name | Role::Weak) {
                strong |= next == Role::Name;
                end = j + 1;
                j += 1;
            } else if particles.is_name_particle(analysis.tokens.norm(&tokens[j]))
                && starts_lowercase(analysis.token_text(&tokens[j]))
            {
                j += 1;
            } else {
                break;
            }
        }
        let multi_word = end - start >= 2;
        if strong
            || (multi_word && evidence.german && capitalised_adjective(analysis, &tokens[start]))
        {
            let acronym_only = end - start == 1 && is_acronym(analysis.token_text(&tokens[start]));
            runs.push(Run {
                tokens: start..end,
                part: None,
                kind: if after_title {
                    EntityKind::Person
                } else if acronym_only {
                    EntityKind::Organization
                } else {
                    EntityKind::Other
                },
            });
        }
        after_title = false;
        i = end;
    }
    runs
}

/// A German adjective written with a capital letter mid-sentence starts a name
/// ("Vereinigten Staaten", "Südlicher Gaskorridor").
fn capitalised_adjective(analysis: &Analysis, token: &Token) -> bool {
    let norm = analysis.tokens.norm(token);
    ["er", "en", "es", "em", "e"]
        .iter()
        .any(|ending| norm.ends_with(ending))
        && !GERMAN_NOUN_SUFFIXES.iter().any(|s| norm.ends_with(s))
        && analysis.data.is_some_and(|d| d.zipf(norm).is_some())
}

/// Whether only spaces separate two tokens (no punctuation, no line break).
fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    text[a.end..b.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}
