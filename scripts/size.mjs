// Reports raw, gzip and brotli sizes of everything a page loads from the package.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const files = [
  "pkg/kernsatz_bg.wasm",
  "pkg/kernsatz.js",
  "js/index.js",
  "js/worker-client.js",
  "js/worker.js",
].filter((file) => existsSync(file));

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
let total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${"file".padEnd(26)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"brotli KB".padStart(10)}`);
for (const file of files) {
  const bytes = readFileSync(file);
  const raw = bytes.length;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  total = { raw: total.raw + raw, gzip: total.gzip + gzip, brotli: total.brotli + brotli };
  console.log(`${file.padEnd(26)}${kb(raw)} ${kb(gzip)} ${kb(brotli)}`);
}
console.log(`${"total".padEnd(26)}${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
