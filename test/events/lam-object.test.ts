// A masdar with a genitive and then an actor or place read with لـ (branch evlam24): the genitive is
// the doer and the لـ phrase whom it is done to ("حصار X لـY"), where a genitive alone would be the
// sufferer. Only a doer stands there: a named body or state, or forces with ال; an indefinite noun's
// لـ names its owner. Sentences written for these tests in an invented world (world.ts), not copied
// from any corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

type Ev = ReturnType<typeof eventsIn>[number];

// [name, sentence, check on the events]
const CASES: [string, string, (evs: Ev[]) => boolean][] = [
  ["a named body in the genitive, a state after لـ", "وتحدث التقرير عن اقتحام جبهة التحرير لنورستان في الربيع.",
    (evs) => evs.some((e) => e.source === "o:front" && e.target === "g:north")],
  ["an arrest: the genitive arrests whom لـ names", "وتابعت الصحف اعتقال جيش نورستان لأمين فارس في وادي الريح.",
    (evs) => evs.some((e) => e.source === "o:army" && e.target === "p:amin")],
  ["without لـ the genitive of an arrest is arrested", "وتابعت الصحف اعتقال أمين فارس في وادي الريح.",
    (evs) => evs.some((e) => e.target === "p:amin") && !evs.some((e) => e.source === "p:amin")],
  ["a لـ of purpose after the genitive changes nothing", "وأدانت سودانيا اعتقال أمين فارس لمنعه من السفر.",
    (evs) => !evs.some((e) => e.source === "p:amin")],
  ["an indefinite generic genitive: its لـ is its owner", "وتابعت الصحف اعتقال عناصر لجبهة التحرير في وادي الريح.",
    (evs) => !evs.some((e) => e.source && e.target === "o:front" && e.source !== "o:front")],
];

for (const [name, text, check] of CASES) {
  test(name, () => {
    const evs = eventsIn(text);
    assert.ok(check(evs), `${text}\n${show(evs)}`);
  });
}
