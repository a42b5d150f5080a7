// Trigger rows changed in session 17 (branch evdet17): مسيرة/مسيرات is a protest march only with a
// protest word right after it; followed by anything else it is a course or a career ("مسيرة التنمية"،
// "مسيرة النادي"). Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, PROTEST events]
const CASES: [string, string, number][] = [
  ["a march with a protest adjective", "ونظم أنصار جبهة التحرير مسيرة احتجاجية في وادي الريح أمس.", 1],
  ["a march toward a place", "ونظم أنصار جبهة التحرير مسيرة إلى مقر حكومة نورستان أمس.", 1],
  ["marches in the streets", "ونظم أنصار جبهة التحرير مسيرات في شوارع وادي الريح أمس.", 1],
  ["the course of development", "وأكد أمين فارس أن نورستان ستواصل مسيرة التنمية في وادي الريح.", 0],
  ["a body's career", "وقال أمين فارس إن مسيرة جبهة التحرير في خدمة وادي الريح لن تتوقف.", 0],
];
for (const [name, text, n] of CASES) {
  test(`detection row 17: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "PROTEST");
    assert.equal(evs.length, n, show(evs));
  });
}
