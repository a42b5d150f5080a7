// The analyst's path through the UI in a real browser (Debian chromium): search → article →
// entity → map → graph, plus events and the English toggle. Checks right-to-left layout,
// Arabic text drawn with an Arabic font and joined (shaped), facts scrolling the reader to their
// sentence, markup in an article shown as text, and no console errors. Screenshots are saved
// under test-results/browser/ for a person to look at.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { createApp } from "../../src/server/app.ts";
import { listen, type Listening } from "../../src/server/listen.ts";
import { ensureWebBuilt } from "../../src/server/web-build.ts";
import { CLASH, THREAT, tempStore } from "../server/articles.ts";
import { SHOTS, SKIP, launch } from "./chromium.ts";

describe("web UI in chromium", { skip: SKIP }, () => {
  let server: Listening, context: BrowserContext, page: Page;
  let cleanup: (() => Promise<void>)[] = [];
  const problems: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    const t = await tempStore();
    server = await listen(createApp(t.store), 0);
    const b = await launch();
    context = b.context;
    cleanup = [b.close, server.close, t.done];
    page = context.pages()[0] ?? await context.newPage();
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => { for (const c of cleanup) await c(); });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: false });

  it("search: right-to-left, Arabic query folded, highlighted snippet", async () => {
    await page.goto(server.url);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await page.fill("input.q", "الرقه");
    await page.press("input.q", "Enter");
    // the unfiltered list (newest first) stays on screen while the query's answer loads, so wait
    // for the list to become the answer rather than for any hit (a race on a loaded machine)
    await page.waitForFunction((t) => document.querySelectorAll(".hit-item").length === 1 &&
      document.querySelector(".hit-item .title")?.textContent === t, CLASH.title, { timeout: 15_000 }).catch(() => {});
    assert.equal(await page.locator(".hit-item .title").first().textContent(), CLASH.title);
    assert.equal(await page.locator(".hit-item").count(), 1, "only the article that names the place");
    assert.ok((await page.locator(".hit-item .hit").count()) > 0, "the matched word is highlighted");
    assert.equal(await page.locator(".hit-item").evaluate((el) => getComputedStyle(el).direction), "rtl");
    await shot("01-search.png");
  });

  it("article: Arabic font, joined letters, facts highlighted; a fact scrolls to its sentence", async () => {
    await page.click(".hit-item .title");
    await page.waitForSelector("article.text .ent");
    assert.equal(await page.locator("article.text .trigger").count(), 2);
    const fonts = await platformFonts(page, "article.text");
    assert.ok(fonts.some((f) => /arabic|dejavu/i.test(f)), `an Arabic-capable font draws the article: ${fonts.join(", ")}`);
    const [joined, apart] = await page.evaluate(() => {
      const c = document.createElement("canvas").getContext("2d")!;
      c.font = getComputedStyle(document.querySelector("article.text")!).font;
      return [c.measureText("سلام عليكم").width, c.measureText("س\u200cل\u200cا\u200cم ع\u200cل\u200cي\u200cك\u200cم").width];
    });
    assert.ok(joined < apart, `joined Arabic is narrower than letters forced apart (${joined} < ${apart})`);
    await page.locator(".event-fact .fact-link").last().click();
    await page.waitForSelector("article.text .focus");
    const focus = (await page.locator("article.text .focus").allTextContents()).join("");
    assert.equal(focus, CLASH.text.slice(CLASH.events[1].sentence.start, CLASH.events[1].sentence.end));
    assert.ok(await page.locator("article.text .focus").first().isVisible());
    assert.match(page.url(), /#\/doc\/[0-9a-f]{64}\?at=\d+&end=\d+/);
    await shot("02-article.png");
  });

  it("entity: aliases, mentions over time, events with links to their sentences", async () => {
    await page.locator(".panel a.entity-link", { hasText: "قوات سوريا الديمقراطية" }).first().click();
    await page.waitForSelector(".entity-page h1");
    assert.match((await page.locator(".entity-page h1").textContent()) ?? "", /قوات سوريا الديمقراطية/);
    assert.equal(await page.locator("table.events tbody tr").count(), 2);
    assert.ok((await page.locator("svg.bars rect").count()) >= 1);
    const link = await page.locator("table.events .fact-link").first().getAttribute("href");
    assert.match(link ?? "", /^#\/doc\/[0-9a-f]{64}\?at=\d+&end=\d+$/);
    await shot("03-entity.png");
  });

  it("map: offline country outlines with places and events", async () => {
    await page.click("header nav a[href='#/map']");
    await page.waitForSelector("svg.map path.land");
    assert.ok(((await page.locator("svg.map path.land").getAttribute("d")) ?? "").length > 10_000, "country outlines drawn");
    assert.ok((await page.locator("svg.map .place circle").count()) >= 4);
    assert.ok((await page.locator("svg.map .event-dot").count()) >= 3);
    await shot("04-map.png");
  });

  it("graph: the actor network is drawn", async () => {
    await page.click("header nav a[href='#/graph']");
    await page.waitForSelector(".graph canvas");
    await page.waitForTimeout(500);
    assert.match((await page.locator(".graph-controls .count").textContent()) ?? "", /\d+/);
    await shot("05-graph.png");
  });

  it("events: timeline and table, filtered by type", async () => {
    await page.click("header nav a[href='#/events']");
    await page.waitForSelector("table.events tbody tr");
    assert.equal(await page.locator("table.events tbody tr").count(), 5);
    await page.selectOption("form.filters select[name=type]", "ASSAULT");
    await page.waitForFunction(() => document.querySelectorAll("table.events tbody tr").length === 2);
    await shot("06-events.png");
  });

  it("markup inside an article is shown as text, never as HTML", async () => {
    await page.goto(`${server.url}#/doc/${THREAT.id}`);
    await page.waitForSelector("article.text");
    assert.match((await page.locator("article.text").textContent()) ?? "", /<b>عاجل<\/b>/);
    assert.equal(await page.locator("article.text b").count(), 0);
  });

  it("English labels on request, layout still right-to-left", async () => {
    await page.click("header .lang");
    await page.waitForSelector("header nav a:has-text('Search')");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await shot("07-english.png");
    await page.click("header .lang");
  });

  it("no console errors along the way", () => {
    assert.deepEqual(problems, []);
  });
});

/** The fonts chromium actually used to draw an element's text (DevTools protocol). */
async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const names = new Set<string>();
  const { node } = await cdp.send("DOM.describeNode", { nodeId, depth: -1 });
  const walk = async (n: { nodeId?: number; backendNodeId: number; children?: unknown[] }) => {
    for (const child of (n.children ?? []) as { nodeId?: number; backendNodeId: number; nodeType: number; children?: unknown[] }[]) {
      if (child.nodeType === 1 && child.nodeId) {
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: child.nodeId });
        for (const f of fonts) names.add(f.familyName);
      }
    }
  };
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  for (const f of fonts) names.add(f.familyName);
  await walk(node as never);
  await cdp.detach();
  return [...names];
}
