// Lone group words read as organizations (mentions/group-words.ts): a people or sect ("الأكراد",
// people in ner-cues.tsv) is no entity; a group the KB files under its head ("تنظيم الزيتون")
// named bare is the KB's group (bare_org_head). The tagger's mention is stood in for by a
// hand-made one; the group and the sentences are written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { mentionOf, type FoundMention } from "../../src/mentions/candidate.ts";
import { groupWords } from "../../src/mentions/group-words.ts";
import { ENTRIES } from "./fixture.ts";

const group: NameEntry = {
  id: "rasid:test-group", type: "ORG", subtype: "militant_group", name: "تنظيم الزيتون", nameEn: null, aliases: [],
  adjectives: [], country: null, lat: null, lon: null, population: null,
};
const lex = buildLexicons({ cues: [{ word: "الأكراد", role: "people" }, { word: "تنظيم", role: "bare_org_head" }] });
const gaz = buildGazetteer([...ENTRIES, group]);

/** The tagger's ORG over `word` (its first occurrence) in `text`, through groupWords. */
function read(text: string, word: string): FoundMention[] {
  const tokens = analyze(text).tokens;
  const i = tokens.findIndex((t) => t.text.endsWith(word));
  const t = tokens[i];
  const m = mentionOf(t.end - word.length, t.end, word, "ORG", null, "pattern", 0.45, { start: i, end: i + 1 }, word, [], undefined);
  return groupWords({ text, tokens, gaz, lex }, [m]);
}

test("a people named as a group is no organization", () => {
  assert.deepEqual(read("وطالب الأكراد بحماية دولية.", "الأكراد"), []);
});

test("a group named without its head is the KB's group", () => {
  const [m] = read("وأعلن الزيتون مسؤوليته عن الهجوم.", "الزيتون");
  assert.equal(m.kbId, "rasid:test-group");
  const [n] = read("وأعلن البرتقال مسؤوليته عن الهجوم.", "البرتقال");
  assert.equal(n.kbId, null);
});

test("a phrase that names nothing (not_name) is no mention; a KB name is not asked", () => {
  const lex2 = buildLexicons({ cues: [{ word: "حسن الجوار", role: "not_name" }] });
  const text = "وأكد الوزير مبادئ حسن الجوار في كلمته.";
  const tokens = analyze(text).tokens;
  const i = tokens.findIndex((t) => t.text === "حسن");
  const m = mentionOf(tokens[i].start, tokens[i + 1].end, "حسن الجوار", "PERSON", null, "pattern", 0.45, { start: i, end: i + 2 }, "حسن الجوار", [], undefined);
  assert.deepEqual(groupWords({ text, tokens, gaz, lex: lex2 }, [m]), []);
  const k = mentionOf(tokens[i].start, tokens[i + 1].end, "حسن الجوار", "PERSON", "rasid:x", "kb", 0.9, { start: i, end: i + 2 }, "حسن الجوار", ["rasid:x"], undefined);
  assert.equal(groupWords({ text, tokens, gaz, lex: lex2 }, [k]).length, 1);
});
