// Browser benchmark of the npm package (run by hand, not by scripts/test.sh):
//   bash scripts/build-wasm.sh && bash scripts/build-page.sh && node benches/browser/bench.mjs
// In Debian's chromium (playwright-core), inside a module worker, with the packed package:
// instantiation time, median ms per dev article (first 500 docs of de-mlsum and en-cnndm),
// ms for a ~1,000-word article and MB/s on a 10 MB input. Then, in this Node process, the same
// articles through the same wasm (js/node.js) and through node-summarizer (word frequency, the
// fastest JavaScript summarizer we found), so that the speed ratio is measured in one runtime.
// Writes artifacts/bench.json and prints a table.
import { cpSync, rmSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { launch, serve, root, artifacts } from "../../tests/browser/browser.mjs";

const SITE = "dist/bench";
const DOCS_PER_SET = Number(process.env.BENCH_DOCS ?? 500);
const settings = { repeat: 5, instantiations: 5, thousandRuns: 50, bigBytes: 10_000_000, bigRuns: 3 };

const readJsonl = (name) =>
  readFileSync(join(root, "..", "shared", "data", name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const words = (text) => text.split(/\s+/).filter(Boolean).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const mlsum = readJsonl("de-mlsum-dev.jsonl");
const cnndm = readJsonl("en-cnndm-dev.jsonl");
const sets = {
  "de-mlsum": mlsum.slice(0, DOCS_PER_SET).map(({ id, text }) => ({ id, text })),
  "en-cnndm": cnndm.slice(0, DOCS_PER_SET).map(({ id, text }) => ({ id, text })),
};
// The dev article (any set) whose length is closest to 1,000 words.
const thousand = [...mlsum, ...cnndm, ...readJsonl("de-klexikon-dev.jsonl")]
  .map(({ id, text }) => ({ id, text, words: words(text) }))
  .reduce((best, doc) => (Math.abs(doc.words - 1000) < Math.abs(best.words - 1000) ? doc : best));
const wordStats = Object.fromEntries(
  Object.entries(sets).map(([name, docs]) => [name, median(docs.map((d) => words(d.text)))]),
);

// ---- Chromium, module worker -----------------------------------------------------------------
const packed = join(root, "dist", "www", "kernsatz");
if (!existsSync(join(packed, "package.json"))) {
  console.error("dist/www/kernsatz is missing: run bash scripts/build-wasm.sh && bash scripts/build-page.sh");
  process.exit(1);
}
rmSync(join(root, SITE), { recursive: true, force: true });
mkdirSync(join(root, SITE), { recursive: true });
cpSync(packed, join(root, SITE, "kernsatz"), { recursive: true });
for (const file of ["bench.html", "bench-page.js", "bench-worker.js"]) {
  cpSync(join(root, "benches", "browser", file), join(root, SITE, file));
}
writeFileSync(
  join(root, SITE, "docs.json"),
  JSON.stringify({ sets, thousand, big: [...mlsum, ...cnndm].map((d) => d.text) }),
);
const wasmBytes = readFileSync(join(packed, "pkg", "kernsatz_bg.wasm")).length;

// The browser first: if it cannot start, no server is left running.
const browser = await launch();
const server = await serve(SITE);
let chromium;
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.goto(`${server.url}bench.html`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "ready");
  chromium = await page.evaluate((s) => window.runBench(s), settings);
  chromium.version = browser.version();
} finally {
  await browser.close();
  server.close();
}

// ---- Node, one process: the same wasm and node-summarizer --------------------------------------
const { summarize } = await import(join(root, "js", "node.js"));
const { SummarizerManager } = createRequire(import.meta.url)("node-summarizer");
let nodeSummarizerFailures = 0;
const nodeSummarizer = (text) => {
  const result = new SummarizerManager(text, 3).getSummaryByFrequency();
  if (result instanceof Error || typeof result.summary !== "string") nodeSummarizerFailures++;
  return result;
};

function perArticle(fn, docs) {
  const times = [];
  for (const doc of docs) {
    fn(doc.text);
    const started = performance.now();
    for (let r = 0; r < settings.repeat; r++) fn(doc.text);
    times.push((performance.now() - started) / settings.repeat);
  }
  return median(times);
}
function thousandMs(fn) {
  const times = [];
  for (let i = 0; i < settings.thousandRuns; i++) {
    const started = performance.now();
    for (let r = 0; r < settings.repeat; r++) fn(thousand.text);
    times.push((performance.now() - started) / settings.repeat);
  }
  return median(times);
}
const node = {};
for (const [name, fn] of [["kernsatz-wasm", (t) => summarize(t)], ["node-summarizer", nodeSummarizer]]) {
  node[name] = { thousandMs: thousandMs(fn) };
  for (const [set, docs] of Object.entries(sets)) node[name][set] = perArticle(fn, docs);
}

// ---- Report ----------------------------------------------------------------------------------------
const result = {
  date: new Date().toISOString(),
  method:
    "Chromium (Debian, headless, playwright-core): a module worker loads the packed package's wasm; " +
    "per article: one warm-up call, then the mean of 5 summarize(text) calls (default options: 3 sentences, " +
    "language detected, full result converted to JS objects); the median over articles is reported. " +
    "Instantiation: fetch + compile + instantiate in fresh workers; the first summary after it is timed on its own. 10 MB: dev articles joined, median of 3 runs. " +
    "Node (same process for both): the same wasm through js/node.js and node-summarizer 1.0.7 " +
    "getSummaryByFrequency() with 3 sentences, same timing scheme.",
  machine: { cores: (await import("node:os")).cpus().length, node: process.version, chromium: chromium.version },
  wasmBytes,
  medianWords: wordStats,
  thousandWordArticle: { id: thousand.id, words: thousand.words },
  chromiumWorker: {
    instantiateMs: { first: chromium.instantiations[0], median: median(chromium.instantiations), all: chromium.instantiations },
    medianMsPerArticle: Object.fromEntries(Object.entries(chromium.sets).map(([k, v]) => [k, v.medianMs])),
    meanMsPerArticle: Object.fromEntries(Object.entries(chromium.sets).map(([k, v]) => [k, v.meanMs])),
    docs: Object.fromEntries(Object.entries(chromium.sets).map(([k, v]) => [k, v.docs])),
    firstCallMs: chromium.firstCallMs,
    thousandWordMs: chromium.thousand.medianMs,
    tenMB: { bytes: chromium.big.bytes, ms: chromium.big.medianMs, mbPerSecond: chromium.big.mbPerSecond, units: chromium.bigUnits },
  },
  node,
  nodeSummarizerFailedCalls: nodeSummarizerFailures,
};
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, "bench.json"), JSON.stringify(result, null, 2) + "\n");

const f = (x, digits = 3) => (typeof x === "number" ? x.toFixed(digits) : String(x));
const rows = [
  ["measure", "kernsatz wasm, Chromium worker", "kernsatz wasm, Node", "node-summarizer, Node", "ratio (node-summarizer / kernsatz, Node)"],
  ["instantiate (ms, first / median of 5)", `${f(result.chromiumWorker.instantiateMs.first, 1)} / ${f(result.chromiumWorker.instantiateMs.median, 1)}`, "", "", ""],
  [`first summary after instantiation (ms, the ${thousand.words}-word article; decodes the language data)`, f(result.chromiumWorker.firstCallMs, 2), "", "", ""],
  ...Object.keys(sets).map((set) => [
    `median ms per article, ${set} (${sets[set].length} docs, median ${wordStats[set]} words)`,
    f(result.chromiumWorker.medianMsPerArticle[set]),
    f(node["kernsatz-wasm"][set]),
    f(node["node-summarizer"][set]),
    f(node["node-summarizer"][set] / node["kernsatz-wasm"][set], 2),
  ]),
  [`ms for a ${thousand.words}-word article (${thousand.id})`, f(chromium.thousand.medianMs), f(node["kernsatz-wasm"].thousandMs), f(node["node-summarizer"].thousandMs),
    f(node["node-summarizer"].thousandMs / node["kernsatz-wasm"].thousandMs, 2)],
  [`MB/s on ${f(chromium.big.bytes / 1e6, 1)} MB (${f(chromium.big.medianMs, 0)} ms)`, f(chromium.big.mbPerSecond, 2), "", "", ""],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => cell.padEnd(widths[c])).join(" | "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
}
console.log(`\nnode-summarizer calls that returned an error instead of a summary: ${nodeSummarizerFailures}`);
console.log(`\nmethod: ${result.method}\nwritten to artifacts/bench.json`);
