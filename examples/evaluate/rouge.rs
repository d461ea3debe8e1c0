//! ROUGE-1, ROUGE-2 and ROUGE-L exactly as `../shared/eval/rouge.py` computes them, so
//! numbers from this tool and from the reference scorer can be compared digit for digit.
//!
//! Definitions (rouge.py's, which are Google rouge-score's except for the tokenizer):
//! - tokens: NFC, then full Unicode lowercasing (Python `str.lower`), then every maximal run
//!   of characters that Python's `[^\W_]` matches is a token; everything else separates;
//! - ROUGE-N: clipped n-gram overlap over the number of predicted / reference n-grams (each
//!   at least 1), F = 2PR/(P+R);
//! - ROUGE-L: LCS of the whole token sequences ("rougeL", not "rougeLsum"), 0 when either
//!   side is empty;
//! - corpus: the mean over documents of P, R and F, summed exactly like `statistics.fmean`
//!   (`math.fsum`), so even the last digits agree; documents are matched by id and
//!   references without a prediction are skipped and counted.
//!
//! Not reproduced: stemming (rouge.py's default is none), list-valued references, and the
//! Turkish casing rouge.py applies for `tr`/`az`; inputs needing them are rejected rather
//! than scored differently.

use crate::{id_of, read_jsonl, str_field, Args, Common};
use kernsatz::{segment, summarize, Lang, Options, UnitKind};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The summary files `rouge check` compares on.
const CHECK_FILES: [&str; 3] = [
    "data/de-mlsum-dev.jsonl",
    "data/en-cnndm-dev.jsonl",
    "data/de-klexikon-dev.jsonl",
];
/// Largest difference between this scorer and rouge.py that `rouge check` accepts (the
/// project's bar is agreement to the third decimal).
const TOLERANCE: f64 = 0.0005;
/// Sentences in a LEAD summary unless `--sentences` says otherwise.
const DEFAULT_SENTENCES: usize = 3;

/// Precision, recall and F1 of one metric.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f: f64,
}

impl Prf {
    fn new(p: f64, r: f64) -> Self {
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f }
    }
}

/// Corpus scores: macro averages over the scored documents.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub n_docs: usize,
    /// References that had no prediction (skipped, as rouge.py does by default).
    pub missing_pred: usize,
    /// Predictions whose id no reference has.
    pub pred_without_ref: usize,
    pub rouge1: Prf,
    pub rouge2: Prf,
    pub rouge_l: Prf,
}

impl Scores {
    /// The metrics with rouge.py's names, in its order.
    pub fn metrics(&self) -> [(&'static str, Prf); 3] {
        [
            ("rouge1", self.rouge1),
            ("rouge2", self.rouge2),
            ("rougeL", self.rouge_l),
        ]
    }

    /// The same keys as `rouge.py --json` (`rouge1_p`, ..., `n_docs`).
    pub fn to_json(&self) -> Value {
        let mut obj = json!({
            "n_docs": self.n_docs,
            "missing_pred": self.missing_pred,
            "pred_without_ref": self.pred_without_ref,
        });
        for (name, prf) in self.metrics() {
            obj[format!("{name}_p")] = prf.p.into();
            obj[format!("{name}_r")] = prf.r.into();
            obj[format!("{name}_f")] = prf.f.into();
        }
        obj
    }
}

/// Whether Python's `[^\W_]` matches `c`: `str.isalnum()`, i.e. general categories L* and
/// N*. Rust's `is_alphanumeric` also accepts marks with the Other_Alphabetic property (e.g.
/// Devanagari vowel signs) and the circled/squared Latin letters (So), which Python treats
/// as separators. Checked over every code point against Python 3.11 (Unicode 14): the only
/// remaining differences are characters assigned after Unicode 14.
fn is_token_char(c: char) -> bool {
    c.is_alphanumeric()
        && !is_combining_mark(c)
        && !matches!(c, '\u{24B6}'..='\u{24E9}' | '\u{1F130}'..='\u{1F189}')
}

/// rouge.py's tokens (without stemming): NFC, lowercase, maximal runs of letters/digits.
pub fn tokenize(text: &str) -> Vec<String> {
    // Lowercasing after NFC, as rouge.py does: `to_lowercase` is the same full mapping as
    // `str.lower` (ß stays ß, final sigma becomes ς, İ becomes i + U+0307).
    let lower = text.nfc().collect::<String>().to_lowercase();
    lower
        .split(|c: char| !is_token_char(c))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Token ids for faster comparison; ids are only meaningful within one interner.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn ids(&mut self, tokens: Vec<String>) -> Vec<u32> {
        tokens
            .into_iter()
            .map(|t| {
                let next = self.ids.len() as u32;
                *self.ids.entry(t).or_insert(next)
            })
            .collect()
    }
}

fn ngram_counts(tokens: &[u32], n: usize) -> HashMap<&[u32], usize> {
    let mut counts = HashMap::new();
    for gram in tokens.windows(n) {
        *counts.entry(gram).or_insert(0) += 1;
    }
    counts
}

fn score_n(reference: &[u32], pred: &[u32], n: usize) -> Prf {
    let ref_counts = ngram_counts(reference, n);
    let pred_counts = ngram_counts(pred, n);
    let overlap: usize = ref_counts
        .iter()
        .map(|(gram, &c)| c.min(pred_counts.get(gram).copied().unwrap_or(0)))
        .sum();
    let ref_total = reference.len().saturating_sub(n - 1);
    let pred_total = pred.len().saturating_sub(n - 1);
    Prf::new(
        overlap as f64 / pred_total.max(1) as f64,
        overlap as f64 / ref_total.max(1) as f64,
    )
}

/// Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory.
fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn score_l(reference: &[u32], pred: &[u32]) -> Prf {
    if reference.is_empty() || pred.is_empty() {
        return Prf::default();
    }
    let lcs = lcs_len(reference, pred) as f64;
    Prf::new(lcs / pred.len() as f64, lcs / reference.len() as f64)
}

/// ROUGE-1, ROUGE-2 and ROUGE-L of one prediction against one reference.
pub fn score_pair(reference: &str, pred: &str) -> [Prf; 3] {
    let mut interner = Interner::default();
    let reference = interner.ids(tokenize(reference));
    let pred = interner.ids(tokenize(pred));
    [
        score_n(&reference, &pred, 1),
        score_n(&reference, &pred, 2),
        score_l(&reference, &pred),
    ]
}

/// Scores predictions (id → summary) against references (id, summary), like rouge.py with
/// its defaults: documents matched by id, references without a prediction skipped.
pub fn score_corpus(preds: &HashMap<String, String>, refs: &[(String, String)]) -> Scores {
    let mut per_doc: [Vec<f64>; 9] = Default::default();
    let mut missing_pred = 0;
    for (id, reference) in refs {
        let Some(pred) = preds.get(id) else {
            missing_pred += 1;
            continue;
        };
        for (m, prf) in score_pair(reference, pred).iter().enumerate() {
            per_doc[3 * m].push(prf.p);
            per_doc[3 * m + 1].push(prf.r);
            per_doc[3 * m + 2].push(prf.f);
        }
    }
    let ref_ids: std::collections::HashSet<&str> = refs.iter().map(|(id, _)| id.as_str()).collect();
    let mean = |values: &[f64]| -> f64 {
        if values.is_empty() {
            f64::NAN
        } else {
            fsum(values) / values.len() as f64
        }
    };
    let prf = |m: usize| Prf {
        p: mean(&per_doc[3 * m]),
        r: mean(&per_doc[3 * m + 1]),
        f: mean(&per_doc[3 * m + 2]),
    };
    Scores {
        n_docs: per_doc[0].len(),
        missing_pred,
        pred_without_ref: preds
            .keys()
            .filter(|id| !ref_ids.contains(id.as_str()))
            .count(),
        rouge1: prf(0),
        rouge2: prf(1),
        rouge_l: prf(2),
    }
}

/// The correctly rounded sum of `values`: Python's `math.fsum` (Shewchuk's algorithm with
/// its final rounding fix-up), so the means match `statistics.fmean` bit for bit.
fn fsum(values: &[f64]) -> f64 {
    let mut partials: Vec<f64> = Vec::new();
    for &value in values {
        let mut x = value;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let Some(&last) = partials.last() else {
        return 0.0;
    };
    let mut n = partials.len() - 1;
    let mut hi = last;
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Round half-even correctly when the remaining partials push the result past a tie.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// A summarizer whose output this tool can score.
#[derive(Clone, Copy, Debug)]
enum System {
    /// The first K units of `kernsatz::segment`, the standard baseline.
    Lead,
    /// `kernsatz::summarize` with K sentences and the document's language.
    Kernsatz,
}

impl System {
    fn parse(name: &str) -> Result<System, String> {
        match name {
            "lead3" | "lead" => Ok(System::Lead),
            "kernsatz" => Ok(System::Kernsatz),
            other => Err(format!(
                "unknown --system {other:?}: expected lead3 or kernsatz"
            )),
        }
    }

    fn summarize(self, text: &str, lang: Option<Lang>, sentences: usize) -> String {
        match self {
            System::Lead => lead(text, lang, sentences),
            System::Kernsatz => {
                let options = Options::new().sentences(sentences.max(1));
                let options = match lang {
                    Some(lang) => options.lang(lang),
                    None => options,
                };
                // An error here is a bug the comparison must show, not hide: score it empty.
                summarize(text, &options)
                    .map(|summary| summary.text(text))
                    .unwrap_or_default()
            }
        }
    }
}

/// LEAD-K: the first `k` units that are not metadata ("date 2021-04" is no sentence),
/// joined by one space.
pub fn lead(text: &str, lang: Option<Lang>, k: usize) -> String {
    let units = segment(text, lang);
    let first: Vec<&str> = units
        .iter()
        .filter(|unit| unit.kind != UnitKind::Metadata)
        .take(k)
        .map(|unit| unit.text(text))
        .collect();
    first.join(" ")
}

/// A reference file: (id, summary) in file order, and each document's text and language
/// for systems that summarize it.
struct References {
    pairs: Vec<(String, String)>,
    docs: Vec<(String, String, Option<Lang>)>,
}

fn load_references(path: &Path, need_text: bool) -> Result<References, String> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut docs = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    for row in read_jsonl(path)? {
        let id = id_of(&row).ok_or_else(|| format!("{}: a line has no \"id\"", path.display()))?;
        reject_turkish(&row, path)?;
        let summary = match row.get("summary") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(_)) => {
                return Err(format!(
                    "{}: document {id} has several reference summaries; only rouge.py \
                     scores those (best reference per metric)",
                    path.display()
                ))
            }
            _ => return Err(format!("{}: document {id} has no summary", path.display())),
        };
        if need_text {
            let text = str_field(&row, "text", path)?.to_string();
            let lang = row
                .get("lang")
                .and_then(Value::as_str)
                .and_then(Lang::from_code);
            docs.push((id.clone(), text, lang));
        }
        // rouge.py keeps the first position of a repeated id and the last line's content.
        match position.get(&id) {
            Some(&i) => pairs[i].1 = summary,
            None => {
                position.insert(id.clone(), pairs.len());
                pairs.push((id, summary));
            }
        }
    }
    Ok(References { pairs, docs })
}

fn load_predictions(path: &Path) -> Result<HashMap<String, String>, String> {
    let mut preds = HashMap::new();
    for row in read_jsonl(path)? {
        let id = id_of(&row).ok_or_else(|| format!("{}: a line has no \"id\"", path.display()))?;
        reject_turkish(&row, path)?;
        // rouge.py scores a missing or null summary as the empty string.
        let summary = row.get("summary").and_then(Value::as_str).unwrap_or("");
        preds.insert(id, summary.to_string());
    }
    Ok(preds)
}

fn reject_turkish(row: &Value, path: &Path) -> Result<(), String> {
    let lang = row.get("lang").and_then(Value::as_str).unwrap_or("");
    if lang.starts_with("tr") || lang.starts_with("az") {
        return Err(format!(
            "{}: Turkish casing is not reproduced here; score {lang:?} text with rouge.py",
            path.display()
        ));
    }
    Ok(())
}

fn write_predictions(path: &Path, preds: &[(String, String)]) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let mut out = BufWriter::new(File::create(path).map_err(fail)?);
    for (id, summary) in preds {
        writeln!(out, "{}", json!({"id": id, "summary": summary})).map_err(fail)?;
    }
    out.flush().map_err(fail)
}

/// Summaries of every reference document by `system`, in file order.
fn summarize_all(refs: &References, system: System, sentences: usize) -> Vec<(String, String)> {
    refs.docs
        .iter()
        .map(|(id, text, lang)| (id.clone(), system.summarize(text, *lang, sentences)))
        .collect()
}

pub fn command(common: &Common, args: &mut Args) -> Result<ExitCode, String> {
    let pred = args.value("--pred")?;
    let reference = args.value("--ref")?;
    let system = args.value("--system")?;
    let write_pred = args.value("--write-pred")?;
    let sentences = args.number("--sentences")?.unwrap_or(DEFAULT_SENTENCES);
    match args.positional().as_deref() {
        Some("check") => {
            args.finish()?;
            return check(common, sentences);
        }
        Some("compare") => {
            args.finish()?;
            return compare(common, sentences);
        }
        _ => {}
    }
    args.finish()?;
    let reference = reference.ok_or("rouge needs --ref FILE.jsonl")?;
    let ref_path = common.user_file(&reference);

    let (preds, source) = match (pred, system) {
        (Some(pred), None) => {
            let path = common.user_file(&pred);
            (load_predictions(&path)?, path.display().to_string())
        }
        (None, Some(name)) => {
            let system = System::parse(&name)?;
            let refs = load_references(&ref_path, true)?;
            let summaries = summarize_all(&refs, system, sentences);
            if let Some(out) = &write_pred {
                write_predictions(Path::new(out), &summaries)?;
            }
            (
                summaries.into_iter().collect(),
                format!("{name} (K = {sentences})"),
            )
        }
        _ => return Err("rouge needs exactly one of --pred FILE and --system NAME".into()),
    };
    let refs = load_references(&ref_path, false)?;
    let scores = score_corpus(&preds, &refs.pairs);
    if common.json {
        let mut obj = scores.to_json();
        obj["pred"] = source.into();
        obj["ref"] = ref_path.display().to_string().into();
        println!("{obj}");
    } else {
        println!("pred={source}  ref={}", ref_path.display());
        print_scores(&scores);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_scores(scores: &Scores) {
    println!(
        "docs={}  missing_pred={}  pred_without_ref={}",
        scores.n_docs, scores.missing_pred, scores.pred_without_ref
    );
    println!("{:8}{:>8}{:>8}{:>8}", "", "P", "R", "F1");
    for (name, prf) in scores.metrics() {
        println!("{name:8}{:>8.4}{:>8.4}{:>8.4}", prf.p, prf.r, prf.f);
    }
}

/// What `rouge check` found on one file.
struct CheckResult {
    file: String,
    docs: usize,
    /// Documents whose text or summary tokenizes differently here and in rouge.py.
    token_mismatches: usize,
    first_mismatch: Option<String>,
    rust: Scores,
    python: Value,
    max_diff: f64,
}

/// Compares this scorer with rouge.py on every dev summary file: the tokens of every text
/// and summary, then LEAD-K scores of the same prediction file.
fn check(common: &Common, sentences: usize) -> Result<ExitCode, String> {
    let rouge_py = common.shared_file("eval/rouge.py");
    let mut results = Vec::new();
    for file in CHECK_FILES {
        let ref_path = common.shared_file(file);
        let refs = load_references(&ref_path, true)?;
        let (token_mismatches, first_mismatch) = compare_tokens(&rouge_py, &ref_path, &refs)?;

        let summaries = summarize_all(&refs, System::Lead, sentences);
        let pred_path = temp_path(file);
        write_predictions(&pred_path, &summaries)?;
        let rust = score_corpus(&summaries.into_iter().collect(), &refs.pairs);
        let python = run_python(
            Command::new("python3")
                .arg(&rouge_py)
                .arg("--pred")
                .arg(&pred_path)
                .arg("--ref")
                .arg(&ref_path)
                .arg("--json"),
        );
        // Best effort: a leftover temp file is harmless, a failed check is what matters.
        let _ = std::fs::remove_file(&pred_path);
        let python = python_numbers(&python?, &rust.to_json())?;
        let mut max_diff: f64 = 0.0;
        for (key, value) in rust.to_json().as_object().into_iter().flatten() {
            max_diff = match (value.as_f64(), python[key].as_f64()) {
                (Some(ours), Some(theirs)) => max_diff.max((ours - theirs).abs()),
                _ => f64::INFINITY,
            };
        }
        results.push(CheckResult {
            file: file.to_string(),
            docs: refs.pairs.len(),
            token_mismatches,
            first_mismatch,
            rust,
            python,
            max_diff,
        });
    }
    let ok = results
        .iter()
        .all(|r| r.token_mismatches == 0 && r.max_diff <= TOLERANCE);
    if common.json {
        let files: Vec<Value> = results
            .iter()
            .map(|r| {
                json!({
                    "file": r.file,
                    "docs": r.docs,
                    "token_mismatch_docs": r.token_mismatches,
                    "first_token_mismatch": r.first_mismatch,
                    "rust": r.rust.to_json(),
                    "rouge_py": r.python,
                    "max_abs_diff": r.max_diff,
                })
            })
            .collect();
        let summary = json!({"command": "rouge check", "system": format!("lead{sentences}"),
                             "tolerance": TOLERANCE, "ok": ok, "files": files});
        println!("{summary}");
    } else {
        print_check(&results, sentences, ok);
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_check(results: &[CheckResult], sentences: usize, ok: bool) {
    println!("ROUGE agreement with rouge.py, LEAD-{sentences} (F1; P and R compared as well)");
    println!(
        "{:<27} {:>5} {:>10} | {:>8} {:>8} {:>8} | {:>8} {:>8} {:>8} | {:>9}",
        "file",
        "docs",
        "tok.diff",
        "R1 rust",
        "R2 rust",
        "RL rust",
        "R1 py",
        "R2 py",
        "RL py",
        "max|diff|"
    );
    for r in results {
        let py = |key: &str| r.python[key].as_f64().unwrap_or(f64::NAN);
        println!(
            "{:<27} {:>5} {:>10} | {:>8.5} {:>8.5} {:>8.5} | {:>8.5} {:>8.5} {:>8.5} | {:>9.2e}",
            r.file.trim_start_matches("data/"),
            r.docs,
            r.token_mismatches,
            r.rust.rouge1.f,
            r.rust.rouge2.f,
            r.rust.rouge_l.f,
            py("rouge1_f"),
            py("rouge2_f"),
            py("rougeL_f"),
            r.max_diff,
        );
        if let Some(example) = &r.first_mismatch {
            println!("    first token mismatch: {example}");
        }
    }
    println!(
        "{}",
        if ok {
            format!("OK: tokens identical, scores within {TOLERANCE}")
        } else {
            format!("FAILED: tokens differ or scores differ by more than {TOLERANCE}")
        }
    );
}

/// Tokenizes every text and summary of `refs` with rouge.py's own `Tokenizer` and compares
/// the token sequences with [`tokenize`]'s. Returns the number of documents that differ
/// and a description of the first difference.
fn compare_tokens(
    rouge_py: &Path,
    path: &Path,
    refs: &References,
) -> Result<(usize, Option<String>), String> {
    const SCRIPT: &str = r#"
import json, sys
sys.path.insert(0, sys.argv[1])
import rouge
tok = rouge.Tokenizer()
out = sys.stdout
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        out.write(json.dumps([str(d["id"]), tok(d["text"]), tok(d["summary"])], ensure_ascii=False))
        out.write("\n")
"#;
    let eval_dir = rouge_py.parent().unwrap_or(Path::new("."));
    let stdout = run_python(
        Command::new("python3")
            .arg("-c")
            .arg(SCRIPT)
            .arg(eval_dir)
            .arg(path)
            // Importing rouge.py must not re-execute the interpreter (it does so when a
            // .venv sits beside it, which would replace this script).
            .env("ROUGE_NO_REEXEC", "1"),
    )?;
    let summaries: HashMap<&str, &str> = refs
        .pairs
        .iter()
        .map(|(id, s)| (id.as_str(), s.as_str()))
        .collect();
    let texts: HashMap<&str, &str> = refs
        .docs
        .iter()
        .map(|(id, text, _)| (id.as_str(), text.as_str()))
        .collect();
    let mut mismatches = 0;
    let mut first = None;
    for line in stdout.lines() {
        let (id, text_tokens, summary_tokens): (String, Vec<String>, Vec<String>) =
            serde_json::from_str(line).map_err(|e| format!("bad tokenizer output: {e}"))?;
        let ours = [
            ("text", texts.get(id.as_str()), text_tokens),
            ("summary", summaries.get(id.as_str()), summary_tokens),
        ];
        let mut differs = false;
        for (field, input, theirs) in ours {
            let mine = tokenize(input.copied().unwrap_or(""));
            if mine != theirs {
                differs = true;
                if first.is_none() {
                    let at = mine.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
                    first = Some(format!(
                        "{id} {field} token {at}: rust {:?} vs python {:?}",
                        mine.get(at),
                        theirs.get(at)
                    ));
                }
            }
        }
        mismatches += usize::from(differs);
    }
    Ok((mismatches, first))
}

/// The numbers rouge.py printed for the keys of `keys`, read from its JSON text with Rust's
/// exact float parser: serde_json's default parser may miss the last bit, which would hide
/// exact agreement.
fn python_numbers(output: &str, keys: &Value) -> Result<Value, String> {
    let mut numbers = serde_json::Map::new();
    for key in keys.as_object().into_iter().flat_map(|o| o.keys()) {
        let label = format!("\"{key}\":");
        let start = output
            .find(&label)
            .ok_or_else(|| format!("rouge.py printed no {key:?}: {output}"))?
            + label.len();
        let raw = output[start..]
            .split([',', '}'])
            .next()
            .unwrap_or("")
            .trim();
        let value: f64 = raw
            .parse()
            .map_err(|_| format!("rouge.py printed {key:?} as {raw:?}, not a number"))?;
        numbers.insert(key.clone(), value.into());
    }
    Ok(numbers.into())
}

fn run_python(command: &mut Command) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run python3 (needed to compare with rouge.py): {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "python3 failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("python3 printed invalid UTF-8: {e}"))
}

fn temp_path(file: &str) -> PathBuf {
    let name = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("pred");
    std::env::temp_dir().join(format!(
        "kernsatz-evaluate-{}-lead-{name}.jsonl",
        std::process::id()
    ))
}

/// The news summary files compared at K sentences, and the long-document file at K = 10.
const COMPARE_FILES: [(&str, usize); 3] = [
    ("data/de-mlsum-dev.jsonl", 0),
    ("data/en-cnndm-dev.jsonl", 0),
    ("data/de-klexikon-dev.jsonl", 10),
];

/// Kernsatz next to LEAD-K on every dev summary file, in the same run and with the same
/// splitter. K is `--sentences` for the news files and 10 for Klexikon.
fn compare(common: &Common, sentences: usize) -> Result<ExitCode, String> {
    let mut rows = Vec::new();
    for (file, fixed_k) in COMPARE_FILES {
        let k = if fixed_k > 0 { fixed_k } else { sentences };
        let refs = load_references(&common.shared_file(file), true)?;
        for system in [System::Lead, System::Kernsatz] {
            let summaries = summarize_all(&refs, system, k);
            let scores = score_corpus(&summaries.into_iter().collect(), &refs.pairs);
            rows.push((file, k, system, scores));
        }
    }
    if common.json {
        let values: Vec<Value> = rows
            .iter()
            .map(|(file, k, system, scores)| {
                let mut obj = scores.to_json();
                obj["file"] = (*file).into();
                obj["k"] = (*k).into();
                obj["system"] = format!("{system:?}").to_lowercase().into();
                obj
            })
            .collect();
        println!("{}", json!({"command": "rouge compare", "rows": values}));
        return Ok(ExitCode::SUCCESS);
    }
    println!("ROUGE F1 (and ROUGE-1 recall), Kernsatz next to LEAD-K, same splitter, same run");
    println!(
        "{:28}{:>4} {:10}{:>8}{:>8}{:>8}{:>8}",
        "file", "K", "system", "R1 F", "R2 F", "RL F", "R1 R"
    );
    for (file, k, system, scores) in &rows {
        let name = file.trim_start_matches("data/");
        let system = format!("{system:?}").to_lowercase();
        println!(
            "{name:28}{k:>4} {system:10}{:>8.2}{:>8.2}{:>8.2}{:>8.2}",
            scores.rouge1.f * 100.0,
            scores.rouge2.f * 100.0,
            scores.rouge_l.f * 100.0,
            scores.rouge1.r * 100.0,
        );
    }
    Ok(ExitCode::SUCCESS)
}
