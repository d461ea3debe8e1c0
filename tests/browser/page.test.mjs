// The web page (dist/www, assembled by scripts/build-page.sh) in Debian's chromium: the summary
// and its highlights, length changes, files, security, CSP, offline use, keyboard use,
// accessibility (axe-core) and screenshots of the main states in artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, serve, root, artifacts } from "./browser.mjs";

const GERMAN = readFileSync(`${root}/../shared/examples/de-blinken-aliyev.txt`, "utf8");
const AXE = readFileSync(`${root}/node_modules/axe-core/axe.min.js`, "utf8");
const PAYLOAD_MARKER = "KERNSATZ-XSS";
const PAYLOAD_HTML = `<!doctype html>
<html><head><title>Payload page</title>
<script>alert("${PAYLOAD_MARKER} script"); console.log("${PAYLOAD_MARKER} script");</script>
<meta http-equiv="refresh" content="0; url=javascript:alert('${PAYLOAD_MARKER} refresh')">
</head><body onload="alert('${PAYLOAD_MARKER} body')">
<article>
<h1>The lighthouse keepers of Norrvik</h1>
<p>The lighthouse keepers of Norrvik have repaired the old lamp of the northern tower after a storm damaged it in March.
<img src="http://images.example.invalid/lamp.png" onerror="alert('${PAYLOAD_MARKER} img'); console.log('${PAYLOAD_MARKER} img')">
The repair took three weeks and cost the Norrvik Harbour Trust more than it had planned.</p>
<p>Keeper Anna Berglund said the new lamp can be seen from twenty kilometres away.
<a href="javascript:alert('${PAYLOAD_MARKER} link')">Read the harbour report</a> for the details.</p>
<svg onload="console.log('${PAYLOAD_MARKER} svg')"><circle r="4"></circle></svg>
<iframe src="javascript:alert('${PAYLOAD_MARKER} iframe')"></iframe>
<p>The Norrvik Harbour Trust will pay for a second repair of the southern tower next year.</p>
<p>Anna Berglund and the other keepers will guide visitors through the northern tower in the summer.</p>
</article>
<script src="http://scripts.example.invalid/evil.js"></script>
</body></html>`;

let browser;
let server;
let origin;

before(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  origin = new URL(server.url).origin;
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A fresh context and page on the served page, watching for everything the tests forbid:
 * requests to other origins, CSP violations, page errors, dialogs and the payload marker.
 */
async function open(t, { viewport = { width: 1280, height: 900 }, colorScheme = "light", serviceWorkers = "block", bypassCSP = false, permissions = [], goto = true } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers, bypassCSP, permissions });
  const page = await context.newPage();
  const seen = { requests: [], problems: [], dialogs: [], markers: [] };
  context.on("request", (request) => seen.requests.push(request.url()));
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    const text = message.text();
    if (text.includes(PAYLOAD_MARKER)) seen.markers.push(text);
    if (message.type() === "error" && !text.includes("ERR_INTERNET_DISCONNECTED")) seen.problems.push(text);
  });
  page.on("pageerror", (error) => seen.problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  t.after(async () => {
    await context.close();
  });
  if (goto) await page.goto(server.url);
  /** Asserts that nothing forbidden happened. */
  const check = ({ problems = true } = {}) => {
    const foreign = seen.requests.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:") && new URL(url).origin !== origin);
    assert.deepEqual(foreign, [], "every request goes to the page's own origin");
    assert.deepEqual(seen.dialogs, [], "no dialog opened");
    assert.deepEqual(seen.markers, [], "no payload ran");
    if (problems) assert.deepEqual(seen.problems, [], "no CSP violation, console error or page error");
  };
  return { context, page, seen, check };
}

async function summaryTexts(page) {
  return page.locator("#summary-list .sentence-link").allTextContents();
}

async function waitForSummary(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll("#summary-list li").length === n && document.getElementById("busy").hidden,
    count,
  );
}

async function dropFile(page, name, type, content) {
  await page.evaluate(
    ({ name, type, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      const zone = document.getElementById("text");
      for (const kind of ["dragenter", "dragover", "drop"]) {
        zone.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { name, type, content },
  );
}

async function screenshot(page, name) {
  await page.screenshot({ path: `${artifacts}/page-${name}.png`, fullPage: true });
}

test("pasting the German example shows a 3-sentence summary with those sentences highlighted; the length controls update it", async (t) => {
  const { page, seen, check } = await open(t);
  // The worker starts (and warms up) on load, before there is any text.
  for (let waited = 0; !seen.requests.some((url) => url.endsWith("/kernsatz_bg.wasm")); waited += 50) {
    assert.ok(waited < 10_000, "the page loads the wasm before any text is entered");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.fill("#text", GERMAN);
  await waitForSummary(page, 3);
  const chosen = await summaryTexts(page);
  assert.equal(chosen.length, 3);
  const marked = await page.locator("#original mark.chosen").allTextContents();
  assert.deepEqual(marked, chosen, "the original highlights exactly the summary's sentences");
  for (const sentence of chosen) assert.ok(GERMAN.includes(sentence));
  assert.equal(await page.locator("#original").evaluate((node) => node.textContent), GERMAN, "the original is shown whole");
  assert.match(await page.locator("#detected").textContent(), /German/);
  assert.match(await page.locator("#status").textContent(), /3 of \d+ sentences/);
  assert.match(await page.locator("#count-words").textContent(), /^\d+ → \d+$/);

  // More sentences, then a share of the text.
  await page.fill("#sentences", "5");
  await waitForSummary(page, 5);
  assert.equal(await page.locator("#original mark.chosen").count(), 5);
  assert.deepEqual((await summaryTexts(page)).filter((s) => chosen.includes(s)), chosen);
  await page.fill("#percent", "50");
  assert.ok(await page.locator("#mode-percent").isChecked());
  await page.waitForFunction(() => document.querySelectorAll("#summary-list li").length > 5);
  const half = await page.locator("#summary-list li").count();
  assert.equal(await page.locator("#original mark.chosen").count(), half);

  // Back to 3 sentences; a language override is passed on.
  await page.check("#mode-sentences");
  await page.fill("#sentences", "3");
  await waitForSummary(page, 3);
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => /Set by you: English/.test(document.getElementById("detected").textContent));
  await page.selectOption("#lang", "");
  await page.waitForFunction(() => /Detected: German/.test(document.getElementById("detected").textContent));

  // A click on a summary sentence brings it into view and focus in the original.
  await page.locator("#summary-list .sentence-link").nth(2).click();
  const focused = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(focused, chosen[2]);

  // The explanation on demand.
  await page.locator("#summary-list .why").first().click();
  const explanation = await page.locator("#summary-list .explanation").first().textContent();
  assert.match(explanation, /Score/);
  assert.match(explanation, /Keywords/);
  assert.match(explanation, /Position/);

  // An entity chip highlights its mentions.
  const chip = page.locator("#entities .chip", { hasText: "Ilham Aliyev" });
  await chip.click();
  assert.equal(await chip.getAttribute("aria-pressed"), "true");
  const mentions = await page.locator("#original .mention").allTextContents();
  assert.ok(mentions.length >= 5, `mentions of Ilham Aliyev highlighted (${mentions.length})`);
  assert.ok(mentions.every((m) => m === "Ilham Aliyev"));
  assert.equal(await page.locator("#original").evaluate((node) => node.textContent), GERMAN, "highlighting keeps the text");
  // And a keyword chip too.
  await page.locator("#keywords .chip").first().click();
  assert.ok((await page.locator("#original .mention").count()) >= 3);

  // All scores, on demand.
  await page.locator("#all-sentences summary").click();
  // (the toggle event that fills the table comes a moment after the click)
  await page.waitForFunction(() => document.querySelectorAll("#all-sentences tbody tr").length >= 10);

  // Downloads: .txt, .md and .json.
  for (const format of ["txt", "md", "json"]) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`button.download[data-format=${format}]`),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`-summary\\.${format}$`));
    const body = readFileSync(await download.path(), "utf8");
    if (format === "json") {
      const json = JSON.parse(body);
      assert.equal(json.selected.length, 3);
      assert.equal(json.lang, "de");
    } else {
      for (const sentence of chosen) assert.ok(body.includes(sentence), `${format} contains the summary`);
    }
  }

  // Down to 360 pixels wide, nothing needs sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), "no horizontal scrolling at 360px");
  check();
});

test("the text and the settings survive a reload", async (t) => {
  const { page, check } = await open(t);
  await page.fill("#text", GERMAN);
  await page.fill("#sentences", "4");
  await waitForSummary(page, 4);
  await page.selectOption("#lang", "de");
  await page.waitForFunction(() => /Set by you/.test(document.getElementById("detected").textContent));
  await page.waitForTimeout(400); // the debounced save
  await page.reload();
  assert.equal(await page.inputValue("#text"), GERMAN);
  assert.equal(await page.inputValue("#sentences"), "4");
  assert.equal(await page.inputValue("#lang"), "de");
  await waitForSummary(page, 4);
  check();
});

test("opening and dropping .txt and .html files works; a file that is not text is refused without losing the text", async (t) => {
  const { page, check } = await open(t);
  await page.setInputFiles("#file", { name: "aliyev.txt", mimeType: "text/plain", buffer: Buffer.from(GERMAN) });
  await page.waitForFunction((text) => document.getElementById("text").value === text, GERMAN);
  await waitForSummary(page, 3);

  // Dropping an HTML file replaces the text with its readable text (Undo brings the old back).
  const html = PAYLOAD_HTML.replaceAll(PAYLOAD_MARKER, "harmless");
  await dropFile(page, "norrvik.html", "text/html", html);
  await page.waitForFunction(() => document.getElementById("text").value.startsWith("The lighthouse keepers of Norrvik"));
  const text = await page.inputValue("#text");
  assert.ok(!/[<>]/.test(text), "no markup left");
  assert.ok(!text.includes("alert"), "no script text left");
  assert.match(text, /Anna Berglund/);
  await page.waitForFunction(() => document.getElementById("original").textContent.startsWith("The lighthouse keepers"));
  await waitForSummary(page, 3);
  assert.ok(await page.locator("#undo").isVisible());
  await page.click("#undo");
  assert.equal(await page.inputValue("#text"), GERMAN);

  // Opening an .html file through the file input, and dropping a .txt file.
  await page.setInputFiles("#file", { name: "norrvik.htm", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.getElementById("text").value.startsWith("The lighthouse keepers"));
  await dropFile(page, "aliyev.txt", "text/plain", GERMAN);
  await page.waitForFunction((text) => document.getElementById("text").value === text, GERMAN);
  await waitForSummary(page, 3);

  // A picture is not text: a plain message, and the text stays.
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
  await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: png });
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.locator("#error-text").textContent(), /photo\.png.*not a file Kernsatz can read.*not changed/s);
  assert.equal(await page.inputValue("#text"), GERMAN);
  // Binary content behind a text name is refused too.
  await dropFile(page, "notes.txt", "text/plain", "\u0000\u0001binary\u0000");
  await page.waitForFunction(() => /binary data/.test(document.getElementById("error-text").textContent));
  assert.equal(await page.inputValue("#text"), GERMAN);
  check();
});

test("security: HTML with scripts, onerror handlers and javascript: links runs none of them", async (t) => {
  const { page, seen, check } = await open(t);
  // Pasted as source text: it is summarized as text and shown as text.
  await page.fill("#text", PAYLOAD_HTML);
  await page.waitForSelector("#summary-list li");
  assert.equal(await page.locator("#original").evaluate((node) => node.textContent), PAYLOAD_HTML);
  assert.equal(await page.locator("#original img, #original script, #original a, #original iframe, #original svg").count(), 0);
  for (const link of await page.locator("#summary-list .sentence-link").all()) await link.click();
  // Turned into text (DOMParser), then dropped as a file.
  assert.ok(await page.locator("#html-convert").isVisible());
  await page.click("#html-convert");
  await page.waitForFunction(() => document.getElementById("text").value.startsWith("The lighthouse keepers"));
  await page.waitForSelector("#summary-list li");
  await dropFile(page, "payload.html", "text/html", PAYLOAD_HTML);
  await page.setInputFiles("#file", { name: "payload.html", mimeType: "text/html", buffer: Buffer.from(PAYLOAD_HTML) });
  await page.waitForSelector("#summary-list li");
  for (const chip of await page.locator(".chip").all()) await chip.click();
  await page.waitForTimeout(500); // time for anything that might still fire
  assert.deepEqual(seen.dialogs, []);
  assert.deepEqual(seen.markers, []);
  assert.ok(!seen.requests.some((url) => url.includes("example.invalid")), "nothing from the payload was fetched");
  check();
});

test("a text over the limit and a failed worker are explained in plain words, and the text stays", async (t) => {
  const { page, context, seen, check } = await open(t);
  const limit = await page.evaluate(async () => (await import("./app.js")).MAX_LENGTH);
  const long = "Ein Satz über nichts. ".repeat(Math.ceil((limit + 1) / 22)).slice(0, limit + 1);
  await page.fill("#text", long);
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.locator("#error-text").textContent(), /too long.*Your text is still in the box/s);
  assert.equal((await page.inputValue("#text")).length, limit + 1);
  assert.match(await page.locator("#text-stats").textContent(), /over the limit/);

  // The WebAssembly cannot be loaded: the worker fails, the page says so and offers a retry.
  // (The page starts its worker on load, so the reload is what meets the blocked file.)
  await context.route("**/kernsatz_bg.wasm", (route) => route.abort());
  await page.reload();
  await page.fill("#text", GERMAN);
  await page.waitForSelector("#retry:not([hidden])");
  assert.match(await page.locator("#error-text").textContent(), /summarizer stopped working.*Your text is safe/s);
  assert.equal(await page.inputValue("#text"), GERMAN);
  await context.unroute("**/kernsatz_bg.wasm");
  await page.click("#retry");
  await waitForSummary(page, 3);
  assert.ok(await page.locator("#error").isHidden());
  // The aborted wasm request is logged as an error on purpose; nothing else may be.
  check({ problems: false });
  assert.deepEqual(seen.problems.filter((p) => /Content Security Policy|CSP violation|page error/.test(p)), []);
});

test("offline: after one visit, a reload without network still summarizes", async (t) => {
  const { page, context, check } = await open(t, { serviceWorkers: "allow" });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.locator("h1").textContent(), "Kernsatz");
  await page.fill("#text", GERMAN);
  await waitForSummary(page, 3);
  await page.click("#sample");
  await page.waitForFunction(() => document.getElementById("detected").textContent.includes("English"));
  await waitForSummary(page, 3);
  await context.setOffline(false);
  check();
});

test("keyboard only: from pasting the text to copying the summary", async (t) => {
  const { page, context, check } = await open(t, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.evaluate((text) => navigator.clipboard.writeText(text), GERMAN);
  // Tab to the text area, paste.
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== "text"; i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "text");
  await page.keyboard.press("Control+V");
  await waitForSummary(page, 3);
  // To the sentences control: one more sentence with the arrow key.
  await tabTo(page, (el) => el.id === "sentences");
  await page.keyboard.press("ArrowUp");
  await waitForSummary(page, 4);
  // Enter on a summary sentence moves focus to it in the text.
  await tabTo(page, (el) => el.classList.contains("sentence-link"));
  const sentence = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), sentence);
  await page.keyboard.press("Shift+Tab");
  // Space opens the explanation.
  await tabTo(page, (el) => el.classList.contains("why"));
  await page.keyboard.press("Space");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-expanded")), "true");
  // Enter on "Copy summary".
  await tabTo(page, (el) => el.id === "copy");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /copied/.test(document.getElementById("status").textContent));
  const expected = (await summaryTexts(page)).join("\n\n");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  // A chip with Space.
  await tabTo(page, (el) => el.classList.contains("chip"));
  await page.keyboard.press("Space");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-pressed")), "true");
  assert.ok((await page.locator("#original .mention").count()) > 0);
  check();
});

async function tabTo(page, predicate, max = 80) {
  const source = `(${predicate})(document.activeElement)`;
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(source)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`no focusable element matched ${predicate} within ${max} Tab presses`);
}

async function axe(page, state) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(violations, [], `axe-core on ${state}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`no accessibility violations and screenshots of the main states (${colorScheme})`, async (t) => {
    for (const [width, height, device] of [[1280, 900, "desktop"], [390, 844, "phone"]]) {
      // axe-core is injected as a script, which the page's CSP rightly forbids: this context
      // alone bypasses the CSP (every other test runs under it).
      const { page, check } = await open(t, { viewport: { width, height }, colorScheme });
      const name = `${device}-${colorScheme}`;
      await axe(page, `the empty page (${name})`);
      await screenshot(page, `empty-${name}`);

      await page.fill("#text", GERMAN);
      await waitForSummary(page, 3);
      await page.locator("#summary-list .why").first().click();
      await page.locator("#entities .chip").nth(1).click();
      await page.locator("#all-sentences summary").click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await axe(page, `the summary (${name})`);
      await screenshot(page, `summary-${name}`);

      await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
      await page.waitForSelector("#error:not([hidden])");
      await axe(page, `an error (${name})`);
      await screenshot(page, `error-${name}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `no horizontal scrolling at ${width}px (${scrollWidth})`);
      check();
    }
  });
}
