// KB matching extends a name token by token along the gazetteer's trie (name-steps.ts) and stops
// early at a word no multi-word alias continues with (Gazetteer.continues). Both are only
// shortcuts: the matches must be exactly those of asking the gazetteer for every longer key, with
// and without the `continues` gate, and whether the token carries its written form or not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { kbMatches } from "../../src/mentions/kb-matches.ts";
import type { Gazetteer } from "../../src/mentions/gazetteer.ts";
import type { Token } from "../../src/core/document.ts";
import { RES } from "./fixture.ts";

const show = (text: string, tokens: Token[], gaz: Gazetteer) => kbMatches(text, tokens, gaz).map((m) => `${m.text}=${m.key}`);

const cases: [string, string[]][] = [
  ["اجتمع وزراء حلف شمال الأطلسي في واشنطن.", ["حلف شمال الأطلسي=حلف شمال الاطلسي", "واشنطن=واشنطن"]],
  ["وصل وفد حلف شمال إلى عمان.", ["عمان=عمان"]], // a prefix that is no name ends as nothing
  ["قدم الوفد مذكرة للأمم المتحدة أمس.", ["للأمم المتحدة=الامم المتحده"]],
  ["بعثة الأمم في الشرق الأوسط.", ["الشرق الأوسط=الشرق الاوسط"]],
  // every start is reported (overlaps are settled later, in findMentions)
  ["زار بوتين سلطنة عمان وروسيا الاتحادية.", ["بوتين=بوتين", "سلطنة عمان=سلطنه عمان", "عمان=عمان", "روسيا الاتحادية=روسيا الاتحاديه"]],
  ["الشرق\nالأوسط", []], // names never cross a sentence
];

// the fixture's gazetteer without the gate: every step asks lookup and isPrefix
const ungated: Gazetteer = { ...RES.gaz, continues: undefined };

for (const [text, expected] of cases) {
  test(`kbMatches: ${text}`, () => {
    const { tokens } = analyze(text);
    assert.deepEqual(show(text, tokens, RES.gaz), expected);
    assert.deepEqual(show(text, analyze(text).tokens, ungated), expected);
    // tokens without their form (hand-made, or copies) take the Map path
    assert.deepEqual(show(text, tokens.map((t) => ({ ...t, form: undefined })), RES.gaz), expected);
  });
}

test("kbMatches: continues() answers the fixture's inner words", () => {
  const table: [string, boolean][] = [["المتحده", true], ["شمال", true], ["الاطلسي", true], ["حلف", false], ["واشنطن", false]];
  for (const [w, expected] of table) assert.equal(RES.gaz.continues!(w), expected, w);
});
