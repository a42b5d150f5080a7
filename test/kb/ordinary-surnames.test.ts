// A KB person's family name that is also an ordinary word is flagged like a KB name that is one
// (kb/compile.ts flagOrdinarySurnames), so the recognizer asks for evidence before it reads the
// word alone as the person. A word that also names a place or organization keeps that entry's rules.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileKb, kbKey, type KbEntry } from "../../src/kb/index.ts";

const row = (id: string, type: KbEntry["type"], name: string, aliases: string[] = []): KbEntry => ({
  id, type, subtype: type === "PERSON" ? "politician" : "city", name, nameEn: null, aliases, adjectives: [], country: "SA",
  lat: null, lon: null, population: null, wikidata: null, source: "hand: test", file: "test.tsv", line: 1,
});

describe("family names that are ordinary words", () => {
  const kb = compileKb([
    row("rasid:p1", "PERSON", "سالم خطيب"),
    row("rasid:p2", "PERSON", "حامد البرهان", ["البرهان"]),
    row("rasid:p3", "PERSON", "فهد الرياض"),
    row("rasid:p4", "PERSON", "نادر كوستاريكي"),
    row("rasid:city", "GPE", "الرياض"),
  ], new Map(), { frequent: [], ordinary: ["خطيب", "برهان", "رياض"] });
  const cases: [string, string | null][] = [
    ["خطيب", "noun"],          // "preacher": the last word of a person's name
    ["البرهان", "noun"],       // "the proof": its ال-less form is the ordinary word
    ["الرياض", null],          // the city's name: its own evidence rules, not a person's
    ["كوستاريكي", null],       // no ordinary word
  ];
  for (const [w, want] of cases) it(`${w} -> ${want}`, () => assert.equal(kb.commonWord(kbKey(w)), want));
  it("without the ordinary-word list nothing is flagged", () => {
    const bare = compileKb([row("rasid:p1", "PERSON", "سالم خطيب")], new Map(), { frequent: [], ordinary: [] });
    assert.equal(bare.commonWord(kbKey("خطيب")), null);
  });
});
