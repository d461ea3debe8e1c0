//! Language-detection accuracy on whole documents and on their first sentence.
//!
//! First sentences are the hard case (short, often a headline or a name); the gold files
//! give them exactly, the summary files through `kernsatz::segment` without a language, as
//! the summarizer would see them before it knows the language.

use crate::{ratio, read_jsonl, str_field, Args, Common};
use kernsatz::{detect_language, segment, Lang};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::process::ExitCode;

/// Where a source's first sentence comes from.
#[derive(Clone, Copy)]
enum FirstSentence {
    /// The first span of the gold `sentences`.
    Gold,
    /// The first unit `kernsatz::segment(text, None)` finds.
    Segmented,
}

const SOURCES: [(&str, FirstSentence); 7] = [
    ("data/de-mlsum-dev.jsonl", FirstSentence::Segmented),
    ("data/en-cnndm-dev.jsonl", FirstSentence::Segmented),
    ("data/de-klexikon-dev.jsonl", FirstSentence::Segmented),
    ("data/gold/sbd-de-dev.jsonl", FirstSentence::Gold),
    ("data/gold/sbd-en-dev.jsonl", FirstSentence::Gold),
    ("data/gold/sbd-fr-dev.jsonl", FirstSentence::Gold),
    ("data/gold/sbd-es-dev.jsonl", FirstSentence::Gold),
];

/// Detection results for one kind of input (full text or first sentence).
#[derive(Default, Clone)]
struct Tally {
    docs: usize,
    correct: usize,
    none: usize,
    /// Wrong answers by detected language.
    confusions: BTreeMap<&'static str, usize>,
}

impl Tally {
    fn record(&mut self, expected: Lang, detected: Option<Lang>) {
        self.docs += 1;
        match detected {
            Some(lang) if lang == expected => self.correct += 1,
            Some(lang) => *self.confusions.entry(lang.code()).or_default() += 1,
            None => self.none += 1,
        }
    }

    fn add(&mut self, other: &Tally) {
        self.docs += other.docs;
        self.correct += other.correct;
        self.none += other.none;
        for (lang, n) in &other.confusions {
            *self.confusions.entry(lang).or_default() += n;
        }
    }

    fn accuracy(&self) -> f64 {
        ratio(self.correct, self.docs)
    }

    fn confusion_text(&self) -> String {
        let parts: Vec<String> = self
            .confusions
            .iter()
            .map(|(lang, n)| format!("{lang}:{n}"))
            .collect();
        parts.join(" ")
    }

    fn to_json(&self) -> Value {
        json!({
            "docs": self.docs,
            "correct": self.correct,
            "accuracy": self.accuracy(),
            "none": self.none,
            "wrong": self.confusions,
        })
    }
}

/// Full-text and first-sentence results of one group (a file or a language).
#[derive(Default, Clone)]
struct Row {
    full: Tally,
    first: Tally,
    /// Total length of the first sentences, for their mean.
    first_chars: usize,
}

impl Row {
    fn add(&mut self, other: &Row) {
        self.full.add(&other.full);
        self.first.add(&other.first);
        self.first_chars += other.first_chars;
    }

    fn mean_first_chars(&self) -> f64 {
        ratio(self.first_chars, self.first.docs)
    }

    fn to_json(&self) -> Value {
        json!({
            "full": self.full.to_json(),
            "first_sentence": self.first.to_json(),
            "first_sentence_mean_chars": self.mean_first_chars(),
        })
    }
}

pub fn command(common: &Common, args: &mut Args) -> Result<ExitCode, String> {
    args.finish()?;
    // Keyed by (file, language): a file holds one language, but nothing should rely on that.
    let mut by_file: Vec<(String, &'static str, Row)> = Vec::new();
    for (file, first_sentence) in SOURCES {
        let path = common.shared_file(file);
        let mut rows: BTreeMap<&'static str, Row> = BTreeMap::new();
        for doc in read_jsonl(&path)? {
            let text = str_field(&doc, "text", &path)?;
            let code = str_field(&doc, "lang", &path)?;
            let expected = Lang::from_code(code)
                .ok_or_else(|| format!("{}: unsupported lang {code:?}", path.display()))?;
            let first = match first_sentence {
                FirstSentence::Gold => gold_first_sentence(&doc, text),
                FirstSentence::Segmented => segment(text, None).first().map(|u| u.text(text)),
            }
            .unwrap_or("");
            let row = rows.entry(expected.code()).or_default();
            row.full.record(expected, detect_language(text).lang);
            row.first.record(expected, detect_language(first).lang);
            row.first_chars += first.chars().count();
        }
        let name = file.trim_start_matches("data/").to_string();
        by_file.extend(
            rows.into_iter()
                .map(|(lang, row)| (name.clone(), lang, row)),
        );
    }
    let mut by_lang: BTreeMap<&'static str, Row> = BTreeMap::new();
    for (_, lang, row) in &by_file {
        by_lang.entry(lang).or_default().add(row);
    }

    if common.json {
        let files: Vec<Value> = by_file
            .iter()
            .map(|(file, lang, row)| json!({"file": file, "lang": lang, "result": row.to_json()}))
            .collect();
        let langs: serde_json::Map<String, Value> = by_lang
            .iter()
            .map(|(lang, row)| (lang.to_string(), row.to_json()))
            .collect();
        println!(
            "{}",
            json!({"command": "lang", "files": files, "languages": langs})
        );
    } else {
        print_table(&by_file, &by_lang);
    }
    Ok(ExitCode::SUCCESS)
}

/// The text of the first gold sentence (code point offsets).
fn gold_first_sentence<'t>(doc: &Value, text: &'t str) -> Option<&'t str> {
    let span = doc.get("sentences")?.get(0)?;
    let start = usize::try_from(span.get(0)?.as_u64()?).ok()?;
    let end = usize::try_from(span.get(1)?.as_u64()?).ok()?;
    let byte = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(i, _)| i);
    text.get(byte(start)..byte(end))
}

fn print_table(by_file: &[(String, &'static str, Row)], by_lang: &BTreeMap<&'static str, Row>) {
    println!("Language detection: accuracy (None = no answer; wrong answers as detected:count)");
    println!(
        "{:<24} {:<4} {:>5} | {:>7} {:>5} {:<12} | {:>7} {:>5} {:<24} {:>6}",
        "file", "lang", "docs", "full", "None", "wrong", "first", "None", "wrong", "chars"
    );
    let lang_rows = by_lang
        .iter()
        .map(|(lang, row)| ("all of language".to_string(), *lang, row));
    let file_rows = by_file.iter().map(|(f, l, r)| (f.clone(), *l, r));
    for (name, lang, row) in file_rows.chain(lang_rows) {
        println!(
            "{:<24} {:<4} {:>5} | {:>7.4} {:>5} {:<12} | {:>7.4} {:>5} {:<24} {:>6.1}",
            name,
            lang,
            row.full.docs,
            row.full.accuracy(),
            row.full.none,
            row.full.confusion_text(),
            row.first.accuracy(),
            row.first.none,
            row.first.confusion_text(),
            row.mean_first_chars(),
        );
    }
}
