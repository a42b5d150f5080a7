// A known name a pattern ran over comes back when the tagger turns the pattern down
// (displaced-names.ts, branch org14): the unit test builds the three lists by hand; the sentence
// test runs the shipped lexicons, KB and model on a sentence written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withDisplacedNames } from "../../src/mentions/displaced-names.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const m = (start: number, end: number, type: FoundMention["type"], via: FoundMention["via"]): FoundMention =>
  ({ start: start * 10, end: end * 10 - 1, text: `${type}${start}`, type, kbId: null, via, score: 0.9, tokens: { start, end }, key: "", candidates: [] }) as unknown as FoundMention;

test("a KB organization inside a dropped pattern comes back; nothing else does", () => {
  const pattern = m(0, 6, "FAC", "pattern"), org = m(3, 6, "ORG", "kb"), place = m(1, 2, "GPE", "kb"), lone = m(4, 5, "PERSON", "kb");
  const all = [pattern, org, place, lone], found = [pattern];
  // the tagger dropped the pattern: the organization is back, the place and the one-word person are not
  assert.deepEqual(withDisplacedNames(all, found, []).map((x) => x.text), ["ORG3"]);
  // the tagger kept it: nothing changes
  assert.deepEqual(withDisplacedNames(all, found, [pattern]).map((x) => x.text), ["FAC0"]);
  // a kept mention inside the name (a nationality adjective) gives way; one across its edge does not
  const adj = m(4, 5, "GPE", "adjective"), across = m(5, 7, "PERSON", "pattern");
  assert.deepEqual(withDisplacedNames(all, found, [adj]).map((x) => x.text), ["ORG3"]);
  assert.deepEqual(withDisplacedNames(all, found, [across]).map((x) => x.text), ["PERSON5"]);
});

test("a KB person comes back from a person pattern only, not from a facility's", () => {
  const person = m(1, 4, "PERSON", "kb");
  const fac = m(0, 4, "FAC", "pattern"), titled = m(0, 5, "PERSON", "pattern");
  assert.deepEqual(withDisplacedNames([fac, person], [fac], []).map((x) => x.text), []);
  assert.deepEqual(withDisplacedNames([titled, person], [titled], []).map((x) => x.text), ["PERSON1"]);
});

test("in a sentence: the KB's organization after a facility head and a clause is found", () => {
  const text = "وقال مدير المنطقة إن مستشفى تديره منظمة أطباء بلا حدود استقبل عشرات الجرحى أمس.";
  const got = findMentions({ text, tokens: analyze(text).tokens }).map((x) => `${x.type}:${x.text}`);
  assert.ok(got.some((g) => g.startsWith("ORG:") && g.includes("أطباء بلا حدود")), JSON.stringify(got));
});
