// A known place's bare word followed by a definite word heads another name (mentions/construct-places.ts):
// "الظاهرية" (a town written for this test, with the alias "ظاهرية" as GeoNames writes such aliases) is
// not the place in "ظاهرية الشمال" (a place of its own: a place_tail) nor in "ظاهرية الكتب" (dropped);
// written with its article, or followed by a stop word, it is the town. An alias of its own (أمريكا for
// a name with ال) is never judged so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES } from "./fixture.ts";

const place = (id: string, name: string, aliases: string[], more: Partial<NameEntry> = {}): NameEntry => ({
  id, type: "GPE", subtype: "city", name, nameEn: null, aliases, adjectives: [], country: "SA", lat: 26.3, lon: 50.1, population: 900000, ...more,
});
const lex = buildLexicons({
  titles: [], firstNames: [], orgHeads: [],
  cues: [
    ...["في", "من", "إلى", "التي"].map((word) => ({ word, role: "stop" })),
    ...["محافظة", "مدينة"].map((word) => ({ word, role: "place_cue" })),
    { word: "الشمال", role: "place_tail" },
    { word: "الشرقية", role: "side" },
  ],
});
const res = { gaz: buildGazetteer([...ENTRIES, place("gn:1", "الظاهرية", ["ظاهرية"]), place("wd:Q30", "الولايات المتحدة", ["أمريكا"], { subtype: "country", country: "US" })]), lex };
const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).filter((m) => m.type === "GPE").map((m) => `${m.text}:${m.kbId ?? "-"}`);

test("a bare place word before a place_tail or side word is a place of its own, unlinked", () => {
  assert.deepEqual(places("وسقطت قذيفة على ظاهرية الشمال أمس."), ["ظاهرية الشمال:-"]);
  assert.deepEqual(places("وزار الوفد ظاهرية الشرقية أمس."), ["ظاهرية الشرقية:-"]);
});

test("after a place cue, the bare word and the definite word are one place", () => {
  assert.deepEqual(places("وزار الوفد محافظة ظاهرية الكتب أمس."), ["ظاهرية الكتب:-"]);
});

test("a bare place word heading another definite word is no place", () => {
  assert.deepEqual(places("واشترى ظاهرية الكتب أمس."), []);
});

test("the place written with its article, or before a stop word, stays the known place", () => {
  assert.deepEqual(places("وزار الوفد الظاهرية الشمال أمس."), ["الظاهرية:gn:1"]);
  assert.deepEqual(places("وزار الوفد ظاهرية التي نعرفها."), ["ظاهرية:gn:1"]);
  assert.deepEqual(places("وزار الوفد ظاهرية أمس."), ["ظاهرية:gn:1"]);
});

test("an alias of its own without the article is the press's name and stands", () => {
  assert.deepEqual(places("وقالت أمريكا الشمال إن الوضع هادئ."), ["أمريكا:wd:Q30"]);
});
