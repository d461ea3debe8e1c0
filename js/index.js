// The package's entry for browsers, bundlers and module workers: instantiates the
// WebAssembly once (top-level await) and re-exports the API.
import init, * as bindings from "../pkg/kernsatz.js";

await init({ module_or_path: new URL("../pkg/kernsatz_bg.wasm", import.meta.url) });

export { summarize, detectLanguage, Summarizer } from "../pkg/kernsatz.js";
/** The package version. */
export const version = bindings.version();
