// "أصيب" is a passive verb: whoever stands as its subject, named or carried from a verb it is joined
// to, was wounded; it never names who shot (victim-verb row أصيب in event-word-classes.tsv).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, an actor that must not be the source of the أصيب event]
const CASES: [string, string, string][] = [
  ["a subject carried from the joined verb", "وأرسلت نورستان تعزيزات إلى وادي الريح وأصيب خمسة آخرون في القصف.", "g:north"],
  ["a body named as the subject", "وأصيب جيش نورستان بخسائر كبيرة في المعارك الأخيرة.", "o:army"],
];
for (const [name, text, notSource] of CASES) {
  test(`wounded subject: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.trigger.includes("صيب"));
    assert.ok(evs.every((e) => e.source !== notSource), show(evs));
  });
}
