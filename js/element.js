// <kernsatz-summary>: a "key points" box for any page. It summarizes the text of the element
// named by `for` (an id) or `selector`, or its own light-DOM text, and keeps the summary up to
// date when that text changes. The class lives here; js/define.js registers it.
//
// All widgets of a page share one Kernsatz instance: a module Web Worker started by the first
// widget that comes into view (createSummarizer() from ./worker-client.js). The host page's
// main thread never runs the summarizer, the wasm memory stays out of the page, and a trapped
// instance is replaced by the client. Each instantiation leaves a performance mark named
// "kernsatz:instantiated" (detail: { instantiateMs }).
//
// The widget never writes HTML: the summary is rendered with textContent, and `highlight` mode
// marks sentences in the host text through the CSS Custom Highlight API, so the host's DOM is
// not touched at all.
import { createSummarizer } from "./worker-client.js";

// scripts/build-widget.mjs replaces this line: the one-file build is its own worker.
const WORKER_URL = new URL("./worker.js", import.meta.url);

const TAG = "kernsatz-summary";
const MODES = ["list", "tldr", "highlight"];
const LANGS = ["de", "en", "fr", "es", "it", "nl", "pt"];
const DEFAULT_SENTENCES = 3;
const DEFAULT_MODE = "list";
const DEFAULT_HEADING = "Summary";
const DEBOUNCE_MS = 250;
/** The name of the shared highlight in CSS.highlights (style it with ::highlight(kernsatz)). */
const HIGHLIGHT = "kernsatz";

// Lets `import "kernsatz/element"` be evaluated where there is no DOM (server rendering).
const Base = globalThis.HTMLElement ?? class {};

// ---------------------------------------------------------------------------------------------
// The shared instance: one worker for every widget of the page, started on first use.

let shared = null;
let lastReady = null;

function sharedSummarize(text, options) {
  shared ??= createSummarizer({ workerUrl: WORKER_URL });
  const ready = shared.ready();
  if (ready !== lastReady) {
    // A new worker (the first, or one replacing a trapped instance): count its instantiation.
    lastReady = ready;
    ready.then(
      ({ instantiateMs }) => {
        try {
          performance.mark("kernsatz:instantiated", { detail: { instantiateMs } });
        } catch {
          // performance.mark with a detail is missing in old engines; the count is a diagnostic.
        }
      },
      () => {},
    );
  }
  return shared.summarize(text, options);
}

// ---------------------------------------------------------------------------------------------
// Styles, as constructable style sheets: a strict CSP (style-src 'self') blocks <style>
// elements but not the CSSOM.

const SHADOW_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
[part~="box"] {
  all: initial; /* nothing the host page sets on its elements is inherited */
  display: block;
  box-sizing: border-box;
  font-family: var(--kernsatz-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--kernsatz-font-size, medium);
  line-height: var(--kernsatz-line-height, 1.5);
  color: var(--kernsatz-color, #1f2328);
  background: var(--kernsatz-background, #f6f8fa);
  border: var(--kernsatz-border-width, 1px) solid var(--kernsatz-border-color, #d0d7de);
  border-inline-start: var(--kernsatz-accent-width, 4px) solid var(--kernsatz-accent, #0b6bcb);
  border-radius: var(--kernsatz-radius, 8px);
  padding: var(--kernsatz-padding, 0.75em 1em);
  text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  [part~="box"] {
    color: var(--kernsatz-color, #e6edf3);
    background: var(--kernsatz-background, #161b22);
    border-color: var(--kernsatz-border-color, #3d444d);
    border-inline-start-color: var(--kernsatz-accent, #58a6ff);
  }
  [part~="status"] { color: var(--kernsatz-muted-color, #9198a1); }
  [part~="item"]::marker { color: var(--kernsatz-accent, #58a6ff); }
}
[part~="heading"] {
  display: block;
  margin: 0 0 0.4em;
  font-family: var(--kernsatz-heading-font-family, inherit);
  font-size: var(--kernsatz-heading-font-size, 1.05em);
  font-weight: var(--kernsatz-heading-font-weight, 600);
  line-height: 1.3;
  color: var(--kernsatz-heading-color, inherit);
}
[part~="list"] { display: block; margin: 0; padding: 0 0 0 1.25em; list-style: disc outside; }
[part~="item"] { display: list-item; margin: 0.3em 0; padding: 0; }
[part~="item"]::marker { color: var(--kernsatz-accent, #0b6bcb); }
[part~="tldr"], [part~="note"] { display: block; margin: 0; padding: 0; }
[part~="status"] {
  display: block;
  margin: 0;
  font-size: 0.9em;
  font-style: italic;
  color: var(--kernsatz-muted-color, #59636e);
}
[part~="status"]:empty { display: none; }
[part~="content"] { display: block; }
.visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  margin: -1px; padding: 0; border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}
[hidden] { display: none !important; }
`;

// Only ::highlight(kernsatz) rules: nothing here can match or change a host element.
const DOCUMENT_CSS = `
::highlight(${HIGHLIGHT}) {
  background-color: var(--kernsatz-highlight-background, #fff1a8);
  color: var(--kernsatz-highlight-color, #1f2328);
}
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT}) {
    background-color: var(--kernsatz-highlight-background, #5c4d00);
    color: var(--kernsatz-highlight-color, #fffbe6);
  }
}
`;

const canAdopt =
  typeof CSSStyleSheet === "function" &&
  "replaceSync" in CSSStyleSheet.prototype &&
  globalThis.Document?.prototype &&
  "adoptedStyleSheets" in Document.prototype;

let shadowSheet = null;
function shadowStyles(root) {
  if (canAdopt) {
    shadowSheet ??= new CSSStyleSheet();
    if (!shadowSheet.cssRules.length) shadowSheet.replaceSync(SHADOW_CSS);
    root.adoptedStyleSheets = [shadowSheet];
  } else {
    // Old engines: a <style> element (a strict CSP blocks it; the box is then unstyled).
    const style = document.createElement("style");
    style.textContent = SHADOW_CSS;
    root.append(style);
  }
}

const supportsHighlights =
  typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

const documentsStyled = new WeakSet();
function sharedHighlight(doc) {
  if (!documentsStyled.has(doc) && canAdopt) {
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(DOCUMENT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    documentsStyled.add(doc);
  }
  let highlight = CSS.highlights.get(HIGHLIGHT);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(HIGHLIGHT, highlight);
  }
  return highlight;
}

// ---------------------------------------------------------------------------------------------
// The text of the source element, and the way back from its offsets to text nodes.

// Elements whose text is no part of what a reader reads.
const SKIP = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "BUTTON",
  "IFRAME", "OBJECT", "EMBED", "CANVAS", "SVG", "MATH", "AUDIO", "VIDEO", "HEAD", "TITLE",
]);
// Elements that end a paragraph: a blank line goes between their text and the next.
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV",
  "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4",
  "H5", "H6", "HEADER", "HGROUP", "HR", "LEGEND", "LI", "MAIN", "MENU", "NAV", "OL", "P",
  "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);

function skipped(element) {
  return (
    SKIP.has(element.tagName.toUpperCase()) ||
    element.localName === TAG ||
    element instanceof KernsatzSummary ||
    element.hidden ||
    element.getAttribute("aria-hidden") === "true"
  );
}

/**
 * Reads the text of `root`'s light DOM as a reader sees its paragraphs: a blank line between
 * blocks, a line break for <br>, every other whitespace character turned into a space (one
 * for one, so offsets stay those of the text nodes). Returns the text and, for each text
 * node, where its data starts in it.
 */
function extract(root) {
  let text = "";
  const nodes = [];
  const starts = [];
  const pendingBreak = () => {
    if (text && !text.endsWith("\n\n")) text += text.endsWith("\n") ? "\n" : "\n\n";
  };
  const walk = (parent) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        if (!node.data) continue;
        nodes.push(node);
        starts.push(text.length);
        text += node.data.replace(/[\t\n\r\f\v]/g, " ");
      } else if (node.nodeType === 1) {
        if (node.localName === "br") {
          if (text && !text.endsWith("\n")) text += "\n";
          continue;
        }
        if (skipped(node)) continue;
        const block = BLOCK.has(node.tagName.toUpperCase());
        if (block) pendingBreak();
        walk(node);
        if (block) pendingBreak();
      }
    }
  };
  walk(root);
  return { text: text.replace(/\s+$/, ""), nodes, starts };
}

/** The DOM position of text offset `offset`; `edge` says which side of a gap to take. */
function position({ nodes, starts }, offset, edge) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  const within = offset - starts[lo];
  if (within <= node.data.length) return [node, Math.max(0, within)];
  // The offset is in a blank line we added: snap to the neighbouring text.
  if (edge === "start" && lo + 1 < nodes.length) return [nodes[lo + 1], 0];
  return [node, node.data.length];
}

function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// Attributes: every value is checked; an invalid one falls back to the default, with a warning.

function parseSentences(value) {
  if (value === null) return { value: DEFAULT_SENTENCES };
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isSafeInteger(n) && n >= 1) return { value: n };
  return { value: DEFAULT_SENTENCES, problem: `expected a whole number of at least 1; using ${DEFAULT_SENTENCES}` };
}

function parseRatio(value) {
  if (value === null) return { value: null };
  const r = value.trim() === "" ? NaN : Number(value);
  if (r > 0 && r <= 1) return { value: r };
  return { value: null, problem: `expected a number in (0, 1]; using sentences` };
}

function parseLang(value) {
  if (value === null) return { value: "" };
  const code = value.trim().toLowerCase().split(/[-_]/)[0];
  if (code === "" || code === "auto") return { value: "" };
  if (LANGS.includes(code)) return { value: code };
  return { value: "", problem: `expected one of ${LANGS.join(", ")} or auto; detecting the language` };
}

function parseMode(value) {
  if (value === null) return { value: DEFAULT_MODE };
  const mode = value.trim().toLowerCase();
  if (MODES.includes(mode)) return { value: mode };
  return { value: DEFAULT_MODE, problem: `expected ${MODES.join(", ")}; using ${DEFAULT_MODE}` };
}

const PARSERS = { sentences: parseSentences, ratio: parseRatio, lang: parseLang, mode: parseMode };

function setOrRemove(element, name, value) {
  if (value === null || value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, String(value));
}

// ---------------------------------------------------------------------------------------------

/** An error saying the element to summarize is not (yet) in the page. */
function missing(message) {
  return Object.assign(new Error(message), { sourceMissing: true });
}

/**
 * `<kernsatz-summary>`: see README.md, "Embedding the widget", for its attributes, properties,
 * events, parts and CSS custom properties.
 */
export class KernsatzSummary extends Base {
  static observedAttributes = ["for", "selector", "sentences", "ratio", "lang", "mode", "heading"];

  /**
   * Registers the element as `name` (default "kernsatz-summary") unless that name is taken;
   * returns the class registered under the name.
   */
  static define(name = TAG, registry = globalThis.customElements) {
    if (!registry) return undefined;
    const existing = registry.get(name);
    if (existing) return existing;
    // A class can be registered under one name only: other names get a subclass.
    const taken = registry.getName?.(this);
    registry.define(name, taken ? class extends this {} : this);
    return registry.get(name);
  }

  #parts;
  #active = false;
  #visibility = null;
  #observer = null;
  #observed = null;
  // Watches the document for the element to summarize while it is missing.
  #awaiting = null;
  #timer = 0;
  #run = 0;
  #key = "";
  #summary = null;
  #text = "";
  #mapping = null;
  #ranges = [];
  #error = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    shadowStyles(root);
    const make = (tag, part, parent) => {
      const element = document.createElement(tag);
      if (part) element.setAttribute("part", part);
      parent.append(element);
      return element;
    };
    const box = make("section", "box", root);
    box.setAttribute("role", "region");
    const heading = make("h2", "heading", box);
    const status = make("p", "status", box);
    status.setAttribute("role", "status");
    const list = make("ul", "list", box);
    const tldr = make("p", "tldr", box);
    const note = make("p", "note", box);
    // The element's own text is shown (and highlighted) only in highlight mode.
    const content = make("div", "content", root);
    make("slot", null, content);
    this.#parts = { box, heading, status, list, tldr, note, content };
    this.#renderHeading();
    this.#render();
  }

  // --- properties mirroring the attributes -----------------------------------------------

  /** How many sentences the summary has (default 3); ignored while `ratio` is set. */
  get sentences() {
    return parseSentences(this.getAttribute("sentences")).value;
  }
  set sentences(value) {
    setOrRemove(this, "sentences", value);
  }

  /** The summary's length as a share of the sentences, in (0, 1], or null. */
  get ratio() {
    return parseRatio(this.getAttribute("ratio")).value;
  }
  set ratio(value) {
    setOrRemove(this, "ratio", value);
  }

  /** The text's language for the summarizer ("de", "en", ...), or "" to detect it. */
  get lang() {
    return parseLang(this.getAttribute("lang")).value;
  }
  set lang(value) {
    setOrRemove(this, "lang", value);
  }

  /** "list" (default), "tldr" or "highlight". */
  get mode() {
    return parseMode(this.getAttribute("mode")).value;
  }
  set mode(value) {
    setOrRemove(this, "mode", value);
  }

  /** The box's visible heading and accessible name (default "Summary"). */
  get heading() {
    return this.getAttribute("heading") ?? DEFAULT_HEADING;
  }
  set heading(value) {
    setOrRemove(this, "heading", value);
  }

  /** The id of the element to summarize (the `for` attribute). */
  get htmlFor() {
    return this.getAttribute("for") ?? "";
  }
  set htmlFor(value) {
    setOrRemove(this, "for", value);
  }

  /** A CSS selector for the element to summarize, used when `for` is absent. */
  get selector() {
    return this.getAttribute("selector") ?? "";
  }
  set selector(value) {
    setOrRemove(this, "selector", value);
  }

  /** The latest summary, or null. */
  get summary() {
    return this.#summary;
  }

  /** The text the latest summary was made of (its offsets are offsets into this text). */
  get text() {
    return this.#text;
  }

  /** Summarizes now, in view or not; resolves with the summary (null if there is no text). */
  refresh() {
    this.#active = true;
    this.#stopVisibility();
    clearTimeout(this.#timer);
    return this.#update();
  }

  // --- lifecycle --------------------------------------------------------------------------

  connectedCallback() {
    if (this.#active) {
      this.#schedule(0);
      return;
    }
    if (typeof IntersectionObserver !== "function") {
      this.#active = true;
      this.#schedule(0);
      return;
    }
    // Lazy: nothing loads until the box (or the text it summarizes) comes near the viewport.
    this.#visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#active = true;
        this.#stopVisibility();
        this.#schedule(0);
      },
      { rootMargin: "200px" },
    );
    this.#visibility.observe(this);
    this.#watchSource();
  }

  // In highlight mode the marks are in the text: its coming into view counts too.
  #watchSource() {
    if (!this.#visibility || this.mode !== "highlight") return;
    try {
      const source = this.#source();
      if (source !== this) this.#visibility.observe(source);
    } catch {
      // No source yet: the error shows once the box is in view.
    }
  }

  disconnectedCallback() {
    this.#stopVisibility();
    this.#stopAwaiting();
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = null;
    clearTimeout(this.#timer);
    this.#run++;
    this.#clearHighlight();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) return;
    const parse = PARSERS[name];
    const problem = parse?.(value).problem;
    if (problem) console.warn(`<${this.localName}>: invalid ${name}=${JSON.stringify(value)}: ${problem}.`);
    if (name === "heading") this.#renderHeading();
    else if (name === "mode") {
      this.#watchSource();
      this.#render();
    }
    else if (this.#active && this.isConnected) this.#schedule(0);
  }

  // --- summarizing ------------------------------------------------------------------------

  #stopVisibility() {
    this.#visibility?.disconnect();
    this.#visibility = null;
  }

  #source() {
    const id = this.getAttribute("for");
    const selector = this.getAttribute("selector");
    const root = this.getRootNode();
    if (id) {
      const element = root.getElementById?.(id) ?? document.getElementById(id);
      if (!element) throw missing(`There is no element with id "${id}" to summarize.`);
      return element;
    }
    if (selector) {
      let element;
      try {
        element = root.querySelector(selector);
      } catch {
        throw new Error(`"${selector}" is not a valid CSS selector.`);
      }
      if (!element) throw missing(`No element matches "${selector}".`);
      return element;
    }
    return this;
  }

  #options() {
    const options = {};
    const ratio = this.ratio;
    if (ratio !== null) options.ratio = ratio;
    else options.sentences = this.sentences;
    if (this.lang) options.lang = this.lang;
    return options;
  }

  #observe(source) {
    if (this.#observed === source) return;
    this.#observer?.disconnect();
    this.#observer = new MutationObserver((records) => {
      // Changes inside other widgets (or this one's light DOM, when it is not the source) are
      // not changes of the text.
      if (records.every((record) => this.#ignored(record.target, source))) return;
      this.#schedule(DEBOUNCE_MS);
    });
    this.#observer.observe(source, { childList: true, subtree: true, characterData: true });
    this.#observed = source;
  }

  // Pages often add the article after the widget (a framework renders it, a request loads it):
  // while the element to summarize is missing, any element added to the document, or any id
  // set, tries again.
  #awaitSource() {
    if (this.#awaiting) return;
    const root = this.getRootNode();
    this.#awaiting = new MutationObserver(() => this.#schedule(DEBOUNCE_MS));
    this.#awaiting.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["id", "class"] });
  }

  #stopAwaiting() {
    this.#awaiting?.disconnect();
    this.#awaiting = null;
  }

  #ignored(node, source) {
    for (let element = node.nodeType === 1 ? node : node.parentElement; element && element !== source; element = element.parentElement) {
      if (skipped(element)) return true;
    }
    return false;
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#update(), delay);
  }

  async #update() {
    const run = ++this.#run;
    let source;
    let mapping;
    try {
      source = this.#source();
      this.#stopAwaiting();
      this.#observe(source);
      mapping = extract(source);
    } catch (error) {
      // Still missing: the message stands, no new event.
      if (!(error.sourceMissing && this.#error?.message === error.message)) this.#fail(error);
      if (error.sourceMissing) this.#awaitSource();
      return null;
    }
    const options = this.#options();
    const key = JSON.stringify(options) + "\u0000" + mapping.text;
    if (key === this.#key && this.#summary) {
      // Same text, same options: only the nodes may be new; mark them again.
      this.#mapping = mapping;
      this.#render();
      return this.#summary;
    }
    if (!mapping.text.trim()) {
      this.#key = key;
      this.#summary = null;
      this.#text = "";
      this.#mapping = null;
      this.#error = null;
      this.#render();
      return null;
    }
    this.#parts.box.setAttribute("aria-busy", "true");
    if (!this.#summary) this.#parts.status.textContent = "Summarizing…";
    let summary;
    try {
      summary = await sharedSummarize(mapping.text, options);
    } catch (error) {
      if (run === this.#run) this.#fail(error);
      return null;
    }
    if (run !== this.#run) return summary;
    this.#key = key;
    this.#summary = summary;
    this.#text = mapping.text;
    this.#mapping = mapping;
    this.#error = null;
    this.#render();
    this.dispatchEvent(new CustomEvent("kernsatz-summary", { bubbles: true, composed: true, detail: summary }));
    return summary;
  }

  #fail(error) {
    this.#error = error instanceof Error ? error : new Error(String(error));
    this.#summary = null;
    this.#key = "";
    this.#render();
    this.dispatchEvent(new CustomEvent("kernsatz-error", { bubbles: true, composed: true, detail: this.#error }));
  }

  // --- rendering (text only, never HTML) -----------------------------------------------------

  #renderHeading() {
    const heading = this.heading;
    this.#parts.heading.textContent = heading;
    this.#parts.heading.hidden = heading.trim() === "";
    this.#parts.box.setAttribute("aria-label", heading.trim() || DEFAULT_HEADING);
  }

  #render() {
    const { box, status, list, tldr, note, content } = this.#parts;
    let mode = this.mode;
    if (mode === "highlight" && !supportsHighlights) mode = "list"; // shown as a list instead
    const summary = this.#summary;
    const sentences = summary
      ? summary.selected.map((i) => collapse(summary.sentences[i].text)).filter(Boolean)
      : [];

    box.removeAttribute("aria-busy");
    if (this.#error) status.textContent = `No summary: ${this.#error.message}`;
    else if (summary && sentences.length === 0) status.textContent = "There is nothing to summarize.";
    else if (!summary && this.#active && this.#key) status.textContent = "There is nothing to summarize.";
    else status.textContent = "";

    list.replaceChildren(
      ...sentences.map((sentence) => {
        const item = document.createElement("li");
        item.setAttribute("part", "item");
        item.textContent = sentence;
        return item;
      }),
    );
    tldr.textContent = sentences.join(" ");
    note.textContent =
      sentences.length === 0
        ? ""
        : sentences.length === 1
          ? "The key sentence is highlighted in the text."
          : `The ${sentences.length} key sentences are highlighted in the text.`;

    list.hidden = mode === "tldr" || sentences.length === 0;
    // In highlight mode the list stays for screen readers: highlights are not announced.
    list.classList.toggle("visually-hidden", mode === "highlight");
    tldr.hidden = mode !== "tldr" || sentences.length === 0;
    note.hidden = mode !== "highlight" || sentences.length === 0;
    content.hidden = !(mode === "highlight" && this.#observed === this);
    if (mode === "highlight") this.#highlight();
    else this.#clearHighlight();
  }

  #highlight() {
    this.#clearHighlight();
    const summary = this.#summary;
    const mapping = this.#mapping;
    if (!summary || !mapping || !mapping.nodes.length || !this.isConnected) return;
    const highlight = sharedHighlight(this.ownerDocument);
    for (const i of summary.selected) {
      const { startUtf16, endUtf16 } = summary.sentences[i];
      try {
        const range = new Range();
        range.setStart(...position(mapping, startUtf16, "start"));
        range.setEnd(...position(mapping, endUtf16, "end"));
        if (range.collapsed) continue;
        highlight.add(range);
        this.#ranges.push(range);
      } catch {
        // The text changed since it was read; the pending update marks it again.
      }
    }
  }

  #clearHighlight() {
    if (!this.#ranges.length) return;
    const highlight = supportsHighlights ? CSS.highlights.get(HIGHLIGHT) : null;
    for (const range of this.#ranges) highlight?.delete(range);
    this.#ranges = [];
  }
}
