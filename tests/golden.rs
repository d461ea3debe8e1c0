//! Golden sentence-segmentation fixtures: one runner for every file in
//! `tests/fixtures/sentences/`.
//!
//! A fixture file holds cases separated by `===` lines. Each case is the input text, a `---`
//! line, then the expected units, one per line. A unit that is not a sentence carries a prefix
//! naming its kind: `[headline]`, `[list]` or `[meta]`. A line break inside a unit is written
//! `⏎`. Lines starting with `# ` before a case's input are comments; `# lang: de` sets the
//! language for that case and every later one in the file (`# lang: none` for no language).

use kernsatz::{segment, Lang, UnitKind};
use std::fs;
use std::path::{Path, PathBuf};

struct Case {
    file: String,
    line: usize,
    lang: Option<Lang>,
    input: String,
    expected: Vec<String>,
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sentences")
}

fn parse_lang(value: &str) -> Option<Lang> {
    match value.trim() {
        "none" => None,
        code => Some(Lang::from_code(code).unwrap_or_else(|| panic!("unknown language {code:?}"))),
    }
}

fn parse(file: &str, content: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut lang = None;
    let mut lines = content.lines().enumerate().peekable();
    loop {
        // Comments and the language switch before the case's input.
        while let Some(&(_, line)) = lines.peek() {
            if let Some(value) = line.strip_prefix("# lang:") {
                lang = parse_lang(value);
            } else if !(line.starts_with("# ") || line.trim().is_empty()) {
                break;
            }
            lines.next();
        }
        let Some(&(start, _)) = lines.peek() else {
            break;
        };
        let mut input = Vec::new();
        for (_, line) in lines.by_ref() {
            if line == "---" {
                break;
            }
            input.push(line);
        }
        let mut expected = Vec::new();
        for (number, line) in lines.by_ref() {
            if line == "===" {
                break;
            }
            assert!(
                line != "---",
                "{file}:{}: a second `---` in one case",
                number + 1
            );
            expected.push(line.to_string());
        }
        cases.push(Case {
            file: file.to_string(),
            line: start + 1,
            lang,
            input: input.join("\n"),
            expected,
        });
    }
    cases
}

fn render(kind: UnitKind, text: &str) -> String {
    let prefix = match kind {
        UnitKind::Sentence => "",
        UnitKind::Headline => "[headline] ",
        UnitKind::ListItem => "[list] ",
        UnitKind::Metadata => "[meta] ",
    };
    format!(
        "{prefix}{}",
        text.replace("\r\n", "⏎").replace(['\n', '\r'], "⏎")
    )
}

fn load_cases() -> Vec<Case> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixture_dir())
        .expect("tests/fixtures/sentences exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let content = fs::read_to_string(&path).expect("fixture is UTF-8");
        cases.extend(parse(&name, &content));
    }
    cases
}

#[test]
fn golden_fixtures() {
    let cases = load_cases();
    assert!(cases.len() >= 50, "only {} golden cases found", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let units = segment(&case.input, case.lang);
        let actual: Vec<String> = units
            .iter()
            .map(|unit| render(unit.kind, unit.text(&case.input)))
            .collect();
        if actual != case.expected {
            failures.push(format!(
                "{}:{} (lang {:?})\n  input:    {:?}\n  expected: {:#?}\n  actual:   {:#?}",
                case.file, case.line, case.lang, case.input, case.expected, actual
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Every case must also hold the segmenter's invariants, in every language setting.
#[test]
fn golden_inputs_keep_invariants_in_every_language() {
    for case in load_cases() {
        let langs = std::iter::once(None).chain(Lang::all().iter().copied().map(Some));
        for lang in langs {
            let units = segment(&case.input, lang);
            let mut covered = 0;
            for unit in &units {
                assert!(unit.start >= covered && unit.start < unit.end);
                assert!(case.input[covered..unit.start].trim().is_empty());
                covered = unit.end;
            }
            assert!(
                case.input[covered..].trim().is_empty(),
                "{}:{}",
                case.file,
                case.line
            );
        }
    }
}

/// The example article from the issue: the ordinal stays inside its sentence and the leading
/// metadata token is a unit of its own.
#[test]
fn example_article_de_blinken_aliyev() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/de-blinken-aliyev.txt");
    let Ok(text) = fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not available", path.display());
        return;
    };
    let units = segment(&text, Some(Lang::De));
    let first = units.first().expect("the article has units");
    assert_eq!(first.text(&text), "date 2021-04");
    assert_eq!(first.kind, UnitKind::Metadata);
    assert!(units[1]
        .text(&text)
        .starts_with("Der US-Außenminister Antony Blinken hat am Mittwoch"));
    let ordinal: Vec<&str> = units
        .iter()
        .map(|unit| unit.text(&text))
        .filter(|sentence| sentence.contains("Berichtigungsantrag"))
        .collect();
    assert_eq!(
        ordinal,
        [
            "Antony Blinken erinnerte im Laufe des Gesprächs daran, dass der 907. \
          Berichtigungsantrag auch in diesem Jahr vorübergehend ausgesetzt wurde."
        ]
    );
    for unit in &units[1..] {
        let sentence = unit.text(&text);
        assert!(
            !sentence.contains('\n'),
            "a unit spans a paragraph break: {sentence:?}"
        );
        assert_eq!(unit.kind, UnitKind::Sentence, "{sentence:?}");
        assert!(
            sentence.ends_with(['.', '!', '?', '“', '"']),
            "a sentence was cut short: {sentence:?}"
        );
    }
}

/// The example's keywords: names the text always writes together are one phrase keyword in
/// place of their words; a preposition contraction ("beim Telefonat") starts none; nouns
/// and names come first.
#[test]
fn example_article_keyword_phrases() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/de-blinken-aliyev.txt");
    let Ok(text) = fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not available", path.display());
        return;
    };
    let summary = kernsatz::summarize(&text, &kernsatz::Options::new()).expect("a summary");
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
    for phrase in [
        "Ilham Aliyev",
        "Antony Blinken",
        "Vereinigten Staaten",
        "Südlicher Gaskorridor",
    ] {
        assert!(keywords.contains(&phrase), "{phrase} missing: {keywords:?}");
    }
    for part in ["Ilham", "Aliyev", "Gaskorridor"] {
        assert!(
            !keywords.contains(&part),
            "{part} listed alone: {keywords:?}"
        );
    }
    assert!(
        !keywords.iter().any(|k| k.starts_with("beim ")),
        "{keywords:?}"
    );
    // German capitalises nouns and names: the verbs the text repeats ("sprach" five times,
    // "betonte", "bedankte") rank below them.
    for keyword in keywords.iter().take(10) {
        assert!(keyword.starts_with(char::is_uppercase), "{keywords:?}");
    }
    assert_eq!(summary.keywords[0].weight, 1.0);
    let aliyev = summary
        .keywords
        .iter()
        .position(|k| k.text == "Ilham Aliyev")
        .expect("listed");
    assert_eq!(summary.keywords[aliyev].count, 8);
    // Every sentence that names him lists the phrase among its keywords.
    for sentence in &summary.sentences {
        let names = sentence.span.text(&text).contains("Ilham Aliyev");
        assert_eq!(
            names,
            sentence.reasons.keyword_ids.contains(&aliyev),
            "{:?}",
            sentence.span.text(&text)
        );
    }
}

/// English contractions are function words, never keywords ("don't", "it's", "I’m").
#[test]
fn english_contractions_are_no_keywords() {
    let text = "Clare Balding said she doesn't mind. \"I don't care, it's fine,\" she said. \
                \"It's what I do. I'm happy and I don’t regret it.\" She didn't stop. \
                Balding hosted the London Olympics coverage. It's her job, she said, and \
                she doesn't plan to leave. \"I'm not done,\" Balding said. \"It’s fun.\"";
    let options = kernsatz::Options::new().lang(kernsatz::Lang::En);
    let summary = kernsatz::summarize(text, &options).expect("a summary");
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
    assert!(keywords.contains(&"Balding"), "{keywords:?}");
    for keyword in &keywords {
        assert!(
            !keyword.contains(['\'', '’']),
            "a contraction is listed: {keywords:?}"
        );
    }
}

/// Keywords are what a text is about: English participles, adverbs and abbreviations the
/// text repeats ("decorated", "happily", "Mr") rank below its nouns and names.
#[test]
fn english_keywords_are_nouns_and_names_first() {
    let text = "Royal fans happily decorated the benches outside the Lindo Wing on Monday. \
                Terry Hutt, who camps outside the hospital, decorated his tent with flags. \
                The fans waited happily for news of the royal baby. Mr Hutt said the \
                benches were decorated for the birthday of the baby. Other fans waited for hours \
                and sang happily outside the hospital, Mr Hutt said, while police watched the \
                benches.";
    let options = kernsatz::Options::new().lang(kernsatz::Lang::En);
    let summary = kernsatz::summarize(text, &options).expect("a summary");
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
    let first_verb = keywords
        .iter()
        .position(|k| ["decorated", "happily", "waited", "Mr"].contains(k))
        .unwrap_or(keywords.len());
    for noun in ["benches", "Hutt", "fans", "hospital"] {
        let at = keywords.iter().position(|k| *k == noun);
        assert!(
            at.is_some_and(|at| at < first_verb),
            "{noun} not before the verbs: {keywords:?}"
        );
    }
}
