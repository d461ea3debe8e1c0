// Runs Kernsatz in a module Web Worker so the page never freezes. The worker starts on the
// first call; every call can be aborted (the worker is then replaced, since a running wasm
// call cannot be interrupted); a trapped instance is replaced and the next call works.

const ERRORS = { TypeError, RangeError, Error };

function toError({ name, message }) {
  const Type = ERRORS[name] ?? Error;
  const error = new Type(message);
  if (!(name in ERRORS)) error.name = name;
  return error;
}

function abortError(signal) {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException("The summary was aborted.", "AbortError");
}

/**
 * Creates a summarizer that runs in a module worker.
 * @param {{ workerUrl?: string | URL }} [settings]
 */
export function createSummarizer(settings = {}) {
  const workerUrl = settings.workerUrl ?? new URL("./worker.js", import.meta.url);
  let worker = null;
  let ready = null;
  let nextId = 1;
  const pending = new Map();

  function failAll(error) {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  function stop() {
    worker?.terminate();
    worker = null;
    ready = null;
  }

  function start() {
    worker = new Worker(workerUrl, { type: "module", name: "kernsatz" });
    ready = new Promise((resolve, reject) => {
      worker.addEventListener("message", function onReady({ data }) {
        if (data.type === "ready") resolve({ instantiateMs: data.instantiateMs, warmUpMs: data.warmUpMs });
        if (data.type === "failed") reject(toError(data.error));
      });
    });
    ready.catch(() => {});
    worker.onmessage = ({ data }) => {
      if (data.id === undefined) return;
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.error) {
        if (data.error.trapped) {
          stop();
          const error = new Error(
            `Kernsatz stopped on this text (${data.error.message}); a fresh instance will take the next call.`,
          );
          call.reject(error);
          failAll(error);
        } else {
          call.reject(toError(data.error));
        }
      } else {
        call.resolve(data.result);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      stop();
      failAll(new Error(`The Kernsatz worker failed: ${event.message ?? "it could not start"}`));
    };
  }

  function call(method, args, signal) {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (!worker) start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      signal?.addEventListener(
        "abort",
        () => {
          if (!pending.has(id)) return;
          pending.delete(id);
          reject(abortError(signal));
          // The worker may be deep in a long call: replace it, and fail what it still owed.
          const owed = new Map(pending);
          pending.clear();
          stop();
          for (const [, other] of owed) other.reject(new Error("Kernsatz was restarted by an aborted call; try again."));
        },
        { once: true },
      );
      worker.postMessage({ id, method, args });
    });
  }

  return {
    /** Summarizes `text` in the worker. */
    summarize(text, options, { signal } = {}) {
      return call("summarize", [text, options], signal);
    },
    /** Detects the language of `text` in the worker. */
    detectLanguage(text, { signal } = {}) {
      return call("detectLanguage", [text], signal);
    },
    /** Resolves when the worker's wasm is instantiated and warmed up, with the times it took. */
    ready() {
      if (!worker) start();
      return ready;
    },
    /** Stops the worker; the next call starts a new one. */
    terminate() {
      stop();
      failAll(new Error("The summarizer was terminated."));
    },
  };
}
