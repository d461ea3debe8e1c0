//! Time and peak memory of every stage, from 10 KB to 10 MB: each must grow linearly.
//!
//! `cargo bench --features probe --bench scaling` first prints a table per corpus: for every input size, the
//! time (best of three runs) and the peak heap of each stage of `summarize` (reported by the
//! hidden `summarize_probed` hook) and of the public `segment`, `tokenize` and
//! `detect_language`, with the growth from 1 MB to 10 MB (linear is 10×). Peak memory comes
//! from a counting global allocator in this binary: the most bytes live during the stage
//! beyond those live before the call (so without the input; a stage's peak includes what
//! earlier stages still hold). Then criterion times the public functions at every size.
//! `KERNSATZ_TABLE_ONLY=1` stops after the table.
//!
//! Texts: the article texts of `../shared/data/de-klexikon-dev.jsonl` (Klexikon, German) and
//! `../shared/data/en-cnndm-dev.jsonl` (CNN/DailyMail, English), repeated to size; see that
//! folder's README for sources and licenses.

use criterion::{black_box, BenchmarkId, Criterion, Throughput};
use kernsatz::probe::{live_bytes, peak_bytes, reset_peak, CountingAllocator};
use kernsatz::{detect_language, segment, summarize, summarize_probed, tokenize, Lang, Options};
use std::path::Path;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The high-water mark since `reset_peak`, above `base` live bytes.
fn peak_above(base: usize) -> usize {
    peak_bytes().saturating_sub(base)
}

const SIZES: [usize; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

/// The article texts of a dev file joined by blank lines, with the file's language.
fn corpus(file: &str) -> Option<(String, Lang)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(file);
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("skipping {}: not readable", path.display());
        return None;
    };
    let mut lang = None;
    let mut texts = Vec::new();
    for line in content.lines() {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        lang = lang.or_else(|| doc["lang"].as_str().and_then(Lang::from_code));
        texts.push(doc["text"].as_str().unwrap_or_default().to_string());
    }
    Some((texts.join("\n\n"), lang?))
}

/// `corpus` repeated (or cut) to `size` bytes, ending on a char boundary.
fn sized(corpus: &str, size: usize) -> String {
    let mut input = String::with_capacity(size + corpus.len());
    while input.len() < size {
        input.push_str(corpus);
        input.push_str("\n\n");
    }
    let mut end = size;
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    input.truncate(end);
    input
}

/// One measured stage: its time and the peak live heap while it ran.
#[derive(Clone, Copy, Default)]
struct Measure {
    time: Duration,
    peak: usize,
}

/// Runs `f` and measures it.
fn measure<T>(f: impl FnOnce() -> T) -> Measure {
    let base = live_bytes();
    reset_peak();
    let start = Instant::now();
    let out = f();
    let time = start.elapsed();
    let peak = peak_above(base);
    drop(black_box(out));
    Measure { time, peak }
}

/// Every stage of one `summarize` call, in pipeline order, then the whole call.
fn summarize_stages(input: &str, options: &Options) -> Vec<(&'static str, Measure)> {
    let mut stages = Vec::with_capacity(16);
    let base = live_bytes();
    reset_peak();
    let start = Instant::now();
    let mut last = start;
    let summary = summarize_probed(input, options, &mut |stage| {
        let now = Instant::now();
        stages.push((
            stage,
            Measure {
                time: now - last,
                peak: peak_above(base),
            },
        ));
        reset_peak();
        last = Instant::now();
    });
    let total = start.elapsed();
    let whole_peak = stages.iter().map(|(_, m)| m.peak).max().unwrap_or(0);
    drop(black_box(summary));
    stages.push((
        "summarize (whole)",
        Measure {
            time: total,
            peak: whole_peak,
        },
    ));
    stages
}

/// All rows for one input: the public functions, then summarize's stages for two budgets.
fn rows(input: &str, lang: Lang) -> Vec<(String, Measure)> {
    let mut rows = vec![
        (
            "segment".to_string(),
            measure(|| segment(input, Some(lang))),
        ),
        ("tokenize".to_string(), measure(|| tokenize(input))),
        (
            "detect_language".to_string(),
            measure(|| detect_language(input)),
        ),
    ];
    let options = Options::new().lang(lang);
    for (stage, m) in summarize_stages(input, &options) {
        rows.push((stage.to_string(), m));
    }
    // A ratio budget of a huge text chooses tens of thousands of sentences: the redundancy
    // check against the chosen ones is where a quadratic step would show.
    for (stage, m) in summarize_stages(input, &options.clone().ratio(0.2)) {
        if matches!(stage, "selection" | "summarize (whole)") {
            rows.push((format!("{stage}, ratio 0.2"), m));
        }
    }
    rows
}

/// Prints time and peak memory per stage and size, best of three runs.
fn table(name: &str, corpus: &str, lang: Lang) {
    let mut columns: Vec<Vec<(String, Measure)>> = Vec::new();
    for size in SIZES {
        let input = sized(corpus, size);
        let mut best = rows(&input, lang);
        for _ in 0..2 {
            for (b, (_, m)) in best.iter_mut().zip(rows(&input, lang)) {
                b.1.time = b.1.time.min(m.time);
                b.1.peak = b.1.peak.max(m.peak);
            }
        }
        columns.push(best);
    }
    println!("\n{name}: time (best of 3) / peak heap allocated by the call");
    print!("{:<28}", "stage");
    for size in SIZES {
        print!("{:>22}", format!("{} KB", size / 1000));
    }
    println!("{:>12}", "10MB/1MB");
    for (row, (stage, _)) in columns[0].iter().enumerate() {
        print!("{stage:<28}");
        for column in &columns {
            let m = column[row].1;
            print!(
                "{:>22}",
                format!(
                    "{:.1} ms / {:.1} MB",
                    m.time.as_secs_f64() * 1e3,
                    m.peak as f64 / 1e6
                )
            );
        }
        let (one, ten) = (columns[2][row].1.time, columns[3][row].1.time);
        println!("{:>11.1}×", ten.as_secs_f64() / one.as_secs_f64().max(1e-9));
    }
}

fn criterion_benches(c: &mut Criterion, name: &str, corpus: &str, lang: Lang) {
    let mut group = c.benchmark_group(format!("scaling/{name}"));
    group.sample_size(10);
    for size in SIZES {
        let input = sized(corpus, size);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::new("segment", size), &input, |b, input| {
            b.iter(|| segment(black_box(input), Some(lang)).len())
        });
        group.bench_with_input(BenchmarkId::new("tokenize", size), &input, |b, input| {
            b.iter(|| tokenize(black_box(input)).len())
        });
        group.bench_with_input(
            BenchmarkId::new("detect_language", size),
            &input,
            |b, input| b.iter(|| detect_language(black_box(input)).confidence),
        );
        group.bench_with_input(BenchmarkId::new("summarize", size), &input, |b, input| {
            b.iter(|| summarize(black_box(input), &Options::new()).map_or(0, |s| s.selected.len()))
        });
    }
    group.finish();
}

fn main() {
    let corpora: Vec<(&str, String, Lang)> = [
        ("Klexikon (de)", "de-klexikon-dev.jsonl"),
        ("CNN/DailyMail (en)", "en-cnndm-dev.jsonl"),
    ]
    .into_iter()
    .filter_map(|(name, file)| corpus(file).map(|(text, lang)| (name, text, lang)))
    .collect();
    // `cargo test --benches` runs bench binaries with `--bench` absent: keep that quick.
    let benching = std::env::args().any(|a| a == "--bench");
    if !benching {
        return;
    }
    for (name, text, lang) in &corpora {
        table(name, text, *lang);
    }
    if std::env::var_os("KERNSATZ_TABLE_ONLY").is_some() {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    for (name, text, lang) in &corpora {
        criterion_benches(&mut c, name, text, *lang);
    }
    c.final_summary();
}
