// The npm package as a user gets it: `npm pack`, installed from the tarball into an empty
// project, imported there as ESM in Node with no set-up; its bin against the native program.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installPackage, ensureNative, run, shared, readJsonl, pathToFileURL } from "./helpers.mjs";

const BLINKEN = join(shared, "examples", "de-blinken-aliyev.txt");
let project;
let kernsatz;

before(() => {
  project = installPackage();
  ensureNative();
  // Resolved from inside the consumer project, through the installed package's "exports".
  writeFileSync(join(project.dir, "entry.mjs"), 'export * from "kernsatz";\n');
});

async function load() {
  kernsatz ??= await import(pathToFileURL(join(project.dir, "entry.mjs")).href);
  return kernsatz;
}

/** Every unit's UTF-16 offsets give back its text. */
function assertOffsets(text, summary) {
  assert.ok(summary.sentences.length > 0);
  for (const s of summary.sentences) {
    assert.ok(Number.isInteger(s.startUtf16) && Number.isInteger(s.endUtf16));
    assert.ok(0 <= s.startUtf16 && s.startUtf16 < s.endUtf16 && s.endUtf16 <= text.length, JSON.stringify(s));
    assert.equal(text.slice(s.startUtf16, s.endUtf16), s.text);
  }
  for (const e of summary.entities) {
    for (const m of e.mentions) assert.ok(0 <= m.startUtf16 && m.startUtf16 < m.endUtf16 && m.endUtf16 <= text.length);
  }
}

test("the tarball holds the package files and nothing else", () => {
  for (const file of ["package.json", "pkg/kernsatz_bg.wasm", "pkg/kernsatz.js", "js/node.js", "js/index.js",
    "js/index.d.ts", "js/worker.js", "js/worker-client.js", "js/worker-client.d.ts", "js/cli.js", "LICENSE-MIT", "README.md"]) {
    assert.ok(project.files.includes(file), `${file} is missing from the tarball`);
  }
  for (const file of project.files) {
    assert.match(file, /^(js\/|pkg\/|package\.json$|NPM\.md$|README\.md$|LICENSE)/, `unexpected file ${file}`);
  }
  // The package's README is the one written for npm users, not the repository's.
  const readme = readFileSync(join(project.dir, "node_modules", "kernsatz", "README.md"), "utf8");
  assert.match(readme, /^# kernsatz\n/);
  assert.doesNotMatch(readme, /## Two commands/);
});

test("ESM import in Node with no set-up exposes the API", async () => {
  const { summarize, detectLanguage, Summarizer, version } = await load();
  assert.equal(typeof summarize, "function");
  assert.equal(typeof detectLanguage, "function");
  assert.equal(typeof Summarizer, "function");
  const pkg = JSON.parse(readFileSync(join(project.dir, "node_modules", "kernsatz", "package.json"), "utf8"));
  assert.equal(version, pkg.version);
});

test("summarizes de-blinken-aliyev.txt", async () => {
  const { summarize } = await load();
  const text = readFileSync(BLINKEN, "utf8");
  const summary = summarize(text);
  assert.equal(summary.lang, "de");
  assert.equal(summary.langDetected, true);
  assert.equal(summary.selected.length, 3);
  const chosen = summary.selected.map((i) => summary.sentences[i]);
  assert.ok(chosen.every((s) => s.selected));
  for (const s of chosen) {
    assert.ok(!s.text.includes("date 2021-04"), `metadata chosen: ${s.text}`);
    if (s.text.includes("907. Berichtigungsantrag")) {
      // Whole: not cut after the ordinal "907.".
      assert.match(s.text, /^[A-ZÄÖÜ"„].*907\. Berichtigungsantrag.*[.!?"“]$/s, s.text);
    }
  }
  // Wherever the 907. sentence is, it is one unit, not split after "907.".
  const unit = summary.sentences.find((s) => s.text.includes("907. Berichtigungsantrag"));
  assert.ok(unit, "a unit holds '907. Berichtigungsantrag'");
  assert.ok(!/907\.$/.test(unit.text.trim()));
  const entities = summary.entities.map((e) => e.text);
  assert.ok(entities.includes("Aserbaidschan"), entities.join(", "));
  assert.ok(entities.includes("Ilham Aliyev"), entities.join(", "));
  assert.equal(summary.summary, chosen.map((s) => s.text).join(" "));
  assertOffsets(text, summary);
  const detection = (await load()).detectLanguage(text);
  assert.equal(detection.lang, "de");
  assert.ok(detection.confidence > 0 && detection.confidence <= 1);
});

test("results follow the declarations: null (never undefined) for absent values", async () => {
  const { summarize, detectLanguage } = await load();
  const text = readFileSync(BLINKEN, "utf8");
  const summary = summarize(text);
  const keys = ["lang", "langDetected", "summary", "selected", "sentences", "entities", "keywords"];
  assert.deepEqual(Object.keys(summary).sort(), [...keys].sort());
  const reasonKeys = ["keywords", "entities", "headline", "centrality", "position", "form", "excluded", "keywordIds", "entityIds"];
  for (const s of summary.sentences) {
    assert.deepEqual(Object.keys(s).sort(), ["startUtf16", "endUtf16", "text", "kind", "score", "rank", "selected", "reasons"].sort());
    assert.deepEqual(Object.keys(s.reasons).sort(), [...reasonKeys].sort());
    assert.ok(s.rank === null || Number.isInteger(s.rank), `rank ${s.rank}`);
    assert.ok(s.reasons.excluded === null || typeof s.reasons.excluded === "string", `excluded ${s.reasons.excluded}`);
    assert.ok(["sentence", "headline", "listItem", "metadata"].includes(s.kind), s.kind);
    if (s.reasons.excluded !== null) assert.equal(s.rank, null);
  }
  assert.ok(summary.sentences.some((s) => s.rank === null), "the metadata line has rank null");
  for (const e of summary.entities) assert.ok(["person", "organization", "place", "other"].includes(e.kind));
  const none = summarize("東京は日本の首都です。人口は約千四百万人です。");
  assert.equal(none.lang, null);
  assert.equal(detectLanguage("東京は日本の首都です。").lang, null);
  assert.equal(summarize(text, { lang: "de" }).langDetected, false);
});

test("Summarizer keeps its options for repeated calls", async () => {
  const { Summarizer, summarize } = await load();
  const text = readFileSync(BLINKEN, "utf8");
  const summarizer = new Summarizer({ sentences: 2, order: "rank" });
  const first = summarizer.summarize(text);
  const second = summarizer.summarize(text);
  assert.deepEqual(first, second);
  assert.deepEqual(first, summarize(text, { sentences: 2, order: "rank" }));
  assert.equal(first.selected.length, 2);
  const ranks = first.selected.map((i) => first.sentences[i].rank);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  summarizer.free();
  assert.throws(() => new Summarizer({ sentences: 0 }), /sentences/);
});

test("bad input and options throw errors naming the problem", async () => {
  const { summarize, detectLanguage, Summarizer } = await load();
  for (const text of [42, null, undefined, {}, ["a"], Symbol.for("x")]) {
    assert.throws(() => summarize(text), TypeError, String(text?.toString?.()));
  }
  assert.throws(() => detectLanguage(7), TypeError);
  assert.throws(() => new Summarizer().summarize(7), TypeError);
  assert.throws(() => summarize("Text.", { sentenses: 2 }), (e) => e instanceof Error && /sentenses/.test(e.message));
  const cases = [
    [{ sentences: 0 }, "sentences"],
    [{ sentences: 2.5 }, "sentences"],
    [{ sentences: "3" }, "sentences"],
    [{ ratio: 1.5 }, "ratio"],
    [{ ratio: 0 }, "ratio"],
    [{ words: -1 }, "words"],
    [{ lang: "xx" }, "lang"],
    [{ order: "x" }, "order"],
    [{ maxInputLength: 0 }, "maxInputLength"],
  ];
  for (const [options, name] of cases) {
    assert.throws(
      () => summarize("Ein Satz. Noch ein Satz.", options),
      (e) => e instanceof Error && e.message.includes(name),
      JSON.stringify(options),
    );
    assert.throws(() => new Summarizer(options), (e) => e instanceof Error && e.message.includes(name));
  }
  const long = "Ein Satz. ".repeat(10);
  assert.throws(
    () => summarize(long, { maxInputLength: 50 }),
    (e) => e instanceof RangeError && e.message.includes("50") && e.message.includes("100"),
  );
  assert.equal(summarize(long, { maxInputLength: 100 }).sentences.length, 10);
});

test("null and undefined options mean the defaults", async () => {
  const { summarize } = await load();
  const text = readFileSync(BLINKEN, "utf8");
  const defaults = summarize(text, {});
  for (const options of [undefined, null, { sentences: null, ratio: undefined, lang: null, order: null, words: undefined, maxInputLength: null }]) {
    assert.deepEqual(summarize(text, options), defaults);
  }
});

test("lone surrogates, emoji, combining marks and CJK keep valid UTF-16 offsets", async () => {
  const { summarize } = await load();
  const lone = "a\uD800b. Zweiter Satz.";
  const summary = summarize(lone);
  for (const s of summary.sentences) {
    assert.ok(0 <= s.startUtf16 && s.startUtf16 < s.endUtf16 && s.endUtf16 <= lone.length);
    // The lone surrogate reaches the wasm as U+FFFD, also one UTF-16 unit, so the offsets
    // hold; the sentence text is a slice of the caller's own string, surrogate included.
    assert.equal(lone.slice(s.startUtf16, s.endUtf16), s.text);
  }
  assert.equal(summarize("\uDC00\uD800 x.").sentences.length >= 1, true);
  const texts = [
    "Die Familie 👨‍👩‍👧‍👦 fuhr nach Köln 🇩🇪. Dort regnete es den ganzen Tag 🌧️. Am Abend aßen alle 🍕 zusammen. 👍🏽 Gut so.",
    "Cafe\u0301 Zoe\u0308 liegt am Fluß. A\u030Angstro\u0308m maß die Wellenlänge. Das Wort Straße hat kein A\u0308.",
    "東京は日本の首都です。人口は約千四百万人です。多くの観光客が訪れます！本当ですか？",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 is fun. 😀😃😄 Smiles everywhere. The end 🎉. 𠀋𠀋 are rare CJK characters.",
  ];
  for (const text of texts) {
    const result = summarize(text);
    assert.ok(result.sentences.length >= 3, `${text}: ${result.sentences.length} units`);
    assertOffsets(text, result);
  }
});

// ---- The bin against the native program ----------------------------------------------------

function npx(args, input) {
  return run("npx", ["--no-install", "kernsatz", ...args], { cwd: project.dir, input });
}

function nativeRun(args, input) {
  return run(ensureNative(), args, { input });
}

function parseLines(stdout) {
  return stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

/** Float fields may differ in the last bits (wasm vs native libm); compare within 1e-9. */
function assertJsonClose(actual, expected, path = "$") {
  if (typeof expected === "number" && typeof actual === "number") {
    assert.ok(Math.abs(actual - expected) <= 1e-9, `${path}: ${actual} != ${expected}`);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: not an array`);
    assert.equal(actual.length, expected.length, `${path}: length`);
    expected.forEach((value, i) => assertJsonClose(actual[i], value, `${path}[${i}]`));
  } else if (expected && typeof expected === "object") {
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${path}: keys`);
    for (const key of Object.keys(expected)) assertJsonClose(actual[key], expected[key], `${path}.${key}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

function sampleJsonl() {
  const docs = [
    ...readJsonl(join(shared, "data", "de-mlsum-dev.jsonl")).slice(0, 15),
    ...readJsonl(join(shared, "data", "en-cnndm-dev.jsonl")).slice(0, 15),
    ...readJsonl(join(shared, "data", "de-klexikon-dev.jsonl")).slice(0, 5),
  ].map(({ id, text, lang }, i) => (i % 2 ? { id, text, lang } : { id, text }));
  docs.push({ id: "emoji", text: "Die Familie 👨‍👩‍👧‍👦 fuhr nach Köln 🇩🇪. Dort regnete es. Am Abend aßen alle 🍕 zusammen." });
  docs.push({ id: 7, text: "東京は日本の首都です。人口は約千四百万人です。" });
  return docs.map((doc) => JSON.stringify(doc)).join("\n") + "\n";
}

test("npx kernsatz FILE prints the same summary as the native program", () => {
  for (const args of [[BLINKEN], ["--sentences", "5", "--order", "rank", BLINKEN], ["--ratio", "0.2", BLINKEN], ["--words", "60", "--lang", "de", BLINKEN]]) {
    const js = npx(args);
    const rs = nativeRun(args);
    assert.equal(js.status, 0, js.stderr);
    assert.equal(rs.status, 0, rs.stderr);
    assert.equal(js.stdout, rs.stdout, args.join(" "));
    assert.ok(js.stdout.split("\n").filter(Boolean).length >= 1);
  }
  const text = readFileSync(BLINKEN, "utf8");
  assert.equal(npx([], text).stdout, nativeRun([], text).stdout, "stdin");
  assert.equal(npx(["sentences", BLINKEN]).stdout, nativeRun(["sentences", BLINKEN]).stdout, "sentences FILE");
  assert.equal(npx(["entities", BLINKEN]).stdout, nativeRun(["entities", BLINKEN]).stdout, "entities FILE");
});

test("npx kernsatz --jsonl, sentences --jsonl and entities --jsonl match the native program", () => {
  const input = sampleJsonl();
  for (const args of [["--jsonl"], ["--jsonl", "--sentences", "2", "--order", "rank"], ["sentences", "--jsonl"], ["entities", "--jsonl"]]) {
    const js = npx(args, input);
    const rs = nativeRun(args, input);
    assert.equal(js.status, 0, js.stderr);
    assert.equal(rs.status, 0, rs.stderr);
    const jsLines = parseLines(js.stdout);
    const rsLines = parseLines(rs.stdout);
    assert.equal(jsLines.length, input.split("\n").filter(Boolean).length);
    assert.equal(jsLines.length, rsLines.length, args.join(" "));
    jsLines.forEach((line, i) => assertJsonClose(line, rsLines[i], `${args.join(" ")} line ${i + 1}`));
  }
});

test("npx kernsatz reports bad lines and bad flags like the native program", () => {
  const input = '{"id":"a","text":"Ein Satz. Noch einer."}\nnot json\n{"id":"b","text":5}\n{"text":"x"}\n{"id":"c","text":"Zwei Sätze. Hier."}\n';
  const js = npx(["--jsonl"], input);
  const rs = nativeRun(["--jsonl"], input);
  assert.equal(js.status, rs.status);
  assert.deepEqual(parseLines(js.stdout).map((l) => l.id), parseLines(rs.stdout).map((l) => l.id));
  const errors = (out) => out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)).map(({ id, line }) => ({ id, line }));
  assert.deepEqual(errors(js.stderr), errors(rs.stderr));
  for (const args of [["--bogus", BLINKEN], ["--sentences", "0", BLINKEN], ["--order", "x", BLINKEN]]) {
    const bad = npx(args);
    assert.equal(bad.status, nativeRun(args).status, args.join(" "));
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /^kernsatz: /);
  }
});
