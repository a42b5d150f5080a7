// A unit named by whom it belongs to, as the subject after the verb (arguments.ts subjectAfter):
// "دمرت البوارج التابعة لـX" is X acting; an indefinite "تابعة لـX" after the verb describes the
// object, whose owner is struck. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const FOUND: [string, string, string | null, string | null][] = [
  ["a definite unit belonging to a body is that body acting", "ودمرت البوارج الحربية التابعة لجيش نورستان زوارق جبهة التحرير قرب وادي الريح.", "o:army", "o:front"],
];
for (const [name, text, source, target] of FOUND) {
  test(`owned unit subject: ${name}`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

test("owned unit subject: an indefinite unit belonging to a body after the verb is what was struck, not who struck", () => {
  const evs = eventsIn("وقال البيان إن جبهة التحرير شنت غارات قرب وادي الريح وقصفت وحدات تكتيكية تابعة لجيش نورستان ودمرت مواقع قتالية.", WORLD).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => e.source !== "o:army"), show(evs));
});

test("owned unit subject: a building that belongs to a body is what was struck, not who struck", () => {
  const evs = eventsIn("وفجر انتحاري نفسه قرب وادي الريح، واستهدف المسجد التابع لجيش نورستان أثناء الصلاة.", WORLD).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => e.source !== "o:army"), show(evs));
});
