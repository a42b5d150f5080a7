// Session 12 (branch evdet12): masdars of taking ground (تحرير، تطهير، استعادة) count only with
// ground right after them and a named doer (ground-object.ts, next-word mark ^@ground); whom the
// ground is taken from is named after من. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, source, target (undefined: any), trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null | undefined, string][] = [
  ["تحرير before a named place, the doer announcing it", "وأعلن جيش نورستان تحرير وادي الريح بالكامل.", "ASSAULT", "o:army", undefined, "تحرير"],
  ["تحرير before a place word", "وتمكن جيش نورستان من تحرير مدينة كبيرة شرق البلاد.", "ASSAULT", "o:army", undefined, "تحرير"],
  ["the ground taken from X: X is the target", "وأعلن جيش نورستان تحرير وادي الريح من مسلحي جبهة التحرير.", "ASSAULT", "o:army", "o:front", "تحرير"],
  ["taken from X's control: X is the target", "وأعلن جيش نورستان تطهير المديريات الشرقية من سيطرة جبهة التحرير.", "ASSAULT", "o:army", "o:front", "تطهير"],
  ["a whole-of word before the ground", "وأعلن جيش نورستان تطهير كافة المناطق الحدودية.", "ASSAULT", "o:army", undefined, "تطهير"],
  ["the ground as a pronoun, من after it", "وقالت نورستان إن المدينة جرى تحريرها من قبل جيش نورستان.", "ASSAULT", "o:army", undefined, "تحريرها"],
  ["استعادة before ground", "وأعلن جيش نورستان استعادة قاعدة جوية قرب الحدود.", "ASSAULT", "o:army", undefined, "استعادة"],
  ["the place is where, not whom", "وأعلن جيش نورستان تحرير وادي الريح بالكامل.", "ASSAULT", "o:army", null, "تحرير"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`taken ground: ${name}`, () => {
    const evs = eventsIn(text);
    assert.ok(evs.some((e) => e.type === type && e.source === source && (target === undefined || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["freeing prices is no attack", "وقررت نورستان تحرير أسعار الوقود مطلع العام.", "ASSAULT"],
  ["the editor of a newspaper", "وقال رئيس تحرير صحيفة نورستان إن العدد صدر أمس.", "ASSAULT"],
  ["cleaning wounds", "وقال أمين فارس إن الأطباء عملوا على تطهير الجروح.", "ASSAULT"],
  ["regaining trust", "ودعا أمين فارس نورستان إلى استعادة الثقة مع سودانيا.", "ASSAULT"],
  ["a goal with no doer named", "وقال أمين فارس إن المعركة لن تتوقف حتى تحرير كافة المدن.", "ASSAULT"],
];
for (const [name, text, type] of NONE) {
  test(`taken ground: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}

test("taken ground: a doer read off the من phrase is none, so no event", () => {
  const evs = eventsIn("ووصلت أول طائرة إلى المطار بعد تحريره من مسلحي جبهة التحرير.").filter((e) => e.type === "ASSAULT");
  assert.ok(!evs.some((e) => e.source === "o:front" && e.target === "o:front"), show(evs));
});
