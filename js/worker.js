// The module worker behind createSummarizer(): owns one wasm instance and answers
// {id, method, args} messages with {id, result} or {id, error}.
import init, { summarize, detectLanguage } from "../pkg/kernsatz.js";

const started = performance.now();
const ready = init({ module_or_path: new URL("../pkg/kernsatz_bg.wasm", import.meta.url) }).then(
  () => performance.now() - started,
);
ready.then(
  (instantiateMs) => self.postMessage({ type: "ready", instantiateMs }),
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
