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
//! also writes it capitalised elsewhere or the common-word table does not know it. Evidence
//! against a name: a contraction ("I'm"), a file name, a lone letter, a unit after a number
//! ("11:30 PM"), an English nationality or religion word ("Iraqi", "Sunni"), an English
//! interjection or sign-off ("Cheers"), a shouted English common word ("BEST"), an English
//! common word capitalised only once inside a sentence ("the Staff"), any capital in an
//! English title-case heading ("Thanks For A Great Job"), a German unknown word after an
//! article ("der Charta"). Romance names do not join across particles ("Vicente" + "Bosque"), English
//! names join across "of" ("Gulf of Mexico") and end at a possessive ("Google's IPO").
//! German currencies are names of their own, as GermEval tags them ("Millionen [Euro]").
//! Mentions of one entity are grouped by the stems of their last name word ("Aliyev", "Ilham
//! Aliyev", "Aserbaidschans").

use crate::analysis::Analysis;
use crate::hash::{FastMap as HashMap, FastSet as HashSet};
use crate::lang::Lang;
use crate::langdata::{entity_data, generic_data, EntityData, LangData};
use crate::lowercase::lowercase;
use crate::summary::Span;
use crate::token::{Token, TokenKind};

/// What kind of thing an entity is, where the evidence says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntityKind {
    /// A person, named after a title or with a first name.
    Person,
    /// An acronym: mostly organisations ("OSZE", "EU").
    Organization,
    /// A name right after a place preposition somewhere in the text ("in Berlin", "aus
    /// Aserbaidschan"); German and English only.
    Place,
    /// Anything else: products, events, laws, and places the text names no other way.
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

/// Endings of German adverbs, which start sentences capitalised ("Außerdem", "Derweil").
const GERMAN_ADVERB_ENDINGS: &[&str] = &[
    "dem", "weil", "fern", "mal", "falls", "weise", "seits", "wärts", "dings", "lich",
];

/// German indefinite articles.
const GERMAN_INDEFINITE: &[&str] = &["ein", "eine", "einen", "einem", "einer", "eines"];

/// Endings of German adjectives derived with a suffix ("südlich", "europäisch").
const GERMAN_ADJECTIVE_STEMS: &[&str] = &["lich", "isch", "ig", "igt", "bar", "sam", "haft", "los"];

/// Prefixes of German verbs, which start the participles that German uses as nouns
/// ("Verbündeter", "Abgeordnete", "Vorsitzender").
const GERMAN_VERB_PREFIXES: &[&str] = &[
    "ab", "an", "auf", "aus", "be", "ein", "ent", "er", "ge", "mit", "nach", "über", "unter",
    "ver", "vor", "zer", "zu",
];

/// In English, a capitalised word this frequent (Zipf) is a common word in a heading or a
/// greeting ("Thanks", "Great Job") unless a name holds it. Not in the Romance languages,
/// whose short tables hold frequent names ("Madrid", "España").
const COMMON_ZIPF: f32 = 5.5;

/// Entities with more distinct forms than this pick their text by plain counts.
const MAX_FORMS: usize = 16;

/// Words longer than this (bytes) are not looked up by their parts.
const MAX_LOOKUP: usize = 80;

pub(crate) struct Found {
    pub entities: Vec<Entity>,
    /// For each unit, the indices of the entities it mentions.
    pub unit_entities: Vec<Vec<usize>>,
}

/// The entities of the text, with the units whose `nameless[u]` is set left out.
pub(crate) fn find_entities(analysis: &Analysis, nameless: &[bool]) -> Found {
    let ctx = Context::new(analysis);
    let mut unit_runs: Vec<Vec<Run>> = Vec::with_capacity(analysis.units.len());
    for unit in 0..analysis.units.len() {
        let skip = nameless.get(unit).copied().unwrap_or(false);
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
    crate::sort::sort_usizes(&mut person_lengths);
    person_lengths.dedup();
    // A title-case heading ("New York Mayor Says City Will Rebuild") capitalises every word:
    // there a run with a common word ("Says") counts only where the rest of the text names
    // it too. Runs of other words stay ("Attendees: Pam Butler Renee Ratcliff").
    let title_case: Vec<bool> = (0..analysis.units.len())
        .map(|unit| !unit_runs[unit].is_empty() && ctx.title_case(unit))
        .collect();
    let named_elsewhere: HashSet<String> = if title_case.contains(&true) {
        unit_runs
            .iter()
            .zip(&title_case)
            .filter(|&(_, &title)| !title)
            .flat_map(|(runs, _)| runs)
            .flat_map(|whole| split_known_person(&ctx, whole, &persons, &person_lengths))
            .map(|run| group_key(analysis, &run))
            .collect()
    } else {
        HashSet::default()
    };
    let mut groups: HashMap<String, usize> = HashMap::default();
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
                if title_case[unit]
                    && !named_elsewhere.contains(&key)
                    && run.tokens.clone().any(|t| ctx.capitalised_common_word(t))
                {
                    continue;
                }
                let index = *groups.entry(key).or_insert_with(|| {
                    entities.push(Entity {
                        text: String::new(),
                        kind: run.kind,
                        mentions: Vec::new(),
                    });
                    forms.push(HashMap::default());
                    listed_in.push(usize::MAX);
                    entities.len() - 1
                });
                let mention = run.span.text(analysis.text);
                *forms[index].entry(mention).or_insert(0) += 1;
                let entity = &mut entities[index];
                // A person stays one; any other name "in" or "from" somewhere is a place.
                if run.kind == EntityKind::Person
                    || (run.kind == EntityKind::Place && entity.kind != EntityKind::Person)
                {
                    entity.kind = run.kind;
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
        crate::sort::sort_spans(&mut entity.mentions);
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
        let tail = Span::new(first.start(), run.span.end);
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
                    span: Span::new(run.span.start, before.end()),
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
        Some(&term) => analysis.term_stem(term as usize).to_string(),
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
    /// Whether the text is English.
    english: bool,
    /// An English text that writes the pronoun "I" lowercase: it writes names lowercase too.
    careless: bool,
    /// Forms the text writes lowercase somewhere.
    lowercase_forms: HashMap<&'a str, usize>,
    /// Forms the text writes capitalised after a sentence start.
    capitalised_inside: HashMap<&'a str, usize>,
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
    /// An English word capitalised here that the text also writes lowercase: it continues
    /// a name ("Washington Post", "Department of Housing") but neither starts one nor makes
    /// one with other common words.
    Lowered,
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
        // In English, a word after an opening bracket or quote starts a sentence of its own
        // as far as capitals go ("(See attached file)", "\"True love ...\"").
        if analysis.lang == Some(Lang::En) {
            for (i, t) in tokens.iter().enumerate() {
                if after_opening_bracket(analysis.text, t) {
                    if let Some(s) = sentence_start.get_mut(i) {
                        *s = true;
                    }
                }
            }
        }
        // In English, a heading that capitalises every word ("Thanks For A Great Job", "Best
        // Pizzas and Calzones in the City") gives its capitals no weight either.
        if analysis.lang == Some(Lang::En) {
            for range in &analysis.unit_tokens {
                if title_case(analysis, range.clone()) {
                    for s in sentence_start.get_mut(range.clone()).unwrap_or_default() {
                        *s = true;
                    }
                }
            }
        }
        // Counted per form id (no hashing per token), then keyed by text for lookups of
        // any word, compound parts included.
        let mut lowercase = vec![0usize; analysis.form_count()];
        let mut capitalised = vec![0usize; analysis.form_count()];
        for (i, t) in tokens.iter().enumerate() {
            if t.kind() != TokenKind::Word {
                continue;
            }
            let form = analysis.token_forms[i] as usize;
            if starts_lowercase(analysis.token_text(t)) {
                lowercase[form] += 1;
            } else if !sentence_start[i] && !after_opening_quote(analysis.text, t) {
                capitalised[form] += 1;
            }
        }
        let by_text = |counts: Vec<usize>| -> HashMap<&'a str, usize> {
            counts
                .into_iter()
                .enumerate()
                .filter(|&(_, count)| count > 0)
                .map(|(form, count)| (analysis.form_norm(form), count))
                .collect()
        };
        let lowercase_forms = by_text(lowercase);
        let capitalised_inside = by_text(capitalised);
        let mut ctx = Context {
            analysis,
            tokens,
            data: analysis.data,
            lists: analysis.lang.map(entity_data),
            german: analysis.lang == Some(Lang::De),
            english: analysis.lang == Some(Lang::En),
            careless: analysis.lang == Some(Lang::En)
                && tokens.iter().any(|t| analysis.token_text(t) == "i"),
            lowercase_forms,
            capitalised_inside,
            sentence_start,
            roles: Vec::new(),
        };
        // A role depends only on the token's form, whether it is a compound and whether it
        // starts its sentence: compute it once per distinct form, not once per mention.
        // The roles computed so far, as lists per form (a form has few surfaces: "Berlin",
        // "BERLIN"): `first_known[form]` starts the list in `known`, linked by `next`.
        struct Known<'s> {
            surface: &'s str,
            compound: bool,
            sentence_start: bool,
            role: Role,
            next: u32,
        }
        const END: u32 = u32::MAX;
        let mut first_known = vec![END; analysis.form_count()];
        let mut known: Vec<Known> = Vec::new();
        let mut roles = Vec::with_capacity(tokens.len());
        for (i, token) in tokens.iter().enumerate() {
            if token.kind() != TokenKind::Word {
                roles.push(Role::None);
                continue;
            }
            let surface = analysis.token_text(token);
            let (compound, start) = (token.is_compound(), ctx.sentence_start[i]);
            let form = analysis.token_forms[i] as usize;
            let mut at = first_known[form];
            while at != END {
                let k = &known[at as usize];
                if k.surface == surface && k.compound == compound && k.sentence_start == start {
                    break;
                }
                at = k.next;
            }
            let role = if at == END {
                let role = ctx.compute_role(i);
                known.push(Known {
                    surface,
                    compound,
                    sentence_start: start,
                    role,
                    next: first_known[form],
                });
                first_known[form] = (known.len() - 1) as u32;
                role
            } else {
                known[at as usize].role
            };
            roles.push(role);
        }
        // A word right after a title ("President Bush") is a name wherever the text writes it
        // capitalised, even where it is also a common word ("Bush nominated ...").
        let mut titled = vec![false; analysis.form_count()];
        let mut any_titled = false;
        for i in 1..tokens.len() {
            if roles[i - 1] == Role::Title
                && matches!(roles[i], Role::Common | Role::Initial)
                && !tokens[i].is_compound()
                && adjacent(&ctx, &tokens[i - 1], &tokens[i])
            {
                titled[analysis.token_forms[i] as usize] = true;
                any_titled = true;
            }
        }
        if any_titled {
            for (i, role) in roles.iter_mut().enumerate() {
                if matches!(*role, Role::Common | Role::Initial)
                    && titled[analysis.token_forms[i] as usize]
                {
                    *role = Role::Name;
                }
            }
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

    /// Whether an English word names a nationality, religion or language, by shape or by the
    /// list, plural or not; a hyphen compound when all its capitalised parts do
    /// ("Israeli-Palestinian", "Polish-style").
    fn is_demonym(&self, surface: &str) -> bool {
        let known = |part: &str| {
            let singular = part.strip_suffix('s').unwrap_or(part);
            demonym_shape(singular)
                || self
                    .lists
                    .is_some_and(|l| l.demonyms.contains(part) || l.demonyms.contains(singular))
        };
        let mut any = false;
        for part in surface.split(['-', '‐', '‑']) {
            if starts_uppercase(part) {
                if !known(part) {
                    return false;
                }
                any = true;
            } else if !part.chars().all(char::is_lowercase) {
                return false;
            }
        }
        any
    }

    /// Whether a lowercase word is in the common-word table and is no name there (English
    /// "best", not "london").
    fn common_word(&self, norm: &str) -> bool {
        self.data.is_some_and(|d| d.zipf(norm).is_some())
            && !self.lists.is_some_and(|l| l.frequent_names.contains(norm))
    }

    /// Whether a unit is a title-case heading: three words or more, every content word
    /// capitalised, and at least one after the first a common word ("Says", "City"). Not in
    /// German, which capitalises every noun and no verb.
    fn title_case(&self, unit: usize) -> bool {
        let Some(data) = self.data.filter(|_| !self.german) else {
            return false;
        };
        let (mut words, mut common) = (0usize, 0usize);
        for (k, token) in self.analysis.unit_token_slice(unit).iter().enumerate() {
            if token.kind() != TokenKind::Word {
                continue;
            }
            let norm = self.analysis.tokens.norm(token);
            words += 1;
            if !starts_uppercase(self.analysis.token_text(token)) {
                if !data.is_stopword(norm) {
                    return false;
                }
            } else if k > 0 && !data.is_stopword(norm) && self.common_word(norm) {
                common += 1;
            }
        }
        words >= 3 && common >= 1
    }

    /// Whether token `i` is a capitalised common word that is no stopword and no first name
    /// ("Says", "City"; not "Martin").
    fn capitalised_common_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|token| {
            let norm = self.analysis.tokens.norm(token);
            starts_uppercase(self.analysis.token_text(token))
                && self.common_word(norm)
                && !self.data.is_some_and(|d| d.is_stopword(norm))
                && !self.lists.is_some_and(|l| l.first_names.contains(norm))
        })
    }

    /// Whether a lowercase word is in the list of frequent words that are names ("york").
    fn frequent_name(&self, norm: &str) -> bool {
        self.lists.is_some_and(|l| l.frequent_names.contains(norm))
    }

    /// Whether `surface` names a currency where the language's NER tags currencies ("Euro").
    fn is_currency(&self, surface: &str) -> bool {
        self.lists.is_some_and(|l| l.currencies.contains(surface))
    }

    /// Whether token `i` is a hyphen compound whose first part is a name ("Minsker-Gruppe").
    fn name_headed_compound(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i).filter(|t| t.is_compound()) else {
            return false;
        };
        let surface = self.analysis.token_text(token);
        let Some(first) = surface.split(['-', '‐', '‑']).next() else {
            return false;
        };
        starts_uppercase(first)
            && !is_acronym(first)
            && matches!(
                self.word_role(first, &lowercase(first), false),
                Role::Name | Role::First
            )
    }

    /// Whether token `i` is a name only because nothing explains it: no acronym, first
    /// name, currency, known name or compound.
    fn weak_name(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        let surface = self.analysis.token_text(token);
        let norm = self.analysis.tokens.norm(token);
        self.role(i) == Role::Name
            && !token.is_compound()
            && !is_acronym(surface)
            && !self.is_currency(surface)
            && !self.lists.is_some_and(|l| {
                l.frequent_names.contains(norm)
                    || norm
                        .strip_suffix('s')
                        .is_some_and(|s| l.frequent_names.contains(s))
            })
    }

    fn compute_role(&self, i: usize) -> Role {
        let Some(token) = self.tokens.get(i) else {
            return Role::None;
        };
        let surface = self.analysis.token_text(token);
        let norm = self.analysis.tokens.norm(token);
        if token.kind() != TokenKind::Word {
            return Role::None;
        }
        if !starts_uppercase(surface) {
            // A particle joined to a capitalised name is a name of its own ("al-Sadr",
            // "al-Qaida", "az-Zaman"): the Arabic article is written lowercase.
            if token.is_compound() && self.particle_prefixed(surface) {
                return Role::Name;
            }
            let particle = generic_data().is_name_particle(norm);
            // A text that writes "i" lowercase writes names so too ("in kerala", "from
            // mexico"): a word the text also capitalises inside a sentence and the table
            // does not know, or a frequent name.
            if self.careless
                && !particle
                && (self.capitalised_inside.get(norm).is_some_and(|&c| c > 0)
                    || self.frequent_name(norm))
                && !self.common_word(norm)
                && !self.data.is_some_and(|d| d.is_month(&capitalise(norm)))
                && !self.lists.is_some_and(|l| l.weekdays.contains(norm))
                && !self.data.is_some_and(|d| d.is_stopword(norm))
                && !norm.chars().any(|c| c.is_ascii_digit())
                && !self.is_demonym(&capitalise(norm))
            {
                return Role::Name;
            }
            return if particle { Role::Particle } else { Role::None };
        }
        if token.is_compound() {
            return self.compound_role(surface, i);
        }
        if self.is_title(surface) {
            return Role::Title;
        }
        if self.is_currency(surface) {
            return Role::Name;
        }
        self.word_role(
            surface,
            norm,
            self.sentence_start.get(i).copied().unwrap_or(false),
        )
    }

    /// Whether a lowercase hyphen compound is a name particle joined to a capitalised name
    /// ("al-Sadr", "bin-Laden"), not a compound word ("de-escalate", "al-Qaida-Anhänger" has
    /// its own head).
    fn particle_prefixed(&self, surface: &str) -> bool {
        let mut parts = surface.split(['-', '‐', '‑']);
        let (Some(particle), Some(name), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        generic_data().is_name_particle(particle)
            && name.chars().count() >= 2
            && starts_uppercase(name)
            && name.chars().skip(1).any(char::is_lowercase)
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
            let lower = lowercase(part);
            let role = if starts_uppercase(part) {
                self.word_role(part, &lower, start && k == 0)
            } else {
                Role::None
            };
            if matches!(role, Role::Name | Role::First) {
                any_name = true;
            } else if self.german && k + 1 == parts.len() && role == Role::Common {
                // A name part before a common-noun head ("Opel-Elemente", "Uefa-Cup") makes
                // a compound noun, not a name.
                return Role::Common;
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
        // An English possessive is looked up without its ending ("Today's" is "Today").
        if self.english {
            for possessive in ["'s", "’s"] {
                if let (Some(s), Some(n)) = (
                    surface.strip_suffix(possessive),
                    norm.strip_suffix(possessive),
                ) {
                    if !n.is_empty() {
                        return self.word_role(s, n, sentence_start);
                    }
                }
            }
            // A word stretched for emphasis ("Sooooo", "VERYYYY", "Brilll") is no name.
            if stretched(norm) {
                return Role::None;
            }
        }
        if data.is_some_and(|d| d.is_stopword(norm) || d.is_month(surface)) {
            return Role::None;
        }
        // A file or host name ("TEXT.htm", "Newsfeed.Com"): no entity.
        if let Some((_, ext)) = surface.rsplit_once('.') {
            if ext.chars().count() >= 2 && ext.chars().skip(1).all(char::is_lowercase) {
                return Role::None;
            }
        }
        // A contraction of a function word ("I'm", "There's", "Don't"); a capital after the
        // apostrophe makes an Irish name ("O'Neill", "O'Keefe"), no contraction.
        let irish = surface
            .split_once(['\'', '’'])
            .is_some_and(|(_, tail)| starts_uppercase(tail));
        if let Some(cut) = norm.find(['\'', '’']).filter(|_| self.english && !irish) {
            let head = norm.get(..cut).unwrap_or_default();
            let tail = norm.get(cut + 1..).unwrap_or_default();
            if data.is_some_and(|d| d.is_stopword(head) || d.is_stopword(norm))
                || (head.len() == 1 && !tail.is_empty())
                || (head.ends_with('n') && tail == "t")
            {
                return Role::None;
            }
        }
        let lists = self.lists;
        if lists.is_some_and(|l| l.weekdays.contains(norm) || l.interjections.contains(norm)) {
            return Role::None;
        }
        // A shouted common word ("BEST", "CLOSED", "FREE") is no acronym.
        if self.english && is_acronym(surface) && self.common_word(norm) && norm.len() >= 3 {
            return Role::None;
        }
        if is_acronym(surface) {
            return Role::Name;
        }
        // An abbreviation ("Mio", "Corp"): inside a name only ("Enron Corp.").
        if data.is_some_and(|d| d.is_abbreviation(surface)) {
            return Role::Common;
        }
        // Written lowercase as often as capitalised mid-sentence: a common word ("google"
        // once in a text that writes "Google" five times is still a name).
        let lower = self.lowercase_forms.get(norm).copied().unwrap_or(0);
        let capital = self.capitalised_inside.get(norm).copied().unwrap_or(0);
        // In English web text a name is often written lowercase too ("kerala", "auckland"):
        // only a word the common-word table knows loses its capital so.
        let careless = self.careless && !sentence_start && !self.common_word(norm);
        if lower > 0 && (self.german || lower >= capital) && !careless {
            return if self.english && !sentence_start {
                Role::Lowered
            } else {
                Role::None
            };
        }
        if lists.is_some_and(|l| l.first_names.contains(norm)) {
            return Role::First;
        }
        let inside = capital > 0;
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
            if data.is_some_and(|d| d.zipf(norm).is_some()) || nominalised_participle(norm) {
                return Role::Common;
            }
            // Unexplained by the lexicon, even at a sentence start ("Cromwell wird ..."),
            // unless it ends like an adverb there ("Außerdem", "Derweil", "Insofern").
            if sentence_start && !inside && GERMAN_ADVERB_ENDINGS.iter().any(|e| norm.ends_with(e))
            {
                return Role::Initial;
            }
            return Role::Name;
        }
        let zipf = data.and_then(|d| d.zipf(norm));
        // English web text capitalises common words for emphasis ("the Staff was great"): a
        // table word that is no name counts as a name only when the text capitalises it
        // inside a sentence more than once ("Bush ... Bush"), a very frequent one never
        // unless it is a frequent name ("London", "York").
        let common = self.english
            && ((zipf.is_some_and(|z| z >= COMMON_ZIPF) && !self.frequent_name(norm))
                || (capital < 2 && self.common_word(norm)));
        if !sentence_start && common {
            return Role::Common;
        }
        // Capitalised inside a sentence elsewhere, a sentence's first word is a name too,
        // unless it is a common word there as well ("Thanks" after "Great Job").
        if !sentence_start || (inside && !common) {
            return Role::Name;
        }
        match zipf {
            // A frequent word that is a name stays one at a sentence start ("London is ...").
            Some(_) if self.english && !self.common_word(norm) => Role::Name,
            Some(_) => Role::Common,
            // An unknown word that starts a sentence is a name unless it has the ending of
            // an English adjective, participle or abstract noun ("Fascinating", "Posted").
            None if self.english && !has_common_ending(norm) => Role::Name,
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
        let known = |w: &str| {
            (data.zipf(w).is_some() && !lists.frequent_names.contains(w))
                || head_or_compound(lists, w)
                || noun_ending(lists, w)
        };
        known(norm)
            || GERMAN_ENDINGS.iter().any(|e| {
                norm.strip_suffix(e)
                    .is_some_and(|stem| stem.chars().count() >= 3 && known(stem))
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
                        || GERMAN_ADJECTIVE_STEMS.iter().any(|s| stem.ends_with(s)))
            })
        })
    }
}

/// Whether a lowercase German word is a listed head or ends in one after its first three
/// chars (a suffix of 4 chars or more). Counting chars once and skipping suffixes longer
/// than every head cut the common-noun check by a third.
fn head_or_compound(lists: &EntityData, w: &str) -> bool {
    let chars = w.chars().count();
    lists.noun_heads.contains(w)
        || w.char_indices()
            .enumerate()
            .skip(3)
            .take_while(|&(k, _)| chars - k >= 4)
            .filter(|&(_, (b, _))| w.len() - b <= lists.longest_noun_head)
            .any(|(_, (b, _))| lists.noun_heads.contains(&w[b..]))
}

/// Whether a lowercase German word ends in a listed ending of 3 or 4 chars and is longer
/// than it by two chars or more.
fn noun_ending(lists: &EntityData, w: &str) -> bool {
    let chars = w.chars().count();
    [3usize, 4].iter().any(|&n| {
        chars > n + 1
            && w.char_indices()
                .rev()
                .nth(n - 1)
                .is_some_and(|(b, _)| lists.noun_endings.contains(&w[b..]))
    })
}

/// Whether a lowercase German word is a participle used as a noun, inflected like an
/// adjective: a verb prefix, a participle ending in -t or -end, and an adjective ending
/// ("verbündeter", "abgeordnete", "vorsitzenden"). Names that start so ("Bertel", "Anton")
/// lack one of the three.
fn nominalised_participle(norm: &str) -> bool {
    ["e", "er", "en", "es", "em"].iter().any(|ending| {
        norm.strip_suffix(ending).is_some_and(|stem| {
            stem.chars().count() >= 6
                && (stem.ends_with('t') || stem.ends_with("end"))
                && GERMAN_VERB_PREFIXES.iter().any(|p| stem.starts_with(p))
        })
    })
}

/// Whether a word repeats one letter three times in a row ("Sooooo", "Brilll").
fn stretched(norm: &str) -> bool {
    let mut run = 0;
    let mut previous = None;
    for c in norm.chars() {
        run = if Some(c) == previous { run + 1 } else { 1 };
        if run >= 3 && c.is_alphabetic() {
            return true;
        }
        previous = Some(c);
    }
    false
}

/// A lowercase English word with its first letter capitalised ("american" -> "American").
/// ASCII only: the rule that needs it is English, and `char::to_uppercase` would bring the
/// Unicode uppercase tables into the wasm bundle (8 KB gzipped).
fn capitalise(word: &str) -> String {
    let mut word = word.to_string();
    if let Some(first) = word.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    word
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a quotation mark opens right before the token (a title's first word).
fn after_opening_quote(text: &str, token: &Token) -> bool {
    text.get(..token.start())
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| matches!(c, '"' | '“' | '„' | '«' | '»' | '‚' | '\''))
}

/// Whether `word` is a Roman numeral of two letters or more from I, V and X ("II", "XIV");
/// narrower than `segment::is_roman_numeral`, which also takes L, C, D and M.
/// Numerals with L, C, D or M are left out: they spell acronyms ("CD", "DM", "MC").
fn is_ivx_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
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

/// The span of a name from token `start` to token `end` (exclusive) of a unit ending at token
/// `unit_end`: without an English possessive ("Bush's"), with the final period of a dotted
/// acronym ("U.S."), and with that of an abbreviation or legal form when the sentence goes
/// on after it ("Enron Corp. common stock"); at the sentence's end that period is the full
/// stop ("Good job, DR.").
fn run_span(ctx: &Context, start: usize, end: usize, unit_end: usize) -> Option<Span> {
    let first = ctx.tokens.get(start)?;
    let last = ctx.tokens.get(end.checked_sub(1)?)?;
    let text = ctx.analysis.text;
    let mut stop = last.end();
    let surface = ctx.analysis.token_text(last);
    for possessive in ["'s", "’s"] {
        if surface.len() > possessive.len() && surface.ends_with(possessive) {
            stop -= possessive.len();
        }
    }
    let period = text.get(stop..).is_some_and(|r| r.starts_with('.'));
    let sentence_goes_on = end < unit_end || text.get(stop..).is_some_and(|r| r.starts_with(".."));
    if period
        && ((surface.contains('.') || is_initial(text, last))
            || (sentence_goes_on && (abbreviated(ctx, last) || company_suffix(ctx, last))))
    {
        stop += 1;
    }
    Some(Span::new(first.start(), stop))
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
            // English: a particle that no common word spells starts a name before a name
            // word ("bin Laden", "van Gogh").
            Role::Particle if ctx.english && particle_starts_name(ctx, i, range.end) => {}
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
            if !adjacent(ctx, a, b) {
                // A legal form after a comma ends a company name ("Google, Inc.").
                if company_suffix(ctx, b)
                    && text
                        .get(a.end()..b.start())
                        .and_then(|gap| gap.strip_prefix(','))
                        .is_some_and(|rest| rest == " ")
                {
                    end = j + 1;
                } else if ctx.english
                    && end == j
                    && text.get(a.end()..b.start()) == Some("@")
                    && b.kind() == TokenKind::Word
                    && !before_domain(text, b)
                {
                    // A mail name with its organisation ("Traci Warner@ENRON").
                    end = j + 1;
                }
                break;
            }
            // A possessive ends a name ("Google's IPO", "Tehran's Palestine Museum").
            if ctx.english
                && ["'s", "’s"]
                    .iter()
                    .any(|p| ctx.analysis.token_text(a).ends_with(p))
            {
                break;
            }
            match ctx.role(j) {
                Role::Name
                | Role::First
                | Role::Common
                | Role::Lowered
                | Role::Adjective
                | Role::Initial => {
                    // A first name after a full name (two words or more) starts a new
                    // name ("Renee Ratcliff Larry Lewis"), in English also after two first
                    // names ("Larry Lewis Tom Martin"); after a single word it is part of
                    // the same one ("San Francisco", "Ariel Sharon").
                    if ctx.role(j) == Role::First
                        && j - start >= 2
                        && (ctx.role(j - 1) == Role::Name
                            || (ctx.english
                                && ctx.role(j - 1) == Role::First
                                && ctx.role(j - 2) == Role::First))
                    {
                        break;
                    }
                    // German: an unexplained word after an article is a noun before a
                    // person's name ("der polnische Rennkanute Adam Seroczynski"), also
                    // before a name of two words ending like a nationality ("der
                    // Niederländer Jeroen Dijsselbloem", "die Französin Christine Lagarde").
                    if j - start == 1
                        && ctx.german
                        && ctx.weak_name(start)
                        && after_article(ctx, start, range.start)
                        && (ctx.role(j) == Role::First
                            || (ctx.role(j) == Role::Name
                                && matches!(ctx.role(j + 1), Role::Name | Role::First)
                                && j + 1 < range.end
                                && ctx.tokens.get(j + 1).is_some_and(|c| adjacent(ctx, b, c))
                                && ctx.tokens.get(start).is_some_and(|t| {
                                    let norm = ctx.analysis.tokens.norm(t);
                                    ["er", "e", "in"].iter().any(|e| norm.ends_with(e))
                                })))
                    {
                        break;
                    }
                    end = j + 1;
                    j += 1;
                }
                // An initial that is also a function word ("Kevin A. Boone"): its period
                // shows it is no article.
                Role::None
                    if matches!(ctx.role(j - 1), Role::Name | Role::First)
                        && is_initial(text, b)
                        && (text.get(b.end()..).is_some_and(|r| r.starts_with(". "))
                            // Or without its period after a first name ("Jeffrey T Hodge").
                            || (ctx.english && ctx.role(j - 1) == Role::First))
                        && j + 1 < range.end
                        && matches!(ctx.role(j + 1), Role::Name | Role::First)
                        && ctx.tokens.get(j + 1).is_some_and(|c| adjacent(ctx, b, c)) =>
                {
                    end = j + 2;
                    j += 2;
                }
                // English "X of Y" names ("Gulf of Mexico", "Department of State").
                Role::None
                    if ctx.english
                        && ctx.analysis.tokens.norm(b) == "of"
                        && matches!(ctx.role(j - 1), Role::Name | Role::Common | Role::Lowered)
                        && j + 1 < range.end
                        && matches!(ctx.role(j + 1), Role::Name | Role::First | Role::Common)
                        && ctx.tokens.get(j + 1).is_some_and(|c| adjacent(ctx, b, c)) =>
                {
                    end = j + 2;
                    j += 2;
                }
                // Romance languages: "Vicente del Bosque" is two proper nouns.
                Role::Particle if !(ctx.german || ctx.english) => break,
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
        // The user part of a mail address ("RobBrnglsn@aol.com") or a web address's scheme
        // ("http://") is no name.
        let mail_user = ctx.tokens.get(end - 1).is_some_and(|a| {
            text.get(a.end()..).is_some_and(|r| r.starts_with("://"))
                || (text.get(a.end()..).is_some_and(|r| r.starts_with('@'))
                    && ctx
                        .tokens
                        .get(end)
                        .is_some_and(|b| b.start() == a.end() + 1 && before_domain(text, b)))
        });
        if mail_user {
            after_title = false;
            i = end;
            continue;
        }
        // A currency is a name of its own ("120 Millionen Euro").
        let currency = |k: usize| {
            ctx.tokens
                .get(k)
                .is_some_and(|t| ctx.is_currency(ctx.analysis.token_text(t)))
        };
        if let Some(c) = (start..end).find(|&k| currency(k)) {
            if c > start && (start..c).all(|k| ctx.role(k) != Role::Name) {
                i = c;
                continue;
            }
            if c == start {
                end = start + 1;
            } else {
                end = c;
            }
        }
        let adjective_start = ctx.role(start) == Role::Adjective && end - start >= 2;
        let (mut s, mut e) = (start, end);
        while s < e && ctx.role(s) == Role::Lowered {
            s += 1;
        }
        if !adjective_start && !after_title {
            while s < e
                && matches!(ctx.role(s), Role::Common | Role::Adjective | Role::Initial)
                && (ctx.german
                    || ctx.role(s) == Role::Initial
                    || (ctx.sentence_start.get(s).copied().unwrap_or(false)
                        && ctx.tokens.get(s).is_some_and(|t| {
                            !ctx.capitalised_inside
                                .contains_key(ctx.analysis.tokens.norm(t))
                        })))
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
            && matches!(
                ctx.role(e - 1),
                Role::Common | Role::Lowered | Role::Adjective
            )
            && !adjective_start
            && !ctx
                .tokens
                .get(e - 1)
                .is_some_and(|t| company_suffix(ctx, t))
            && (ctx.german || e - s == 1)
        {
            // A compound of a name and a common noun ends a name that precedes it
            // ("OSZE Minsker-Gruppe").
            if e - s >= 2
                && matches!(ctx.role(e - 2), Role::Name | Role::First)
                && ctx.name_headed_compound(e - 1)
            {
                break;
            }
            // A surname that is also a common noun or an adjective ("Herbert Stein", "Guido
            // Westerwelle", "Anna Berger").
            if e - s >= 2
                && ctx.role(e - 2) == Role::First
                && matches!(ctx.role(e - 1), Role::Common | Role::Adjective)
            {
                break;
            }
            e -= 1;
        }
        while e > s && ctx.role(e - 1) == Role::Initial {
            e -= 1;
        }
        // English: two or more capitalised words inside a sentence are a name even when
        // each is a frequent word ("United States", "New York").
        let common_run = ctx.english
            && e - s >= 2
            && !ctx.sentence_start.get(s).copied().unwrap_or(true)
            && (s..e).all(|k| ctx.role(k) == Role::Common);
        let strong = (s..e).any(|k| matches!(ctx.role(k), Role::Name | Role::First))
            || (after_title && e > s)
            || adjective_start
            || common_run;
        // A unit after a number ("11:30 PM", "50 MW") or a demonym ("Iraqi forces").
        let unit_after_number = e - s == 1
            && s > range.start
            && ctx
                .tokens
                .get(s - 1)
                .is_some_and(|p| p.kind() == TokenKind::Number)
            && ctx.tokens.get(s).is_some_and(|t| {
                (is_acronym(ctx.analysis.token_text(t)) || (ctx.german && ctx.weak_name(s)))
                    && text
                        .get(p_end(ctx, s)..t.start())
                        .is_some_and(|g| g.trim_start_matches('.').trim().is_empty())
            });
        let demonym = ctx.english
            && e > s
            && !after_title
            && (s..e).all(|k| {
                matches!(ctx.role(k), Role::Name | Role::Common)
                    && ctx
                        .tokens
                        .get(k)
                        .is_some_and(|t| ctx.is_demonym(ctx.analysis.token_text(t)))
            });
        // German: one unexplained word after an article is a rare common noun more often
        // than a name ("der Charta", "einer Rinne").
        let article_noun = ctx.german
            && e - s == 1
            && !after_title
            && ctx.weak_name(s)
            && after_article(ctx, s, range.start);
        // A lone capital letter is a variable or a list mark ("X", "Z"), not a name.
        let lone_letter = e - s == 1 && ctx.tokens.get(s).is_some_and(|t| is_initial(text, t));
        // So is a Roman numeral on its own ("Klasse IV", "Anlagen I und II"); after a name
        // it is part of the name's run ("Elisabeth II.").
        let lone_numeral = e - s == 1
            && ctx
                .tokens
                .get(s)
                .is_some_and(|t| is_ivx_numeral(ctx.analysis.token_text(t)));
        if strong
            && !unit_after_number
            && !demonym
            && !article_noun
            && !lone_letter
            && !lone_numeral
        {
            // A function word capitalised inside a sentence right before a name is part of
            // it ("income moved from The Mozilla Foundation", "nominated A. Noel Kramer"); at a
            // sentence start it is not, nor is the pronoun "I".
            let lead = s > range.start
                && ctx.english
                && !ctx.sentence_start.get(s - 1).copied().unwrap_or(true)
                && ctx.tokens.get(s - 1).is_some_and(|p| {
                    let surface = ctx.analysis.token_text(p);
                    starts_uppercase(surface)
                        && ctx
                            .tokens
                            .get(s)
                            .is_some_and(|t| starts_uppercase(ctx.analysis.token_text(t)))
                        && (surface.chars().count() > 1
                            || ctx
                                .analysis
                                .text
                                .get(p.end()..)
                                .is_some_and(|r| r.starts_with('.')))
                        && !is_acronym(surface)
                        && ctx
                            .data
                            .is_some_and(|d| d.is_stopword(ctx.analysis.tokens.norm(p)))
                        && ctx.tokens.get(s).is_some_and(|t| adjacent(ctx, p, t))
                });
            let first = if lead { s - 1 } else { s };
            if let Some(span) = run_span(ctx, first, e, range.end) {
                let acronym_only = e - s == 1
                    && ctx
                        .tokens
                        .get(s)
                        .is_some_and(|t| is_acronym(ctx.analysis.token_text(t)));
                let kind = if after_title || ctx.role(s) == Role::First {
                    EntityKind::Person
                } else if after_place_preposition(ctx, first, range.start) {
                    EntityKind::Place
                } else if acronym_only {
                    acronym_kind(span.text(ctx.analysis.text))
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
        if !token.is_compound() || covered.get(k).copied().unwrap_or(true) {
            continue;
        }
        let surface = ctx.analysis.token_text(token);
        let mut offset = token.start();
        for part in surface.split('-') {
            if is_acronym(part) {
                runs.push(Run {
                    tokens: range.start + k..range.start + k + 1,
                    span: Span::new(offset, offset + part.len()),
                    part: true,
                    kind: acronym_kind(part),
                });
            }
            offset += part.len() + 1;
        }
    }
    // Stable by start, through the crate's one sort instance.
    let order = crate::sort::stable_order(runs.iter().map(|r| r.span.start as u64));
    let mut slots: Vec<Option<Run>> = runs.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|position| slots[position].take())
        .collect()
}

/// Whether a place preposition comes right before token `s` of a unit starting at token
/// `unit_start`, with only spaces between ("in Berlin", "from Iraq").
fn after_place_preposition(ctx: &Context, s: usize, unit_start: usize) -> bool {
    let (Some(lists), true) = (ctx.lists, s > unit_start) else {
        return false;
    };
    let (Some(p), Some(t)) = (ctx.tokens.get(s - 1), ctx.tokens.get(s)) else {
        return false;
    };
    p.kind() == TokenKind::Word
        && lists
            .place_prepositions
            .contains(ctx.analysis.tokens.norm(p))
        && ctx
            .analysis
            .text
            .get(p.end()..t.start())
            .is_some_and(|gap| gap.bytes().all(|b| b == b' '))
}

/// Whether a German article comes before token `s` of a unit starting at token
/// `unit_start`: directly, or with a lowercase adjective between ("das größte Gräberfeld").
fn after_article(ctx: &Context, s: usize, unit_start: usize) -> bool {
    let article = |k: usize| {
        ctx.tokens.get(k).is_some_and(|p| {
            let w = ctx.analysis.tokens.norm(p);
            GERMAN_ARTICLES.contains(&w) || GERMAN_INDEFINITE.contains(&w)
        })
    };
    (s > unit_start && article(s - 1))
        || (s >= unit_start + 2
            && article(s - 2)
            && ctx.tokens.get(s - 1).is_some_and(|p| {
                p.kind() == TokenKind::Word
                    && starts_lowercase(ctx.analysis.token_text(p))
                    && ctx.role(s - 1) == Role::None
            }))
}

/// Whether the particle at `i` starts a name: a name word follows it directly, and no
/// common word or function word is spelt so ("bin", "van"; not "do", "ten").
fn particle_starts_name(ctx: &Context, i: usize, end: usize) -> bool {
    let (Some(particle), Some(next)) = (ctx.tokens.get(i), ctx.tokens.get(i + 1)) else {
        return false;
    };
    let norm = ctx.analysis.tokens.norm(particle);
    i + 1 < end
        && matches!(ctx.role(i + 1), Role::Name | Role::First)
        && adjacent(ctx, particle, next)
        && !ctx
            .data
            .is_some_and(|d| d.is_stopword(norm) || d.zipf(norm).is_some())
}

/// After particles starting at `j` ("von der"), the index of the name word that follows, if
/// one does. In German an article may only follow another particle ("von der Leyen", not
/// "Bedeutung der Teilnahme").
fn particles_then_name(ctx: &Context, j: usize, end: usize) -> Option<usize> {
    let mut k = j;
    while k < end && k < j + 3 {
        let a = ctx.tokens.get(k.checked_sub(1)?)?;
        let b = ctx.tokens.get(k)?;
        if !adjacent(ctx, a, b) {
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
/// of an initial ("Jennifer M. Anderson"), of dotted initials ("W.H.S. Koerner", "U.S.
/// Department") or of a known abbreviation ("St. Thomas", "Pvt. Ltd."): those periods end
/// no sentence and so no name.
fn adjacent(ctx: &Context, a: &Token, b: &Token) -> bool {
    let text = ctx.analysis.text;
    text.get(a.end()..b.start()).is_some_and(|gap| {
        let gap = match gap.strip_prefix('.') {
            Some(rest) if !rest.is_empty() && abbreviated(ctx, a) => rest,
            _ => gap,
        };
        gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    })
}

/// Whether a token is shortened, so that a period after it is no full stop: an initial,
/// dotted initials ("W.H.S") or a listed abbreviation ("St").
fn abbreviated(ctx: &Context, token: &Token) -> bool {
    let surface = ctx.analysis.token_text(token);
    is_initial(ctx.analysis.text, token)
        || (surface.contains('.') && starts_uppercase(surface))
        || ctx.data.is_some_and(|d| d.is_abbreviation(surface))
}

/// Whether a capitalised token is a company's legal form ("Inc", "LTD", "GmbH").
/// The kind of an acronym that stands alone: a place if listed so ("USA", "DDR"), else an
/// organisation ("NATO", "SPD").
fn acronym_kind(acronym: &str) -> EntityKind {
    if generic_data().is_place_acronym(acronym) {
        EntityKind::Place
    } else {
        EntityKind::Organization
    }
}

fn company_suffix(ctx: &Context, token: &Token) -> bool {
    let surface = ctx.analysis.token_text(token);
    starts_uppercase(surface) && generic_data().is_company_suffix(ctx.analysis.tokens.norm(token))
}

/// Whether a token is (part of) a host name: it holds a period or a period and a letter
/// follow it ("aol.com").
fn before_domain(text: &str, token: &Token) -> bool {
    let mut rest = text.get(token.end()..).unwrap_or_default().chars();
    text.get(token.start()..token.end())
        .is_some_and(|t| t.contains('.'))
        || (rest.next() == Some('.') && rest.next().is_some_and(char::is_alphabetic))
}

/// Whether a token is a single capital letter.
fn is_initial(text: &str, token: &Token) -> bool {
    let mut chars = text
        .get(token.start()..token.end())
        .unwrap_or_default()
        .chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// The end of the token before `i`.
fn p_end(ctx: &Context, i: usize) -> usize {
    i.checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .map_or(0, |t| t.end())
}

/// Whether an English capitalised word has the shape of a nationality or religion word
/// ("Iraqi", "Palestinians", "Shiite", "Zionism"): those are no entities.
fn demonym_shape(word: &str) -> bool {
    word.chars().count() >= 5
        && word.chars().skip(1).all(char::is_lowercase)
        && [
            "ian", "ean", "ese", "ish", "aqi", "eli", "ani", "udi", "ite", "ism",
        ]
        .iter()
        .any(|x| word.ends_with(x))
}

/// Whether an English unit is written in title case: after its first word, every content
/// word capitalised, two or more of them, or at least one and the function words
/// capitalised as often as not ("Thanks For A Great Job").
fn title_case(analysis: &Analysis, range: std::ops::Range<usize>) -> bool {
    let Some(data) = analysis.data else {
        return false;
    };
    let (mut capital_stop, mut lower_stop, mut capital_content) = (0usize, 0usize, 0usize);
    let tokens = analysis.tokens.as_slice().get(range).unwrap_or_default();
    for token in tokens
        .iter()
        .filter(|t| t.kind() == TokenKind::Word)
        .skip(1)
    {
        let surface = analysis.token_text(token);
        let stop = data.is_stopword(analysis.tokens.norm(token));
        match (stop, starts_uppercase(surface)) {
            (true, true) => capital_stop += 1,
            (true, false) => lower_stop += 1,
            (false, true) => capital_content += 1,
            (false, false) => return false,
        }
    }
    capital_content >= 2
        || (capital_content >= 1 && capital_stop >= 1 && capital_stop >= lower_stop)
}

/// Whether an opening bracket or quotation mark comes right before the token.
fn after_opening_bracket(text: &str, token: &Token) -> bool {
    text.get(..token.start())
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| matches!(c, '(' | '[' | '"' | '“' | '\''))
}

/// Whether a lowercase English word ends like a derived adjective, participle, adverb or
/// abstract noun.
fn has_common_ending(norm: &str) -> bool {
    norm.chars().count() >= 6
        && [
            "ing", "ed", "ous", "ly", "ful", "ive", "able", "ible", "ness", "ment", "tion",
        ]
        .iter()
        .any(|e| norm.ends_with(e))
}

#[cfg(test)]
mod tests {
    use crate::{summarize, EntityKind, Lang, Options};

    /// Every entity mention Kernsatz finds in a text of `lang`, in text order.
    fn mentions(text: &str, lang: Lang) -> Vec<&str> {
        let summary = summarize(text, &Options::new().lang(lang)).expect("summary");
        let mut spans: Vec<(usize, usize)> = summary
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
            .collect();
        spans.sort_unstable();
        spans.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    fn english_mentions(text: &str) -> Vec<&str> {
        mentions(text, Lang::En)
    }

    fn german_mentions(text: &str) -> Vec<&str> {
        mentions(text, Lang::De)
    }

    #[test]
    fn a_german_noun_before_a_name_stays_out_of_it() {
        // Plural nouns ("Namen", "Gemeinden") are no adjectives that start a name, and
        // participles used as nouns ("Verbündeter", "Abgeordnete") are common nouns.
        let text = "Die Türkei ist ein enger Freund und Verbündeter Aserbaidschans. Sie gab \
                    ihm den Namen Leo. Die Gemeinden Bedra und Braunsdorf wurden vereinigt. \
                    Der Abgeordnete Schmidt sprach im Süden Irlands mit der Vorsitzenden \
                    Anna Berger über die Vereinigten Staaten.";
        assert_eq!(
            german_mentions(text),
            [
                "Türkei",
                "Aserbaidschans",
                "Leo",
                "Bedra",
                "Braunsdorf",
                "Schmidt",
                "Irlands",
                "Anna Berger",
                "Vereinigten Staaten"
            ]
        );
    }

    #[test]
    fn a_german_noun_after_an_article_stays_out_of_the_name_after_it() {
        let text = "Der polnische Rennkanute Adam Seroczynski wurde gesperrt. Die Französin \
                    Christine Lagarde leitet die Zentralbank. Gewählt wurde der \
                    Niederländer Jeroen Dijsselbloem.";
        assert_eq!(
            german_mentions(text),
            [
                "Adam Seroczynski",
                "Christine Lagarde",
                "Jeroen Dijsselbloem"
            ]
        );
    }

    #[test]
    fn a_name_after_in_or_from_is_a_place() {
        let text = "Troops from Iraq moved in Fallujah on Monday, said John Hassan. Hassan \
                    has lived in Baghdad since NATO came.";
        let summary = summarize(text, &Options::new().lang(Lang::En)).expect("summary");
        let kind = |name: &str| {
            summary
                .entities
                .iter()
                .find(|e| e.text == name)
                .map(|e| e.kind)
        };
        assert_eq!(kind("Iraq"), Some(EntityKind::Place));
        assert_eq!(kind("Fallujah"), Some(EntityKind::Place));
        assert_eq!(kind("Baghdad"), Some(EntityKind::Place));
        assert_eq!(kind("John Hassan"), Some(EntityKind::Person));
        assert_eq!(kind("NATO"), Some(EntityKind::Organization));
    }

    #[test]
    fn a_title_case_heading_names_only_what_the_text_names_too() {
        let text = "Mayor Says City Will Rebuild After Storm\n\nThe mayor of New York, \
                    Eric Adams, said the city would rebuild.\n\nTeam Coach: Lisa Gilette \
                    Kristen Quinn";
        assert_eq!(
            english_mentions(text),
            ["New York", "Eric Adams", "Lisa Gilette", "Kristen Quinn"]
        );
    }

    #[test]
    fn a_roman_numeral_is_a_name_only_after_one() {
        let text = "Im Jahr 1966 besuchte Elisabeth II. die Stadt. Gegenstände der Klasse IV \
                    unterliegen strengen Regeln, die Anlagen I und II auch.";
        assert_eq!(german_mentions(text), ["Elisabeth II"]);
    }

    #[test]
    fn listed_acronyms_are_places_and_others_organisations() {
        let text = "Die USA und die EU stritten lange. Der US-Außenminister sprach mit der \
                    NATO. Die DDR gibt es nicht mehr, sagte die SPD.";
        let summary = summarize(text, &Options::new().lang(Lang::De)).expect("summary");
        let kind = |name: &str| {
            summary
                .entities
                .iter()
                .find(|e| e.text == name)
                .map(|e| e.kind)
        };
        assert_eq!(kind("USA"), Some(EntityKind::Place));
        assert_eq!(kind("US"), Some(EntityKind::Place));
        assert_eq!(kind("DDR"), Some(EntityKind::Place));
        assert_eq!(kind("EU"), Some(EntityKind::Organization));
        assert_eq!(kind("NATO"), Some(EntityKind::Organization));
        assert_eq!(kind("SPD"), Some(EntityKind::Organization));
    }

    #[test]
    fn nationality_and_religion_words_are_no_entities() {
        let text = "Violence throughout the Sunni Arab regions worried Muslim clerics, and the \
                    festering Israeli-Palestinian struggle helped Islamic Jihad in Gaza.";
        let found = english_mentions(text);
        assert_eq!(found, ["Islamic Jihad", "Gaza"]);
    }

    #[test]
    fn shouted_common_words_are_no_acronyms() {
        let text = "Natasha Ivanova is the BEST photographer we have ever worked with, and the \
                    BBC said so. Adobe Reader may be downloaded for FREE from the NASA site.";
        let found = english_mentions(text);
        assert_eq!(found, ["Natasha Ivanova", "BBC", "Adobe Reader", "NASA"]);
    }

    #[test]
    fn a_common_word_capitalised_once_is_no_name() {
        let text = "The food was good and the Staff was friendly. Maria Lopez runs the Kitchen. \
                    On Tuesday Bush spoke first, and later Bush left.";
        let found = english_mentions(text);
        assert_eq!(found, ["Maria Lopez", "Bush", "Bush"]);
    }

    #[test]
    fn an_english_first_name_signs_a_mail() {
        let text = "Hi all,\nThe meeting moved to Friday at noon.\nThanks,\nMike\n";
        let summary = summarize(text, &Options::new().lang(Lang::En)).expect("summary");
        let found: Vec<(&str, EntityKind)> = summary
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(move |m| (&text[m.start..m.end], e.kind))
            })
            .collect();
        assert_eq!(found, [("Mike", EntityKind::Person)]);
    }

    #[test]
    fn interjections_and_sign_offs_are_no_names() {
        let text = "I appreciate that. (Laughter.) We fixed the heater. WOW, what a view!\n\
                    Cheers,\nDana Whitfield\nP.S. FYI the Hilton Garden Inn is full.";
        let found = english_mentions(text);
        assert_eq!(found, ["Dana Whitfield", "Hilton Garden Inn"]);
    }

    #[test]
    fn a_title_case_heading_gives_its_capitals_no_weight() {
        let text = "Thanks For A Great Job\nThe crew from Sunpower put New Solar Panels on our \
                    roof.\nGreat Food and Nice Staff in Town\nLuigi runs it.";
        let found = english_mentions(text);
        assert_eq!(found, ["Sunpower", "New Solar Panels", "Luigi"]);
    }

    #[test]
    fn a_frequent_name_starts_a_sentence() {
        let text = "London has been great. Brokering over here has been pretty rewarding.";
        assert_eq!(english_mentions(text), ["London"]);
    }

    #[test]
    fn a_first_name_after_one_name_word_continues_the_name() {
        let text = "We flew from San Francisco to meet Ariel Sharon and the team.";
        assert_eq!(english_mentions(text), ["San Francisco", "Ariel Sharon"]);
    }

    #[test]
    fn the_period_of_dotted_initials_stays_inside_a_name() {
        let text = "A painting by W.H.S. Koerner hangs in the lobby of J.M. Huber Corporation.";
        assert_eq!(
            english_mentions(text),
            ["W.H.S. Koerner", "J.M. Huber Corporation"]
        );
    }

    #[test]
    fn saint_is_part_of_a_place_name() {
        let text = "We stayed in St. Thomas and took the train from London St Pancras.";
        assert_eq!(english_mentions(text), ["St. Thomas", "London St Pancras"]);
    }

    #[test]
    fn a_legal_form_ends_a_company_name() {
        let text = "He was paid in shares of Enron Corp. common stock before Google, Inc. of \
                    Mountain View hired him.";
        assert_eq!(
            english_mentions(text),
            ["Enron Corp.", "Google, Inc.", "Mountain View"]
        );
    }

    #[test]
    fn a_word_also_written_lowercase_continues_a_name() {
        let text = "Anthony Shadid of the Washington Post walked to the post office, but the \
                    post was late.";
        assert_eq!(
            english_mentions(text),
            ["Anthony Shadid", "Washington Post"]
        );
    }

    #[test]
    fn a_first_name_ends_an_english_of_name() {
        let text = "To defend your rights, please call the Law Offices of Armando Villega.";
        assert_eq!(english_mentions(text), ["Law Offices of Armando Villega"]);
    }

    #[test]
    fn a_capitalised_article_inside_a_sentence_belongs_to_the_name() {
        let text = "The Peak District is close. His income moved from The Mozilla Foundation \
                    to Mountain View.";
        assert_eq!(
            english_mentions(text),
            ["Peak District", "The Mozilla Foundation", "Mountain View"]
        );
    }

    #[test]
    fn an_initial_that_is_also_a_word_stays_inside_a_name() {
        let text = "The report was signed by Kevin A. Boone in the Houston office.";
        assert_eq!(english_mentions(text), ["Kevin A. Boone", "Houston"]);
    }

    #[test]
    fn an_irish_name_is_no_contraction() {
        let text = "The painting is on loan from Joe O'Neill, who replaced O'Keefe. I'm glad.";
        assert_eq!(english_mentions(text), ["Joe O'Neill", "O'Keefe"]);
    }

    #[test]
    fn a_word_after_a_title_is_a_name_throughout_the_text() {
        let text = "President Bush on Tuesday nominated two judges. Bush also nominated a third.";
        assert_eq!(english_mentions(text), ["Bush", "Bush"]);
    }

    #[test]
    fn a_text_that_writes_i_lowercase_writes_names_lowercase_too() {
        let text = "i need a good hotel in kerala. which places in Kerala are quiet? \
                    i will meet american friends there.";
        assert_eq!(english_mentions(text), ["kerala", "Kerala"]);
    }

    #[test]
    fn stretched_words_and_possessives_of_common_words_are_no_names() {
        let text = "Soooo tasty! We loved it. Today's special was great. VERYYY good service.";
        assert!(english_mentions(text).is_empty());
    }

    #[test]
    fn a_very_frequent_name_is_a_name_alone() {
        let text = "The price rose in London and fell in New York's main market.";
        assert_eq!(english_mentions(text), ["London", "New York"]);
    }

    #[test]
    fn a_list_of_full_names_splits_at_each_first_name() {
        let text = "The attendees were Larry Lewis Tom Martin Scott Neal and me.";
        assert_eq!(
            english_mentions(text),
            ["Larry Lewis", "Tom Martin", "Scott Neal"]
        );
    }

    #[test]
    fn a_mail_name_keeps_its_organisation_and_a_mail_address_is_no_name() {
        let text = "Traci Warner@ENRON COMMUNICATIONS wrote at noon. You can reach me at \
                    RobBrnglsn@aol.com any time.";
        assert_eq!(english_mentions(text), ["Traci Warner@ENRON"]);
    }

    #[test]
    fn a_particle_starts_an_english_name() {
        let text = "Young men may look to bin Laden for cues, as they do Hezbollah clerics.";
        assert_eq!(english_mentions(text), ["bin Laden", "Hezbollah"]);
    }

    #[test]
    fn a_careless_text_writes_frequent_names_lowercase() {
        let text = "i am from mexico and on sunday i fly. see http://www.example.com for more.";
        assert_eq!(english_mentions(text), ["mexico"]);
    }

    #[test]
    fn an_initial_without_its_period_after_a_first_name_stays_inside_a_name() {
        let text = "The memo came from Jeffrey T Hodge in the legal team.";
        assert_eq!(english_mentions(text), ["Jeffrey T Hodge"]);
    }

    #[test]
    fn an_arabic_article_joined_to_a_name_is_a_name() {
        let text = "Radical cleric Muqtada al-Sadr said the attack on al-Qaida was a provocation.";
        let found = english_mentions(text);
        assert!(found.contains(&"Muqtada al-Sadr"), "{found:?}");
        assert!(found.contains(&"al-Qaida"), "{found:?}");
    }
}
