//! Named entities and proper nouns, with all their mentions.
//!
//! German capitalises every noun, so a capital letter is no evidence by itself. A token counts
//! as part of a name on evidence that survives German capitalisation: an acronym ("OSZE"), a
//! hyphen part that is one ("US-Außenminister" names "US"), a first name, a word that is
//! frequent only as a name ("Deutschland"), a capitalised word that neither the common-word
//! table, nor a common-noun compound head ("Arbeits|zeit"), nor a common-noun ending ("-ung")
//! explains, a capitalised adjective that starts a multi-word name ("Vereinigten Staaten",
//! "Südlicher Gaskorridor"), a word after a title ("Präsident Ilham Aliyev"), and name
//! particles between name words ("von der Leyen"). Capitalised common nouns may sit inside a
//! name but are trimmed from its edges. In languages that capitalise only names, a capital
//! letter after the sentence start is enough; a sentence's first word counts when the text
//! also writes it capitalised elsewhere or the common-word table does not know it.
//! Mentions of one entity are grouped by the stems of their last name word ("Aliyev", "Ilham
//! Aliyev", "Aserbaidschans").

use crate::analysis::Analysis;
use crate::lang::Lang;
use crate::langdata::{entity_data, generic_data, EntityData, LangData};
use crate::summary::Span;
use crate::token::{Token, TokenKind};
use std::collections::{HashMap, HashSet};

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
    /// Its most frequent form, inflected forms counting for their base; on a tie the one of
    /// more words, then the shorter ("Ilham Aliyev", "Aserbaidschan").
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
    "lein", "enz", "anz", "sion", "sionen", "ierung", "werk",
];

/// Inflection endings of German nouns and adjectives, tried when looking a word up.
const GERMAN_ENDINGS: &[&str] = &["n", "en", "e", "s", "es", "er", "ern", "nen", "em"];

/// German articles: inside a name only after another particle ("von der Leyen").
const GERMAN_ARTICLES: &[&str] = &["der", "des", "den", "die", "dem", "das"];

/// Endings of German adjectives derived with a suffix ("südlich", "europäisch").
const GERMAN_ADJECTIVE_STEMS: &[&str] = &["lich", "isch", "ig", "igt", "bar", "sam", "haft", "los"];

/// In languages that capitalise only names, a capitalised word this frequent (Zipf) is a
/// common word in a heading or a greeting ("Thanks", "Great Job") unless a name holds it.
const COMMON_ZIPF: f32 = 5.0;

/// Entities with more distinct forms than this pick their text by plain counts.
const MAX_FORMS: usize = 16;

/// Words longer than this (bytes) are not looked up by their parts.
const MAX_LOOKUP: usize = 80;

pub(crate) struct Found {
    pub entities: Vec<Entity>,
    /// For each unit, the indices of the entities it mentions.
    pub unit_entities: Vec<Vec<usize>>,
}

pub(crate) fn find_entities(analysis: &Analysis, content: &[bool]) -> Found {
    let ctx = Context::new(analysis);
    let mut unit_runs: Vec<Vec<Run>> = Vec::with_capacity(analysis.units.len());
    for unit in 0..analysis.units.len() {
        let skip = !content.get(unit).copied().unwrap_or(true)
            && analysis.units[unit].kind == crate::UnitKind::Metadata;
        unit_runs.push(if skip {
            Vec::new()
        } else {
            name_runs(&ctx, unit)
        });
    }
    // Person names seen on their own ("Ilham Aliyev") split longer runs that end in them
    // ("Aserbaidschan Ilham Aliyev").
    let persons: HashSet<&str> = unit_runs
        .iter()
        .flatten()
        .filter(|r| r.kind == EntityKind::Person && r.tokens.len() >= 2)
        .map(|r| r.span.text(analysis.text))
        .collect();
    let mut person_lengths: Vec<usize> = persons.iter().map(|p| p.len()).collect();
    person_lengths.sort_unstable();
    person_lengths.dedup();
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut forms: Vec<HashMap<&str, usize>> = Vec::new();
    let mut unit_entities = vec![Vec::new(); analysis.units.len()];
    // The last unit each entity was listed for: a linear `contains` on the unit's list made
    // a sentence naming thousands of entities quadratic.
    let mut listed_in: Vec<usize> = Vec::new();
    for (unit, runs) in unit_runs.iter().enumerate() {
        for whole in runs {
            for run in split_known_person(&ctx, whole, &persons, &person_lengths) {
                let key = group_key(analysis, &run);
                let index = *groups.entry(key).or_insert_with(|| {
                    entities.push(Entity {
                        text: String::new(),
                        kind: run.kind,
                        mentions: Vec::new(),
                    });
                    forms.push(HashMap::new());
                    listed_in.push(usize::MAX);
                    entities.len() - 1
                });
                let mention = run.span.text(analysis.text);
                *forms[index].entry(mention).or_insert(0) += 1;
                let entity = &mut entities[index];
                if run.kind == EntityKind::Person {
                    entity.kind = EntityKind::Person;
                }
                entity.mentions.push(run.span);
                if listed_in[index] != unit {
                    listed_in[index] = unit;
                    unit_entities[unit].push(index);
                }
            }
        }
    }
    for (entity, forms) in entities.iter_mut().zip(&forms) {
        // An inflected form ("Aserbaidschans") counts for its base form ("Aserbaidschan").
        let support = |text: &str, count: usize| {
            if forms.len() > MAX_FORMS {
                return count;
            }
            forms
                .iter()
                .filter(|(other, _)| {
                    other.len() > text.len()
                        && other.starts_with(text)
                        && other.get(text.len()..).is_some_and(|rest| {
                            rest.chars().count() <= 2 && rest.chars().all(char::is_lowercase)
                        })
                })
                .map(|(_, &c)| c)
                .sum::<usize>()
                + count
        };
        let best = forms.iter().max_by_key(|(text, &count)| {
            let words = text.split_whitespace().count().min(2);
            (
                support(text, count),
                words,
                std::cmp::Reverse(text.chars().count()),
                *text,
            )
        });
        if let Some((text, _)) = best {
            entity.text = text.to_string();
        }
        entity.mentions.sort_by_key(|m| (m.start, m.end));
    }
    Found {
        entities,
        unit_entities,
    }
}

/// A name: its tokens, its span and a type guess.
#[derive(Clone)]
struct Run {
    tokens: std::ops::Range<usize>,
    span: Span,
    /// A name inside a hyphen compound ("US" of "US-Außenminister").
    part: bool,
    kind: EntityKind,
}

/// Splits a run that ends in a person name seen alone elsewhere.
fn split_known_person(
    ctx: &Context,
    run: &Run,
    persons: &HashSet<&str>,
    person_lengths: &[usize],
) -> Vec<Run> {
    let n = run.tokens.len();
    if run.part || n < 3 || persons.is_empty() {
        return vec![run.clone()];
    }
    for k in run.tokens.start + 1..run.tokens.end - 1 {
        let (Some(first), Some(before)) = (ctx.tokens.get(k), ctx.tokens.get(k - 1)) else {
            continue;
        };
        let tail = Span::new(first.start, run.span.end);
        // Compare lengths before hashing: hashing every tail of a long run (a headline of
        // thousands of capitalised words) was quadratic in the run.
        if person_lengths
            .binary_search(&(tail.end - tail.start))
            .is_ok()
            && persons.contains(tail.text(ctx.analysis.text))
        {
            let mut out = Vec::new();
            if ctx.role(k - 1) != Role::Particle {
                out.push(Run {
                    tokens: run.tokens.start..k,
                    span: Span::new(run.span.start, before.end),
                    part: false,
                    kind: EntityKind::Other,
                });
            }
            out.push(Run {
                tokens: k..run.tokens.end,
                span: tail,
                part: false,
                kind: EntityKind::Person,
            });
            return out;
        }
    }
    vec![run.clone()]
}

/// Mentions of one entity share the stem of their last word.
fn group_key(analysis: &Analysis, run: &Run) -> String {
    if run.part {
        return crate::token::normalize(run.span.text(analysis.text));
    }
    let last = run.tokens.end.saturating_sub(1);
    match analysis.token_terms(last).last() {
        Some(&term) => analysis.terms[term as usize].stem.clone(),
        None => crate::token::normalize(run.span.text(analysis.text)),
    }
}

/// Everything the rules read: the analysis, the lists and text-wide evidence.
struct Context<'a, 't> {
    analysis: &'a Analysis<'t>,
    tokens: &'a [Token],
    data: Option<&'static LangData>,
    lists: Option<&'static EntityData>,
    german: bool,
    /// Forms the text writes lowercase somewhere.
    lowercase_forms: HashSet<&'a str>,
    /// Forms the text writes capitalised after a sentence start.
    capitalised_inside: HashSet<&'a str>,
    /// Whether each token starts its unit.
    sentence_start: Vec<bool>,
    /// Each token's role, computed once.
    roles: Vec<Role>,
}

/// How a token relates to names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// Part of a name.
    Name,
    /// A first name: part of a name, and the name is a person's.
    First,
    /// A sentence's first word that may be a name: kept only inside a longer name.
    Initial,
    /// A German capitalised adjective: starts a multi-word name.
    Adjective,
    /// A capitalised common word: inside names only, never at their edges.
    Common,
    /// A title or role cue ("Präsident"): not in the span, but the next name is a person.
    Title,
    /// A lowercase name particle ("von", "de").
    Particle,
    /// Not a name.
    None,
}

impl<'a, 't> Context<'a, 't> {
    fn new(analysis: &'a Analysis<'t>) -> Context<'a, 't> {
        let tokens = analysis.tokens.as_slice();
        let mut sentence_start = vec![false; tokens.len()];
        for range in &analysis.unit_tokens {
            if let Some(s) = sentence_start.get_mut(range.start) {
                *s = range.end > range.start;
            }
        }
        let mut lowercase_forms = HashSet::new();
        let mut capitalised_inside = HashSet::new();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let surface = analysis.token_text(t);
            if starts_lowercase(surface) {
                lowercase_forms.insert(analysis.tokens.norm(t));
            } else if !sentence_start[i] && !after_opening_quote(analysis.text, t) {
                capitalised_inside.insert(analysis.tokens.norm(t));
            }
        }
        let mut ctx = Context {
            analysis,
            tokens,
            data: analysis.data,
            lists: analysis.lang.map(entity_data),
            german: analysis.lang == Some(Lang::De),
            lowercase_forms,
            capitalised_inside,
            sentence_start,
            roles: Vec::new(),
        };
        // A role depends only on the token's form, whether it is a compound and whether it
        // starts its sentence: compute it once per distinct form, not once per mention.
        let mut known: HashMap<(&str, bool, bool), Role> = HashMap::new();
        let mut roles = Vec::with_capacity(tokens.len());
        for (i, token) in tokens.iter().enumerate() {
            if token.kind != TokenKind::Word {
                roles.push(Role::None);
                continue;
            }
            let key = (
                analysis.token_text(token),
                token.compound,
                ctx.sentence_start[i],
            );
            let role = *known.entry(key).or_insert_with(|| ctx.compute_role(i));
            roles.push(role);
        }
        ctx.roles = roles;
        ctx
    }

    fn role(&self, i: usize) -> Role {
        self.roles.get(i).copied().unwrap_or(Role::None)
    }

    fn is_title(&self, surface: &str) -> bool {
        let Some(data) = self.data else {
            return false;
        };
        data.is_title(surface)
            || ["en", "n", "s"]
                .iter()
                .any(|e| surface.strip_suffix(e).is_some_and(|s| data.is_title(s)))
    }

    fn compute_role(&self, i: usize) -> Role {
        let Some(token) = self.tokens.get(i) else {
            return Role::None;
        };
        let surface = self.analysis.token_text(token);
        let norm = self.analysis.tokens.norm(token);
        if token.kind != TokenKind::Word {
            return Role::None;
        }
        if !starts_uppercase(surface) {
            let particle = generic_data().is_name_particle(norm);
            return if particle { Role::Particle } else { Role::None };
        }
        if token.compound {
            return self.compound_role(surface, i);
        }
        if self.is_title(surface) {
            return Role::Title;
        }
        self.word_role(
            surface,
            norm,
            self.sentence_start.get(i).copied().unwrap_or(false),
        )
    }

    /// A hyphen compound is a name when one of its parts (not an acronym) is one
    /// ("Minsker-Gruppe", "Eutingen-Weitingen"); a title when its last part is one.
    fn compound_role(&self, surface: &str, i: usize) -> Role {
        let parts: Vec<&str> = surface
            .split(['-', '‐', '‑'])
            .filter(|p| !p.is_empty())
            .collect();
        if parts.last().is_some_and(|p| self.is_title(p)) {
            return Role::Title;
        }
        if is_acronym(surface) {
            return Role::Name;
        }
        let start = self.sentence_start.get(i).copied().unwrap_or(false);
        let mut any_name = false;
        for (k, part) in parts.iter().enumerate() {
            if is_acronym(part) || part.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let lower = part.to_lowercase();
            let role = if starts_uppercase(part) {
                self.word_role(part, &lower, start && k == 0)
            } else {
                Role::None
            };
            if matches!(role, Role::Name | Role::First) {
                any_name = true;
            }
        }
        if any_name {
            Role::Name
        } else {
            Role::Common
        }
    }

    fn word_role(&self, surface: &str, norm: &str, sentence_start: bool) -> Role {
        let data = self.data;
        if data.is_some_and(|d| d.is_stopword(norm) || d.is_month(surface)) {
            return Role::None;
        }
        let lists = self.lists;
        if lists.is_some_and(|l| l.weekdays.contains(norm)) {
            return Role::None;
        }
        if is_acronym(surface) {
            return Role::Name;
        }
        if self.lowercase_forms.contains(norm) {
            return Role::None;
        }
        if lists.is_some_and(|l| l.first_names.contains(norm)) {
            return Role::First;
        }
        let inside = self.capitalised_inside.contains(norm);
        if self.german {
            if lists.is_some_and(|l| {
                l.frequent_names.contains(norm)
                    || norm
                        .strip_suffix('s')
                        .is_some_and(|s| l.frequent_names.contains(s))
            }) {
                return Role::Name;
            }
            if !sentence_start && self.adjective(norm) {
                return Role::Adjective;
            }
            if self.common_noun(norm) {
                return Role::Common;
            }
            if data.is_some_and(|d| d.zipf(norm).is_some()) {
                return Role::Common;
            }
            return if sentence_start && !inside {
                Role::Initial
            } else {
                Role::Name
            };
        }
        let zipf = data.and_then(|d| d.zipf(norm));
        if !sentence_start && zipf.is_some_and(|z| z >= COMMON_ZIPF) {
            return Role::Common;
        }
        if !sentence_start || inside {
            return Role::Name;
        }
        match zipf {
            Some(_) => Role::Common,
            None => Role::Initial,
        }
    }

    /// Whether a lowercase German word is explained as a common noun: a frequent word, a
    /// compound with a common-noun head, or a common-noun ending (each with inflection).
    fn common_noun(&self, norm: &str) -> bool {
        if norm.len() > MAX_LOOKUP {
            return true;
        }
        let (Some(data), Some(lists)) = (self.data, self.lists) else {
            return false;
        };
        if GERMAN_NOUN_SUFFIXES.iter().any(|s| norm.ends_with(s)) {
            return true;
        }
        let ending = |w: &str| {
            let chars: Vec<(usize, char)> = w.char_indices().collect();
            [3usize, 4].iter().any(|&n| {
                chars.len() > n + 1
                    && chars.get(chars.len() - n).is_some_and(|&(b, _)| {
                        w.get(b..).is_some_and(|e| lists.noun_endings.contains(e))
                    })
            })
        };
        let head = |w: &str| {
            w.char_indices()
                .skip(3)
                .filter(|&(b, _)| w.get(b..).is_some_and(|h| h.chars().count() >= 4))
                .any(|(b, _)| w.get(b..).is_some_and(|h| lists.noun_heads.contains(h)))
        };
        let known = |w: &str| {
            (data.zipf(w).is_some() && !lists.frequent_names.contains(w))
                || lists.noun_heads.contains(w)
                || head(w)
        };
        if known(norm) || ending(norm) {
            return true;
        }
        GERMAN_ENDINGS.iter().any(|e| {
            norm.strip_suffix(e)
                .is_some_and(|stem| stem.chars().count() >= 3 && (known(stem) || ending(stem)))
        })
    }

    /// A German adjective written with a capital letter mid-sentence starts a name
    /// ("Vereinigten Staaten", "Südlicher Gaskorridor").
    fn adjective(&self, norm: &str) -> bool {
        let (Some(data), Some(lists)) = (self.data, self.lists) else {
            return false;
        };
        if lists.noun_heads.contains(norm) {
            return false;
        }
        ["en", "er", "es", "em", "e"].iter().any(|e| {
            norm.strip_suffix(e).is_some_and(|stem| {
                stem.chars().count() >= 3
                    && !lists.noun_heads.contains(stem)
                    && !GERMAN_NOUN_SUFFIXES.iter().any(|s| stem.ends_with(s))
                    && (data.zipf(stem).is_some()
                        || data.zipf(norm).is_some()
                        || GERMAN_ADJECTIVE_STEMS.iter().any(|s| stem.ends_with(s)))
            })
        })
    }
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a quotation mark opens right before the token (a title's first word).
fn after_opening_quote(text: &str, token: &Token) -> bool {
    text.get(..token.start)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| matches!(c, '"' | '“' | '„' | '«' | '»' | '‚' | '\''))
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word.chars().count() <= 8
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&' || c == '.')
}

/// The span of a name from token `start` to token `end` (exclusive): without an English
/// possessive ("Bush's"), with the final period of a dotted acronym ("U.S.").
fn run_span(ctx: &Context, start: usize, end: usize) -> Option<Span> {
    let first = ctx.tokens.get(start)?;
    let last = ctx.tokens.get(end.checked_sub(1)?)?;
    let text = ctx.analysis.text;
    let mut stop = last.end;
    let surface = ctx.analysis.token_text(last);
    for possessive in ["'s", "’s"] {
        if surface.len() > possessive.len() && surface.ends_with(possessive) {
            stop -= possessive.len();
        }
    }
    if (surface.contains('.') || is_initial(text, last))
        && text.get(stop..).is_some_and(|r| r.starts_with('.'))
    {
        stop += 1;
    }
    Some(Span::new(first.start, stop))
}

/// The name runs of a unit: maximal sequences of capitalised tokens (with particles between
/// name words) holding a name word, trimmed of common words at their edges.
fn name_runs(ctx: &Context, unit: usize) -> Vec<Run> {
    let Some(range) = ctx.analysis.unit_tokens.get(unit).cloned() else {
        return Vec::new();
    };
    let text = ctx.analysis.text;
    let mut runs = Vec::new();
    let mut covered = vec![false; range.len()];
    let mut i = range.start;
    let mut after_title = false;
    while i < range.end {
        let r = ctx.role(i);
        match r {
            Role::Title => {
                after_title = true;
                i += 1;
                continue;
            }
            Role::None | Role::Particle => {
                after_title = false;
                i += 1;
                continue;
            }
            _ => {}
        }
        // Extend over capitalised tokens and particles between name words.
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < range.end {
            let (Some(a), Some(b)) = (ctx.tokens.get(j - 1), ctx.tokens.get(j)) else {
                break;
            };
            if !adjacent(text, a, b) {
                break;
            }
            match ctx.role(j) {
                Role::Name | Role::First | Role::Common | Role::Adjective | Role::Initial => {
                    // A first name after another name starts a new name.
                    if ctx.role(j) == Role::First
                        && !matches!(ctx.role(j - 1), Role::First | Role::Particle)
                        && matches!(ctx.role(j - 1), Role::Name)
                    {
                        break;
                    }
                    end = j + 1;
                    j += 1;
                }
                Role::Particle => match particles_then_name(ctx, j, range.end) {
                    Some(next) if matches!(ctx.role(j - 1), Role::Name | Role::First) => {
                        end = next + 1;
                        j = next + 1;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        let adjective_start = ctx.role(start) == Role::Adjective && end - start >= 2;
        let (mut s, mut e) = (start, end);
        if !adjective_start && !after_title {
            while s < e
                && matches!(ctx.role(s), Role::Common | Role::Adjective | Role::Initial)
                && (ctx.german || ctx.role(s) == Role::Initial)
            {
                if ctx.role(s) == Role::Initial
                    && e - s >= 2
                    && !matches!(ctx.role(s + 1), Role::Common)
                {
                    break;
                }
                s += 1;
            }
        }
        while e > s
            && matches!(ctx.role(e - 1), Role::Common | Role::Adjective)
            && !adjective_start
            && (ctx.german || e - s == 1)
        {
            e -= 1;
        }
        while e > s && ctx.role(e - 1) == Role::Initial {
            e -= 1;
        }
        let strong = (s..e).any(|k| matches!(ctx.role(k), Role::Name | Role::First))
            || (after_title && e > s)
            || adjective_start;
        if strong {
            if let Some(span) = run_span(ctx, s, e) {
                let acronym_only = e - s == 1
                    && ctx
                        .tokens
                        .get(s)
                        .is_some_and(|t| is_acronym(ctx.analysis.token_text(t)));
                let kind = if after_title || ctx.role(s) == Role::First {
                    EntityKind::Person
                } else if acronym_only {
                    EntityKind::Organization
                } else {
                    EntityKind::Other
                };
                for k in s..e {
                    if let Some(c) = covered.get_mut(k - range.start) {
                        *c = true;
                    }
                }
                runs.push(Run {
                    tokens: s..e,
                    span,
                    part: false,
                    kind,
                });
            }
        }
        after_title = false;
        i = end;
    }
    // Acronyms inside hyphen compounds that are no name as a whole: "US-Außenminister".
    for (k, token) in ctx
        .tokens
        .get(range.clone())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        if !token.compound || covered.get(k).copied().unwrap_or(true) {
            continue;
        }
        let surface = ctx.analysis.token_text(token);
        let mut offset = token.start;
        for part in surface.split('-') {
            if is_acronym(part) {
                runs.push(Run {
                    tokens: range.start + k..range.start + k + 1,
                    span: Span::new(offset, offset + part.len()),
                    part: true,
                    kind: EntityKind::Organization,
                });
            }
            offset += part.len() + 1;
        }
    }
    runs.sort_by_key(|r| r.span.start);
    runs
}

/// After particles starting at `j` ("von der"), the index of the name word that follows, if
/// one does. In German an article may only follow another particle ("von der Leyen", not
/// "Bedeutung der Teilnahme").
fn particles_then_name(ctx: &Context, j: usize, end: usize) -> Option<usize> {
    let mut k = j;
    while k < end && k < j + 3 {
        let a = ctx.tokens.get(k.checked_sub(1)?)?;
        let b = ctx.tokens.get(k)?;
        if !adjacent(ctx.analysis.text, a, b) {
            return None;
        }
        match ctx.role(k) {
            Role::Particle => {
                if ctx.german && k == j && GERMAN_ARTICLES.contains(&ctx.analysis.tokens.norm(b)) {
                    return None;
                }
                k += 1;
            }
            Role::Name | Role::First => return (k > j).then_some(k),
            _ => return None,
        }
    }
    None
}

/// Whether only spaces separate two tokens (no punctuation, no line break), or the period
/// of an initial ("Jennifer M. Anderson").
fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.end..b.start).is_some_and(|gap| {
        let gap = match gap.strip_prefix('.') {
            Some(rest) if is_initial(text, a) && !rest.is_empty() => rest,
            _ => gap,
        };
        gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    })
}

/// Whether a token is a single capital letter.
fn is_initial(text: &str, token: &Token) -> bool {
    let mut chars = text.get(token.start..token.end).unwrap_or_default().chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}
