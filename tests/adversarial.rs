//! An adversarial corpus, generated here (nothing large is committed): huge, degenerate,
//! binary and exotic inputs. Each must give a valid answer in every language setting (the
//! invariants of `fuzz/src/invariants.rs`, shared with the fuzz targets) or a clear error;
//! a quadratic step shows up as a test that does not finish.

#[path = "../fuzz/src/invariants.rs"]
mod invariants;

use invariants::{check_summary, check_tokens, check_units};
use kernsatz::{summarize, Lang, Options, Order};

/// A small deterministic generator (xorshift64), so every run sees the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "der",
    "Bundestag",
    "hat",
    "am",
    "Mittwoch",
    "über",
    "die",
    "Reform",
    "beraten",
    "and",
    "the",
    "minister",
    "said",
    "Berlin",
    "Wasser",
    "Regierung",
    "spricht",
    "Antony",
    "Blinken",
    "Aliyev",
];

/// Words separated by spaces, about `bytes` long, with no punctuation and no line break.
fn words(rng: &mut Rng, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        text.push_str(rng.pick(WORDS));
        text.push(' ');
    }
    text.trim_end().to_string()
}

/// Every case: a name and the text.
fn corpus() -> Vec<(&'static str, String)> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let sentence = "Der US-Außenminister Antony J. Blinken telefonierte am 27. April mit \
                    Präsident Ilham Aliyev über den Konflikt. ";
    let mut random_bytes = vec![0u8; 1 << 20];
    for b in &mut random_bytes {
        *b = rng.next() as u8;
    }
    let one_word_sentences: String = (0..100_000)
        .map(|i| format!("{}. ", WORDS[i % WORDS.len()]))
        .collect();
    let controls: String = (0..20_000)
        .map(|i| {
            let c = char::from_u32([0, 1, 7, 8, 0x1b, 0x7f, 0x85, 0x9f][i % 8]).unwrap_or('\0');
            format!("Wort{c}Satz. {c}")
        })
        .collect();
    let zalgo: String = "Zalgo kommt. "
        .chars()
        .flat_map(|c| {
            std::iter::once(c).chain((0..30).map(|k| char::from_u32(0x300 + k).unwrap_or('a')))
        })
        .collect::<String>()
        .repeat(500);
    vec![
        ("1 MB without punctuation", words(&mut rng, 1 << 20)),
        ("one sentence of 200,000 characters", {
            let mut s = words(&mut rng, 200_000);
            s.push('.');
            s
        }),
        ("100,000 one-word sentences", one_word_sentences),
        ("the same sentence 10,000 times", sentence.repeat(10_000)),
        (
            "1 MB of random bytes, decoded lossily",
            String::from_utf8_lossy(&random_bytes).into_owned(),
        ),
        ("NUL and control characters", controls),
        (
            "Arabic and Hebrew",
            "قال الوزير إن المحادثات ستستمر. هل هذا صحيح؟ نعم! \
             השר אמר שהשיחות יימשכו. האם זה נכון? כן!\n"
                .repeat(2000),
        ),
        (
            "mixed direction",
            "Der Minister \u{202B}قال الوزير 2021 إن\u{202C} sagte am 3. Mai: \u{200F}שלום\u{200E} \
             und ging. \u{2067}עברית 123\u{2069} Ende.\n"
                .repeat(2000),
        ),
        (
            "Chinese and Japanese without spaces",
            "北京市政府今天宣布了新的环保政策。市民们对此表示欢迎！这是真的吗？\
             東京都は本日新しい政策を発表しました。市民は歓迎しています！本当ですか？\
             没有标点的长句子没有标点的长句子"
                .repeat(2000),
        ),
        (
            "Thai",
            "รัฐบาลประกาศนโยบายใหม่วันนี้ ประชาชนต่างยินดีต้อนรับ นายกรัฐมนตรีกล่าวว่าจะดำเนินการทันที "
                .repeat(3000),
        ),
        (
            "emoji with ZWJ sequences and skin tones",
            "Die Familie 👨‍👩‍👧‍👦 winkt 👋🏽👋🏿. Flagge 🇩🇪🏳️‍🌈 und 1️⃣ #️⃣! 🧑🏻‍🤝‍🧑🏾 Ende 🤷‍♀️?\n"
                .repeat(3000),
        ),
        ("combining marks and zalgo", zalgo),
        ("a 100,000-character word", "a".repeat(100_000)),
        (
            "a 100,000-character capitalised word in a sentence",
            format!("Der {}e kam. Er ging.", "Donaudampfschiff".repeat(6_250)),
        ),
        (
            "a 100,000-character hyphenated compound",
            format!("Die {} tagte. Sie ging.", "Ab-".repeat(33_333) + "Cd"),
        ),
        (
            "only numbers",
            (0..100_000)
                .map(|i| format!("{} {}.{} ", i * 7919 % 100_003, i, i % 10))
                .collect(),
        ),
        ("only punctuation", ".!?…,;:-—()[]\"'„“«»¿¡ ".repeat(20_000)),
        (
            // The sentence rules look ahead for a lowercase letter after a full stop: once
            // per position over this run, that was 130 s (quadratic); one scan now.
            "a full stop and 400,000 closing brackets",
            format!("Er kam a.{}", ")".repeat(400_000)),
        ),
        ("only whitespace", " \t\n\r\u{A0}\u{2028}\u{3000}".repeat(10_000)),
        ("empty", String::new()),
        (
            "Windows line breaks",
            "Erste Zeile ohne Punkt\r\nDer Minister sprach lange. Er ging.\r\n\r\n- Punkt\r\n"
                .repeat(5000),
        ),
        (
            "old Mac line breaks",
            "Erste Zeile ohne Punkt\rDer Minister sprach lange. Er ging.\r\r- Punkt\r"
                .repeat(5000),
        ),
        (
            "Unicode line and paragraph separators",
            "Erste Zeile ohne Punkt\u{2028}Der Minister sprach lange. Er ging.\u{2029}- Punkt\u{2028}"
                .repeat(5000),
        ),
        (
            "a headline of 500,000 characters before the text",
            format!("# {}\n{}", words(&mut rng, 500_000), sentence.repeat(3000)),
        ),
        (
            "one sentence naming 50,000 different people",
            format!(
                "Präsident Max Muster sprach. Es kamen {}.",
                (0..50_000)
                    .map(|i| format!("Max Muster{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        (
            "a run of 30,000 capitalised names after a known person",
            format!(
                "Präsident Ilham Aliyev sprach. Dann kamen {} Ilham Aliyev zusammen.",
                (0..30_000)
                    .map(|i| format!("Xq{i}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        ),
    ]
}

fn option_sets() -> Vec<Options> {
    vec![
        Options::new(),
        Options::new().lang(Lang::De).sentences(5),
        Options::new().lang(Lang::En).ratio(0.2).order(Order::Rank),
        Options::new().words(60),
        Options::new().max_input_length(1000),
    ]
}

#[test]
fn every_adversarial_input_gives_a_valid_answer() {
    let languages: Vec<Option<Lang>> = std::iter::once(None)
        .chain(Lang::all().iter().copied().map(Some))
        .collect();
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        let started = std::time::Instant::now();
        for &lang in &languages {
            if let Err(broken) = check_units(&text, lang) {
                failures.push(format!("{name}: {broken}"));
            }
        }
        if let Err(broken) = check_tokens(&text) {
            failures.push(format!("{name}: {broken}"));
        }
        for options in option_sets() {
            let result = summarize(&text, &options);
            if let Err(broken) = check_summary(&text, &options, &result) {
                failures.push(format!("{name}: {broken}"));
            }
        }
        eprintln!(
            "{name} ({} bytes): {:.2} s",
            text.len(),
            started.elapsed().as_secs_f64()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Over the limit is a clear error, in characters, not bytes.
#[test]
fn the_input_limit_counts_characters() {
    let text = "ä".repeat(1000);
    let at_limit = Options::new().max_input_length(1000);
    assert!(summarize(&text, &at_limit).is_ok());
    let error = summarize(&text, &Options::new().max_input_length(999)).unwrap_err();
    assert!(error.to_string().contains("999"), "{error}");
}
