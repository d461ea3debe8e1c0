// Parity: for every document of the dev sets in ../shared/data, the wasm package's result
// equals the native library's: the same units (texts and offsets), the same chosen sentences,
// every score within 1e-9, the same entities and keywords.
//  - JSONL: `kernsatz --jsonl` (the given "lang") against the package's summarize() with that
//    lang, the chosen spans compared in code points (UTF-16 offsets converted).
//  - Whole summaries: `kernsatz --json` per document (language detected) against summarize():
//    every unit's text and score, rank, selection and kind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { ensureNative, readJsonl, run, shared, root, utf16ToCodePoints } from "./helpers.mjs";

const { summarize } = await import(join(root, "js", "node.js"));
const SETS = ["de-mlsum-dev.jsonl", "en-cnndm-dev.jsonl", "de-klexikon-dev.jsonl"];
const EPS = 1e-9;

let maxDiff = 0;
const close = (a, b) => {
  maxDiff = Math.max(maxDiff, Math.abs(a - b));
  return Math.abs(a - b) <= EPS;
};

/** Collects mismatches (up to a few printed in full) instead of stopping at the first. */
function report(name) {
  const problems = [];
  return {
    add: (id, what) => problems.push(`${id}: ${what}`),
    check(t, docs) {
      const message = `${name}: ${problems.length} mismatch(es) in ${docs} documents\n  ${problems.slice(0, 20).join("\n  ")}`;
      if (problems.length) t.diagnostic(message);
      assert.equal(problems.length, 0, message);
      t.diagnostic(`${name}: ${docs} documents, all equal (largest score difference so far ${maxDiff})`);
    },
  };
}

for (const set of SETS) {
  test(`${set}: --jsonl chosen sentences, scores, entities and keywords match`, (t) => {
    const path = join(shared, "data", set);
    const docs = readJsonl(path);
    const native = run(ensureNative(), ["--jsonl"], { input: docs.map((d) => JSON.stringify(d)).join("\n") + "\n" });
    assert.equal(native.status, 0, native.stderr);
    const lines = native.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(lines.length, docs.length, `native answered ${lines.length} of ${docs.length} lines: ${native.stderr}`);
    const mismatches = report(set);
    docs.forEach((doc, i) => {
      const expected = lines[i];
      const id = doc.id;
      if (expected.id !== id) return mismatches.add(id, `native line ${i} is ${expected.id}`);
      const summary = summarize(doc.text, doc.lang ? { lang: doc.lang } : undefined);
      const cp = utf16ToCodePoints(doc.text);
      if ((summary.lang ?? "unknown") !== expected.lang) mismatches.add(id, `lang ${summary.lang} != ${expected.lang}`);
      const chosen = summary.selected.map((k) => summary.sentences[k]);
      if (chosen.length !== expected.sentences.length) {
        return mismatches.add(id, `${chosen.length} chosen != native ${expected.sentences.length}`);
      }
      chosen.forEach((s, k) => {
        const e = expected.sentences[k];
        const [start, end] = [cp(s.startUtf16), cp(s.endUtf16)];
        if (start !== e.start || end !== e.end) mismatches.add(id, `chosen #${k} at [${start},${end}) != native [${e.start},${e.end})`);
        if (s.text !== e.text) mismatches.add(id, `chosen #${k} text differs`);
        if (!close(s.score, e.score)) mismatches.add(id, `chosen #${k} score ${s.score} != native ${e.score}`);
      });
      if (summary.summary !== expected.summary) mismatches.add(id, "summary text differs");
      const entities = summary.entities.map((e) => [e.text, e.mentions.map((m) => [cp(m.startUtf16), cp(m.endUtf16)])]);
      const nativeEntities = expected.entities.map((e) => [e.text, e.mentions]);
      if (JSON.stringify(entities) !== JSON.stringify(nativeEntities)) {
        const k = entities.findIndex((e, j) => JSON.stringify(e) !== JSON.stringify(nativeEntities[j]));
        mismatches.add(id, `entities differ at #${k}: ${JSON.stringify(entities[k])} != native ${JSON.stringify(nativeEntities[k])}`);
      }
      const keywords = summary.keywords;
      if (keywords.length !== expected.keywords.length || keywords.some((k, j) => k.text !== expected.keywords[j].text || !close(k.weight, expected.keywords[j].weight))) {
        mismatches.add(id, "keywords differ");
      }
    });
    mismatches.check(t, docs.length);
  });
}

/** Runs `kernsatz --json` on each text with a few processes at once. */
async function nativeJson(texts) {
  const results = new Array(texts.length);
  let next = 0;
  async function worker() {
    while (next < texts.length) {
      const i = next++;
      results[i] = await new Promise((resolve, reject) => {
        const child = spawn(ensureNative(), ["--json"], { stdio: ["pipe", "pipe", "pipe"] });
        const out = [];
        const err = [];
        child.stdout.on("data", (c) => out.push(c));
        child.stderr.on("data", (c) => err.push(c));
        child.on("error", reject);
        child.on("close", (status) => {
          if (status !== 0) reject(new Error(`kernsatz --json failed: ${Buffer.concat(err)}`));
          else resolve(JSON.parse(Buffer.concat(out).toString("utf8")));
        });
        child.stdin.end(texts[i]);
      });
    }
  }
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return results;
}

for (const set of SETS) {
  test(`${set}: every unit, score, rank and selection matches kernsatz --json (language detected)`, async (t) => {
    const docs = readJsonl(join(shared, "data", set));
    const natives = await nativeJson(docs.map((d) => d.text));
    const mismatches = report(`${set} --json`);
    docs.forEach((doc, i) => {
      const id = doc.id;
      const { result: expected } = natives[i];
      const summary = summarize(doc.text);
      const bytes = Buffer.from(doc.text, "utf8");
      if (summary.lang !== expected.lang) mismatches.add(id, `lang ${summary.lang} != ${expected.lang}`);
      if (JSON.stringify(summary.selected) !== JSON.stringify(expected.selected)) {
        mismatches.add(id, `selected ${summary.selected} != native ${expected.selected}`);
      }
      if (summary.sentences.length !== expected.sentences.length) {
        return mismatches.add(id, `${summary.sentences.length} units != native ${expected.sentences.length}`);
      }
      summary.sentences.forEach((s, k) => {
        const e = expected.sentences[k];
        const nativeText = bytes.subarray(e.span.start, e.span.end).toString("utf8");
        if (s.text !== nativeText || doc.text.slice(s.startUtf16, s.endUtf16) !== nativeText) {
          mismatches.add(id, `unit ${k} text differs`);
        }
        if (!close(s.score, e.score)) mismatches.add(id, `unit ${k} score ${s.score} != native ${e.score}`);
        if (s.rank !== (e.rank ?? null) || s.selected !== e.selected) mismatches.add(id, `unit ${k} rank/selected differ`);
      });
    });
    mismatches.check(t, docs.length);
  });
}
