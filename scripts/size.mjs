// Reports raw, gzip and brotli sizes of everything a page loads from the package: the wasm
// and the JavaScript, readable as the package ships it and minified (scripts/minify.mjs) as
// the assembled page (scripts/build-page.sh) and any bundler serve it.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { minifyModule } from "./minify.mjs";

const files = [
  "pkg/kernsatz_bg.wasm",
  "pkg/kernsatz.js",
  "js/index.js",
  "js/worker-client.js",
  "js/worker.js",
].filter((file) => existsSync(file));

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(9);

const columns = ["raw KB", "gzip KB", "brotli KB", "min KB", "min gz KB", "min br KB"];
console.log(`${"file".padEnd(24)}${columns.map((c) => c.padStart(10)).join("")}`);
const total = new Array(columns.length).fill(0);
for (const file of files) {
  const bytes = readFileSync(file);
  // The wasm is already optimised by wasm-opt: "minified" is the same bytes.
  const minified = file.endsWith(".js")
    ? Buffer.from(await minifyModule(bytes.toString("utf8"), file))
    : bytes;
  const row = [bytes.length, gzip(bytes), brotli(bytes), minified.length, gzip(minified), brotli(minified)];
  row.forEach((n, k) => (total[k] += n));
  console.log(`${file.padEnd(24)}${row.map((n) => ` ${kb(n)}`).join("")}`);
}
console.log(`${"total".padEnd(24)}${total.map((n) => ` ${kb(n)}`).join("")}`);
console.log("KB = KiB; gzip -9, brotli quality 11; min = terser (scripts/minify.mjs).");
