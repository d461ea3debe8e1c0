import type { Detection, Summary, SummaryOptions } from "./index.js";

export type { Detection, Summary, SummaryOptions } from "./index.js";

/** Per-call settings. */
export interface CallSettings {
  /** Aborting rejects the call with an AbortError and replaces the worker. */
  signal?: AbortSignal;
}

/** A summarizer running in a module Web Worker. */
export interface WorkerSummarizer {
  summarize(text: string, options?: SummaryOptions | null, settings?: CallSettings): Promise<Summary>;
  detectLanguage(text: string, settings?: CallSettings): Promise<Detection>;
  /**
   * Resolves when the worker's wasm is instantiated and warmed up (one summary run, every
   * language's data decoded, so the first real call is fast), with the times in milliseconds.
   */
  ready(): Promise<{ instantiateMs: number; warmUpMs: number }>;
  /** Stops the worker; pending calls reject; the next call starts a new worker. */
  terminate(): void;
}

/** Creates a summarizer that runs in a module worker (started on first use). */
export function createSummarizer(settings?: { workerUrl?: string | URL }): WorkerSummarizer;
