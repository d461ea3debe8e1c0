//! Shared by the unit tests: the dev texts in `../shared/data`.

/// The files whose texts unit tests compare against reference behaviour: news, a long
/// encyclopedia text, and the treebank texts of four languages.
const DEV_FILES: [&str; 7] = [
    "de-mlsum-dev.jsonl",
    "en-cnndm-dev.jsonl",
    "de-klexikon-dev.jsonl",
    "gold/sbd-de-dev.jsonl",
    "gold/sbd-en-dev.jsonl",
    "gold/sbd-fr-dev.jsonl",
    "gold/sbd-es-dev.jsonl",
];

/// The `text` of every document in `DEV_FILES`. Panics naming a file it cannot read: the
/// tests need the data, and passing without it would prove nothing.
pub(crate) fn dev_texts() -> Vec<String> {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let mut texts = Vec::new();
    for file in DEV_FILES {
        let content = std::fs::read_to_string(data.join(file))
            .unwrap_or_else(|e| panic!("../shared/data/{file}: {e}"));
        for line in content.lines() {
            let doc: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(doc["text"].as_str().unwrap().to_string());
        }
    }
    texts
}

/// A small deterministic generator (xorshift64) for the tests' random inputs: the same
/// sequence on every run and machine, so a failure names an input that stays failing.
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator from a nonzero seed.
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `bound` (not quite uniform, which the tests do not need).
    pub(crate) fn below(&mut self, bound: u64) -> u64 {
        self.next_u64() % bound
    }
}
