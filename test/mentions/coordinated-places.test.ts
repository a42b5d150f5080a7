// A place whose name is also an ordinary word is a place when coordinated with a clear place of
// its country ("تعز وصبر", "تعز، وصبر"): mentions/coordinated-places.ts. Alone, or next to a
// place of another country, it still needs the old evidence. The test KB (fixture.ts: صبر is a
// Yemeni town and an ordinary noun) plus a city written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES, LEX } from "./fixture.ts";

const city = (id: string, name: string, country: string): NameEntry => ({
  id, type: "GPE", subtype: "city", name, nameEn: null, aliases: [], adjectives: [], country, lat: 13.6, lon: 44.0, population: 600000, generated: true,
});
const res = { gaz: buildGazetteer([...ENTRIES, city("gn:901", "تعز", "YE"), city("gn:902", "حلب", "SY")]), lex: LEX };
const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).filter((m) => m.type === "GPE").map((m) => m.text);

test("an ordinary-word place coordinated with a place of its country is a place", () => {
  assert.deepEqual(places("وقصفت الطائرات تعز وصبر أمس."), ["تعز", "صبر"]);
  assert.deepEqual(places("وقصفت الطائرات تعز، وصبر، أمس."), ["تعز", "صبر"]);
  assert.deepEqual(places("وقصفت الطائرات حلب وصبر أمس."), ["حلب"]);
  assert.deepEqual(places("وصبر الأهالي على الحصار أمس."), []);
});
