//! What a summary holds: chosen sentences, every sentence's score and reasons, entities,
//! keywords and the language used.

use crate::entities::Entity;
use crate::keywords::Keyword;
use crate::lang::Lang;
use crate::segment::UnitKind;

/// A byte span of the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

impl Span {
    pub(crate) fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The spanned text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// What contributed to a sentence's score, so a page can explain the choice: the score is the
/// sum of `keywords`, `entities`, `headline`, `centrality`, `position` and `form`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reasons {
    /// From the keywords the sentence contains (their weight per word).
    pub keywords: f64,
    /// From the entities it mentions.
    pub entities: f64,
    /// From its overlap with the headline, when the text has one.
    pub headline: f64,
    /// From how much the rest of the text, above all the part after it, takes up its terms.
    pub centrality: f64,
    /// From its position (news put the gist in the first sentences); may be negative.
    pub position: f64,
    /// From its form, 0 or less: very short, a quotation or a colon, no closing sentence mark.
    pub form: f64,
    /// Why the sentence can never be chosen ("metadata", "boilerplate", "byline", ...).
    pub excluded: Option<&'static str>,
    /// Indices into [`Summary::keywords`] of the keywords it contains.
    pub keyword_ids: Vec<usize>,
    /// Indices into [`Summary::entities`] of the entities it mentions.
    pub entity_ids: Vec<usize>,
}

/// One unit of the text with its score.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoredSentence {
    /// Where it is in the text (bytes).
    pub span: Span,
    /// Sentence, headline, list item or metadata.
    pub kind: UnitKind,
    /// Its score (higher is better; may be negative); 0 for units that can never be chosen.
    pub score: f64,
    /// Its rank among all units by score (0 = best), if it can be chosen.
    pub rank: Option<usize>,
    /// Whether the summary includes it.
    pub selected: bool,
    /// What the score is made of.
    pub reasons: Reasons,
}

/// The result of [`crate::summarize`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The language whose data was used (`None`: generic rules only).
    pub lang: Option<Lang>,
    /// Whether `lang` was detected (true) or given (false).
    pub lang_detected: bool,
    /// Every unit of the text, in document order, with scores.
    pub sentences: Vec<ScoredSentence>,
    /// Indices into `sentences` of the chosen ones, in the requested order.
    pub selected: Vec<usize>,
    /// The entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// The keywords, heaviest first.
    pub keywords: Vec<Keyword>,
}

impl Summary {
    /// The chosen sentences, in the requested order.
    pub fn chosen(&self) -> impl Iterator<Item = &ScoredSentence> + '_ {
        self.selected.iter().map(|&i| &self.sentences[i])
    }

    /// The chosen sentences' texts joined by one space.
    pub fn text(&self, text: &str) -> String {
        let parts: Vec<&str> = self.chosen().map(|s| s.span.text(text)).collect();
        parts.join(" ")
    }
}
