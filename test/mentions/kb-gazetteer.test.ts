// The gazetteer over the compiled KB answers family names through the KB's own record of a key
// (a family name is the last word of a multi-word name, so the KB says a name continues with
// it), and the lexicon tables the word classes ask are read as one bit mask per word. Both must
// answer exactly as the tables they stand for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileKb, type KbEntry } from "../../src/kb/index.ts";
import { gazetteerFromKb } from "../../src/mentions/kb-gazetteer.ts";
import { IN, lexiconBits } from "../../src/mentions/word-classes.ts";
import { normalize } from "../../src/text/normalize.ts";
import { LEX } from "./fixture.ts";

const person = (id: string, name: string, aliases: string[] = []): KbEntry => ({
  id, type: "PERSON", subtype: "politician", name, nameEn: null, aliases, adjectives: [], country: null,
  lat: null, lon: null, population: null, wikidata: null, source: "test", file: "test.tsv", line: 1,
});

test("KB gazetteer: family names, including one the KB's keys split otherwise", () => {
  const kb = compileKb([
    person("wd:Q1", "ياسر عرفات"),
    person("wd:Q2", "بان كي-مون"), // kbKey drops the hyphen: "كي-مون" is no word of a KB key
    person("wd:Q3", "جورج بوش"),
    person("wd:Q4", "جيب بوش"),
    person("wd:Q5", "علي لاريجاني", ["لاريجاني"]),
  ], new Map());
  const gaz = gazetteerFromKb(kb);
  const cases: [string, string | undefined][] = [
    ["عرفات", "wd:Q1"],
    ["كي-مون", "wd:Q2"],
    ["مون", undefined],
    ["بوش", undefined], // two people
    ["لاريجاني", "wd:Q5"],
    ["ياسر", undefined], // a first word
    ["القاهره", undefined],
  ];
  for (const [key, id] of cases) assert.equal(gaz.surname!(normalize(key))?.id, id, key);
});

test("lexiconBits: the tables each word is in", () => {
  const bits = lexiconBits(LEX);
  const cases: [string, number][] = [
    ["محمد", IN.firstName],
    ["الرئيس", IN.title],
    ["رئيس", IN.title],
    ["وزاره", IN.orgHead | IN.institution], // وزارة الدفاع is an institution by its first word
    ["مجلس", IN.orgHead],
    ["حي", IN.placeCue | IN.settlementCue],
    ["بلده", IN.settlementCue],
    ["في", IN.stop],
    ["بن", IN.connector],
    ["الجيش", IN.institution],
    ["وزاره الدفاع", 0], // institutions are kept by their first word
    ["القاهره", 0],
  ];
  for (const [word, want] of cases) assert.equal(bits.get(normalize(word)) ?? 0, want, word);
  assert.equal(lexiconBits(LEX), bits); // made once per lexicons
});
