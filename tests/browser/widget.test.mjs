// The embeddable widget <kernsatz-summary> in Debian's chromium, on the assembled page
// (dist/www, the packed package unpacked at dist/www/kernsatz/): www/embed.html with the
// one-file build, and small pages served by route for the npm modules, laziness, hostile
// CSS and unsafe text. Summaries are checked against the package's own summarize() in Node.
//   bash scripts/build-wasm.sh && bash scripts/build-page.sh && node --test tests/browser/widget.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { launch, serve, root, artifacts } from "./browser.mjs";

const packageDir = `${root}/dist/www/kernsatz`;
if (!existsSync(`${packageDir}/pkg/kernsatz-widget.js`)) {
  throw new Error("dist/www is missing the widget: run scripts/build-wasm.sh and scripts/build-page.sh");
}
// The very package the page serves, in Node: the reference summaries.
const { summarize } = await import(`${packageDir}/js/node.js`);

let server;
let browser;
let CSP;

before(async () => {
  server = await serve();
  browser = await launch();
  CSP = (await fetch(`${server.url}embed.html`)).headers.get("content-security-policy");
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval'/);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const collapse = (text) => text.replace(/\s+/g, " ").trim();
// A short news text on one line, for a source that appears late.
const ARTICLE_TEXT =
  "The city council of Leeds approved a new cycling plan on Tuesday after a long debate. " +
  "The plan adds 40 kilometres of protected bike lanes by 2027. " +
  "Council leader James Lewis said the lanes would make the city safer for children. " +
  "Local shop owners worried about the loss of parking spaces on busy streets. " +
  "The first lanes will be built along Kirkstall Road next spring. " +
  "Residents can comment on the route until the end of the month.";

/** The chosen sentences of Node's summary of `text`, whitespace collapsed. */
function expected(text, options) {
  const summary = summarize(text, options);
  return summary.selected.map((i) => collapse(summary.sentences[i].text));
}

/**
 * Opens `path` in a fresh context, recording requests, console messages, errors, dialogs and
 * CSP violations. `pages` maps extra paths to HTML (or CSS) served by route; `csp: false`
 * serves them without the policy.
 */
async function open(path, { pages = {}, csp = true, javaScriptEnabled = true, colorScheme = "light", viewport } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    colorScheme,
    viewport: viewport ?? { width: 1280, height: 900 },
  });
  const log = { requests: [], console: [], errors: [], dialogs: [] };
  context.on("request", (request) => log.requests.push(request.url()));
  for (const [name, body] of Object.entries(pages)) {
    await context.route(server.url + name, (route) =>
      route.fulfill({
        status: 200,
        body,
        headers: {
          "content-type": name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8",
          ...(csp ? { "content-security-policy": CSP } : {}),
        },
      }),
    );
  }
  await context.addInitScript(() => {
    window.__violations = [];
    window.__events = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    for (const type of ["kernsatz-summary", "kernsatz-error"]) {
      document.addEventListener(type, (event) =>
        window.__events.push({
          type,
          target: event.target.id,
          selected: event.detail?.selected ?? null,
          message: event.detail?.message ?? null,
          bubbles: event.bubbles,
          composed: event.composed,
        }),
      );
    }
  });
  const page = await context.newPage();
  page.on("console", (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on("pageerror", (error) => log.errors.push(String(error)));
  page.on("dialog", (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(server.url + path);
  return { context, page, log };
}

/** What a widget shows, read from its shadow root. */
function state(page, selector) {
  return page.$eval(selector, (widget) => {
    const part = (name) => widget.shadowRoot.querySelector(`[part~="${name}"]`);
    const shown = (element) => !!element && !element.hidden && getComputedStyle(element).display !== "none";
    const box = part("box");
    return {
      mode: widget.mode,
      hasSummary: !!widget.summary,
      role: box.getAttribute("role"),
      label: box.getAttribute("aria-label"),
      heading: part("heading").textContent,
      items: shown(part("list")) ? [...part("list").children].map((li) => li.textContent) : null,
      tldr: shown(part("tldr")) ? part("tldr").textContent : null,
      note: shown(part("note")) ? part("note").textContent : null,
      status: part("status").textContent,
      text: widget.text,
    };
  });
}

function highlighted(page) {
  return page.evaluate(() =>
    [...(CSS.highlights.get("kernsatz") ?? [])].map((range) => range.toString().replace(/\s+/g, " ").trim()),
  );
}

/** The article's text built independently of the widget: its blocks, a blank line apart. */
function articleText(page, selector = "#story") {
  return page.$eval(selector, (article) =>
    [...article.querySelectorAll("h1, h2, h3, p, li")]
      .map((element) => element.textContent.replace(/\s+/g, " ").trim())
      .join("\n\n"),
  );
}

const allSummarized = (page) =>
  page.waitForFunction(() => [...document.querySelectorAll("kernsatz-summary")].every((w) => w.summary), null, {
    timeout: 20_000,
  });

function assertSameOrigin(log) {
  const foreign = log.requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("data:"));
  assert.deepEqual(foreign, [], "every request stays on the page's origin");
}

async function assertCleanRun(page, log) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violations");
  const problems = log.console.filter(
    (m) => m.type === "error" || /Content Security Policy|Refused to/i.test(m.text),
  );
  assert.deepEqual(problems, [], "no console errors");
  assert.deepEqual(log.errors, [], "no page errors");
  assert.deepEqual(log.dialogs, [], "no dialogs");
  assertSameOrigin(log);
}

// ---------------------------------------------------------------------------------------------

test("embed.html: each mode shows the summary of the host article, under the strict CSP", async () => {
  const { context, page, log } = await open("embed.html");
  try {
    await allSummarized(page);
    const text = await articleText(page);
    const tldr = await state(page, 'kernsatz-summary[mode="tldr"]');
    const list = await state(page, 'kernsatz-summary:not([mode])');
    const marks = await state(page, 'kernsatz-summary[mode="highlight"]');

    assert.equal(tldr.tldr, expected(text, { sentences: 2 }).join(" "));
    assert.equal(tldr.items, null);
    assert.deepEqual(list.items, expected(text, { sentences: 4 }));
    assert.equal(list.tldr, null);
    // Highlight mode marks the chosen sentences in the article; its note says so.
    assert.deepEqual(await highlighted(page), expected(text, { sentences: 3 }));
    assert.equal(marks.note, "The 3 key sentences are highlighted in the text.");
    // The widget summarized exactly the article's text (up to whitespace).
    assert.equal(collapse(list.text), collapse(text));

    // Accessible: a region named by the heading.
    for (const [widget, heading] of [[tldr, "In short"], [list, "Key points"], [marks, "Highlights"]]) {
      assert.equal(widget.role, "region");
      assert.equal(widget.label, heading);
      assert.equal(widget.heading, heading);
    }
    const tree = await page.locator('kernsatz-summary:not([mode])').ariaSnapshot();
    assert.match(tree, /region "Key points"/);
    assert.match(tree, /heading "Key points"/);
    assert.match(tree, /listitem: The old lighthouse/);

    // One bubbling, composed event per widget, with the summary.
    const events = await page.evaluate(() => window.__events);
    assert.equal(events.filter((e) => e.type === "kernsatz-summary").length, 3);
    assert.ok(events.every((e) => e.type === "kernsatz-summary" && e.bubbles && e.composed && e.selected.length));

    // Three widgets, one instance: one worker, one .wasm download, one instantiation.
    assert.equal(await page.evaluate(() => performance.getEntriesByName("kernsatz:instantiated").length), 1);
    assert.equal(page.workers().length, 1);
    assert.equal(log.requests.filter((url) => url.endsWith(".wasm")).length, 1);
    await assertCleanRun(page, log);
  } finally {
    await context.close();
  }
});

test("changing an attribute or the article updates the summary", async () => {
  const { context, page, log } = await open("embed.html");
  try {
    await allSummarized(page);
    const list = ".sidebar > kernsatz-summary:nth-of-type(2)";
    const items = () => state(page, list).then((s) => s.items);
    const waitFor = async (read, want, what) => {
      const deadline = Date.now() + 10_000;
      let got;
      while (Date.now() < deadline) {
        got = await read();
        if (JSON.stringify(got) === JSON.stringify(want)) return;
        await page.waitForTimeout(50);
      }
      assert.deepEqual(got, want, what);
    };
    let text = await articleText(page);

    await page.$eval(list, (w) => w.setAttribute("sentences", "2"));
    await waitFor(items, expected(text, { sentences: 2 }), "sentences=2");
    await page.$eval(list, (w) => (w.sentences = 5));
    assert.equal(await page.$eval(list, (w) => w.getAttribute("sentences")), "5");
    await waitFor(items, expected(text, { sentences: 5 }), "sentences property");
    await page.$eval(list, (w) => (w.ratio = 0.25));
    await waitFor(items, expected(text, { ratio: 0.25 }), "ratio");
    await page.$eval(list, (w) => (w.ratio = null));
    await page.$eval(list, (w) => w.setAttribute("lang", "de"));
    await waitFor(items, expected(text, { sentences: 5, lang: "de" }), "lang=de");
    await page.$eval(list, (w) => w.removeAttribute("lang"));

    // Invalid values: a console warning and the default.
    await page.$eval(list, (w) => {
      w.setAttribute("sentences", "lots");
      w.setAttribute("mode", "poster");
      w.setAttribute("ratio", "2");
      w.setAttribute("lang", "xx");
    });
    await waitFor(items, expected(text, { sentences: 3 }), "invalid values fall back to the defaults");
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    for (const name of ["sentences", "mode", "ratio", "lang"]) {
      assert.ok(warnings.some((w) => w.includes(`invalid ${name}=`)), `a warning for ${name}: ${warnings}`);
    }
    assert.deepEqual(
      await page.$eval(list, (w) => [w.sentences, w.mode, w.ratio, w.lang]),
      [3, "list", null, ""],
    );
    await page.$eval(list, (w) => ["sentences", "mode", "ratio", "lang"].forEach((a) => w.removeAttribute(a)));

    // The mode and heading switch without a new summary.
    await page.$eval(list, (w) => (w.mode = "tldr"));
    await waitFor(() => state(page, list).then((s) => s.tldr), expected(text, { sentences: 3 }).join(" "), "mode=tldr");
    await page.$eval(list, (w) => (w.heading = "Das Wichtigste"));
    const renamed = await state(page, list);
    assert.equal(renamed.label, "Das Wichtigste");
    assert.equal(renamed.heading, "Das Wichtigste");
    await page.$eval(list, (w) => (w.mode = "list"));

    // Editing the article: the chosen standfirst goes, a paragraph is rewritten.
    await page.evaluate(() => {
      document.querySelector("#story .standfirst").remove();
      document.querySelector("#story p:last-of-type").textContent =
        "Salvesen now plans a second tool library in the old ferry terminal at Kverna, and the " +
        "Northern Coast Foundation has promised to pay for its shelves.";
    });
    text = await articleText(page);
    await waitFor(items, expected(text, { sentences: 3 }), "the edited article");
    await waitFor(
      () => state(page, 'kernsatz-summary[mode="tldr"]').then((s) => s.tldr),
      expected(text, { sentences: 2 }).join(" "),
      "tldr after the edit",
    );
    await waitFor(() => highlighted(page), expected(text, { sentences: 3 }), "highlights after the edit");
    await assertCleanRun(page, log);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Style isolation.

const STYLE_PROPERTIES = [
  "color", "background-color", "font-family", "font-size", "font-weight", "font-style", "line-height",
  "letter-spacing", "word-spacing", "text-transform", "text-align", "text-indent", "text-decoration-line",
  "margin-top", "margin-bottom", "margin-left", "padding-top", "padding-left", "border-top-width",
  "border-left-color", "border-left-width", "list-style-type", "display", "visibility", "white-space",
];

function widgetStyles(page) {
  return page.evaluate((properties) => {
    const out = {};
    for (const widget of document.querySelectorAll("kernsatz-summary")) {
      for (const name of ["box", "heading", "list", "item", "tldr", "note", "status"]) {
        const element = widget.shadowRoot.querySelector(`[part~="${name}"]`);
        const style = getComputedStyle(element);
        out[`${widget.id}/${name}`] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
      }
    }
    return out;
  }, STYLE_PROPERTIES);
}

const HOSTILE_CSS = `
* { font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px !important; margin: 7px !important; }
html { font-size: 9px; }
body { color: red; line-height: 3; text-transform: uppercase; text-align: right; word-spacing: 9px; font-style: italic; }
p { font-size: 30px !important; color: lime !important; padding: 11px !important; }
li { color: red !important; list-style: none !important; }
ul { list-style: square; padding: 40px; }
h2 { font-size: 50px; background: yellow; display: inline; }
section { border: 5px dotted blue; background: black; }
[part], [role="region"], .visually-hidden { color: purple !important; display: none !important; }
`;

function isolationPage(css) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
${css ? '<link rel="stylesheet" href="hostile.css">' : ""}
<script type="module" src="/kernsatz/js/define.js"></script></head><body>
<article id="story"><h1>Ferry timetable changes</h1>
<p>The Kverna ferry will leave every forty minutes from Monday, the operator Nordvik Lines said.</p>
<p>Nordvik Lines blamed a shortage of trained deckhands for the change.</p>
<ul><li>The night crossing at 23:40 is cancelled until further notice.</li><li>Season tickets stay valid.</li></ul>
<p>Commuters have asked the harbour council to subsidise a second boat during the summer.</p></article>
<kernsatz-summary id="a" for="story"></kernsatz-summary>
<kernsatz-summary id="b" for="story" mode="tldr" heading="In short"></kernsatz-summary>
<kernsatz-summary id="c" for="story" mode="highlight" heading="Highlights"></kernsatz-summary>
</body></html>`;
}

test("the host page's CSS does not reach into the widget", async () => {
  const styles = {};
  for (const variant of ["clean", "hostile"]) {
    for (const colorScheme of ["light", "dark"]) {
      const { context, page, log } = await open("fixture/isolation.html", {
        colorScheme,
        pages: { "fixture/isolation.html": isolationPage(variant === "hostile"), "fixture/hostile.css": HOSTILE_CSS },
      });
      try {
        await allSummarized(page);
        if (variant === "hostile") {
          // The hostile sheet did apply to the host page.
          assert.equal(await page.$eval("#story p", (p) => getComputedStyle(p).fontSize), "30px");
        }
        styles[`${variant}/${colorScheme}`] = await widgetStyles(page);
        await assertCleanRun(page, log);
      } finally {
        await context.close();
      }
    }
  }
  assert.deepEqual(styles["hostile/light"], styles["clean/light"]);
  assert.deepEqual(styles["hostile/dark"], styles["clean/dark"]);
  // Light and dark differ (prefers-color-scheme), and the box is readable in both.
  assert.notEqual(styles["clean/light"]["a/box"]["background-color"], styles["clean/dark"]["a/box"]["background-color"]);
  assert.equal(styles["clean/light"]["a/box"]["background-color"], "rgb(246, 248, 250)");
  assert.equal(styles["clean/dark"]["a/box"]["background-color"], "rgb(22, 27, 34)");
});

test("the widget's CSS does not change the host page, and highlight mode leaves its DOM alone", async () => {
  const embed = await (await fetch(`${server.url}embed.html`)).text();
  const script = '<script type="module" src="kernsatz/pkg/kernsatz-widget.js"></script>';
  assert.ok(embed.includes(script));
  const snapshot = (page) =>
    page.evaluate(() => {
      const styles = [];
      for (const element of document.querySelectorAll("body, body *")) {
        if (element.closest("kernsatz-summary, .sidebar")) continue;
        const style = getComputedStyle(element);
        const all = {};
        for (let i = 0; i < style.length; i++) all[style[i]] = style.getPropertyValue(style[i]);
        styles.push([element.tagName, all]);
      }
      const article = document.querySelector("#story");
      return { styles, html: article.outerHTML, text: article.textContent };
    });
  const results = {};
  for (const [name, html] of [["with", embed], ["without", embed.replace(script, "")]]) {
    const { context, page } = await open(`embed-${name}.html`, { pages: { [`embed-${name}.html`]: html } });
    try {
      if (name === "with") {
        await allSummarized(page);
        assert.equal((await highlighted(page)).length, 3);
      } else {
        assert.equal(await page.evaluate(() => !!customElements.get("kernsatz-summary")), false);
      }
      results[name] = await snapshot(page);
    } finally {
      await context.close();
    }
  }
  assert.equal(results.with.styles.length, results.without.styles.length);
  for (let i = 0; i < results.with.styles.length; i++) {
    const [tag, style] = results.with.styles[i];
    const [, plain] = results.without.styles[i];
    const changed = Object.keys(style).filter((p) => style[p] !== plain[p]);
    assert.deepEqual(changed, [], `computed style of host element #${i} <${tag}> changed`);
  }
  // Highlighting touched neither the article's markup nor its text.
  assert.equal(results.with.html, results.without.html);
  assert.equal(results.with.text, results.without.text);
});

// ---------------------------------------------------------------------------------------------

test("the npm modules: two widgets share one instance, lazily, with no request off the origin", async () => {
  const page1 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/fixture/lazy.css">
<script type="module" src="/kernsatz/js/define.js"></script>
<script type="module" src="/kernsatz/js/define.js?again"></script>
<script type="module" src="/kernsatz/pkg/kernsatz-widget.js"></script></head><body>
<kernsatz-summary id="own" sentences="1">Die Gemeinde Varnholm hat am Montag den neuen Hafenplan vorgestellt.
Bürgermeisterin Ada Lindqvist sagte, der Plan koste zwölf Millionen Kronen. Die Arbeiten beginnen im Mai.</kernsatz-summary>
<kernsatz-summary id="ownmarks" mode="highlight" sentences="1" heading="">The Varnholm library lent its thousandth
tool on Friday. <em>Ingrid Salvesen</em> celebrated with cake for the volunteers of the Varnholm Harbour Trust.</kernsatz-summary>
<div class="spacer"></div>
<article id="far"><p>The Varnholm choir won the regional contest in Brekkestad on Sunday.</p>
<p>The choir's director, Lene Aas, said the singers had rehearsed every evening for a month.</p>
<p>The prize is a recording session at the national broadcaster.</p></article>
<kernsatz-summary id="below" for="far" sentences="2" mode="tldr"></kernsatz-summary>
</body></html>`;
  const { context, page, log } = await open("fixture/npm.html", {
    pages: { "fixture/npm.html": page1, "fixture/lazy.css": ".spacer { height: 4000px; }" },
    viewport: { width: 1000, height: 700 },
  });
  try {
    await page.waitForFunction(() => document.querySelector("#own").summary, null, { timeout: 20_000 });
    // The widget far below the fold has loaded nothing and made no summary.
    await page.waitForTimeout(500);
    assert.equal(await page.$eval("#below", (w) => w.summary), null);
    await page.waitForFunction(() => document.querySelector("#ownmarks").summary);
    assert.equal(await page.evaluate(() => window.__events.length), 2);
    // Highlight mode on its own text: the text is shown (through the slot) and marked in place.
    const ownMarks = await page.$eval("#ownmarks", (w) => w.text);
    assert.deepEqual(await highlighted(page), expected(ownMarks, { sentences: 1 }));
    assert.ok(await page.isVisible("#ownmarks em"));
    const hidden = await state(page, "#ownmarks");
    assert.equal(hidden.label, "Summary"); // heading="" hides the heading, the region keeps a name
    assert.ok(await page.$eval("#ownmarks", (w) => w.shadowRoot.querySelector('[part~="heading"]').hidden));
    // Its own light-DOM text, in German, detected.
    const own = await page.$eval("#own", (w) => w.text);
    const ownState = await state(page, "#own");
    assert.deepEqual(ownState.items, expected(own, { sentences: 1 }));
    assert.equal(await page.$eval("#own", (w) => w.summary.lang), "de");

    await page.$eval("#below", (w) => w.scrollIntoView());
    await page.waitForFunction(() => document.querySelector("#below").summary, null, { timeout: 10_000 });
    const farText = await articleText(page, "#far");
    assert.equal((await state(page, "#below")).tldr, expected(farText, { sentences: 2 }).join(" "));

    // Both widgets (and the module imported twice) share one instance.
    assert.equal(await page.evaluate(() => performance.getEntriesByName("kernsatz:instantiated").length), 1);
    assert.equal(page.workers().length, 1);
    assert.equal(log.requests.filter((url) => url.endsWith(".wasm")).length, 1);
    assert.equal(await page.evaluate(() => customElements.get("kernsatz-summary").name), "KernsatzSummary");
    await assertCleanRun(page, log);
  } finally {
    await context.close();
  }
});

test("a missing source gives a kernsatz-error event and a message, and is summarized once it appears", async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/kernsatz/pkg/kernsatz-widget.js"></script></head><body>
<kernsatz-summary id="lost" for="nowhere"></kernsatz-summary>
<kernsatz-summary id="bad" selector="p[["></kernsatz-summary></body></html>`;
  const { context, page, log } = await open("fixture/missing.html", { pages: { "fixture/missing.html": html } });
  try {
    await page.waitForFunction(() => window.__events.length === 2, null, { timeout: 10_000 });
    const events = await page.evaluate(() => window.__events);
    assert.ok(events.every((e) => e.type === "kernsatz-error" && e.bubbles && e.composed));
    assert.match((await state(page, "#lost")).status, /no element with id "nowhere"/);
    assert.match((await state(page, "#bad")).status, /not a valid CSS selector/);
    // Nothing was loaded for nothing.
    assert.equal(log.requests.filter((url) => url.endsWith(".wasm")).length, 0);
    // The article arrives later (as a framework would render it): the widget summarizes it.
    await page.evaluate((text) => {
      const article = document.createElement("article");
      article.id = "nowhere";
      article.textContent = text;
      document.body.append(article);
    }, ARTICLE_TEXT);
    await page.waitForFunction(() => document.querySelector("#lost").summary !== null, null, { timeout: 10_000 });
    const found = await state(page, "#lost");
    assert.equal(found.items.length, 3);
    assert.ok(found.items.every((item) => ARTICLE_TEXT.includes(item)), JSON.stringify(found.items));
    const after = await page.evaluate(() => window.__events.map((e) => e.type));
    assert.equal(after.filter((type) => type === "kernsatz-error").length, 2, "no repeated error events");
    assert.equal(after.at(-1), "kernsatz-summary");
    await assertCleanRun(page, log);
  } finally {
    await context.close();
  }
});

test("an article with <script> text or HTML stays safe: the summary is text", async () => {
  // Served without any CSP, so only the widget itself keeps the page safe.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/kernsatz/pkg/kernsatz-widget.js"></script></head><body>
<article id="story">
<p>The forum removed a post that contained &lt;script&gt;alert("xss")&lt;/script&gt; in its title on Monday.</p>
<p>Moderators said a second post with &lt;img src=x onerror=alert(1)&gt; was caught by the filter as well.</p>
<p>Another user wrote &lt;b onmouseover=alert(2)&gt;bold claims&lt;/b&gt; about the moderators, who stayed calm.</p>
<script>window.inlineScriptRan = true;</script>
</article>
<kernsatz-summary id="list" for="story" sentences="3"></kernsatz-summary>
<kernsatz-summary id="tldr" for="story" sentences="3" mode="tldr"></kernsatz-summary>
<kernsatz-summary id="marks" for="story" sentences="3" mode="highlight"></kernsatz-summary>
<kernsatz-summary id="own" sentences="2">Ein Beitrag mit &lt;iframe src="javascript:alert(3)"&gt; wurde gelöscht. Der Verfasser &lt;svg onload=alert(4)&gt; wurde gesperrt.</kernsatz-summary>
</body></html>`;
  const { context, page, log } = await open("fixture/unsafe.html", { pages: { "fixture/unsafe.html": html }, csp: false });
  try {
    await allSummarized(page);
    await page.waitForTimeout(300);
    const items = (await state(page, "#list")).items;
    assert.equal(items.length, 3);
    assert.ok(items[0].includes('<script>alert("xss")</script>'), items[0]);
    assert.ok(items[1].includes("<img src=x onerror=alert(1)>"), items[1]);
    assert.ok((await state(page, "#tldr")).tldr.includes("<b onmouseover=alert(2)>bold claims</b>"));
    assert.ok((await state(page, "#own")).items.join(" ").includes("<svg onload=alert(4)>"));
    assert.equal((await highlighted(page)).length, 3);
    // The inline <script> element of the article is not part of the text.
    assert.ok(!(await page.$eval("#list", (w) => w.text)).includes("inlineScriptRan"));
    // No element was made from the text, in any shadow root.
    const made = await page.evaluate(() =>
      [...document.querySelectorAll("kernsatz-summary")].flatMap((w) =>
        [...w.shadowRoot.querySelectorAll("*")].map((e) => e.localName),
      ),
    );
    assert.deepEqual([...new Set(made)].sort(), ["div", "h2", "li", "p", "section", "slot", "ul"]);
    // Hover the tldr: an onmouseover made from the text would fire now.
    await page.hover("#tldr");
    await page.waitForTimeout(200);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.errors, []);
    assertSameOrigin(log);
  } finally {
    await context.close();
  }
});

test("without JavaScript the host page shows its normal content", async () => {
  const { context, page } = await open("embed.html", { javaScriptEnabled: false });
  try {
    const text = await page.innerText("#story");
    assert.match(text, /The old lighthouse at the end of the Varnholm breakwater/);
    assert.match(text, /decide in March whether to extend the lease/);
    assert.equal(await page.$$eval("kernsatz-summary:defined", (all) => all.length), 0);
    assert.ok(await page.isVisible("#story"));
  } finally {
    await context.close();
  }
});

test("screenshots of the example page, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page, log } = await open("embed.html", { colorScheme });
    try {
      await allSummarized(page);
      await page.screenshot({ path: `${artifacts}/widget-embed-${colorScheme}.png`, fullPage: true });
      await assertCleanRun(page, log);
    } finally {
      await context.close();
    }
  }
});
