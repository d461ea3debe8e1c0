#!/usr/bin/env node
// `npx kernsatz`: the native program's interface, on the package's WebAssembly.
//   kernsatz [--sentences N|--ratio R|--words N] [--order document|rank] [--lang CODE] [--json] [FILE]
//   kernsatz [OPTIONS] --jsonl            {"id","text"[,"lang"]} lines in, summaries out
//   kernsatz sentences [--jsonl] [FILE]   units (offsets in code points in JSONL)
//   kernsatz entities --jsonl             {"id","entities":[{"text","mentions"}]}
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { summarize } from "./node.js";

const USAGE = `usage:
  kernsatz [OPTIONS] [FILE]           print the summary of FILE (or stdin)
  kernsatz [OPTIONS] --json [FILE]    print the whole summary as JSON
  kernsatz [OPTIONS] --jsonl          summaries of {"id","text"[,"lang"]} lines on stdin
  kernsatz sentences [--jsonl] [FILE] one sentence per line, or {"id","lang","sentences"} lines
  kernsatz entities --jsonl           {"id","entities":[{"text","mentions"}]} lines
options:
  --sentences N   summary length in sentences (default 3)
  --ratio R       summary length as a share of the sentences, in (0, 1]
  --words N       summary length in words
  --order ORDER   document (default) or rank
  --lang CODE     de, en, fr, es, it, nl or pt (default: detected)`;

function parse(argv) {
  const args = { command: "summary", options: {}, json: false, jsonl: false, file: null };
  let rest = argv;
  if (rest[0] === "sentences" || rest[0] === "entities") {
    args.command = rest[0];
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      if (i + 1 >= rest.length) throw new Error(`${arg} needs a value`);
      return rest[++i];
    };
    switch (arg) {
      case "--json": args.json = true; break;
      case "--jsonl": args.jsonl = true; break;
      case "--sentences": args.options.sentences = Number(value()); break;
      case "--words": args.options.words = Number(value()); break;
      case "--ratio": args.options.ratio = Number(value()); break;
      case "--order": args.options.order = value(); break;
      case "--lang": args.options.lang = value(); break;
      case "-h": case "--help": console.log(USAGE); process.exit(0);
      default:
        if (arg.startsWith("-") && arg !== "-") throw new Error(`unknown option ${arg}\n${USAGE}`);
        if (args.file) throw new Error(`more than one input file given\n${USAGE}`);
        args.file = arg;
    }
  }
  return args;
}

/** Converts a UTF-16 offset of `text` to a code point offset (the JSONL unit). */
function codePoints(text) {
  const prefix = [0];
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const low = high && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    count++;
    prefix.push(count);
    if (low) {
      prefix.push(count);
      i++;
    }
  }
  return (offset) => prefix[offset];
}

function summaryLine(id, text, summary) {
  const cp = codePoints(text);
  return {
    id,
    lang: summary.lang ?? "unknown",
    summary: summary.summary,
    sentences: summary.selected.map((i) => {
      const s = summary.sentences[i];
      return { start: cp(s.startUtf16), end: cp(s.endUtf16), score: s.score, text: s.text };
    }),
    entities: entityValues(text, summary),
    keywords: summary.keywords.map((k) => ({ text: k.text, weight: k.weight })),
  };
}

function entityValues(text, summary) {
  const cp = codePoints(text);
  return summary.entities.map((e) => ({
    text: e.text,
    mentions: e.mentions.map((m) => [cp(m.startUtf16), cp(m.endUtf16)]),
  }));
}

function handle(args, text, lang) {
  const options = { ...args.options };
  if (lang != null) options.lang = lang;
  return summarize(text, options);
}

async function jsonl(args) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  let failures = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    let id = null;
    try {
      const doc = JSON.parse(line);
      id = doc.id ?? null;
      if (id === null) throw new Error('missing "id"');
      if (typeof doc.text !== "string") throw new Error('"text" must be a string');
      const summary = handle(args, doc.text, doc.lang);
      const out =
        args.command === "sentences"
          ? { id, lang: summary.lang ?? "unknown", sentences: sentenceSpans(doc.text, summary) }
          : args.command === "entities"
            ? { id, entities: entityValues(doc.text, summary) }
            : summaryLine(id, doc.text, summary);
      process.stdout.write(JSON.stringify(out) + "\n");
    } catch (error) {
      failures++;
      process.stderr.write(JSON.stringify({ id, line: number, error: error.message }) + "\n");
    }
  }
  if (failures) process.stderr.write(`kernsatz: ${failures} input line(s) failed\n`);
}

function sentenceSpans(text, summary) {
  const cp = codePoints(text);
  return summary.sentences.map((s) => [cp(s.startUtf16), cp(s.endUtf16)]);
}

async function main() {
  const args = parse(process.argv.slice(2));
  if (args.jsonl) return jsonl(args);
  const text = readFileSync(args.file && args.file !== "-" ? args.file : 0, "utf8");
  const summary = handle(args, text, null);
  if (args.command === "sentences") {
    for (const s of summary.sentences) console.log(s.text.replace(/[\r\n]+/g, " "));
  } else if (args.command === "entities") {
    for (const e of summary.entities) console.log(`${e.mentions.length}\t${e.text}`);
  } else if (args.json) {
    console.log(JSON.stringify(summary));
  } else {
    for (const i of summary.selected) console.log(summary.sentences[i].text);
  }
}

main().catch((error) => {
  console.error(`kernsatz: ${error.message}`);
  process.exit(2);
});
