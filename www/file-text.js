// Turns an opened or dropped file into plain text: .txt and .md as they are, .html through
// DOMParser (an inert document: its scripts never run, its images never load, its handlers
// never fire). Anything else is refused with a reason a person can act on.

/** A file the page refuses, with a message for the user. */
export class FileRefused extends Error {
  constructor(message) {
    super(message);
    this.name = "FileRefused";
  }
}

const TEXT_EXTENSIONS = new Set(["txt", "text", "md", "markdown"]);
const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml"]);

function extension(name) {
  const match = /\.([^./\\]+)$/.exec(name ?? "");
  return match ? match[1].toLowerCase() : "";
}

/** What kind of file this is for the page: "html", "text", or null (refused). */
export function fileKind(file) {
  const ext = extension(file.name);
  const type = (file.type ?? "").toLowerCase();
  if (HTML_EXTENSIONS.has(ext) || type === "text/html" || type === "application/xhtml+xml") return "html";
  if (TEXT_EXTENSIONS.has(ext) || type.startsWith("text/")) return "text";
  return null;
}

/** Decodes bytes as UTF-8 (or UTF-16 with a byte order mark, or else Windows-1252). */
export function decodeText(bytes, name) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder("utf-16le").decode(bytes);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder("utf-16be").decode(bytes);
  }
  // Text files do not contain NUL bytes; images, PDFs, archives and office files do.
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) {
    throw new FileRefused(
      `“${name}” does not look like a text file (it contains binary data). Open a .txt, .md or .html file, or paste the text.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older text files are usually Windows-1252 (a superset of Latin-1).
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const SKIP = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "MATH",
  "CANVAS", "BUTTON", "SELECT", "INPUT", "TEXTAREA", "HEAD", "NAV", "FORM", "DIALOG", "AUDIO",
  "VIDEO", "PICTURE", "MAP",
]);
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER",
  "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT",
  "TR", "UL", "CAPTION",
]);

/**
 * Renames event handler attributes (onerror=, onload=, ...) in the tags of `html`. The parsed
 * document is inert, so they could never run, but Chromium still checks each one against the
 * page's Content Security Policy while parsing and reports a violation; renamed, they are
 * plain attributes. (The text content is left alone.)
 */
function defuseHandlers(html) {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/([\s/"'])on([a-z]+\s*=)/gi, "$1data-defused-on$2"));
}

/** The readable text of an HTML document, paragraphs separated by blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(defuseHandlers(html), "text/html");
  // Prefer the article (or main) when the page marks one with enough text in it.
  let root = doc.body ?? doc.documentElement;
  for (const selector of ["article", "main", "[role=main]"]) {
    const candidate = doc.querySelector(selector);
    if (candidate && candidate.textContent.trim().length >= 200) {
      root = candidate;
      break;
    }
  }
  const out = [];
  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(pre ? child.data : child.data.replace(/\s+/g, " "));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden || child.getAttribute("aria-hidden") === "true") continue;
        if (tag === "BR") {
          out.push("\n");
          continue;
        }
        if (tag === "IMG") {
          continue; // alt texts are captions of pictures, not part of the article's prose
        }
        const block = BLOCK.has(tag);
        const cell = tag === "TD" || tag === "TH";
        if (block) out.push("\n\n");
        walk(child, pre || tag === "PRE");
        if (block) out.push("\n\n");
        else if (cell) out.push("\t");
      }
    }
  };
  if (root) walk(root, false);
  let text = out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title = doc.title?.trim();
  // The title heads the text only when the page has no main heading of its own (titles
  // usually repeat the headline with the site's name added).
  if (title && !root?.querySelector("h1") && !text.slice(0, 500).includes(title)) {
    text = `${title}\n\n${text}`;
  }
  return text;
}

/** Whether pasted text looks like HTML source rather than prose. */
export function looksLikeHtml(text) {
  const start = text.trimStart().slice(0, 2000);
  if (!start.startsWith("<")) return false;
  return /^<(!doctype\s+html|html|head|body|article|main|div|p|section|h[1-6]|meta|title)\b/i.test(start);
}

/**
 * Reads `file` as text.
 * @param {File} file
 * @param {number} maxLength the longest text accepted, in characters
 * @returns {Promise<{ text: string, kind: "html" | "text" }>}
 */
export async function readFileText(file, maxLength) {
  const kind = fileKind(file);
  if (!kind) {
    throw new FileRefused(
      `“${file.name}” is not a file Kernsatz can read. Open a .txt, .md or .html file, or paste the text.`,
    );
  }
  // A UTF-8 character takes at least one byte, HTML markup shrinks when turned into text:
  // four bytes per allowed character is a generous bound that still stops huge files early.
  if (file.size > maxLength * 4) {
    throw new FileRefused(
      `“${file.name}” is too large (${formatBytes(file.size)}). The page summarizes texts of up to ${maxLength.toLocaleString("en")} characters.`,
    );
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new FileRefused(`“${file.name}” could not be read. It may have been moved or deleted.`);
  }
  const raw = decodeText(bytes, file.name);
  const text = kind === "html" ? htmlToText(raw) : raw;
  if (!text.trim()) {
    throw new FileRefused(`“${file.name}” contains no text to summarize.`);
  }
  return { text, kind };
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
