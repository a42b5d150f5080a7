// Session 18 (branch evtgt18): an accusative of manner after a verb of killing ("قُتل X حرقاً"،
// "أعدم X شنقا") is no object (manner-accusative.ts, read by noun-cases.ts objectFollows), so the
// verb reads as passive and the person named with it is whom it befell, not the killer. "حيا" is
// alive only with no adjective or في after it ("حيا سكنيا" is a neighbourhood).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { mannerAccusative } from "../../src/events/manner-accusative.ts";
import { tokenize } from "../../src/text/tokens.ts";
import { eventsIn, show } from "./world.ts";

// [name, text, expected source, expected target]
const CASES: [string, string, string | null, string | null][] = [
  ["a person before a vocalized passive and a manner word", "وكان أمين فارس قُتل حرقاً بعد منتصف الليل في وادي الريح.", null, "p:amin"],
  ["a person after the verb, then a manner word", "وقتل أمين فارس حرقا في وادي الريح.", null, "p:amin"],
  ["hanged: the manner after the name", "وأعدم أمين فارس شنقا في سجن وادي الريح.", null, "p:amin"],
  ["a real object after the name still makes the name the killer", "وقتل أمين فارس زوجته في وادي الريح.", "p:amin", null],
];
for (const [name, text, source, target] of CASES) {
  test(`manner accusative: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

test("manner accusative: حيا alone is alive, حيا with an adjective or في a neighbourhood", () => {
  const at = (s: string, w: string) => { const toks = tokenize(s); return mannerAccusative(toks, toks.findIndex((t) => t.text === w)); };
  assert.equal(at("أحرق حيا وهو نائم", "حيا"), true);
  assert.equal(at("قصف الجيش حيا سكنيا", "حيا"), false);
  assert.equal(at("قصف الجيش حيا في المدينة", "حيا"), false);
  assert.equal(at("قتل الرجل غرقا", "غرقا"), true);
  assert.equal(at("قتل الرجل زوجته", "زوجته"), false);
});
