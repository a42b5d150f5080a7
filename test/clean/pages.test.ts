// The cleaner on whole pages written for these tests (test/fixtures/clean/): each page has an
// .expect.json with the headline, the publication date, lines of chrome that must be gone and
// snippets of the article that must stay. Checked the way the project's scorer checks: a chrome
// item of one to three words must not stand as a line, a longer one must not appear at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { clean } from "../../src/clean/clean.ts";
import { keyOf } from "../../src/clean/shape.ts";
import { rawOf } from "./raw.ts";

const DIR = path.join(import.meta.dirname, "../fixtures/clean");

for (const f of fs.readdirSync(DIR).filter((f) => f.endsWith(".expect.json")).sort()) {
  const page = fs.readdirSync(DIR).find((p) => p !== f && p.startsWith(f.replace(".expect.json", ".")))!;
  const want = JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8"));
  test(`clean ${page}`, () => {
    const out = clean(rawOf(path.join(DIR, page)));
    assert.equal(out.title, want.title, "headline");
    assert.equal(out.published, want.published, "publication date");
    const lines = out.text.split("\n");
    assert.equal(lines[0], out.title, "the text starts with the headline");
    const lineKeys = new Set(lines.map(keyOf));
    const textKey = keyOf(out.text);
    for (const r of want.remove) {
      const k = keyOf(r);
      const present = lineKeys.has(k) || (k.split(" ").length >= 4 && textKey.includes(k));
      assert.ok(!present, `chrome left in: ${r}`);
    }
    for (const k of want.keep) assert.ok(textKey.includes(keyOf(k)), `article text lost: ${k}`);
    const long = lines.filter((l) => l.length >= 40).map(keyOf);
    assert.equal(new Set(long).size, long.length, "a paragraph appears twice");
  });
}
