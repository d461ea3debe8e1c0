// The Kernsatz page. It uses the npm package exactly as any page would (the worker client,
// unpacked beside this file) and writes user text into the DOM only as text nodes.
import { createSummarizer } from "./kernsatz/js/worker-client.js";
import { FileRefused, htmlToText, looksLikeHtml, readFileText } from "./file-text.js";
import { SAMPLE_TEXT } from "./sample.js";

/** The longest text the page summarizes, in characters (about 150,000 words). */
export const MAX_LENGTH = 1_000_000;
const WORDS_PER_MINUTE = 230;
const STORAGE_KEY = "kernsatz.page.v1";
const LANG_NAMES = {
  de: "German", en: "English", fr: "French", es: "Spanish", it: "Italian", nl: "Dutch", pt: "Portuguese",
};
const KIND_NAMES = { person: "person", organization: "organization", place: "place", other: "name" };

const $ = (id) => document.getElementById(id);
const ui = {
  dropzone: $("dropzone"),
  text: $("text"),
  file: $("file"),
  openFile: $("open-file"),
  sample: $("sample"),
  textStats: $("text-stats"),
  htmlNotice: $("html-notice"),
  htmlConvert: $("html-convert"),
  undoNotice: $("undo-notice"),
  undoMessage: $("undo-message"),
  undo: $("undo"),
  modeSentences: $("mode-sentences"),
  modePercent: $("mode-percent"),
  sentences: $("sentences"),
  percent: $("percent"),
  lang: $("lang"),
  detected: $("detected"),
  busy: $("busy"),
  busyText: $("busy-text"),
  stop: $("stop"),
  error: $("error"),
  errorText: $("error-text"),
  retry: $("retry"),
  status: $("status"),
  results: $("results"),
  empty: $("empty"),
  summaryBody: $("summary-body"),
  countWords: $("count-words"),
  countSentences: $("count-sentences"),
  countSaved: $("count-saved"),
  summaryList: $("summary-list"),
  copy: $("copy"),
  entities: $("entities"),
  keywords: $("keywords"),
  allSentences: $("all-sentences"),
  tableWrap: $("table-wrap"),
  original: $("original"),
  mentionLegend: $("mention-legend"),
  mentionName: $("mention-name"),
  offlineStatus: $("offline-status"),
};

// ---------------------------------------------------------------------------------------
// Small helpers

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
function countWords(text) {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

const numberFormat = new Intl.NumberFormat("en");
const fmt = (n) => numberFormat.format(n);

function minutes(words) {
  const m = words / WORDS_PER_MINUTE;
  if (m < 1) return m * 60 < 1 ? "0 seconds" : `${Math.max(1, Math.round(m * 60))} seconds`;
  const rounded = Math.round(m);
  return `${fmt(rounded)} minute${rounded === 1 ? "" : "s"}`;
}

function ordinal(n) {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

function debounce(fn, ms) {
  let timer = 0;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const scrollBehavior = () => (reducedMotion.matches ? "auto" : "smooth");

// ---------------------------------------------------------------------------------------
// Settings and text kept on this device (localStorage only)

function loadSaved() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") ?? {};
  } catch {
    return {};
  }
}

let storageWarned = false;
function save() {
  const state = {
    text: ui.text.value,
    mode: ui.modePercent.checked ? "percent" : "sentences",
    sentences: ui.sentences.value,
    percent: ui.percent.value,
    lang: ui.lang.value,
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    storageWarned = false;
  } catch {
    // Full or disabled storage: keep the settings at least, and say so once.
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...state, text: "" }));
    } catch {}
    if (!storageWarned) {
      storageWarned = true;
      announce("This text is too long to keep after a reload; it stays here until you close the page.");
    }
  }
}
const saveSoon = debounce(save, 300);

function restore() {
  const saved = loadSaved();
  if (typeof saved.text === "string") ui.text.value = saved.text;
  if (saved.mode === "percent") ui.modePercent.checked = true;
  if (saved.sentences) ui.sentences.value = saved.sentences;
  if (saved.percent) ui.percent.value = saved.percent;
  if (saved.lang && saved.lang in LANG_NAMES) ui.lang.value = saved.lang;
}

// ---------------------------------------------------------------------------------------
// Messages: the live status line, errors, the busy state

function announce(message) {
  // Re-setting the same words would not be announced again: clear first.
  if (ui.status.textContent === message) ui.status.textContent = "";
  ui.status.textContent = message;
}

function showError(message, { retry = false } = {}) {
  ui.errorText.textContent = message;
  ui.retry.hidden = !retry;
  ui.error.hidden = false;
}

function clearError() {
  ui.error.hidden = true;
  ui.errorText.textContent = "";
}

function setBusy(busy, text = "Summarizing …") {
  ui.busy.hidden = !busy;
  ui.busyText.textContent = text;
  ui.results.setAttribute("aria-busy", String(busy));
  ui.results.classList.toggle("is-busy", busy);
}

// ---------------------------------------------------------------------------------------
// Summarizing in the worker

let summarizer = null;
let controller = null;
let runId = 0;
let current = null; // { text, summary, options, name }
let sourceName = "text";

function getSummarizer() {
  summarizer ??= createSummarizer();
  return summarizer;
}

/** The options from the controls, or null with a message when a control is invalid. */
function readOptions() {
  const options = { maxInputLength: MAX_LENGTH };
  if (ui.modePercent.checked) {
    const percent = Number(ui.percent.value);
    if (!ui.percent.value || !Number.isFinite(percent) || percent <= 0 || percent > 100) {
      return { invalid: "Enter a percentage from 1 to 100." };
    }
    options.ratio = percent / 100;
  } else {
    const sentences = Number(ui.sentences.value);
    if (!ui.sentences.value || !Number.isInteger(sentences) || sentences < 1) {
      return { invalid: "Enter a whole number of sentences, 1 or more." };
    }
    options.sentences = sentences;
  }
  if (ui.lang.value) options.lang = ui.lang.value;
  return options;
}

function describeFailure(error) {
  if (error instanceof RangeError || /too long/.test(error?.message ?? "")) {
    return {
      message: `This text is too long for the page: it has ${fmt(ui.text.value.length)} characters, and the page summarizes up to ${fmt(MAX_LENGTH)}. Shorten it and the summary will follow. Your text is still in the box.`,
    };
  }
  if (/worker|stopped|could not start|restarted|wasm|WebAssembly|fetch|instantiate|terminated/i.test(error?.message ?? "") ||
      error?.name === "CompileError" || error?.name === "RuntimeError" || error?.name === "LinkError") {
    return {
      message: `The summarizer stopped working (${error.message}). Your text is safe and still in the box. Try again; if it keeps failing, reload the page.`,
      retry: true,
      restart: true,
    };
  }
  return {
    message: `The text could not be summarized: ${error?.message ?? error}. Your text is still in the box.`,
    retry: true,
  };
}

async function summarizeNow() {
  const text = ui.text.value;
  controller?.abort();
  controller = null;
  const id = ++runId;
  if (!text.trim()) {
    setBusy(false);
    clearError();
    showEmpty();
    return;
  }
  if (text.length > MAX_LENGTH) {
    setBusy(false);
    showError(describeFailure(new RangeError("too long")).message);
    return;
  }
  const options = readOptions();
  if (options.invalid) {
    setBusy(false);
    showError(options.invalid);
    return;
  }
  const ownController = new AbortController();
  controller = ownController;
  const first = !summarizer;
  const busyTimer = setTimeout(() => {
    if (id === runId) {
      const words = `Summarizing ${fmt(countWords(text))} words …`;
      setBusy(true, first ? `Starting the summarizer. ${words}` : words);
    }
  }, first ? 50 : 200);
  try {
    const summary = await getSummarizer().summarize(text, options, { signal: ownController.signal });
    if (id !== runId) return;
    clearError();
    render(text, summary, options);
  } catch (error) {
    if (id !== runId || error?.name === "AbortError") return;
    const failure = describeFailure(error);
    if (failure.restart) {
      summarizer?.terminate();
      summarizer = null;
    }
    showError(failure.message, { retry: failure.retry });
  } finally {
    clearTimeout(busyTimer);
    if (id === runId) {
      setBusy(false);
      if (controller === ownController) controller = null;
    }
  }
}

const summarizeSoon = debounce(summarizeNow, 350);
const summarizeQuickly = debounce(summarizeNow, 120);

function stop() {
  summarizeSoon.cancel();
  summarizeQuickly.cancel();
  runId++;
  controller?.abort();
  controller = null;
  setBusy(false);
  announce("Stopped. Change the text or the length to summarize again.");
}

// ---------------------------------------------------------------------------------------
// Rendering the result

function showEmpty() {
  current = null;
  ui.empty.hidden = false;
  ui.summaryBody.hidden = true;
  ui.detected.textContent = "";
  ui.original.replaceChildren(el("p", "empty", "The text with its summary sentences highlighted will appear here."));
  ui.original.removeAttribute("lang");
  setActiveChip(null);
  announce("");
}

let activeChip = null; // { kind: "entity" | "keyword", index, spans: [{start, end}] }

function render(text, summary, options) {
  current = { text, summary, options };
  activeChip = null;
  ui.empty.hidden = true;
  ui.summaryBody.hidden = false;

  const langAttr = summary.lang ?? "";
  for (const node of [ui.summaryList, ui.original]) {
    if (langAttr) node.setAttribute("lang", langAttr);
    else node.removeAttribute("lang");
  }

  // Language
  if (summary.langDetected) {
    ui.detected.textContent = summary.lang
      ? `Detected: ${LANG_NAMES[summary.lang]}`
      : "Detected: none of the seven languages (general rules used)";
  } else {
    ui.detected.textContent = `Set by you: ${LANG_NAMES[summary.lang] ?? summary.lang}`;
  }

  // Counts
  const chosen = summary.selected.map((i) => summary.sentences[i]);
  const wordsIn = countWords(text);
  const wordsOut = chosen.reduce((n, s) => n + countWords(s.text), 0);
  const eligible = summary.sentences.filter((s) => !s.reasons.excluded).length;
  ui.countWords.textContent = `${fmt(wordsIn)} → ${fmt(wordsOut)}`;
  ui.countSentences.textContent = `${fmt(chosen.length)} of ${fmt(eligible)}`;
  ui.countSaved.textContent = `${minutes(Math.max(0, wordsIn - wordsOut))}`;

  // The summary list
  const items = chosen.map((sentence, n) => summaryItem(summary, summary.selected[n], sentence));
  ui.summaryList.replaceChildren(...items);

  // Chips
  ui.entities.replaceChildren(
    ...summary.entities.slice(0, 24).map((entity, i) =>
      chip(entity.text, entity.mentions.length, { kind: "entity", index: i }, KIND_NAMES[entity.kind] ?? "name"),
    ),
  );
  if (!summary.entities.length) ui.entities.replaceChildren(el("li", "none", "No names found."));
  ui.keywords.replaceChildren(
    ...summary.keywords.slice(0, 20).map((keyword, i) =>
      chip(keyword.text, keyword.count, { kind: "keyword", index: i }, "keyword"),
    ),
  );
  if (!summary.keywords.length) ui.keywords.replaceChildren(el("li", "none", "No keywords found."));

  renderOriginal();
  ui.mentionLegend.hidden = true;
  if (ui.allSentences.open) renderTable();
  else ui.tableWrap.replaceChildren();

  announce(
    `Summary ready: ${chosen.length} of ${eligible} sentence${eligible === 1 ? "" : "s"}, ` +
      `${fmt(wordsIn)} words down to ${fmt(wordsOut)}.`,
  );
}

function summaryItem(summary, index, sentence) {
  const li = el("li", "summary-item");
  li.dataset.index = String(index);
  const jump = el("button", "sentence-link", sentence.text);
  jump.type = "button";
  jump.title = "Show this sentence in the text";
  jump.addEventListener("click", () => jumpTo(index));
  const why = el("button", "why", "Why?");
  why.type = "button";
  why.setAttribute("aria-expanded", "false");
  const panelId = `why-${index}`;
  why.setAttribute("aria-controls", panelId);
  why.setAttribute("aria-label", `Why was sentence ${summary.selected.indexOf(index) + 1} chosen?`);
  const panel = el("div", "explanation");
  panel.id = panelId;
  panel.hidden = true;
  why.addEventListener("click", () => {
    const open = panel.hidden;
    if (open && !panel.firstChild) panel.append(explanation(summary, index));
    panel.hidden = !open;
    why.setAttribute("aria-expanded", String(open));
  });
  const row = el("div", "summary-row");
  row.append(jump, why);
  li.append(row, panel);
  return li;
}

/** A sentence's reasons, in plain words. */
function explanation(summary, index) {
  const s = summary.sentences[index];
  const r = s.reasons;
  const eligible = summary.sentences.filter((x) => !x.reasons.excluded).length;
  const dl = el("dl", "reasons");
  const add = (term, value) => {
    const div = el("div");
    div.append(el("dt", null, term), el("dd", null, value));
    dl.append(div);
  };
  if (r.excluded) {
    add("Not eligible", excludedWords(r.excluded));
    return dl;
  }
  add("Score", `${s.score.toFixed(3)} – ranked ${ordinal((s.rank ?? 0) + 1)} of ${fmt(eligible)}`);
  const signed = (x) => `${x < 0 ? "−" : "+"} ${Math.abs(x).toFixed(2)}`;
  const kws = r.keywordIds.map((i) => summary.keywords[i]?.text).filter(Boolean);
  add("Keywords", `${signed(r.keywords)}${kws.length ? ` (${listWords(kws, 8)})` : ""}`);
  const ents = r.entityIds.map((i) => summary.entities[i]?.text).filter(Boolean);
  add("Names", `${signed(r.entities)}${ents.length ? ` (${listWords(ents, 8)})` : ""}`);
  if (r.headline > 0) add("Shared with the headline", signed(r.headline));
  add("Taken up by the text", `${signed(r.centrality)} (its words recur, above all later on)`);
  add("Position", `${signed(r.position)}${r.position >= 0.5 ? " (the opening sentences count most)" : " (later in the text)"}`);
  if (r.form < 0) add("Form", `${signed(r.form)} (very short, a quotation or a colon, or no closing mark)`);
  return dl;
}

function listWords(words, max) {
  const shown = words.slice(0, max).join(", ");
  return words.length > max ? `${shown} and ${words.length - max} more` : shown;
}

function excludedWords(reason) {
  const words = {
    metadata: "it is metadata (a date, a byline or similar), not part of the story",
    boilerplate: "it is boilerplate (navigation, a notice or similar)",
    byline: "it is a byline",
    headline: "it is a headline",
  };
  return words[reason] ?? `it is marked “${reason}”`;
}

function chip(label, count, target, kindName) {
  const li = el("li");
  const button = el("button", `chip chip-${target.kind}`);
  button.type = "button";
  button.setAttribute("aria-pressed", "false");
  button.dataset.kind = target.kind;
  button.dataset.index = String(target.index);
  button.append(
    el("span", "chip-label", label),
    el("span", "visually-hidden", `, ${kindName}, `),
    el("span", "chip-count", `${count}×`),
  );
  button.addEventListener("click", () => {
    const active = activeChip && activeChip.kind === target.kind && activeChip.index === target.index;
    setActiveChip(active ? null : target, label);
  });
  li.append(button);
  return li;
}

/**
 * Where the text uses keyword `index`: the summary gives keywords as first written, and counts
 * their inflected forms too ("Präsident", "Präsidenten"), so within the sentences that contain
 * the keyword, words that are the keyword or differ from it only in a short ending count. A
 * phrase keyword ("Ilham Aliyev") matches where its words follow each other.
 */
function keywordSpans(summary, index) {
  const parts = summary.keywords[index].text.toLocaleLowerCase().split(/\s+/);
  const word = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  const matches = (w, keyword) => {
    if (w === keyword) return true;
    const [short, long] = w.length < keyword.length ? [w, keyword] : [keyword, w];
    return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short);
  };
  const spans = [];
  for (const sentence of summary.sentences) {
    if (!sentence.reasons.keywordIds.includes(index)) continue;
    const words = [...sentence.text.matchAll(word)];
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (!parts.every((part, j) => matches(words[i + j][0].toLocaleLowerCase(), part))) continue;
      const last = words[i + parts.length - 1];
      const start = sentence.startUtf16 + words[i].index;
      spans.push({ start, end: sentence.startUtf16 + last.index + last[0].length });
    }
    if (spans.length >= 5000) break;
  }
  return spans;
}

function setActiveChip(target, label) {
  for (const button of document.querySelectorAll(".chip[aria-pressed]")) {
    const on = !!target && button.dataset.kind === target.kind && Number(button.dataset.index) === target.index;
    button.setAttribute("aria-pressed", String(on));
  }
  if (!current) {
    activeChip = null;
    return;
  }
  if (!target) {
    activeChip = null;
    ui.mentionLegend.hidden = true;
  } else {
    const { summary } = current;
    const spans =
      target.kind === "entity"
        ? summary.entities[target.index].mentions.map((m) => ({ start: m.startUtf16, end: m.endUtf16 }))
        : keywordSpans(summary, target.index);
    activeChip = { ...target, spans };
    ui.mentionName.textContent = label;
    ui.mentionLegend.hidden = false;
    announce(`“${label}”: ${spans.length} mention${spans.length === 1 ? "" : "s"} highlighted in the text.`);
  }
  renderOriginal();
  const first = ui.original.querySelector(".mention");
  if (first) scrollWithin(ui.original, first);
}

/** Scrolls `container` (only) so that `target` is in view. */
function scrollWithin(container, target) {
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const top = rect.top - box.top + container.scrollTop - container.clientHeight / 3;
  container.scrollTo({ top: Math.max(0, top), behavior: scrollBehavior() });
}

/** The original text as text nodes: sentences in spans, chosen ones marked, mentions underlined. */
function renderOriginal() {
  if (!current) return;
  const { text, summary } = current;
  const mentions = (activeChip?.spans ?? []).slice().sort((a, b) => a.start - b.start);
  let m = 0;
  const fragment = document.createDocumentFragment();

  // Appends text[from, to) to `parent`, with the mentions inside it wrapped.
  const appendText = (parent, from, to) => {
    let at = from;
    while (m < mentions.length && mentions[m].end <= at) m++;
    let k = m;
    while (k < mentions.length && mentions[k].start < to) {
      const start = Math.max(mentions[k].start, at);
      const end = Math.min(mentions[k].end, to);
      if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
      if (end > start) parent.append(el("span", "mention", text.slice(start, end)));
      at = Math.max(at, end);
      if (mentions[k].end <= to) k++;
      else break;
    }
    if (at < to) parent.append(document.createTextNode(text.slice(at, to)));
  };

  let at = 0;
  summary.sentences.forEach((sentence, i) => {
    const start = Math.max(sentence.startUtf16, at);
    const end = Math.max(sentence.endUtf16, start);
    if (start > at) appendText(fragment, at, start);
    const node = el(sentence.selected ? "mark" : "span", sentence.selected ? "sentence chosen" : "sentence");
    node.id = `s-${i}`;
    if (sentence.selected) {
      node.tabIndex = -1;
      node.dataset.number = String(summary.selected.indexOf(i) + 1);
    }
    if (sentence.reasons.excluded) node.classList.add("excluded");
    appendText(node, start, end);
    fragment.append(node);
    at = end;
  });
  if (at < text.length) appendText(fragment, at, text.length);
  ui.original.replaceChildren(fragment);
}

function jumpTo(index) {
  const target = document.getElementById(`s-${index}`);
  if (!target) return;
  for (const node of ui.original.querySelectorAll(".flash")) node.classList.remove("flash");
  target.scrollIntoView({ block: "center", behavior: scrollBehavior() });
  target.focus({ preventScroll: true });
  target.classList.add("flash");
  setTimeout(() => target.classList.remove("flash"), 1600);
}

function renderTable() {
  if (!current) return;
  const { summary } = current;
  const table = el("table", "scores");
  const caption = el("caption", "visually-hidden", "Every sentence with its score and rank");
  const head = el("thead");
  const headRow = el("tr");
  for (const title of ["#", "Sentence", "Score", "Rank", "In summary"]) {
    const th = el("th", null, title);
    th.scope = "col";
    headRow.append(th);
  }
  head.append(headRow);
  const body = el("tbody");
  const limit = 2000;
  summary.sentences.slice(0, limit).forEach((s, i) => {
    const tr = el("tr", s.selected ? "is-chosen" : "");
    const th = el("th", null, String(i + 1));
    th.scope = "row";
    const preview = s.text.length > 140 ? `${s.text.slice(0, 137)} …` : s.text;
    tr.append(
      th,
      el("td", "preview", preview),
      el("td", "num", s.reasons.excluded ? "–" : s.score.toFixed(3)),
      el("td", "num", s.reasons.excluded ? s.reasons.excluded : String((s.rank ?? 0) + 1)),
      el("td", null, s.selected ? "yes" : "no"),
    );
    body.append(tr);
  });
  table.append(caption, head, body);
  const parts = [table];
  if (summary.sentences.length > limit) {
    parts.push(el("p", "hint", `The first ${fmt(limit)} of ${fmt(summary.sentences.length)} sentences are shown.`));
  }
  ui.tableWrap.replaceChildren(...parts);
}

// ---------------------------------------------------------------------------------------
// Copy and download

function summaryText() {
  return current.summary.selected.map((i) => current.summary.sentences[i].text).join("\n\n");
}

function summaryMarkdown() {
  const { summary } = current;
  const lines = ["# Summary", ""];
  for (const i of summary.selected) lines.push(`- ${summary.sentences[i].text}`);
  lines.push("");
  if (summary.entities.length) {
    lines.push(`**Names:** ${summary.entities.slice(0, 10).map((e) => e.text).join(", ")}`, "");
  }
  if (summary.keywords.length) {
    lines.push(`**Keywords:** ${summary.keywords.slice(0, 10).map((k) => k.text).join(", ")}`, "");
  }
  lines.push(`*Made with Kernsatz: ${summary.selected.length} of ${summary.sentences.length} sentences.*`, "");
  return lines.join("\n");
}

function summaryJson() {
  const { summary, options } = current;
  const { maxInputLength, ...asked } = options;
  return `${JSON.stringify({ generator: "Kernsatz", options: asked, ...summary }, null, 2)}\n`;
}

async function copySummary() {
  if (!current) return;
  const text = summaryText();
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    // Older browsers, or no permission: copy through a temporary selection.
    const area = el("textarea", "visually-hidden");
    area.value = text;
    area.setAttribute("readonly", "");
    document.body.append(area);
    area.select();
    try {
      ok = document.execCommand("copy");
    } catch {}
    area.remove();
    ui.copy.focus();
  }
  if (ok) {
    ui.copy.textContent = "Copied ✓";
    ui.copy.classList.add("done");
    setTimeout(() => {
      ui.copy.textContent = "Copy summary";
      ui.copy.classList.remove("done");
    }, 2000);
    announce("Summary copied to the clipboard.");
  } else {
    announce("The summary could not be copied. Select it in the list and copy it by hand.");
  }
}

function download(format) {
  if (!current) return;
  const [content, type] =
    format === "md"
      ? [summaryMarkdown(), "text/markdown"]
      : format === "json"
        ? [summaryJson(), "application/json"]
        : [`${summaryText()}\n`, "text/plain"];
  const base = sourceName.replace(/\.[^.]+$/, "").replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-|-$/g, "") || "text";
  const blob = new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = el("a");
  link.href = url;
  link.download = `${base}-summary.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  announce(`Summary saved as ${link.download}.`);
}

// ---------------------------------------------------------------------------------------
// Input: typing, files, the sample, pasted HTML

let undoText = null;

function updateTextStats() {
  const text = ui.text.value;
  const words = countWords(text);
  ui.textStats.textContent = text.length > MAX_LENGTH
    ? `${fmt(text.length)} characters – over the limit of ${fmt(MAX_LENGTH)}`
    : `${fmt(words)} word${words === 1 ? "" : "s"}`;
  ui.textStats.classList.toggle("over", text.length > MAX_LENGTH);
  ui.htmlNotice.hidden = !looksLikeHtml(text);
}

/** Replaces the text (keeping the old one for Undo) and summarizes it. */
function replaceText(text, message) {
  const previous = ui.text.value;
  ui.text.value = text;
  if (previous.trim() && previous !== text) {
    undoText = previous;
    ui.undoMessage.textContent = `${message} Your previous text was replaced.`;
    ui.undoNotice.hidden = false;
  } else {
    undoText = null;
    ui.undoNotice.hidden = true;
  }
  onTextChanged({ now: true });
}

function onTextChanged({ now = false } = {}) {
  updateTextStats();
  saveSoon();
  clearError();
  if (now) {
    summarizeSoon.cancel();
    summarizeNow();
  } else {
    // Long texts take longer to summarize: wait a little longer for typing to pause.
    summarizeSoon();
  }
}

async function openFile(file) {
  if (!file) return;
  clearError();
  try {
    const { text, kind } = await readFileText(file, MAX_LENGTH);
    if (text.length > MAX_LENGTH) {
      throw new FileRefused(
        `“${file.name}” has ${fmt(text.length)} characters of text; the page summarizes up to ${fmt(MAX_LENGTH)}. Open a shorter file or paste a part of it.`,
      );
    }
    sourceName = file.name;
    replaceText(text, kind === "html" ? `Opened the text of “${file.name}”.` : `Opened “${file.name}”.`);
  } catch (error) {
    const message = error instanceof FileRefused ? error.message : `“${file.name}” could not be opened (${error.message}).`;
    showError(`${message} Your text was not changed.`);
  }
}

function setupDrop() {
  let depth = 0;
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  ui.dropzone.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    ui.dropzone.classList.add("dragging");
  });
  ui.dropzone.addEventListener("dragleave", (event) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (!depth) ui.dropzone.classList.remove("dragging");
  });
  ui.dropzone.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });
  ui.dropzone.addEventListener("drop", (event) => {
    depth = 0;
    ui.dropzone.classList.remove("dragging");
    const file = event.dataTransfer?.files?.[0];
    if (!file) return; // dropped text: the text area takes it as usual
    event.preventDefault();
    event.stopPropagation();
    openFile(file);
  });
  // A file dropped beside the box must not make the browser leave the page.
  for (const type of ["dragover", "drop"]) {
    window.addEventListener(type, (event) => {
      if (hasFiles(event)) event.preventDefault();
    });
  }
}

// ---------------------------------------------------------------------------------------
// Offline support

function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      ui.offlineStatus.textContent =
        "Nothing leaves your device. Your text and settings are kept in this browser only, and the page is saved for offline use.";
    })
    .catch(() => {});
}

// ---------------------------------------------------------------------------------------
// Wiring

function init() {
  restore();
  updateTextStats();

  ui.text.addEventListener("input", () => {
    ui.undoNotice.hidden = true;
    sourceName = "text";
    onTextChanged();
  });
  ui.openFile.addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => {
    const file = ui.file.files?.[0];
    openFile(file).finally(() => {
      ui.file.value = "";
    });
  });
  ui.sample.addEventListener("click", () => {
    sourceName = "sample-article";
    replaceText(SAMPLE_TEXT, "Loaded the invented sample article.");
  });
  ui.undo.addEventListener("click", () => {
    if (undoText === null) return;
    ui.text.value = undoText;
    undoText = null;
    ui.undoNotice.hidden = true;
    ui.text.focus();
    announce("Your previous text is back.");
    onTextChanged({ now: true });
  });
  ui.htmlConvert.addEventListener("click", () => {
    replaceText(htmlToText(ui.text.value), "Kept the readable text of the HTML.");
    ui.text.focus();
  });
  setupDrop();

  // Length and language: the summary follows at once (debounced, the last call wins).
  const lengthChanged = (mode) => {
    if (mode) mode.checked = true;
    saveSoon();
    summarizeQuickly();
  };
  ui.sentences.addEventListener("input", () => lengthChanged(ui.modeSentences));
  ui.percent.addEventListener("input", () => lengthChanged(ui.modePercent));
  ui.modeSentences.addEventListener("change", () => lengthChanged());
  ui.modePercent.addEventListener("change", () => lengthChanged());
  ui.lang.addEventListener("change", () => lengthChanged());

  ui.stop.addEventListener("click", stop);
  ui.retry.addEventListener("click", () => {
    clearError();
    summarizeNow();
  });
  ui.copy.addEventListener("click", copySummary);
  for (const button of document.querySelectorAll(".download")) {
    button.addEventListener("click", () => download(button.dataset.format));
  }
  ui.allSentences.addEventListener("toggle", () => {
    if (ui.allSentences.open) renderTable();
  });

  window.addEventListener("pagehide", save);
  registerServiceWorker();

  if (ui.text.value.trim()) {
    summarizeNow();
  } else {
    // Start and warm up the worker while the reader pastes: the first summary is then as
    // fast as every later one. A failure surfaces on the first real call.
    getSummarizer().ready().catch(() => {});
  }
}

init();
