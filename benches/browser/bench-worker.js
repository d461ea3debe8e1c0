// The benchmark proper, inside a module worker: the packed package's wasm (./kernsatz/pkg),
// timed with performance.now() around each call (repeated calls per article, since the
// browser coarsens timers).
import init, { summarize } from "./kernsatz/pkg/kernsatz.js";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function instantiate() {
  const started = performance.now();
  await init({ module_or_path: new URL("./kernsatz/pkg/kernsatz_bg.wasm", import.meta.url) });
  return performance.now() - started;
}

/** Median milliseconds per article of `docs` (each timed over `repeat` calls after a warm-up). */
function perArticle(docs, repeat) {
  const times = [];
  let sink = 0;
  for (const doc of docs) {
    sink += summarize(doc.text).selected.length;
    const started = performance.now();
    for (let r = 0; r < repeat; r++) sink += summarize(doc.text).selected.length;
    times.push((performance.now() - started) / repeat);
  }
  return { medianMs: median(times), meanMs: times.reduce((a, b) => a + b, 0) / times.length, docs: docs.length, sink };
}

self.onmessage = async ({ data }) => {
  try {
    if (data.task === "instantiate") {
      self.postMessage({ instantiateMs: await instantiate() });
      return;
    }
    const { settings } = data;
    const instantiateMs = await instantiate();
    const docs = await (await fetch(new URL("./docs.json", import.meta.url))).json();
    const report = { instantiateMsInRun: instantiateMs, sets: {} };
    // The first call decodes the language data (what a page pays once, on its first summary).
    const firstStarted = performance.now();
    summarize(docs.thousand.text);
    report.firstCallMs = performance.now() - firstStarted;
    for (const [name, list] of Object.entries(docs.sets)) report.sets[name] = perArticle(list, settings.repeat);

    // The ~1,000-word article: many runs, median.
    const one = docs.thousand;
    const times = [];
    for (let i = 0; i < settings.thousandRuns; i++) {
      const started = performance.now();
      for (let r = 0; r < settings.repeat; r++) summarize(one.text);
      times.push((performance.now() - started) / settings.repeat);
    }
    report.thousand = { id: one.id, words: one.words, medianMs: median(times), minMs: Math.min(...times) };

    // Throughput on a 10 MB input built from the dev articles.
    const parts = [];
    let bytes = 0;
    const encoder = new TextEncoder();
    for (let i = 0; bytes < settings.bigBytes; i++) {
      const text = docs.big[i % docs.big.length];
      parts.push(text);
      bytes += encoder.encode(text).length + 2;
    }
    const big = parts.join("\n\n");
    const bigBytes = encoder.encode(big).length;
    const runs = [];
    for (let i = 0; i < settings.bigRuns; i++) {
      const started = performance.now();
      const summary = summarize(big, { maxInputLength: 1e9 });
      runs.push(performance.now() - started);
      report.bigUnits = summary.sentences.length;
    }
    report.big = { bytes: bigBytes, medianMs: median(runs), mbPerSecond: bigBytes / 1e6 / (median(runs) / 1000) };
    report.userAgent = navigator.userAgent;
    self.postMessage(report);
  } catch (error) {
    self.postMessage({ error: `${error?.name}: ${error?.message}\n${error?.stack}` });
  }
};
