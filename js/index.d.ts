/** A supported language code. */
export type Lang = "de" | "en" | "fr" | "es" | "it" | "nl" | "pt";

/** Options for {@link summarize}; `null` or `undefined` fields mean the default. */
export interface SummaryOptions {
  /** Summary length in sentences, a whole number of at least 1 (default 3). */
  sentences?: number | null;
  /** Summary length as a share of the sentences, in (0, 1]. */
  ratio?: number | null;
  /** Summary length in words, a whole number of at least 1 (at least one sentence). */
  words?: number | null;
  /** The text's language; detected when absent. */
  lang?: Lang | null;
  /** Order of the chosen sentences (default "document"). */
  order?: "document" | "rank" | null;
  /** The longest text accepted, in characters (default 10,000,000). */
  maxInputLength?: number | null;
}

/** What a unit of the text is. */
export type UnitKind = "sentence" | "headline" | "listItem" | "metadata";

/**
 * What contributed to a sentence's score: the score is the sum of `keywords`, `entities`,
 * `headline`, `centrality`, `position` and `form`.
 */
export interface Reasons {
  /** From the keywords the sentence contains (their weight per word). */
  keywords: number;
  /** From the entities it mentions. */
  entities: number;
  /** From its overlap with the headline, when the text has one. */
  headline: number;
  /** From how much the rest of the text, above all the part after it, takes up its terms. */
  centrality: number;
  /** From its position (news put the gist in the first sentences); may be negative. */
  position: number;
  /** From its form, 0 or less: very short, a quotation or a colon, no closing sentence mark. */
  form: number;
  /** Why the sentence can never be chosen ("metadata", "boilerplate", "byline", ...). */
  excluded: string | null;
  /** Indices into {@link Summary.keywords}. */
  keywordIds: number[];
  /** Indices into {@link Summary.entities}. */
  entityIds: number[];
}

/** One unit of the text; `text.slice(startUtf16, endUtf16)` is its text. */
export interface Sentence {
  /** Start offset in UTF-16 code units (a JavaScript string index). */
  startUtf16: number;
  /** End offset (exclusive) in UTF-16 code units. */
  endUtf16: number;
  /** The unit's text. */
  text: string;
  kind: UnitKind;
  /** Its score (higher is better; may be negative); 0 for units that can never be chosen. */
  score: number;
  /** Its rank by score (0 = best), or null if it can never be chosen. */
  rank: number | null;
  /** Whether the summary includes it. */
  selected: boolean;
  reasons: Reasons;
}

/** A span of the text in UTF-16 code units. */
export interface Span {
  startUtf16: number;
  endUtf16: number;
}

/** A named entity with all its mentions. */
export interface Entity {
  /** Its fullest form in the text. */
  text: string;
  /**
   * A type guess: a person (after a title, or with a first name), an organization (an
   * acronym), a place (named right after "in", "aus", "nach", "from" somewhere; German and
   * English), or other.
   */
  kind: "person" | "organization" | "place" | "other";
  mentions: Span[];
}

/** A keyword of the text. */
export interface Keyword {
  /** The keyword as first written in the text. */
  text: string;
  /** Its weight, from 0 to 1 (the top keyword has 1). */
  weight: number;
  /** How often the text uses it. */
  count: number;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** The language whose data was used, or null (generic rules only). */
  lang: Lang | null;
  /** Whether `lang` was detected (true) or given (false). */
  langDetected: boolean;
  /** The chosen sentences joined by one space. */
  summary: string;
  /** Indices into `sentences` of the chosen ones, in the requested order. */
  selected: number[];
  /** Every unit of the text, in document order. */
  sentences: Sentence[];
  /** The entities, most mentioned first. */
  entities: Entity[];
  /** The keywords, heaviest first. */
  keywords: Keyword[];
}

/** The result of {@link detectLanguage}. */
export interface Detection {
  /** The detected language, or null when the text is in none of the supported ones. */
  lang: Lang | null;
  /** How sure the detector is, from 0 to 1. */
  confidence: number;
}

/**
 * Summarizes `text`.
 * @throws {TypeError} when `text` is not a string.
 * @throws {RangeError} when `text` is longer than `maxInputLength`.
 * @throws {Error} for an invalid option, naming it and what is allowed.
 */
export function summarize(text: string, options?: SummaryOptions | null): Summary;

/** Detects the language of `text`. */
export function detectLanguage(text: string): Detection;

/** A summarizer with fixed options, validated once, for repeated calls. */
export class Summarizer {
  /** @throws {Error} for an invalid option. */
  constructor(options?: SummaryOptions | null);
  /** Summarizes `text` with this summarizer's options. */
  summarize(text: string): Summary;
  /** Frees the summarizer's memory in the wasm instance. */
  free(): void;
  [Symbol.dispose](): void;
}

/** The package version. */
export const version: string;
