//! Sentence-boundary evaluation against the Universal Dependencies gold spans.
//!
//! A boundary is identified by the code point offset where the *following* sentence starts.
//! Gold sentences and predicted units are both trimmed, so this is the first non-whitespace
//! character after the break; using it instead of the end of the earlier sentence makes the
//! measure blind to how a system assigns the whitespace (or a stray space before a line break)
//! between two sentences. The start of the text is not a boundary.
//!
//! "Punctuated" restricts the measure to boundaries whose preceding text ends, after
//! whitespace and closing quotes/brackets, with `.`, `!`, `?` or `…`: the boundaries a
//! punctuation-driven splitter can find at all. Gold and predicted boundaries use the same
//! test on the text before the boundary (the gold data has only whitespace between sentences,
//! so for gold this is the end of the earlier sentence).

use crate::{id_of, ratio, read_jsonl, str_field, Args, Common};
use kernsatz::{segment, Lang, OffsetConverter, OffsetUnit};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;
use unicode_segmentation::UnicodeSegmentation;

const DEFAULT_LANGS: &str = "de,en,fr,es";
/// Characters of context shown on each side of an error.
const CONTEXT_CHARS: usize = 40;

/// A sentence splitter under test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum System {
    /// `kernsatz::segment` with the document's language.
    Kernsatz,
    /// Plain UAX #29 sentence breaks over the whole text: the baseline kernsatz repairs.
    Uax29,
}

const SYSTEMS: [System; 2] = [System::Kernsatz, System::Uax29];

impl System {
    fn name(self) -> &'static str {
        match self {
            System::Kernsatz => "kernsatz",
            System::Uax29 => "uax29",
        }
    }
}

/// Boundary counts; precision, recall and F1 derive from them.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    true_positives: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }

    fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.true_positives += other.true_positives;
    }

    fn to_json(self) -> Value {
        json!({
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.true_positives,
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
        })
    }
}

/// The measures of one system on one language.
#[derive(Clone, Copy, Debug, Default)]
struct Measures {
    all: Counts,
    punctuated: Counts,
}

impl Measures {
    fn add(&mut self, other: Measures) {
        self.all.add(other.all);
        self.punctuated.add(other.punctuated);
    }
}

/// One false positive (a predicted boundary gold does not have) or false negative.
struct ErrorCase {
    doc: String,
    offset: usize,
    false_positive: bool,
    /// Whether plain UAX #29 got this boundary right, i.e. the error is kernsatz's own.
    regression: bool,
    category: &'static str,
    context: String,
}

/// Everything measured on one language.
struct LangResult {
    lang: String,
    docs: usize,
    measures: Vec<(System, Measures)>,
    /// Kernsatz's errors, in document order.
    errors: Vec<ErrorCase>,
}

pub fn command(common: &Common, args: &mut Args) -> Result<ExitCode, String> {
    let langs = args
        .value("--lang")?
        .unwrap_or_else(|| DEFAULT_LANGS.to_string());
    let show_errors = args.number("--errors")?;
    args.finish()?;

    let mut results = Vec::new();
    for code in langs.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        results.push(evaluate_lang(common, code)?);
    }
    if common.json {
        println!("{}", to_json(&results, show_errors));
    } else {
        print_table(&results);
        if let Some(n) = show_errors {
            print_errors(&results, n);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn evaluate_lang(common: &Common, code: &str) -> Result<LangResult, String> {
    let path = common.shared_file(&format!("data/gold/sbd-{code}-dev.jsonl"));
    let rows = read_jsonl(&path)?;
    let mut measures: Vec<(System, Measures)> =
        SYSTEMS.iter().map(|&s| (s, Measures::default())).collect();
    let mut errors = Vec::new();
    for row in &rows {
        let text = str_field(row, "text", &path)?;
        let doc = Document::new(text);
        let lang = row
            .get("lang")
            .and_then(Value::as_str)
            .and_then(Lang::from_code);
        let gold = doc.gold_boundaries(row).ok_or_else(|| {
            format!(
                "{}: document {} has no valid \"sentences\"",
                path.display(),
                id_of(row).unwrap_or_default()
            )
        })?;
        let kernsatz = doc.kernsatz_boundaries(lang);
        let baseline = doc.uax29_boundaries();
        for (system, total) in &mut measures {
            let predicted = match system {
                System::Kernsatz => &kernsatz,
                System::Uax29 => &baseline,
            };
            total.add(doc.measure(&gold, predicted));
        }
        let id = id_of(row).unwrap_or_default();
        doc.collect_errors(&id, &gold, &kernsatz, &baseline, &mut errors);
    }
    Ok(LangResult {
        lang: code.to_string(),
        docs: rows.len(),
        measures,
        errors,
    })
}

/// A text with a code point → byte offset table, since gold offsets count code points.
struct Document<'t> {
    text: &'t str,
    /// Byte offset of every code point, plus the text's length at the end.
    bytes: Vec<usize>,
}

impl<'t> Document<'t> {
    fn new(text: &'t str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        Document { text, bytes }
    }

    fn chars(&self) -> usize {
        self.bytes.len() - 1
    }

    /// The text before code point offset `offset`.
    fn before(&self, offset: usize) -> &'t str {
        &self.text[..self.bytes[offset]]
    }

    /// Gold boundaries: the start of every gold sentence but the first.
    fn gold_boundaries(&self, row: &Value) -> Option<BTreeSet<usize>> {
        let spans = row.get("sentences")?.as_array()?;
        let mut starts = BTreeSet::new();
        for span in spans.iter().skip(1) {
            let start = usize::try_from(span.get(0)?.as_u64()?).ok()?;
            if start > self.chars() {
                return None;
            }
            starts.insert(start);
        }
        Some(starts)
    }

    fn kernsatz_boundaries(&self, lang: Option<Lang>) -> BTreeSet<usize> {
        let starts = segment(self.text, lang).into_iter().map(|unit| unit.start);
        self.code_point_boundaries(starts)
    }

    fn uax29_boundaries(&self) -> BTreeSet<usize> {
        // The iterator's size_hint underflows on empty input in some versions; there is
        // nothing to split anyway.
        if self.text.is_empty() {
            return BTreeSet::new();
        }
        let mut starts = Vec::new();
        for (start, piece) in self.text.split_sentence_bound_indices() {
            let trimmed = piece.trim_start();
            if !trimmed.trim_end().is_empty() {
                starts.push(start + piece.len() - trimmed.len());
            }
        }
        self.code_point_boundaries(starts.into_iter())
    }

    /// Boundaries from ascending byte offsets of unit starts: every start but the first, in
    /// code points.
    fn code_point_boundaries(&self, starts: impl Iterator<Item = usize>) -> BTreeSet<usize> {
        let mut converter = OffsetConverter::new(self.text, OffsetUnit::CodePoint);
        starts.skip(1).map(|b| converter.convert(b)).collect()
    }

    fn punctuated(&self, boundary: usize) -> bool {
        ends_with_terminal(self.before(boundary))
    }

    fn measure(&self, gold: &BTreeSet<usize>, predicted: &BTreeSet<usize>) -> Measures {
        let count = |keep: &dyn Fn(usize) -> bool| Counts {
            gold: gold.iter().filter(|&&b| keep(b)).count(),
            predicted: predicted.iter().filter(|&&b| keep(b)).count(),
            true_positives: gold.intersection(predicted).filter(|&&b| keep(b)).count(),
        };
        Measures {
            all: count(&|_| true),
            punctuated: count(&|b| self.punctuated(b)),
        }
    }

    fn collect_errors(
        &self,
        doc: &str,
        gold: &BTreeSet<usize>,
        predicted: &BTreeSet<usize>,
        baseline: &BTreeSet<usize>,
        out: &mut Vec<ErrorCase>,
    ) {
        let false_positives = predicted.difference(gold).map(|&b| (b, true));
        let false_negatives = gold.difference(predicted).map(|&b| (b, false));
        let mut cases: Vec<(usize, bool)> = false_positives.chain(false_negatives).collect();
        cases.sort_unstable();
        for (offset, false_positive) in cases {
            out.push(ErrorCase {
                doc: doc.to_string(),
                offset,
                false_positive,
                // A false positive the baseline avoided, or a boundary it found.
                regression: baseline.contains(&offset) != false_positive,
                category: self.categorize(offset, false_positive),
                context: self.context(offset),
            });
        }
    }

    /// Up to [`CONTEXT_CHARS`] characters on each side, `‖` at the boundary, line breaks shown.
    fn context(&self, offset: usize) -> String {
        let from = offset.saturating_sub(CONTEXT_CHARS);
        let to = (offset + CONTEXT_CHARS).min(self.chars());
        let left = &self.text[self.bytes[from]..self.bytes[offset]];
        let right = &self.text[self.bytes[offset]..self.bytes[to]];
        format!("{left}‖{right}")
            .replace('\n', "⏎")
            .replace('\t', " ")
    }

    /// A rough cause, from the word before the boundary and the character after it; enough
    /// to see which repairs matter most, not a diagnosis.
    fn categorize(&self, offset: usize, false_positive: bool) -> &'static str {
        let before = self.before(offset);
        let after = self.text[self.bytes[offset]..].chars().next();
        let gap = &before[before.trim_end().len()..];
        let last_word = before
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let core = last_word.trim_end_matches(is_closer);
        if !ends_with_terminal(before) {
            return if gap.contains('\n') {
                "line break, no final punctuation"
            } else if core.ends_with([':', ';']) {
                "colon or semicolon"
            } else if false_positive {
                "split without final punctuation"
            } else {
                "sentence without final punctuation"
            };
        }
        if core.ends_with("..") || core.ends_with('…') {
            return "ellipsis";
        }
        if after.is_some_and(|c| matches!(c, '-' | '–' | '—')) {
            return "dash after the break (dialogue, list)";
        }
        // A missed break before a lowercase word is better explained by the lowercase than by
        // the word before it ("you. call them").
        let lowercase_next = after.is_some_and(char::is_lowercase);
        if lowercase_next && !false_positive {
            return "terminal punctuation + lowercase";
        }
        let stem = core.trim_end_matches(['.', '!', '?', '…']);
        if core.ends_with('.') && !stem.is_empty() {
            if stem.chars().all(|c| c.is_ascii_digit()) {
                return "number + period (ordinal, date)";
            }
            if stem
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '/')
            {
                return "date or number with periods";
            }
            let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
            let upper_initial = stem.chars().next().is_some_and(char::is_uppercase);
            let short = letters <= 3 || (upper_initial && letters <= 4);
            if stem.contains('.') || (short && stem.chars().all(char::is_alphabetic)) {
                return if letters == 1 && upper_initial {
                    "initial (\"J.\")"
                } else {
                    "short word + period (abbreviation?)"
                };
            }
        }
        if lowercase_next {
            return "terminal punctuation + lowercase";
        }
        if after.is_some_and(|c| c.is_ascii_digit()) {
            return "terminal punctuation + digit";
        }
        if last_word.ends_with(is_closer) || after.is_some_and(is_opener) {
            return "punctuation at quotes or brackets";
        }
        "other, after terminal punctuation"
    }
}

/// Whether `text` ends, ignoring whitespace and closing quotes/brackets, with sentence-final
/// punctuation.
fn ends_with_terminal(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || is_closer(c))
        .ends_with(['.', '!', '?', '…'])
}

/// Quotes and closing brackets that may follow a sentence's final punctuation. Quotes are
/// included in every direction because German („…“), French (« … ») and English (“…”) close
/// with different characters.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '»'
            | '«'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '‹'
            | '›'
            | ')'
            | ']'
            | '}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '»'
            | '«'
            | '“'
            | '„'
            | '‘'
            | '‚'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
    )
}

fn micro_total(results: &[LangResult]) -> Vec<(System, Measures)> {
    SYSTEMS
        .iter()
        .map(|&system| {
            let mut total = Measures::default();
            for result in results {
                for (s, m) in &result.measures {
                    if *s == system {
                        total.add(*m);
                    }
                }
            }
            (system, total)
        })
        .collect()
}

fn print_table(results: &[LangResult]) {
    println!("Sentence boundaries (boundary = start of the next sentence, in code points)");
    println!(
        "{:<21} | {:^41} | {:^41}",
        "", "all boundaries", "punctuated boundaries"
    );
    println!(
        "{:<5} {:<9} {:>5} | {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "lang", "system", "docs", "gold", "pred", "TP", "P", "R", "F1", "gold", "pred", "TP", "P",
        "R", "F1"
    );
    let total = micro_total(results);
    let docs: usize = results.iter().map(|r| r.docs).sum();
    let rows = results
        .iter()
        .map(|r| (r.lang.as_str(), r.docs, &r.measures))
        .chain((results.len() > 1).then_some(("all", docs, &total)));
    for (lang, docs, measures) in rows {
        for (system, m) in measures {
            println!(
                "{:<5} {:<9} {:>5} | {} | {}",
                lang,
                system.name(),
                docs,
                counts_cells(&m.all),
                counts_cells(&m.punctuated)
            );
        }
    }
}

fn counts_cells(c: &Counts) -> String {
    format!(
        "{:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}",
        c.gold,
        c.predicted,
        c.true_positives,
        c.precision(),
        c.recall(),
        c.f1()
    )
}

fn category_counts(errors: &[ErrorCase], false_positive: bool) -> Vec<(&'static str, usize)> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for e in errors.iter().filter(|e| e.false_positive == false_positive) {
        *counts.entry(e.category).or_default() += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
}

fn print_errors(results: &[LangResult], limit: usize) {
    for result in results {
        for (false_positive, title) in [
            (true, "false positives (kernsatz splits, gold does not)"),
            (false, "false negatives (gold splits, kernsatz does not)"),
        ] {
            let cases: Vec<&ErrorCase> = result
                .errors
                .iter()
                .filter(|e| e.false_positive == false_positive)
                .collect();
            let regressions = cases.iter().filter(|e| e.regression).count();
            println!(
                "\n[{}] {} {title}; {regressions} of them uax29 got right",
                result.lang,
                cases.len()
            );
            for (category, n) in category_counts(&result.errors, false_positive) {
                println!("  {n:>5}  {category}");
            }
            for case in cases.iter().take(limit) {
                let mark = if case.regression { ", uax29 right" } else { "" };
                println!(
                    "  {} @{} [{}{mark}]\n      {}",
                    case.doc, case.offset, case.category, case.context
                );
            }
        }
    }
}

fn to_json(results: &[LangResult], show_errors: Option<usize>) -> Value {
    let systems_json = |measures: &[(System, Measures)]| -> Value {
        measures
            .iter()
            .map(|(s, m)| {
                (
                    s.name().to_string(),
                    json!({"all": m.all.to_json(), "punctuated": m.punctuated.to_json()}),
                )
            })
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    let languages: Vec<Value> = results
        .iter()
        .map(|r| {
            let mut obj = json!({
                "lang": r.lang,
                "docs": r.docs,
                "systems": systems_json(&r.measures),
            });
            if let Some(limit) = show_errors {
                let examples = |fp: bool| -> Vec<Value> {
                    r.errors
                        .iter()
                        .filter(|e| e.false_positive == fp)
                        .take(limit)
                        .map(|e| {
                            json!({"id": e.doc, "offset": e.offset, "category": e.category,
                                   "uax29_right": e.regression, "context": e.context})
                        })
                        .collect()
                };
                let categories = |fp: bool| -> Value {
                    category_counts(&r.errors, fp)
                        .into_iter()
                        .map(|(c, n)| (c.to_string(), Value::from(n)))
                        .collect::<serde_json::Map<_, _>>()
                        .into()
                };
                obj["kernsatz_errors"] = json!({
                    "false_positive_categories": categories(true),
                    "false_negative_categories": categories(false),
                    "false_positives": examples(true),
                    "false_negatives": examples(false),
                });
            }
            obj
        })
        .collect();
    json!({
        "command": "sbd",
        "boundary": "code point offset where the following sentence starts",
        "languages": languages,
        "total": systems_json(&micro_total(results)),
    })
}
