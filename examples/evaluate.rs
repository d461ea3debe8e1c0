//! Measures Kernsatz on the shared development data (`../shared/data/`, see its README).
//!
//! ```text
//! cargo run --release --example evaluate -- sbd [--lang de,en,fr,es] [--errors N]
//! cargo run --release --example evaluate -- lang
//! cargo run --release --example evaluate -- rouge --pred FILE.jsonl --ref FILE.jsonl
//! cargo run --release --example evaluate -- rouge --system lead3 --ref data/de-mlsum-dev.jsonl
//!                                                 [--sentences 3] [--write-pred out.jsonl]
//! cargo run --release --example evaluate -- rouge check
//! ```
//!
//! Every command prints a table, or with `--json` one JSON object. The shared directory is
//! `../shared` beside the repository unless `--data DIR` or `KERNSATZ_SHARED` says otherwise.
//! The data is read in place and never copied into the repository (several sources are
//! research-only).

// An example's modules would be looked up beside it in examples/; keep them in their own
// directory so cargo does not take them for examples.
#[path = "evaluate/langid.rs"]
mod langid;
#[path = "evaluate/rouge.rs"]
mod rouge;
#[path = "evaluate/sbd.rs"]
mod sbd;

use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run --release --example evaluate -- COMMAND [OPTIONS]

commands:
  sbd [--lang de,en,fr,es] [--errors N]
        sentence-boundary precision/recall/F1 of kernsatz and the plain UAX #29 baseline on
        data/gold/sbd-<lang>-dev.jsonl; --errors N prints up to N false positives and false
        negatives per language with their context
  lang  language-detection accuracy on full documents and on their first sentence
  rouge --pred FILE.jsonl --ref FILE.jsonl
        ROUGE-1/2/L (the same definitions and numbers as ../shared/eval/rouge.py)
  rouge --system lead3 --ref FILE.jsonl [--sentences K] [--write-pred OUT.jsonl]
        scores the first K (default 3) units of kernsatz::segment as the summary
  rouge compare [--sentences K]
        Kernsatz next to LEAD-K on every dev summary file (Klexikon at K = 10)
  rouge check
        checks that this scorer agrees with rouge.py (tokens and LEAD-3 scores on every dev
        summary file); exits non-zero when they differ

options:
  --json        print one JSON object instead of a table
  --data DIR    the shared directory (default: $KERNSATZ_SHARED, else ../shared beside the repo)
  -h, --help    show this help

Relative --pred/--ref paths that do not exist are looked up in the shared directory, so
`--ref data/de-mlsum-dev.jsonl` works from anywhere.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("evaluate: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let mut args = Args::new(args);
    if args.flag("-h") || args.flag("--help") {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let common = Common {
        json: args.flag("--json"),
        shared: shared_dir(args.value("--data")?)?,
    };
    let command = args.positional();
    match command.as_deref() {
        Some("sbd") => sbd::command(&common, &mut args),
        Some("lang") => langid::command(&common, &mut args),
        Some("rouge") => rouge::command(&common, &mut args),
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
        None => Err(format!("no command given\n\n{USAGE}")),
    }
}

/// Options every command shares.
pub struct Common {
    /// Print one JSON object instead of a table.
    pub json: bool,
    /// The shared directory (with `data/` and `eval/`).
    pub shared: PathBuf,
}

impl Common {
    /// A file inside the shared directory, e.g. `data/gold/sbd-de-dev.jsonl`.
    pub fn shared_file(&self, relative: &str) -> PathBuf {
        self.shared.join(relative)
    }

    /// A path given on the command line: as given when it exists, else inside the shared
    /// directory, so the README's `data/...` paths work from the repository root too.
    pub fn user_file(&self, given: &str) -> PathBuf {
        let path = PathBuf::from(given);
        if path.exists() || path.is_absolute() {
            return path;
        }
        let shared = self.shared.join(given);
        if shared.exists() {
            shared
        } else {
            path
        }
    }
}

fn shared_dir(flag: Option<String>) -> Result<PathBuf, String> {
    let dir = flag
        .or_else(|| std::env::var("KERNSATZ_SHARED").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if dir.join("data").is_dir() {
        // Canonical, so reports show /work/shared rather than /work/main/../shared.
        Ok(dir.canonicalize().unwrap_or(dir))
    } else {
        Err(format!(
            "no shared data at {}: pass --data DIR or set KERNSATZ_SHARED to the directory \
             that holds data/ and eval/",
            dir.display()
        ))
    }
}

/// Command-line arguments, consumed by name so each command takes only what it knows and
/// anything left over is reported instead of silently ignored.
pub struct Args {
    rest: Vec<String>,
}

impl Args {
    fn new(rest: Vec<String>) -> Self {
        Args { rest }
    }

    /// Removes `name` and reports whether it was there.
    pub fn flag(&mut self, name: &str) -> bool {
        let before = self.rest.len();
        self.rest.retain(|arg| arg != name);
        self.rest.len() != before
    }

    /// Removes `name VALUE` (or `name=VALUE`) and returns the value.
    pub fn value(&mut self, name: &str) -> Result<Option<String>, String> {
        let prefix = format!("{name}=");
        if let Some(i) = self.rest.iter().position(|arg| arg.starts_with(&prefix)) {
            let arg = self.rest.remove(i);
            return Ok(Some(arg[prefix.len()..].to_string()));
        }
        match self.rest.iter().position(|arg| arg == name) {
            None => Ok(None),
            Some(i) if i + 1 < self.rest.len() => {
                let value = self.rest.remove(i + 1);
                self.rest.remove(i);
                Ok(Some(value))
            }
            Some(_) => Err(format!("{name} needs a value")),
        }
    }

    /// Removes `name N` and parses N.
    pub fn number(&mut self, name: &str) -> Result<Option<usize>, String> {
        self.value(name)?
            .map(|v| {
                v.parse()
                    .map_err(|_| format!("{name} needs a whole number, not {v:?}"))
            })
            .transpose()
    }

    /// Removes and returns the first argument that is not an option.
    pub fn positional(&mut self) -> Option<String> {
        let i = self.rest.iter().position(|arg| !arg.starts_with('-'))?;
        Some(self.rest.remove(i))
    }

    /// Fails when arguments are left that no one took.
    pub fn finish(&self) -> Result<(), String> {
        match self.rest.first() {
            None => Ok(()),
            Some(arg) => Err(format!("unexpected argument {arg:?}\n\n{USAGE}")),
        }
    }
}

/// Reads a JSON Lines file, skipping blank lines like rouge.py does.
pub fn read_jsonl(path: &Path) -> Result<Vec<Value>, String> {
    let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let value = serde_json::from_str(&line)
            .map_err(|e| format!("{}:{}: not JSON: {e}", path.display(), n + 1))?;
        rows.push(value);
    }
    Ok(rows)
}

/// A document id as rouge.py sees it (`str(d["id"])`), so numeric ids match too.
pub fn id_of(row: &Value) -> Option<String> {
    match row.get("id")? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// A string field, or an error naming the file and the document.
pub fn str_field<'v>(row: &'v Value, field: &str, path: &Path) -> Result<&'v str, String> {
    row.get(field).and_then(Value::as_str).ok_or_else(|| {
        format!(
            "{}: document {} has no string {field:?}",
            path.display(),
            id_of(row).unwrap_or_default()
        )
    })
}

/// `part / whole`, 0 when `whole` is 0.
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
