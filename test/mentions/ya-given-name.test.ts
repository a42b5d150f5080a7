// normalize() folds ى into ي, so the stop word "على" (on) and the given name "علي" are one form,
// and the name was never a given name to the patterns. Written with ي it is the name (the press
// writes على with ى: SaudiNewsNet 119,458 على against 3,352 علي, most before بن، عبدالله، آل or a
// family name); written with ى it stays the stop (and the form stays a stop word, where an organization's name run ends).
// The test lexicon (fixture.ts) has علي as a given name and على as a stop; sentences written for
// this test; the rules alone (no tagger).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { RES } from "./fixture.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, RES).map((m) => `${m.type}:${m.text}`);

test("علي written with ي starts and continues a person's name; على written with ى does not", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, mentions that must be found, mentions that must not]
    ["وأكد علي الزهراني أن القافلة وصلت.", ["PERSON:علي الزهراني"], []],
    ["وحضر المهندس أحمد علي النجار الاجتماع.", ["PERSON:أحمد علي النجار"], ["PERSON:أحمد"]],
    ["واعتدى رجل على الزهراني في السوق.", [], ["PERSON:على الزهراني"]],
  ];
  for (const [text, want, not] of cases) {
    const got = found(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("a given name that is also a word (راي, also_word = y) gets no such exception: رأي is 'opinion'", () => {
  const lex = buildLexicons({
    firstNames: [{ name: "سعيد" }, { name: "محمد" }, { name: "راي", also_word: "y" }],
    cues: [{ word: "رأى", role: "stop" }, { word: "بن", role: "connector" }],
  });
  const text = "وكان لسعيد بن محمد رأي آخر في المسألة.";
  const got = findMentions({ text, tokens: analyze(text).tokens }, { ...RES, lex }).map((m) => m.text);
  assert.ok(!got.some((m) => m.includes("رأي")), JSON.stringify(got));
});
