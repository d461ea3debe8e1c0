// The adversarial corpus of tests/adversarial.rs, generated again here, through the wasm
// build (js/node.js): every input gives a valid result or a clear error, never a trap. Adds
// what only JavaScript strings can hold: lone surrogates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize, detectLanguage } from "../../js/node.js";

/** A deterministic pseudo-random generator (xorshift32), so failures reproduce. */
function random(seed) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

function repeat(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const next = random(0x4b65726e);
const randomText = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join("");

const CORPUS = {
  "1 MB without punctuation": repeat("wort und noch ein wort ", 1_000_000),
  "one sentence of 200,000 characters": repeat("lang ", 200_000) + ".",
  "100,000 one-word sentences": "Ja. ".repeat(100_000),
  "the same sentence 10,000 times": "Der Außenminister traf den Präsidenten in Baku. ".repeat(10_000),
  "random UTF-16 code units (lone surrogates included)": randomText,
  "NUL and control characters": "\0\u0001\u0002 Text\u0007 mit\u001b Steuerzeichen.\u0000 Ende.\u007f".repeat(1000),
  "right-to-left and mixed direction":
    "مرحبا بالعالم. هذا نص عربي. ".repeat(500) + "שלום עולם. זה טקסט. " + "English inside عربي text. ",
  "Chinese and Japanese without spaces": "今天天气很好。我们去公园散步吧！東京は日本の首都です。".repeat(2000),
  Thai: "ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ ประโยคนี้ยาวมาก ".repeat(2000),
  "emoji with ZWJ sequences and skin tones": "👩‍👩‍👧‍👦 Familie. 👍🏽 Gut! 🏳️‍🌈 Flagge? ".repeat(3000),
  "combining marks and zalgo": "Z̸̢͎̈́a̵̡͝l̶̰̏g̷̺̈ö̸̩́. A\u0308gypten ist schön. ".repeat(2000),
  "a 100,000-character word": repeat("abcdefghij", 100_000),
  "only numbers": repeat("1234567890 ", 200_000),
  "only punctuation": repeat(".!?,;:…-–—()[]{}\"'„“«» ", 200_000),
  "Windows, old Mac and Unicode line separators":
    "Erste Zeile\r\nZweite Zeile\rDritte Zeile\u2028Vierte Zeile\u2029Fünfte Zeile.\n".repeat(3000),
  "lone surrogates between sentences": "Erster Satz. \uD800 Zweiter Satz.\uDC00 Dritter \uDBFF\uDFFF Satz.".repeat(500),
  "empty text": "",
  "whitespace only": " \n\t\r\n  \u2028 ",
};

function checkResult(text, result) {
  let previousEnd = 0;
  for (const sentence of result.sentences) {
    assert.ok(sentence.startUtf16 >= previousEnd, "units are in order and do not overlap");
    assert.ok(sentence.startUtf16 < sentence.endUtf16 && sentence.endUtf16 <= text.length, "units are inside the text");
    const slice = text.slice(sentence.startUtf16, sentence.endUtf16);
    // Lone surrogates arrive in wasm as U+FFFD (one UTF-16 unit, so offsets hold); the
    // sentence text is a slice of the caller's string, exactly.
    assert.equal(slice, sentence.text, "text.slice(start, end) is the unit");
    assert.ok(Number.isFinite(sentence.score), "scores are finite");
    previousEnd = sentence.endUtf16;
  }
  assert.ok(result.selected.length <= 3, "at most the 3 requested sentences");
  for (const index of result.selected) assert.ok(result.sentences[index], "chosen sentences are units");
  for (const entity of result.entities) {
    for (const mention of entity.mentions) assert.ok(mention.endUtf16 <= text.length, "mentions are inside the text");
  }
}

for (const [name, text] of Object.entries(CORPUS)) {
  test(`wasm: ${name}`, () => {
    checkResult(text, summarize(text));
    checkResult(text, summarize(text, { lang: "de", ratio: 0.01 }));
    const detection = detectLanguage(text);
    assert.ok(detection.lang === null || typeof detection.lang === "string");
    if (text.trim() === "") assert.equal(summarize(text).sentences.length, 0, "no units in blank text");
  });
}

test("wasm: a text over maxInputLength is a RangeError naming the limit, and the next call works", () => {
  assert.throws(() => summarize(CORPUS["only numbers"], { maxInputLength: 1000 }), (error) => {
    assert.ok(error instanceof RangeError);
    assert.match(error.message, /limit is 1000/);
    return true;
  });
  assert.equal(summarize("Ein Satz. Noch ein Satz.").sentences.length, 2);
});
