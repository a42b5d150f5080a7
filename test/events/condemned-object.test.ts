// condemned-object.ts: an attack that is the object of a condemnation is the act the statement is
// about; it is told once, where the body tells it outright, else at its first condemnation. Sentences
// written for these tests, in the invented world of world.ts (a headline line first).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

const HEAD = "أخبار وادي الريح\n";
// [name, body, sentences (0 = the first body sentence) with an ASSAULT, ACCUSE events]
const CASES: [string, string, number[], number][] = [
  ["an attack told, then condemned: told once, where it is told",
    "وهاجم جيش نورستان جبهة التحرير في وادي الريح أمس. وأدانت سودانيا الهجوم الذي استهدف جبهة التحرير.", [0], 1],
  ["condemned twice and never told: the first condemnation tells it",
    "وأدانت سودانيا الهجوم الذي استهدف جبهة التحرير في وادي الريح. كما أدان أمين فارس بشدة الهجوم على جبهة التحرير.", [0], 2],
  ["a condemnation with its masdar: the act once",
    "وهاجم جيش نورستان جبهة التحرير في وادي الريح أمس. وأعربت سودانيا عن إدانتها للهجوم على جبهة التحرير.", [0], 1],
  ["an attack no statement governs stays",
    "وهاجم جيش نورستان جبهة التحرير في وادي الريح أمس. وشن جيش نورستان هجوما آخر على جبهة التحرير مساء.", [0, 1], 0],
];
/** The index of the body sentence (split at ". ") that starts at or before offset `at` of text. */
function sentenceIndex(text: string, at: number): number {
  const starts = [HEAD.length];
  for (let i = text.indexOf(". ", HEAD.length); i >= 0; i = text.indexOf(". ", i + 2)) starts.push(i + 2);
  return starts.filter((s) => s <= at).length - 1;
}
for (const [name, body, sents, accuse] of CASES) {
  test(`condemned object: ${name}`, () => {
    const text = HEAD + body;
    const evs = eventsIn(text);
    const assaults = [...new Set(evs.filter((e) => e.type === "ASSAULT").map((e) => sentenceIndex(text, e.sentence.start)))].sort();
    assert.deepEqual(assaults, sents, show(evs));
    assert.equal(evs.filter((e) => e.type === "ACCUSE").length, accuse, show(evs));
  });
}
