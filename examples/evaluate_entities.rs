//! Measures Kernsatz's entity mentions against the shared gold data (`../shared/data/gold/`).
//!
//! ```text
//! cargo run --release --example evaluate_entities [-- --json] [-- --errors N] [-- --set NAME]
//! ```
//!
//! Scores are exact-span precision, recall and F1 over all mentions (micro-averaged over the
//! documents of a set), for Kernsatz (`summarize(text, Options::new().lang(doc lang))`,
//! every mention of every entity) and, measured in the same run on the same documents, a
//! naive baseline: maximal runs of capitalised words (separated by spaces only) that do not
//! start a sentence. Sentence starts come from the gold sentence spans where a file has them,
//! else from `kernsatz::segment`.
//!
//! Gold sets:
//! - `germeval-de`: GermEval 2014 dev (`gold/ner-de-dev.jsonl`), outer spans of types PER, LOC,
//!   ORG and OTH; the `*deriv` and `*part` types ("deutschen", "EU-Budget") are not gold.
//!   A second line, `germeval-de*`, leaves out predictions that overlap such an excluded span
//!   (they are neither right nor wrong there), for information only.
//! - `ewt-en`: English-EWT entities (`gold/propn-en-dev.jsonl` field `entities`).
//! - `propn-<lang>`: runs of PROPN tokens (`gold/propn-<lang>-dev.jsonl` field `propn`).
//!
//! Gold offsets are code points; Kernsatz's byte spans are converted with
//! [`kernsatz::OffsetConverter`]. The shared directory is `../shared` beside the repository
//! unless `--data DIR` or `KERNSATZ_SHARED` says otherwise; it is read in place, never copied.

use kernsatz::{segment, summarize, tokenize, Lang, OffsetConverter, OffsetUnit, Options};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run --release --example evaluate_entities -- [OPTIONS]

options:
  --json        print one JSON object instead of a table
  --errors N    print up to N sample false positives and false negatives of Kernsatz per set
  --set NAME    only this set (germeval-de, ewt-en, propn-de, propn-en, propn-fr, propn-es)
  --dump FILE   write every document's gold and predicted spans (code points) as JSON Lines
  --data DIR    the shared directory (default: $KERNSATZ_SHARED, else ../shared beside the repo)
  -h, --help    show this help";

/// Which gold spans a set scores.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gold {
    /// GermEval outer entities of the four main types.
    GermEval,
    /// The `entities` field of English-EWT.
    Entities,
    /// Proper-noun runs.
    Propn,
}

struct Set {
    name: &'static str,
    file: &'static str,
    gold: Gold,
}

const SETS: &[Set] = &[
    Set {
        name: "germeval-de",
        file: "data/gold/ner-de-dev.jsonl",
        gold: Gold::GermEval,
    },
    Set {
        name: "ewt-en",
        file: "data/gold/propn-en-dev.jsonl",
        gold: Gold::Entities,
    },
    Set {
        name: "propn-de",
        file: "data/gold/propn-de-dev.jsonl",
        gold: Gold::Propn,
    },
    Set {
        name: "propn-en",
        file: "data/gold/propn-en-dev.jsonl",
        gold: Gold::Propn,
    },
    Set {
        name: "propn-fr",
        file: "data/gold/propn-fr-dev.jsonl",
        gold: Gold::Propn,
    },
    Set {
        name: "propn-es",
        file: "data/gold/propn-es-dev.jsonl",
        gold: Gold::Propn,
    },
];

type Spans = HashSet<(usize, usize)>;

/// True positives, predictions and gold spans.
#[derive(Clone, Copy, Default)]
struct Counts {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, pred: &Spans, gold: &Spans) {
        self.tp += pred.intersection(gold).count();
        self.pred += pred.len();
        self.gold += gold.len();
    }

    fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.pred);
        let r = ratio(self.tp, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }

    fn json(&self) -> Value {
        let (p, r, f) = self.prf();
        json!({"tp": self.tp, "pred": self.pred, "gold": self.gold,
               "precision": round(p), "recall": round(r), "f1": round(f)})
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// An error sample: document text and the span.
struct Sample {
    text: String,
    span: (usize, usize),
}

struct Result {
    name: &'static str,
    docs: usize,
    kernsatz: Counts,
    baseline: Counts,
    /// GermEval only: predictions overlapping an excluded (`*deriv`, `*part`) span left out.
    lenient: Option<(Counts, Counts)>,
    false_positives: Vec<Sample>,
    false_negatives: Vec<Sample>,
}

struct Args {
    json: bool,
    errors: usize,
    set: Option<String>,
    data: PathBuf,
    dump: Option<PathBuf>,
}

fn parse_args() -> std::result::Result<Option<Args>, String> {
    let mut args = Args {
        json: false,
        errors: 0,
        set: None,
        data: std::env::var_os("KERNSATZ_SHARED")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")),
        dump: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => args.json = true,
            "--errors" => {
                let n = it.next().ok_or("--errors needs a number")?;
                args.errors = n
                    .parse()
                    .map_err(|_| format!("--errors: not a number: {n}"))?;
            }
            "--set" => args.set = Some(it.next().ok_or("--set needs a name")?),
            "--data" => args.data = PathBuf::from(it.next().ok_or("--data needs a directory")?),
            "--dump" => args.dump = Some(PathBuf::from(it.next().ok_or("--dump needs a file")?)),
            "-h" | "--help" => return Ok(None),
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    if let Some(set) = &args.set {
        if !SETS.iter().any(|s| s.name == set) {
            return Err(format!("unknown set: {set}"));
        }
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut dump = match args.dump.as_ref().map(File::create).transpose() {
        Ok(file) => file.map(std::io::BufWriter::new),
        Err(e) => {
            eprintln!("error: --dump: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut results = Vec::new();
    for set in SETS {
        if args.set.as_deref().is_some_and(|s| s != set.name) {
            continue;
        }
        match evaluate(set, &args, dump.as_mut()) {
            Ok(result) => results.push(result),
            Err(e) => {
                eprintln!("error: {}: {e}", set.file);
                return ExitCode::FAILURE;
            }
        }
    }
    if args.json {
        let mut sets = serde_json::Map::new();
        for r in &results {
            let mut value = json!({"docs": r.docs, "kernsatz": r.kernsatz.json(),
                                   "baseline": r.baseline.json()});
            if let Some((k, b)) = &r.lenient {
                value["lenient"] = json!({"kernsatz": k.json(), "baseline": b.json()});
            }
            sets.insert(r.name.to_string(), value);
        }
        println!("{}", Value::Object(sets));
    } else {
        print_table(&results);
    }
    if args.errors > 0 {
        for r in &results {
            print_samples(r.name, "false positives", &r.false_positives, args.errors);
            print_samples(r.name, "false negatives", &r.false_negatives, args.errors);
        }
    }
    ExitCode::SUCCESS
}

fn print_table(results: &[Result]) {
    println!(
        "{:<13} {:>5} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
        "set", "docs", "gold", "P", "R", "F1", "naiveP", "naiveR", "naiveF1"
    );
    let row = |name: &str, docs: usize, k: &Counts, b: &Counts| {
        let (kp, kr, kf) = k.prf();
        let (bp, br, bf) = b.prf();
        println!(
            "{name:<13} {docs:>5} {:>6} | {kp:>6.3} {kr:>6.3} {kf:>6.3} | {bp:>6.3} {br:>6.3} {bf:>6.3}",
            k.gold
        );
    };
    for r in results {
        row(r.name, r.docs, &r.kernsatz, &r.baseline);
        if let Some((k, b)) = &r.lenient {
            row(&format!("{}*", r.name), r.docs, k, b);
        }
    }
    if results.iter().any(|r| r.lenient.is_some()) {
        println!("* predictions overlapping a *deriv/*part gold span left out (information only)");
    }
}

fn print_samples(name: &str, what: &str, samples: &[Sample], n: usize) {
    println!(
        "\n{name}: {what} ({} in all, every k-th shown)",
        samples.len()
    );
    let step = (samples.len() / n.max(1)).max(1);
    for sample in samples.iter().step_by(step).take(n) {
        let chars: Vec<char> = sample.text.chars().collect();
        let (s, e) = sample.span;
        let from = s.saturating_sub(40);
        let to = (e + 40).min(chars.len());
        let clip = |a: usize, b: usize| -> String {
            chars
                .get(a..b)
                .unwrap_or_default()
                .iter()
                .map(|&c| if c == '\n' { ' ' } else { c })
                .collect()
        };
        println!(
            "  {:<32} …{}[{}]{}…",
            clip(s, e),
            clip(from, s),
            clip(s, e),
            clip(e, to)
        );
    }
}

fn spans_of(value: Option<&Value>, keep: impl Fn(Option<&str>) -> bool) -> Vec<(usize, usize)> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let a = item.as_array()?;
                    let s = a.first()?.as_u64()? as usize;
                    let e = a.get(1)?.as_u64()? as usize;
                    keep(a.get(2).and_then(Value::as_str)).then_some((s, e))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn evaluate(
    set: &Set,
    args: &Args,
    mut dump: Option<&mut std::io::BufWriter<File>>,
) -> std::result::Result<Result, String> {
    let path = args.data.join(set.file);
    let file = File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut result = Result {
        name: set.name,
        docs: 0,
        kernsatz: Counts::default(),
        baseline: Counts::default(),
        lenient: (set.gold == Gold::GermEval).then(Default::default),
        false_positives: Vec::new(),
        false_negatives: Vec::new(),
    };
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let text = doc["text"].as_str().unwrap_or_default();
        let lang = doc["lang"].as_str().and_then(Lang::from_code);
        let (gold, excluded): (Spans, Vec<(usize, usize)>) = match set.gold {
            Gold::GermEval => (
                spans_of(doc.get("entities"), |t| {
                    matches!(t, Some("PER" | "LOC" | "ORG" | "OTH"))
                })
                .into_iter()
                .collect(),
                spans_of(doc.get("entities"), |t| {
                    t.is_some_and(|t| t.ends_with("deriv") || t.ends_with("part"))
                }),
            ),
            Gold::Entities => {
                if doc.get("entities").is_none() {
                    continue;
                }
                (
                    spans_of(doc.get("entities"), |_| true)
                        .into_iter()
                        .collect(),
                    Vec::new(),
                )
            }
            Gold::Propn => (
                spans_of(doc.get("propn"), |_| true).into_iter().collect(),
                Vec::new(),
            ),
        };
        result.docs += 1;
        let predicted = kernsatz_spans(text, lang);
        let sentences = spans_of(doc.get("sentences"), |_| true);
        let naive = baseline_spans(text, lang, &sentences);
        result.kernsatz.add(&predicted, &gold);
        if let Some(out) = dump.as_mut() {
            let sorted = |spans: &Spans| {
                let mut v: Vec<_> = spans.iter().copied().collect();
                v.sort_unstable();
                v
            };
            let line = json!({"set": set.name, "id": doc["id"], "text": text,
                              "gold": sorted(&gold), "pred": sorted(&predicted)});
            writeln!(out, "{line}").map_err(|e| e.to_string())?;
        }
        result.baseline.add(&naive, &gold);
        if let Some((k, b)) = &mut result.lenient {
            let overlaps = |p: &(usize, usize)| {
                !gold.contains(p) && excluded.iter().any(|x| p.0 < x.1 && x.0 < p.1)
            };
            let keep = |spans: &Spans| -> Spans {
                spans.iter().filter(|p| !overlaps(p)).copied().collect()
            };
            k.add(&keep(&predicted), &gold);
            b.add(&keep(&naive), &gold);
        }
        if args.errors > 0 {
            let mut fp: Vec<_> = predicted.difference(&gold).copied().collect();
            let mut fn_: Vec<_> = gold.difference(&predicted).copied().collect();
            fp.sort_unstable();
            fn_.sort_unstable();
            for span in fp {
                result.false_positives.push(Sample {
                    text: text.to_string(),
                    span,
                });
            }
            for span in fn_ {
                result.false_negatives.push(Sample {
                    text: text.to_string(),
                    span,
                });
            }
        }
    }
    Ok(result)
}

/// Every entity mention Kernsatz finds, in code points.
fn kernsatz_spans(text: &str, lang: Option<Lang>) -> Spans {
    let options = match lang {
        Some(lang) => Options::new().lang(lang),
        None => Options::new(),
    };
    let Ok(summary) = summarize(text, &options) else {
        return Spans::new();
    };
    let mut bytes: Vec<(usize, usize)> = summary
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    bytes.sort_unstable();
    let mut converter = OffsetConverter::new(text, OffsetUnit::CodePoint);
    let mut out = Spans::new();
    for (s, e) in bytes {
        let s = converter.convert(s);
        let e = converter.convert(e);
        out.insert((s, e));
    }
    out
}

/// The naive baseline: maximal runs of capitalised words, separated only by spaces, without
/// a sentence's first word. `sentences` are gold code point spans (may be empty).
fn baseline_spans(text: &str, lang: Option<Lang>, sentences: &[(usize, usize)]) -> Spans {
    let mut starts: Vec<usize> = if sentences.is_empty() {
        let mut converter = OffsetConverter::new(text, OffsetUnit::CodePoint);
        segment(text, lang)
            .iter()
            .map(|u| converter.convert(u.start))
            .collect()
    } else {
        sentences.iter().map(|s| s.0).collect()
    };
    starts.sort_unstable();
    let tokens = tokenize(text);
    let mut converter = OffsetConverter::new(text, OffsetUnit::CodePoint);
    let mut out = Spans::new();
    let mut run: Option<(usize, usize)> = None;
    let mut previous_end = 0usize;
    let mut next_start = 0usize;
    for token in tokens.as_slice() {
        let s = converter.convert(token.start());
        let e = converter.convert(token.end());
        // The first token at or after a sentence start begins that sentence.
        let mut first = false;
        while next_start < starts.len() && starts[next_start] <= s {
            first = true;
            next_start += 1;
        }
        let capital = text
            .get(token.start()..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase);
        let gap_spaces = text
            .get(previous_end..token.start())
            .is_some_and(|g| g.chars().all(|c| c == ' ' || c == '\u{a0}'));
        previous_end = token.end();
        if capital && !first {
            run = match run {
                Some((rs, _)) if gap_spaces => Some((rs, e)),
                Some(done) => {
                    out.insert(done);
                    Some((s, e))
                }
                None => Some((s, e)),
            };
        } else if let Some(done) = run.take() {
            out.insert(done);
        }
    }
    if let Some(done) = run {
        out.insert(done);
    }
    out
}
