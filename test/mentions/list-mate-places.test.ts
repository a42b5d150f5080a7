// An unknown one-word place listed beside known towns: mentions/list-mate-places.ts. Two known
// towns of one country vouch for it; one does when a preposition of place opens the list. No
// dictionary word, inflection of one (verb in ت، feminine in ة), pronoun-suffixed noun, given name,
// or plural place word is taken; a list of towns of two countries vouches for nothing. The towns
// and the unknown names are invented for this test; "اليمن" in each sentence gives the KB towns
// their own evidence (find-mentions.ts hasEvidence).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES } from "./fixture.ts";

const town = (id: string, name: string, country: string, subtype = "city"): NameEntry => ({
  id, type: "GPE", subtype, name, nameEn: null, aliases: [], adjectives: [], country, lat: 15, lon: 44, population: 90000, generated: true,
});
const lex = buildLexicons({
  firstNames: ["خالد", "سمير"].map((name) => ({ name })),
  cues: [
    ...["في", "من", "إلى", "على", "أمس"].map((word) => ({ word, role: "stop" })),
    ...["في", "إلى"].map((word) => ({ word, role: "place_preposition" })),
    ...["محافظات", "مناطق"].map((word) => ({ word, role: "generic_place" })),
  ],
});
const res = {
  gaz: buildGazetteer([...ENTRIES, town("gn:951", "تعز", "YE"), town("gn:952", "عدن", "YE"), town("gn:953", "حلب", "SY"), town("gn:954", "دمشق", "SY", "capital")]),
  lex,
};
const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).filter((m) => m.type === "GPE" && m.text !== "اليمن").map((m) => m.text);

const cases: [string, string, string[]][] = [
  ["after two known towns", "وسقطت قذائف على تعز وعدن وزمرقان مساء أمس في اليمن.", ["تعز", "عدن", "زمرقان"]],
  ["between two known towns", "وسقطت قذائف على تعز، وزمرقان، وعدن مساء أمس في اليمن.", ["تعز", "زمرقان", "عدن"]],
  ["first before two known towns", "وسقطت قذائف على زمرقان وتعز وعدن مساء أمس في اليمن.", ["زمرقان", "تعز", "عدن"]],
  ["one known town after a preposition of place", "وانتشرت القوات في تعز وقلحوط منذ أمس في اليمن.", ["تعز", "قلحوط"]],
  ["one known town after ب", "وانتشرت القوات بتعز وقلحوط منذ أمس في اليمن.", ["تعز", "قلحوط"]],
  ["one known town, no opener", "وتحدث المندوب عن تعز وقلحوط منذ أمس في اليمن.", ["تعز"]],
  ["towns of two countries", "وزار الوفد دمشق وعدن وزمرقان الشهر الماضي من اليمن.", ["دمشق", "عدن"]],
  ["a plural place word", "وانفجرت سيارات في تعز ومحافظات أخرى في اليمن.", ["تعز"]],
  ["a pronoun on a noun", "وانفجرت سيارات في تعز وضواحيها في اليمن.", ["تعز"]],
  ["a verb in ت of a dictionary stem", "ووصلت الطائرات إلى عدن وقامت بتفريغ الحمولة في اليمن.", ["عدن"]],
  ["a given name", "وسافر الرجل إلى تعز وعدن وسمير معه في اليمن.", ["تعز", "عدن"]],
  ["a head before the town", "وتجول في عدن وماحول عدن من القرى في اليمن.", ["عدن", "عدن"]],
];

for (const [name, text, want] of cases) {
  test(`list-mate places: ${name}`, () => assert.deepEqual(places(text), want));
}
