// A noun trigger row also matches its indefinite accusative ("عقد اجتماعا"، "شن هجوما انتحاريا").
// Phrases and sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { accusativeOf } from "../../src/lexicon/accusative.ts";
import { normalize } from "../../src/text/normalize.ts";
import { eventsIn, show } from "../events/world.ts";

// [phrase as a row writes it, its accusative or null]
const CASES: [string, string | null][] = [
  ["هجوم", "هجوما"],
  ["هجوم انتحاري", "هجوما انتحاريا"],
  ["اتصال هاتفي", "اتصالا هاتفيا"],
  ["سيطرة على", null], // ة takes no alif
  ["غارات", null], // a feminine plural neither
  ["القصف الجوي", null], // definite: no tanween
  ["اعتداء", null], // hamza on the line
  ["اشتباكات مع", null],
];
for (const [phrase, acc] of CASES) {
  test(`accusative of ${phrase}`, () => {
    assert.equal(accusativeOf(normalize(phrase)), acc === null ? null : normalize(acc));
  });
}

test("a masdar in the accusative after its support verb is a trigger", () => {
  const evs = eventsIn("وعقد أمين فارس اجتماعا مع جبهة التحرير في وادي الريح.");
  assert.deepEqual(evs.map((e) => [e.type, e.source, e.target]), [["CONSULT", "p:amin", "o:front"]], show(evs));
});
