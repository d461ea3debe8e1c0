// The wasm side of the scaling benchmark (run by hand, not by scripts/test.sh):
//   node benches/browser/scaling.mjs
// Builds the wasm with the `probe` feature (a counting allocator and a probeStages() export;
// same profile and wasm-opt flags as the package), then in Debian's chromium (playwright-core),
// for each corpus and size from 10 KB to 10 MB, in a fresh module worker: the time (best of 3)
// and peak heap of every stage of summarize, and the wasm memory after the call (the peak
// memory, since wasm memory never shrinks) against the input's UTF-8 size. Corpora as in
// benches/scaling.rs: Klexikon (German) and CNN/DailyMail (English) article texts from
// ../shared/data, repeated to size. Writes artifacts/scaling-wasm.json and prints a table.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, root, artifacts } from "../../tests/browser/browser.mjs";

const SITE = "dist/scaling";
const SIZES = (process.env.SIZES ?? "10000,100000,1000000,10000000").split(",").map(Number);
const CORPORA = [
  { name: "Klexikon (de)", corpus: "klexikon", file: "de-klexikon-dev.jsonl", lang: "de" },
  { name: "CNN/DailyMail (en)", corpus: "cnndm", file: "en-cnndm-dev.jsonl", lang: "en" },
];

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
console.error("building the probe wasm (cargo --features probe, wasm-bindgen, wasm-opt -O3)");
run("cargo", ["build", "--quiet", "--profile", "wasm", "--lib", "--target", "wasm32-unknown-unknown", "--features", "probe"]);
rmSync(join(root, SITE), { recursive: true, force: true });
mkdirSync(join(root, SITE), { recursive: true });
run("wasm-bindgen", ["--target", "web", "--out-dir", `${SITE}/probe`, "--out-name", "kernsatz", "--no-typescript",
  "target/wasm32-unknown-unknown/wasm/kernsatz.wasm"]);
const wasmFile = `${SITE}/probe/kernsatz_bg.wasm`;
run(join(root, "node_modules/.bin/wasm-opt"), ["-O3", "--strip-debug", "--strip-producers", "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types",
  "--enable-multivalue", wasmFile, "-o", wasmFile]);
for (const file of ["scaling.html", "scaling-worker.js"]) cpSync(join(root, "benches", "browser", file), join(root, SITE, file));
for (const { corpus, file } of CORPORA) {
  const texts = readFileSync(join(root, "..", "shared", "data", file), "utf8")
    .split("\n").filter(Boolean).map((line) => JSON.parse(line).text);
  writeFileSync(join(root, SITE, `${corpus}.json`), JSON.stringify(texts));
}

// The browser first: if it cannot start, no server is left running.
const browser = await launch();
const server = await serve(SITE);
const results = [];
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}scaling.html`);
  for (const { name, corpus, lang } of CORPORA) {
    for (const bytes of SIZES) {
      const result = await page.evaluate(
        (job) =>
          new Promise((resolve) => {
            const worker = new Worker("./scaling-worker.js", { type: "module" });
            worker.onmessage = ({ data }) => { worker.terminate(); resolve(data); };
            worker.onerror = (event) => { worker.terminate(); resolve({ error: event.message }); };
            worker.postMessage(job);
          }),
        { corpus, lang, bytes },
      );
      if (result.error) throw new Error(`${name} ${bytes}: ${result.error}`);
      console.error(`${name} ${bytes} bytes: ${result.stages.at(-1).ms.toFixed(0)} ms`);
      results.push({ name, bytes, ...result });
    }
  }
} finally {
  await browser.close();
  server.close();
}

const method =
  "Chromium (Debian, headless, playwright-core), one fresh module worker per corpus and size, wasm built with " +
  "--features probe (counting allocator) and wasm-opt -O3 like the package. Stage times: best of 3 calls " +
  "(performance.now, coarsened by the browser to about 0.1 ms). Peak heap: most bytes live in the Rust heap during the " +
  "stage beyond those live before the call (first call). Wasm memory: WebAssembly.Memory size after the first call, " +
  "the call's peak (memory never shrinks), against the input's UTF-8 bytes.";
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, "scaling-wasm.json"), JSON.stringify({ date: new Date().toISOString(), method, results }, null, 2) + "\n");

const mb = (b) => (b / 1e6).toFixed(1);
for (const { name } of CORPORA) {
  const rows = results.filter((r) => r.name === name);
  console.log(`\n${name}: time (best of 3) / peak heap of the stage, in Chromium (wasm)`);
  const head = ["stage", ...rows.map((r) => `${Math.round(r.inputBytes / 1e3)} KB`), "10MB/1MB"];
  const table = [head];
  const growth = (values) => {
    const at = (size) => rows.findIndex((r) => r.bytes === size);
    const [one, ten] = [at(1_000_000), at(10_000_000)];
    return one >= 0 && ten >= 0 && values[one] > 0 ? `${(values[ten] / values[one]).toFixed(1)}×` : "";
  };
  for (const [i, { stage }] of rows[0].stages.entries()) {
    const ms = rows.map((r) => r.stages[i].ms);
    table.push([stage, ...rows.map((r) => `${r.stages[i].ms.toFixed(1)} ms / ${mb(r.stages[i].peakBytes)} MB`), growth(ms)]);
  }
  table.push(["wasm memory after the call", ...rows.map((r) => `${mb(r.memoryAfter)} MB = ${(r.memoryAfter / r.inputBytes).toFixed(1)}× input`), ""]);
  const widths = head.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
}
console.log(`\nmethod: ${method}\nwritten to artifacts/scaling-wasm.json`);
