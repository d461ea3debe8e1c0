// Compiled with `tsc --noEmit --strict` against the installed package's declarations
// (tests/node/types.test.mjs): every export and type of "kernsatz" and "kernsatz/worker".
import {
  summarize,
  detectLanguage,
  Summarizer,
  version,
  type Lang,
  type SummaryOptions,
  type UnitKind,
  type Reasons,
  type Sentence,
  type Span,
  type Entity,
  type Keyword,
  type Summary,
  type Detection,
} from "kernsatz";
import {
  createSummarizer,
  type CallSettings,
  type WorkerSummarizer,
  type Summary as WorkerSummary,
  type SummaryOptions as WorkerSummaryOptions,
  type Detection as WorkerDetection,
} from "kernsatz/worker";

const text: string = "Der Minister sprach. Dann ging er. Es regnete.";

const lang: Lang = "de";
const options: SummaryOptions = { sentences: 2, lang, order: "rank", maxInputLength: 1_000_000 };
const nullable: SummaryOptions = { sentences: null, ratio: null, words: null, lang: null, order: null, maxInputLength: null };
const summary: Summary = summarize(text, options);
summarize(text);
summarize(text, null);
summarize(text, nullable);
summarize(text, { ratio: 0.2 });
summarize(text, { words: 80, order: "document" });

const detected: Lang | null = summary.lang;
const wasDetected: boolean = summary.langDetected;
const joined: string = summary.summary;
const chosen: number[] = summary.selected;
for (const i of chosen) {
  const sentence: Sentence = summary.sentences[i]!;
  const start: number = sentence.startUtf16;
  const end: number = sentence.endUtf16;
  const same: boolean = text.slice(start, end) === sentence.text;
  const kind: UnitKind = sentence.kind;
  const score: number = sentence.score;
  const rank: number | null = sentence.rank;
  const selected: boolean = sentence.selected;
  const reasons: Reasons = sentence.reasons;
  const parts: number[] = [reasons.keywords, reasons.entities, reasons.headline, reasons.centrality, reasons.position, reasons.form];
  const excluded: string | null = reasons.excluded;
  const ids: number[] = [...reasons.keywordIds, ...reasons.entityIds];
  void [start, end, same, kind, score, rank, selected, parts, excluded, ids];
}
const entity: Entity | undefined = summary.entities[0];
if (entity) {
  const entityKind: "person" | "organization" | "place" | "other" = entity.kind;
  const mentions: Span[] = entity.mentions;
  const first: string = text.slice(mentions[0]!.startUtf16, mentions[0]!.endUtf16);
  void [entityKind, first, entity.text];
}
const keywords: Keyword[] = summary.keywords;
const weights: number[] = keywords.map((k) => k.weight * k.count);
const words: string[] = keywords.map((k) => k.text);

const detection: Detection = detectLanguage(text);
const detectedLang: Lang | null = detection.lang;
const confidence: number = detection.confidence;

const summarizer = new Summarizer({ sentences: 1 });
const again: Summary = summarizer.summarize(text);
summarizer.free();
new Summarizer();
new Summarizer(null);
{
  using disposable = new Summarizer({ ratio: 0.5 });
  disposable.summarize(text);
}
const v: string = version;

// The worker client.
const client: WorkerSummarizer = createSummarizer();
createSummarizer({ workerUrl: new URL("./worker.js", "https://example.org/") });
createSummarizer({ workerUrl: "/kernsatz/js/worker.js" });
const controller = new AbortController();
const settings: CallSettings = { signal: controller.signal };
async function useWorker(): Promise<void> {
  const { instantiateMs, warmUpMs }: { instantiateMs: number; warmUpMs: number } = await client.ready();
  const viaWorker: WorkerSummary = await client.summarize(text, { ratio: 0.2 } satisfies WorkerSummaryOptions, settings);
  const same: Summary = viaWorker;
  await client.summarize(text);
  await client.summarize(text, null, {});
  const language: WorkerDetection = await client.detectLanguage(text, { signal: AbortSignal.timeout(1000) });
  await client.detectLanguage(text);
  client.terminate();
  void [instantiateMs, warmUpMs, same, language];
}

// What must not compile.
// @ts-expect-error an unknown option
summarize(text, { sentenses: 3 });
// @ts-expect-error a language code outside Lang
summarize(text, { lang: "xx" });
// @ts-expect-error an order outside "document" | "rank"
summarize(text, { order: "random" });
// @ts-expect-error text must be a string
summarize(42);
// @ts-expect-error sentences is a number
summarize(text, { sentences: "3" });
// @ts-expect-error version is a string, not a function
version();
// @ts-expect-error the worker's results are promises
const notSync: Summary = client.summarize(text);
// @ts-expect-error offsets are named for their unit
summary.sentences[0]!.start;

void [detected, wasDetected, joined, weights, words, detectedLang, confidence, again, v, useWorker, notSync];
