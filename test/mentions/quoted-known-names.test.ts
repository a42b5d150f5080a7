// A name in quotation marks after its head ("قاعدة «الزيتون»") is the KB's entry when the KB knows
// the head and the name together (mentions/org-patterns.ts quotedOutlets): the press quotes the
// name the KB files with its head. Unknown ones stay new names of the head's type. Sentences and
// the facility written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES, LEX } from "./fixture.ts";

const base: NameEntry = {
  id: "rasid:test-base", type: "FAC", subtype: "base", name: "قاعدة الزيتون الجوية", nameEn: null, aliases: ["قاعدة الزيتون"],
  adjectives: [], country: "JO", lat: 31.9, lon: 36.1, population: null,
};
const res = { gaz: buildGazetteer([...ENTRIES, base]), lex: LEX };
const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).map((m) => `${m.type}:${m.text}:${m.kbId ?? ""}`);

test("a quoted name after its head is the KB's head + name", () => {
  assert.ok(found("وهبطت الطائرات في قاعدة «الزيتون» قرب الحدود.").includes("FAC:الزيتون:rasid:test-base"));
  assert.ok(found("وهبطت الطائرات في قاعدة «البرتقال» قرب الحدود.").includes("FAC:البرتقال:"));
});
