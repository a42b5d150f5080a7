// A KB town right after a place cue (مدينة، قرب; the test lexicon's cues) or after في/إلى stands against the tagger's
// doubt: mentions/cued-kb-places.ts (place17), read by model-mentions.ts's veto. Not after على/من,
// and after في/إلى not a region. Towns and a region written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { cuedKbPlace } from "../../src/mentions/cued-kb-places.ts";
import { ENTRIES, LEX } from "./fixture.ts";

const place = (id: string, name: string, subtype: string, type: NameEntry["type"] = "GPE"): NameEntry => ({
  id, type, subtype, name, nameEn: null, aliases: [], adjectives: [], country: "SA", lat: 21.3, lon: 40.4, population: 700000, generated: true,
});
const gaz = buildGazetteer([...ENTRIES, place("gn:931", "الحمراء", "city"), { ...place("rasid:test-highlands", "الهضبة الكبرى", "region", "LOC"), generated: false }]);

function cued(text: string): [string, boolean][] {
  const tokens = analyze(text).tokens;
  const c = { text, tokens, gaz, lex: LEX };
  return findMentions({ text, tokens }, { gaz, lex: LEX }).filter((m) => m.via === "kb").map((m) => [m.text, cuedKbPlace(c, m)]);
}

test("a KB place after a place cue or في/إلى is cued", () => {
  const cases: [string, [string, boolean][]][] = [
    ["وهطلت الأمطار على مدينة الحمراء أمس.", [["الحمراء", true]]],
    ["واعتقلت الشرطة سائقا قرب الحمراء أمس.", [["الحمراء", true]]],
    ["وانطلق المهرجان في الحمراء أمس.", [["الحمراء", true]]],
    ["وانتقل اللاعبون إلى الحمراء أمس.", [["الحمراء", true]]],
  ];
  for (const [text, want] of cases) assert.deepEqual(cued(text), want, text);
});

test("after على/من, at a sentence's start, or a region after في, the place is not cued", () => {
  const cases: [string, [string, boolean][]][] = [
    ["وسقطت القذائف على الحمراء أمس.", [["الحمراء", false]]],
    ["الحمراء مدينة جميلة.", [["الحمراء", false]]],
    ["وتتغير الأحوال في الهضبة الكبرى سريعا.", [["الهضبة الكبرى", false]]],
  ];
  for (const [text, want] of cases) assert.deepEqual(cued(text), want, text);
});
