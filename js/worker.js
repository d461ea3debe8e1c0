// The module worker behind createSummarizer(): owns one wasm instance and answers
// {id, method, args} messages with {id, result} or {id, error}.
import init, { summarize, detectLanguage, Summarizer } from "../pkg/kernsatz.js";

// Summarized once before the worker reports ready. A fresh instance's first summary decodes
// the language data and runs in the browser's baseline wasm code: 40 to 55 ms in Chromium
// for a 1,000-word article, against 4 to 10 ms once warm. A page that starts the worker early
// pays that while its reader is still pasting.
const WARM_UP = [
  "Die Regierung in Berlin hat am Montag einen Plan vorgestellt. Er soll bis 2030 gelten. " +
    "Kritiker sprechen von einem ersten Schritt.",
  "The council in Leeds approved the plan on Monday. It will run until 2030. " +
    "Critics called it a first step.",
];

function warmUp() {
  new Summarizer().free(); // decodes every language's data
  for (const text of WARM_UP) summarize(text);
}

const started = performance.now();
const ready = init({ module_or_path: new URL("../pkg/kernsatz_bg.wasm", import.meta.url) }).then(() => {
  const instantiateMs = performance.now() - started;
  const warmStarted = performance.now();
  warmUp();
  return { instantiateMs, warmUpMs: performance.now() - warmStarted };
});
ready.then(
  (times) => self.postMessage({ type: "ready", ...times }),
  (error) => self.postMessage({ type: "failed", error: describe(error) }),
);

const methods = { summarize, detectLanguage };

function describe(error) {
  return {
    name: error?.name ?? "Error",
    message: error?.message ?? String(error),
    // A trap (RuntimeError) leaves the instance unusable: the client replaces this worker.
    trapped: error instanceof WebAssembly.RuntimeError,
  };
}

self.onmessage = async ({ data }) => {
  const { id, method, args } = data;
  try {
    await ready;
    if (!Object.hasOwn(methods, method)) throw new Error(`unknown method ${method}`);
    const call = methods[method];
    const started = performance.now();
    const result = call(...args);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: describe(error) });
  }
};
