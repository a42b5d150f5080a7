// kb.info(key) answers matches(), adjective(), hasPrefix() and continues() in one read, behind a
// bit filter and a one-key memo: it must agree with the compiled tables for every key they hold
// and for words they do not, asked in any order.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { indexKb, kbOf, slot } from "../../src/kb/compile.ts";
import { kbKey } from "../../src/kb/keys.ts";
import type { KbEntry } from "../../src/kb/row.ts";

const entry = (id: string, name: string, aliases: string[] = [], adjectives: string[] = []): KbEntry => ({
  id, type: "GPE", subtype: "city", name, nameEn: null, aliases, adjectives, country: null, lat: null, lon: null,
  population: null, wikidata: null, source: "test", file: "test.tsv", line: 1,
} as unknown as KbEntry);

const entries = [
  entry("wd:Q159", "روسيا", [], ["روسي", "الروسية"]),
  entry("gn:1", "الولايات المتحدة الأمريكية", ["أمريكا"], ["الأمريكي"]),
  entry("gn:2", "الرقة", ["الرقه الشرقية"]),
  entry("gn:3", "دير الزور"),
];
const index = indexKb(entries, new Map());
const kb = kbOf(entries, index);

describe("kb.info", () => {
  const every = new Set<string>([...index.keys.keys(), ...index.adjectives.keys(), ...index.prefixes, ...index.inner]);
  const others = ["", "في", "قال", "الروسي ", "روس", "المتحده الامريكيه", "دير", "زور", "x".repeat(40)];
  const asked = [...every, ...others, ...[...every].reverse(), ...others];
  for (const key of asked) {
    it(`agrees with the tables for ${JSON.stringify(key)}`, () => {
      const i = kb.info(key);
      assert.equal(i.matches, index.keys.get(key) ?? i.matches);
      assert.equal(i.matches.length, index.keys.get(key)?.length ?? 0);
      assert.equal(i.adjectives.length, index.adjectives.get(key)?.length ?? 0);
      assert.equal(i.prefix, index.prefixes.has(key));
      assert.equal(i.inner, index.inner.has(key));
      assert.equal(kb.matches(key), i.matches);
      assert.equal(kb.hasPrefix(key), i.prefix);
      assert.equal(kb.continues(key), i.inner);
    });
  }
  it("reads the tables the KB was compiled with", () => {
    assert.deepEqual(kb.lookup(kbKey("الرقة")).map((e) => e.id), ["gn:2"]);
    assert.deepEqual(kb.adjective(kbKey("الروسية")).map((e) => e.id), ["wd:Q159"]);
    assert.equal(kb.hasPrefix("الولايات"), true);
    assert.equal(kb.continues("المتحده"), true);
    assert.equal(kb.continues("الولايات"), false);
  });
  it("spreads keys over the filter (slot is a hash of every letter)", () => {
    const words = ["الرقه", "الرقة", "الرقم", "لرقه", "الرقهه"].map(kbKey);
    assert.equal(new Set(words.map(slot)).size, new Set(words).size);
  });
});
