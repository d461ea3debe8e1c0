// The packed package in Chromium (Debian's, driven by playwright-core), served with the page's
// strict CSP: the main-thread entry (./kernsatz/js/index.js) and the worker client
// (createSummarizer() in a module worker): results, errors naming the option, UTF-16 offsets on
// emoji and CJK, aborting a call, and a wasm trap in the worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, rmSync, mkdirSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, root } from "./browser.mjs";

const SITE = "dist/package-test";
const BLINKEN = readFileSync(join(root, "..", "shared", "examples", "de-blinken-aliyev.txt"), "utf8");
const TEXTS = [
  "Die Familie 👨‍👩‍👧‍👦 fuhr nach Köln 🇩🇪. Dort regnete es den ganzen Tag 🌧️. Am Abend aßen alle 🍕 zusammen. 👍🏽 Gut so.",
  "東京は日本の首都です。人口は約千四百万人です。多くの観光客が訪れます！本当ですか？",
  "Cafe\u0301 Zoe\u0308 liegt am Fluß. A\u030Angstro\u0308m maß die Wellenlänge. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ist schön 🎉.",
];
const BAD_OPTIONS = [
  [{ sentences: 0 }, "sentences"],
  [{ ratio: 1.5 }, "ratio"],
  [{ words: 0.5 }, "words"],
  [{ lang: "xx" }, "lang"],
  [{ order: "x" }, "order"],
  [{ sentenses: 2 }, "sentenses"],
];

let browser;
let server;
let page;
const problems = [];

before(async () => {
  const packed = join(root, "dist", "www", "kernsatz");
  if (!existsSync(join(packed, "package.json"))) throw new Error("dist/www/kernsatz is missing: run scripts/build-page.sh");
  rmSync(join(root, SITE), { recursive: true, force: true });
  mkdirSync(join(root, SITE), { recursive: true });
  cpSync(packed, join(root, SITE, "kernsatz"), { recursive: true });
  cpSync(join(root, "tests", "browser", "fixtures"), join(root, SITE), { recursive: true });
  server = await serve(SITE);
  browser = await launch();
  page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  const response = await page.goto(`${server.url}package.html`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "ready", null, { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the page imports the package under the strict CSP and summarizes on the main thread", async () => {
  const result = await page.evaluate((text) => {
    const { summarize, detectLanguage, Summarizer, version, brief, offsetProblems } = window.kernsatzTest;
    const summary = summarize(text);
    const summarizer = new Summarizer({ sentences: 1 });
    const one = summarizer.summarize(text);
    summarizer.free();
    return { version, brief: brief(summary), problems: offsetProblems(text, summary), one: one.selected.length, detected: detectLanguage(text) };
  }, BLINKEN);
  assert.equal(result.version, JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  assert.equal(result.brief.lang, "de");
  assert.equal(result.brief.selected.length, 3);
  assert.ok(result.brief.entities.includes("Ilham Aliyev"));
  assert.ok(result.brief.chosen.every((s) => !s.includes("date 2021-04")));
  assert.deepEqual(result.problems, []);
  assert.equal(result.one, 1);
  assert.equal(result.detected.lang, "de");
  assert.deepEqual(problems, []);
});

test("main thread: UTF-16 offsets on emoji, combining marks and CJK; errors name the option", async () => {
  const result = await page.evaluate(async ({ texts, bad }) => {
    const { summarize, offsetProblems, caught } = window.kernsatzTest;
    return {
      offsets: texts.map((text) => offsetProblems(text, summarize(text))),
      units: texts.map((text) => summarize(text).sentences.length),
      errors: await Promise.all(bad.map(([options]) => caught(() => summarize("Ein Satz. Noch einer.", options)))),
      typeError: await caught(() => summarize(42)),
      rangeError: await caught(() => summarize("Ein Satz. ".repeat(10), { maxInputLength: 50 })),
      lone: window.kernsatzTest.summarize("a\uD800b. Zweiter Satz.").sentences.map((s) => [s.startUtf16, s.endUtf16]),
    };
  }, { texts: TEXTS, bad: BAD_OPTIONS });
  result.offsets.forEach((p, i) => assert.deepEqual(p, [], TEXTS[i]));
  result.units.forEach((n, i) => assert.ok(n >= 3, `${TEXTS[i]}: ${n} units`));
  result.errors.forEach((error, i) => {
    assert.ok(error.threw && error.isError, JSON.stringify(BAD_OPTIONS[i][0]));
    assert.ok(error.message.includes(BAD_OPTIONS[i][1]), error.message);
  });
  assert.ok(result.typeError.isTypeError, JSON.stringify(result.typeError));
  assert.ok(result.rangeError.isRangeError && result.rangeError.message.includes("50"), JSON.stringify(result.rangeError));
  for (const [start, end] of result.lone) assert.ok(0 <= start && start < end && end <= 21);
});

test("worker client: results, detection, errors naming the option, UTF-16 offsets", async () => {
  const result = await page.evaluate(async ({ text, texts, bad }) => {
    const { createSummarizer, offsetProblems, caught, brief, summarize } = window.kernsatzTest;
    const summarizer = createSummarizer();
    const ready = await summarizer.ready();
    const summary = await summarizer.summarize(text, { sentences: 2, order: "rank" });
    const local = summarize(text, { sentences: 2, order: "rank" });
    const out = {
      ready,
      brief: brief(summary),
      sameAsMainThread: JSON.stringify(summary) === JSON.stringify(local),
      detected: await summarizer.detectLanguage("The quick brown fox jumps over the lazy dog. It was the best of times."),
      offsets: [],
      errors: [],
      typeError: await caught(() => summarizer.summarize(42)),
      rangeError: await caught(() => summarizer.summarize("Ein Satz. ".repeat(10), { maxInputLength: 50 })),
    };
    for (const t of texts) out.offsets.push(offsetProblems(t, await summarizer.summarize(t)));
    for (const [options] of bad) out.errors.push(await caught(() => summarizer.summarize("Ein Satz. Noch einer.", options)));
    out.afterErrors = (await summarizer.summarize(text)).selected.length;
    summarizer.terminate();
    return out;
  }, { text: BLINKEN, texts: TEXTS, bad: BAD_OPTIONS });
  assert.ok(result.ready.instantiateMs >= 0 && result.ready.instantiateMs < 5000, JSON.stringify(result.ready));
  assert.ok(result.ready.warmUpMs >= 0 && result.ready.warmUpMs < 5000, JSON.stringify(result.ready));
  assert.equal(result.brief.lang, "de");
  assert.equal(result.brief.selected.length, 2);
  assert.ok(result.sameAsMainThread, "the worker's result equals the main thread's");
  assert.equal(result.detected.lang, "en");
  result.offsets.forEach((p, i) => assert.deepEqual(p, [], TEXTS[i]));
  result.errors.forEach((error, i) => {
    assert.ok(error.threw && error.isError, JSON.stringify(BAD_OPTIONS[i][0]));
    assert.equal(error.name, "Error");
    assert.ok(error.message.includes(BAD_OPTIONS[i][1]), error.message);
  });
  assert.ok(result.typeError.isTypeError, JSON.stringify(result.typeError));
  assert.ok(result.rangeError.isRangeError && result.rangeError.message.includes("50"), JSON.stringify(result.rangeError));
  assert.equal(result.afterErrors, 3, "a rejected call leaves the worker usable");
});

test("worker client: an aborted call rejects with AbortError and the next call works", async () => {
  const result = await page.evaluate(async (text) => {
    const { createSummarizer, caught } = window.kernsatzTest;
    const summarizer = createSummarizer();
    await summarizer.ready();
    // A long call (about 6 MB, most of a second even on a fast machine), aborted while the
    // worker is busy with it: it cannot finish before the abort, even on a loaded machine.
    const big = text.repeat(1200);
    const controller = new AbortController();
    const started = performance.now();
    const running = caught(() => summarizer.summarize(big, { maxInputLength: 1e8 }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    const aborted = await running;
    const abortedAfterMs = performance.now() - started;
    // An already aborted signal rejects at once, without starting anything.
    const pre = await caught(() => summarizer.summarize(text, null, { signal: AbortSignal.abort() }));
    // A reason given to abort() is what the call rejects with.
    const reasoned = new AbortController();
    const withReason = caught(() => summarizer.detectLanguage(text, { signal: reasoned.signal }));
    reasoned.abort(new Error("the reader left"));
    const reason = await withReason;
    const next = await summarizer.summarize(text);
    summarizer.terminate();
    return { aborted, abortedAfterMs, pre, reason, next: next.selected.length, lang: next.lang };
  }, BLINKEN);
  assert.equal(result.aborted.name, "AbortError", JSON.stringify(result.aborted));
  assert.ok(result.abortedAfterMs < 2000, `the abort took ${result.abortedAfterMs} ms to reject`);
  assert.equal(result.pre.name, "AbortError");
  assert.equal(result.reason.message, "the reader left");
  assert.equal(result.next, 3);
  assert.equal(result.lang, "de");
});

test("worker client: a wasm trap rejects that call with a clear error and the next call works", async () => {
  const result = await page.evaluate(async (text) => {
    const { createSummarizer, caught } = window.kernsatzTest;
    const summarizer = createSummarizer({ workerUrl: new URL("./trap-worker.js", location.href) });
    const before = (await summarizer.summarize(text)).selected.length;
    const trapped = await caught(() => summarizer.summarize("\u2620 trap. Dieser Text bringt die Instanz zum Absturz."));
    const next = await summarizer.summarize(text);
    // Twice in a row, and a call made while the trap happens is not lost silently.
    const again = await caught(() => summarizer.summarize("\u2620 trap again."));
    const [concurrentTrap, concurrent] = await Promise.all([
      caught(() => summarizer.summarize("\u2620 trap, third time.")),
      caught(() => summarizer.detectLanguage(text)),
    ]);
    const last = await summarizer.summarize(text, { sentences: 1 });
    summarizer.terminate();
    return { before, trapped, next: next.selected.length, again, concurrentTrap, concurrent, last: last.selected.length };
  }, BLINKEN);
  assert.equal(result.before, 3);
  assert.ok(result.trapped.threw && result.trapped.isError, JSON.stringify(result.trapped));
  assert.match(result.trapped.message, /unreachable/, "the message names the trap");
  assert.match(result.trapped.message, /Kernsatz/);
  assert.equal(result.next, 3, "the next call works on a fresh instance");
  assert.match(result.again.message, /unreachable/);
  assert.match(result.concurrentTrap.message, /unreachable/);
  // The call queued behind the trap is either answered or rejected with a clear error.
  assert.ok(!result.concurrent.threw || /Kernsatz/.test(result.concurrent.message), JSON.stringify(result.concurrent));
  assert.equal(result.last, 1);
});

test("no CSP violation or page error happened", () => {
  assert.deepEqual(problems, []);
});
