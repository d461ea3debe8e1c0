//! The `kernsatz` command-line program. Other tools script against it: keep it stable.
//!
//! ```text
//! kernsatz sentences [--lang CODE] [FILE]     one unit per line
//! kernsatz sentences --jsonl                  {"id","text"[,"lang"]} lines in, spans out
//! kernsatz [--sentences N|--ratio R|--words N] [--lang CODE] [--json] [FILE]
//! kernsatz --jsonl                            summaries of {"id","text"[,"lang"]} lines
//! kernsatz entities --jsonl                   entities of {"id","text"[,"lang"]} lines
//! ```

use kernsatz::{
    detect_language, segment, summarize, Lang, OffsetConverter, OffsetUnit, Options, Order, Summary,
};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  kernsatz [OPTIONS] [FILE]                 print the summary of FILE (or stdin)
  kernsatz [OPTIONS] --json [FILE]          print the whole summary as JSON (byte offsets)
  kernsatz [OPTIONS] --jsonl                read {\"id\",\"text\"[,\"lang\"]} lines on stdin and write
                                            {\"id\",\"lang\",\"summary\",\"sentences\",\"entities\",\"keywords\"}
                                            lines (offsets in Unicode code points)
  kernsatz entities --jsonl                 write {\"id\",\"entities\":[{\"text\",\"mentions\"}]} lines
  kernsatz sentences [--lang CODE] [FILE]   print one sentence per line (FILE or stdin)
  kernsatz sentences --jsonl                read {\"id\",\"text\"[,\"lang\"]} lines on stdin and
                                            write {\"id\",\"lang\",\"sentences\":[[start,end],...]}
                                            (offsets in Unicode code points, end exclusive)
options:
  --sentences N   summary length in sentences (default 3)
  --ratio R       summary length as a share of the sentences, in (0, 1]
  --words N       summary length in words
  --order ORDER   document (default) or rank
  --lang CODE     de, en, fr, es, it, nl or pt (default: detected)
  -h, --help    show this help";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("kernsatz: {message}");
            ExitCode::from(2)
        }
    }
}

/// Parsed command-line arguments shared by the subcommands.
#[derive(Default)]
struct Args {
    jsonl: bool,
    json: bool,
    lang: Option<Lang>,
    file: Option<String>,
    options: Options,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--jsonl" => parsed.jsonl = true,
            "--json" => parsed.json = true,
            "--sentences" | "--ratio" | "--words" | "--order" => {
                let value = iter.next().ok_or(format!("{arg} needs a value"))?;
                parsed.options = length_option(parsed.options, arg, value)?;
            }
            "--lang" => {
                let code = iter.next().ok_or("--lang needs a language code")?;
                parsed.lang = Some(parse_lang(code)?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            file => {
                if parsed.file.replace(file.to_string()).is_some() {
                    return Err(format!("more than one input file given\n{USAGE}"));
                }
            }
        }
    }
    Ok(parsed)
}

fn length_option(options: Options, flag: &str, value: &str) -> Result<Options, String> {
    let whole = || {
        value
            .parse::<usize>()
            .map_err(|_| format!("{flag} {value:?}: expected a whole number of at least 1"))
    };
    let options = match flag {
        "--sentences" => options.sentences(whole()?),
        "--words" => options.words(whole()?),
        "--ratio" => options.ratio(
            value
                .parse::<f64>()
                .map_err(|_| format!("--ratio {value:?}: expected a number in (0, 1]"))?,
        ),
        _ => options.order(match value {
            "document" => Order::Document,
            "rank" => Order::Rank,
            _ => return Err(format!("--order {value:?}: expected document or rank")),
        }),
    };
    options.validate().map_err(|e| e.to_string())?;
    Ok(options)
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        format!("unknown language {code:?}: expected one of de, en, fr, es, it, nl, pt")
    })
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("sentences") => sentences(parse_args(&args[1..])?),
        Some("entities") => entities(parse_args(&args[1..])?),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => summary(parse_args(args)?),
    }
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => io::stdin().read_to_end(&mut bytes),
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
    }
    .map_err(|e| format!("cannot read {}: {e}", file.unwrap_or("stdin")))?;
    // Invalid UTF-8 is replaced, not refused: users paste what they have.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn sentences(args: Args) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.jsonl {
        return for_each_jsonl(&mut out, |doc| {
            let lang = doc.lang.or_else(|| detect_language(&doc.text).lang);
            let units = segment(&doc.text, lang);
            let mut chars = OffsetConverter::new(&doc.text, OffsetUnit::CodePoint);
            let spans: Vec<[usize; 2]> = units
                .iter()
                .map(|u| [chars.convert(u.start), chars.convert(u.end)])
                .collect();
            Ok(json!({"id": doc.id, "lang": lang_code(lang), "sentences": spans}))
        });
    }
    let text = read_input(args.file.as_deref())?;
    let lang = args.lang.or_else(|| detect_language(&text).lang);
    for unit in segment(&text, lang) {
        // One unit per line: line breaks inside a unit become spaces.
        let line: String = unit
            .text(&text)
            .split(['\n', '\r'])
            .collect::<Vec<_>>()
            .join(" ");
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn lang_code(lang: Option<Lang>) -> &'static str {
    lang.map_or("unknown", Lang::code)
}

/// One input document of a JSONL stream.
struct Doc {
    id: Value,
    text: String,
    lang: Option<Lang>,
}

/// Reads `{"id","text"[,"lang"]}` lines from stdin and writes `handle`'s answers as lines.
/// A bad line gets an error line on stderr (naming its id or line number); the run goes on.
fn for_each_jsonl(
    out: &mut impl Write,
    mut handle: impl FnMut(Doc) -> Result<Value, String>,
) -> Result<(), String> {
    let stdin = io::stdin();
    let mut failures = 0usize;
    for (index, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read stdin: {e}"))?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        let answer = parse_doc(&line).and_then(|doc| {
            let id = doc.id.clone();
            handle(doc).map_err(|e| (id, e))
        });
        match answer {
            Ok(value) => writeln!(out, "{value}").map_err(|e| e.to_string())?,
            Err((id, message)) => {
                failures += 1;
                let error = json!({"id": id, "line": number, "error": message});
                eprintln!("{error}");
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    if failures > 0 {
        eprintln!("kernsatz: {failures} input line(s) failed");
    }
    Ok(())
}

fn parse_doc(line: &str) -> Result<Doc, (Value, String)> {
    let value: Value =
        serde_json::from_str(line).map_err(|e| (Value::Null, format!("not valid JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    if id.is_null() {
        return Err((id, "missing \"id\"".to_string()));
    }
    let text = match value.get("text") {
        Some(Value::String(text)) => text.clone(),
        Some(_) => return Err((id, "\"text\" must be a string".to_string())),
        None => return Err((id, "missing \"text\"".to_string())),
    };
    let lang = match value.get("lang") {
        None | Some(Value::Null) => None,
        Some(Value::String(code)) => Some(parse_lang(code).map_err(|e| (id.clone(), e))?),
        Some(_) => return Err((id, "\"lang\" must be a string".to_string())),
    };
    Ok(Doc { id, text, lang })
}

fn options_for(args: &Args, lang: Option<Lang>) -> Options {
    match lang.or(args.lang) {
        Some(lang) => args.options.clone().lang(lang),
        None => args.options.clone(),
    }
}

fn summary(args: Args) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.jsonl {
        return for_each_jsonl(&mut out, |doc| {
            let summary =
                summarize(&doc.text, &options_for(&args, doc.lang)).map_err(|e| e.to_string())?;
            Ok(summary_line(&doc, &summary))
        });
    }
    let text = read_input(args.file.as_deref())?;
    let summary = summarize(&text, &options_for(&args, None)).map_err(|e| e.to_string())?;
    if args.json {
        let value =
            json!({"text_bytes": text.len(), "summary": summary.text(&text), "result": &summary});
        writeln!(out, "{value}").map_err(|e| e.to_string())?;
    } else {
        for sentence in summary.chosen() {
            writeln!(out, "{}", sentence.span.text(&text)).map_err(|e| e.to_string())?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

/// The stable JSONL summary line: code point offsets, chosen sentences, entities, keywords.
fn summary_line(doc: &Doc, summary: &Summary) -> Value {
    let text = &doc.text;
    let mut chars = OffsetConverter::new(text, OffsetUnit::CodePoint);
    let sentences: Vec<Value> = summary
        .chosen()
        .map(|s| {
            json!({
                "start": chars.convert(s.span.start),
                "end": chars.convert(s.span.end),
                "score": s.score,
                "text": s.span.text(text),
            })
        })
        .collect();
    json!({
        "id": doc.id,
        "lang": lang_code(summary.lang),
        "summary": summary.text(text),
        "sentences": sentences,
        "entities": entity_values(text, summary),
        "keywords": summary.keywords.iter().map(|k| json!({"text": k.text, "weight": k.weight})).collect::<Vec<_>>(),
    })
}

fn entity_values(text: &str, summary: &Summary) -> Vec<Value> {
    // One converter for all entities: a new one per entity would count from the start of the
    // text each time, quadratic in the text.
    let mut chars = OffsetConverter::new(text, OffsetUnit::CodePoint);
    summary
        .entities
        .iter()
        .map(|entity| {
            let mentions: Vec<[usize; 2]> = entity
                .mentions
                .iter()
                .map(|m| [chars.convert(m.start), chars.convert(m.end)])
                .collect();
            json!({"text": entity.text, "mentions": mentions})
        })
        .collect()
}

fn entities(args: Args) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if !args.jsonl {
        let text = read_input(args.file.as_deref())?;
        let summary = summarize(&text, &options_for(&args, None)).map_err(|e| e.to_string())?;
        for entity in &summary.entities {
            writeln!(out, "{}\t{}", entity.mentions.len(), entity.text)
                .map_err(|e| e.to_string())?;
        }
        return out.flush().map_err(|e| e.to_string());
    }
    for_each_jsonl(&mut out, |doc| {
        let summary =
            summarize(&doc.text, &options_for(&args, doc.lang)).map_err(|e| e.to_string())?;
        Ok(json!({"id": doc.id, "entities": entity_values(&doc.text, &summary)}))
    })
}
