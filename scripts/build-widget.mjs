// Writes pkg/kernsatz-widget.js: <kernsatz-summary> as one ES module a site can host itself,
// with kernsatz_bg.wasm beside it. Same-origin hosting is required: the file is also the
// module worker that runs the wasm (it starts itself with new Worker(import.meta.url)).
//   node scripts/build-widget.mjs
//
// No bundler: the four modules (the wasm-bindgen glue, the worker, the worker client and the
// element) are each wrapped in a function scope, their imports turned into destructuring of
// the modules before them and their exports into the scope's return value. Only the plain
// import/export forms below are understood; anything else stops the build, so a change in
// wasm-bindgen's output cannot slip through unnoticed.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { minifyModule } from "./minify.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => readFileSync(`${root}/${path}`, "utf8");

/** Replaces `from` by `to`, which must occur exactly once. */
function replaceOnce(source, from, to, file) {
  const count = source.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected ${JSON.stringify(from)} once, found ${count} times`);
  return source.replace(from, () => to);
}

/**
 * Turns an ES module into `(() => { ... return { exports }; })()`, with its imports bound from
 * `modules` (path -> variable holding that module's exports).
 */
function wrap(file, source, modules) {
  const bindings = [];
  const exported = [];
  const lines = source.split("\n").map((line) => {
    let m;
    if ((m = /^import\s+(.+?)\s+from\s+"([^"]+)";\s*$/.exec(line))) {
      const [, clause, from] = m;
      const module = modules[from];
      if (!module) throw new Error(`${file}: import from unknown module ${from}`);
      const parts = /^(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+([\w$]+))?$/.exec(clause.trim());
      if (!parts) throw new Error(`${file}: unsupported import: ${line}`);
      const [, def, named, namespace] = parts;
      if (def) bindings.push(`const ${def} = ${module}.default;`);
      if (namespace) bindings.push(`const ${namespace} = ${module};`);
      if (named) {
        const names = named.split(",").map((s) => s.trim()).filter(Boolean);
        const pattern = names.map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, "$1: $2")).join(", ");
        bindings.push(`const { ${pattern} } = ${module};`);
      }
      return "";
    }
    if ((m = /^export\s+(?:async\s+function\*?|function\*?|class|const|let)\s+([\w$]+)/.exec(line))) {
      exported.push(m[1]);
      return line.replace(/^export\s+/, "");
    }
    if ((m = /^export\s*\{([^}]*)\};\s*$/.exec(line))) {
      for (const name of m[1].split(",").map((s) => s.trim()).filter(Boolean)) {
        const as = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(name);
        if (!as) throw new Error(`${file}: unsupported export: ${line}`);
        exported.push(as[2] ? `${as[2]}: ${as[1]}` : as[1]);
      }
      return "";
    }
    if (/^\s*(import|export)\b/.test(line) && !/^\s*import\s*\(/.test(line)) {
      throw new Error(`${file}: unsupported module syntax: ${line}`);
    }
    return line;
  });
  return `(() => {\n${bindings.join("\n")}\n${lines.join("\n")}\nreturn { ${exported.join(", ")} };\n})()`;
}

const version = JSON.parse(read("package.json")).version;

const glue = wrap("pkg/kernsatz.js", read("pkg/kernsatz.js"), {});
const worker = wrap(
  "js/worker.js",
  replaceOnce(
    read("js/worker.js"),
    'new URL("../pkg/kernsatz_bg.wasm", import.meta.url)',
    'new URL("./kernsatz_bg.wasm", import.meta.url)',
    "js/worker.js",
  ),
  { "../pkg/kernsatz.js": "__glue" },
);
const client = wrap("js/worker-client.js", read("js/worker-client.js"), {});
const element = wrap(
  "js/element.js",
  replaceOnce(
    read("js/element.js"),
    'const WORKER_URL = new URL("./worker.js", import.meta.url);',
    "const WORKER_URL = new URL(import.meta.url);",
    "js/element.js",
  ),
  { "./worker-client.js": "__client" },
);

const bundle = `/*! kernsatz-widget.js ${version}: <kernsatz-summary> in one file. Host it on your own site with
 kernsatz_bg.wasm beside it, then:  <script type="module" src="/path/kernsatz-widget.js"></script>
 Generated (and minified) by scripts/build-widget.mjs from the kernsatz package (MIT); the
 readable sources are the package's js/ and pkg/kernsatz.js. Do not edit. */

// Started as the widget's module worker (new Worker(this file, { name: "kernsatz" })): run the wasm.
if (typeof WorkerGlobalScope === "function" && self instanceof WorkerGlobalScope && self.name === "kernsatz") {
  const __glue = ${glue};
  ${worker};
}

const __client = ${client};
const __element = ${element};

export const KernsatzSummary = __element.KernsatzSummary;
KernsatzSummary.define();
`;

const out = await minifyModule(bundle, "kernsatz-widget.js");
writeFileSync(`${root}/pkg/kernsatz-widget.js`, out);
const kib = (s) => (s.length / 1024).toFixed(1);
console.log(`wrote pkg/kernsatz-widget.js (${kib(out)} KiB, ${kib(bundle)} KiB before minifying)`);
