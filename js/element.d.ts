import type { Summary } from "./index.js";

/** How the widget shows the summary. */
export type SummaryMode = "list" | "tldr" | "highlight";

/**
 * `<kernsatz-summary>`: summarizes the element named by `for` (an id) or `selector`, or its own
 * light-DOM text, when it comes into view, and again whenever that text changes. Every widget
 * of a page shares one Kernsatz instance (a module worker).
 *
 * Events (bubbling, composed): `kernsatz-summary` (detail: the {@link Summary}) and
 * `kernsatz-error` (detail: the `Error`).
 */
export declare class KernsatzSummary extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * Registers the element as `name` (default "kernsatz-summary") unless the name is taken;
   * returns the class registered under it.
   */
  static define(name?: string, registry?: CustomElementRegistry): CustomElementConstructor | undefined;

  /** Sentences in the summary (attribute `sentences`, default 3); ignored while `ratio` is set. */
  sentences: number;
  /** The summary's length as a share of the sentences, in (0, 1] (attribute `ratio`), or null. */
  ratio: number | null;
  /**
   * The text's language ("de", "en", "fr", "es", "it", "nl", "pt"; attribute `lang`), or "" when
   * it is detected. Setting it sets the attribute; the getter gives the language used.
   */
  lang: string;
  /** "list" (default), "tldr" or "highlight" (attribute `mode`). */
  mode: SummaryMode;
  /** The visible heading and the region's accessible name (attribute `heading`, default "Summary"). */
  heading: string;
  /** The id of the element to summarize (attribute `for`). */
  htmlFor: string;
  /** A CSS selector for the element to summarize, used when `for` is absent (attribute `selector`). */
  selector: string;
  /** The latest summary, or null. */
  readonly summary: Summary | null;
  /** The text the latest summary was made of; the summary's offsets point into it. */
  readonly text: string;
  /** Summarizes now, in view or not; resolves with the summary (null when there is no text or on error). */
  refresh(): Promise<Summary | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    "kernsatz-summary": KernsatzSummary;
  }
  interface HTMLElementEventMap {
    "kernsatz-summary": CustomEvent<Summary>;
    "kernsatz-error": CustomEvent<Error>;
  }
}
