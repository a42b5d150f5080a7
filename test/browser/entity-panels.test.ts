// The entity page in a real browser (Debian chromium) for an entity with more events than one
// panel holds: the first answer shows 20 of 26 with the count, "more" fetches the rest from the
// panel's endpoint and then goes away, every row still links to its sentence in the reader, and
// a long evidence sentence is shown cut around its trigger (marked) with "…". Screenshot saved
// under test-results/browser/.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createApp } from "../../src/server/app.ts";
import { listen } from "../../src/server/listen.ts";
import { ensureWebBuilt } from "../../src/server/web-build.ts";
import { tempStore } from "../server/articles.ts";
import { GCC, PANEL_DOCS } from "../store/panel-fixtures.ts";
import { SHOTS, SKIP, launch } from "./chromium.ts";

describe("entity page panels in chromium", { skip: SKIP }, () => {
  let page: Page;
  let url = "";
  let cleanup: (() => Promise<void>)[] = [];
  const problems: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    const t = await tempStore(PANEL_DOCS);
    const server = await listen(createApp(t.store), 0);
    const b = await launch();
    cleanup = [b.close, server.close, t.done];
    url = server.url;
    page = b.context.pages()[0] ?? await b.context.newPage();
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => { for (const c of cleanup) await c(); });

  it("shows the first 20 events of 26, and the rest after 'more'", async () => {
    await page.goto(`${url}#/entity/${encodeURIComponent(GCC.id)}`);
    await page.waitForSelector("table.events tbody tr");
    const rows = page.locator("table.events tbody tr");
    assert.equal(await rows.count(), 20);
    assert.match((await page.locator(".more-button").textContent()) ?? "", /20 \/ 26/);
    assert.equal(await page.locator(".more-button").count(), 1, "12 quotes fit one panel: no 'more' for them");
    await page.locator(".more-button").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "07-entity-panels.png") });
    await page.click(".more-button");
    await page.waitForFunction(() => document.querySelectorAll("table.events tbody tr").length === 26);
    assert.equal(await page.locator(".more-button").count(), 0, "all shown: the button goes");
    for (const href of await page.locator("table.events .fact-link").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
      assert.match(href ?? "", /^#\/doc\/[0-9a-f]{64}\?at=\d+&end=\d+$/);
  });

  it("a long evidence sentence is cut around its trigger, marked, with '…'", async () => {
    const cut = page.locator("table.events .fact-link", { has: page.locator("mark.trigger", { hasText: "يدين" }) });
    assert.equal(await cut.count(), 1);
    assert.match((await cut.textContent()) ?? "", /^….*…$/s);
  });

  it("no console errors", () => assert.deepEqual(problems, []));
});
