// The package's entry for Node: reads the .wasm beside it synchronously, so
// `import { summarize } from "kernsatz"` works with no set-up.
import { readFileSync } from "node:fs";
import { initSync, version as wasmVersion } from "../pkg/kernsatz.js";

initSync({ module: readFileSync(new URL("../pkg/kernsatz_bg.wasm", import.meta.url)) });

export { summarize, detectLanguage, Summarizer } from "../pkg/kernsatz.js";
/** The package version. */
export const version = wasmVersion();
