//! Throughput of the text analysis and of the whole summarizer, with the bare
//! unicode-segmentation passes timed in the same run as the reference.
//!
//! Texts: the article texts of `../shared/data/*-dev.jsonl` (MLSUM German, CNN/DailyMail
//! English, Klexikon German; see that folder's README for sources and licenses), read in
//! place. `cargo bench --bench analysis`; criterion reports time and MB/s per group.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kernsatz::{detect_language, segment, summarize, tokenize, Lang, Options};
use std::path::Path;
use unicode_segmentation::UnicodeSegmentation;

/// Up to `limit` bytes of article texts from a dev file, with each text's language.
fn dev_texts(file: &str, limit: usize) -> Vec<(String, Option<Lang>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(file);
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("skipping {}: not readable", path.display());
        return Vec::new();
    };
    let mut texts = Vec::new();
    let mut total = 0;
    for line in content.lines() {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = doc["text"].as_str().unwrap_or_default().to_string();
        let lang = doc["lang"].as_str().and_then(Lang::from_code);
        total += text.len();
        texts.push((text, lang));
        if total >= limit {
            break;
        }
    }
    texts
}

/// The plain UAX #29 sentence and word passes: what the analysis is compared against.
fn bare_passes(text: &str) -> usize {
    let mut n = 0;
    if !text.is_empty() {
        for sentence in text.split_sentence_bounds() {
            n += sentence.len();
        }
    }
    for word in text.split_word_bounds() {
        n += word.len();
    }
    n
}

fn analysis(c: &mut Criterion) {
    for file in [
        "de-mlsum-dev.jsonl",
        "en-cnndm-dev.jsonl",
        "de-klexikon-dev.jsonl",
    ] {
        let texts = dev_texts(file, 1 << 20);
        if texts.is_empty() {
            continue;
        }
        let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
        let mut group = c.benchmark_group(format!("analysis/{file}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(20);
        group.bench_function("bare unicode-segmentation passes", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|(t, _)| bare_passes(black_box(t)))
                    .sum::<usize>()
            })
        });
        group.bench_function("kernsatz segment + tokenize", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|(t, lang)| segment(black_box(t), *lang).len() + tokenize(t).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("detect_language", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .filter(|(t, _)| detect_language(black_box(t)).lang.is_some())
                    .count()
            })
        });
        group.bench_function("summarize (3 sentences)", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|(t, _)| {
                        summarize(black_box(t), &Options::new()).map_or(0, |s| s.selected.len())
                    })
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

/// Summarize on inputs from 10 KB to 10 MB (dev texts repeated): time must grow linearly.
fn scaling(c: &mut Criterion) {
    let texts = dev_texts("de-klexikon-dev.jsonl", 1 << 20);
    let corpus: String = texts
        .iter()
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    if corpus.is_empty() {
        return;
    }
    let mut group = c.benchmark_group("scaling/summarize");
    group.sample_size(10);
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let mut input = String::with_capacity(size + corpus.len());
        while input.len() < size {
            input.push_str(&corpus);
            input.push_str("\n\n");
        }
        let mut end = size;
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        input.truncate(end);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &input, |b, input| {
            b.iter(|| {
                summarize(black_box(input), &Options::new().lang(Lang::De))
                    .map_or(0, |s| s.selected.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, analysis, scaling);
criterion_main!(benches);
