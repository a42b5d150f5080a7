// A KB place whose name is also an ordinary word, listed with a place already taken on its own
// evidence: mentions/listed-places.ts (place17). coordinated-places.ts takes the first such word
// after a clear name; the list then vouches for the next ordinary-word town of the same country,
// and that one for the next. A place of another country is no list neighbour. Towns written for this test (invented names, ordinary nouns of the dictionary).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES, LEX } from "./fixture.ts";

const place = (id: string, name: string, country: string, subtype: string, population: number, wordKind: NameEntry["wordKind"] = null): NameEntry => ({
  id, type: "GPE", subtype, name, nameEn: null, aliases: [], adjectives: [], country, lat: 13.6, lon: 44.0, population, generated: true, wordKind,
});
const res = {
  gaz: buildGazetteer([...ENTRIES,
    place("gn:911", "تعز", "YE", "city", 600000),
    place("gn:912", "حلب", "SY", "city", 1600000),
    place("gn:913", "الجدار", "YE", "town", 9000, "noun"),
    place("gn:914", "السهل", "YE", "town", 7000, "noun"),
    place("gn:915", "الوادي", "YE", "town", 5000, "noun"),
    // a town whose folded name is a particle of the test lexicon (إن), as إب (Ibb) folds to آب (August)
    place("gn:916", "إن", "YE", "town", 300000, "stop"),
  ]),
  lex: LEX,
};
const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).filter((m) => m.type === "GPE").map((m) => m.text);

test("a list that opens on a clear place carries through ordinary-word towns of its country", () => {
  assert.deepEqual(places("وقصفت الطائرات تعز والجدار والسهل أمس."), ["تعز", "الجدار", "السهل"]);
  assert.deepEqual(places("وقصفت الطائرات تعز، والجدار، والسهل، والوادي أمس."), ["تعز", "الجدار", "السهل", "الوادي"]);
});

test("a particle-like name is listed only when written with the name's own hamza", () => {
  assert.deepEqual(places("وقصفت الطائرات تعز والجدار وإن أمس."), ["تعز", "الجدار", "إن"]);
  assert.deepEqual(places("وقصفت الطائرات تعز والجدار وأن أمس."), ["تعز", "الجدار"]);
});

test("without a taken place of the same country, an ordinary-word town stays a word", () => {
  assert.deepEqual(places("وسار الناس بين الجدار والسهل أمس."), []);
  assert.deepEqual(places("وقصفت الطائرات حلب والجدار والسهل أمس."), ["حلب"]);
});

test("a KB place in a list with a place of its country is listed for the tagger's veto (inPlaceList)", async () => {
  const { inPlaceList, placeListEdges } = await import("../../src/mentions/listed-places.ts");
  const listed = (text: string) => {
    const tokens = analyze(text).tokens;
    const c = { text, tokens, gaz: res.gaz, lex: res.lex };
    const found = findMentions({ text, tokens }, res);
    const edges = placeListEdges(c, found);
    return found.filter((m) => m.type === "GPE").map((m) => [m.text, inPlaceList(c, m, edges)]);
  };
  assert.deepEqual(listed("وقصفت الطائرات تعز والجدار أمس."), [["تعز", true], ["الجدار", true]]);
  assert.deepEqual(listed("وقصفت الطائرات مدينة الجدار أمس."), [["الجدار", false]]);
});
