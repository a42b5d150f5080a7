// Trigger rows added in session 15 (branch evdet15) for gold events no row named: a security sweep,
// ambushes set, ratifying an agreement, encircling, falling back, praise voiced with عن تقدير/امتنان
// and a host receiving a visitor. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, source, target or null, trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["حملة أمنية: a security sweep", "وشنت نورستان حملة أمنية على جبهة التحرير في وادي الريح.", "COERCE", "g:north", "o:front", "حملة أمنية"],
  ["حملات أمنية: sweeps", "ونفذ جيش نورستان حملات أمنية ضد جبهة التحرير.", "COERCE", "o:army", "o:front", "حملات أمنية"],
  ["نصب الكمائن: ambushes set", "وكانت جبهة التحرير قد نصبت الكمائن لجيش نورستان قرب وادي الريح.", "ASSAULT", "o:front", null, "نصبت الكمائن"],
  ["صادق على اتفاق: a ratification", "وصادقت سودانيا على الاتفاق الموقع مع نورستان أمس.", "AGREE", "g:south", null, "وصادقت"],
  ["تطويق: encircling (its genitive suffers it)", "وأعلن جيش نورستان تطويق جبهة التحرير في وادي الريح.", "ASSAULT", "o:army", "o:front", "تطويق"],
  ["تقهقر: falling back", "وتقهقرت جبهة التحرير إلى أطراف وادي الريح.", "RETREAT", "o:front", null, "وتقهقرت"],
  ["عن تقدير: praise of an actor", "وأعرب أمين فارس عن تقديره لدور نورستان في دعم سودانيا.", "SUPPORT", "p:amin", null, "عن تقديره"],
  ["عن امتنان: gratitude", "وعبرت سودانيا عن امتنانها لنورستان على مساعدتها.", "SUPPORT", "g:south", null, "عن امتنانها"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`detection row: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["صادق على a law is no agreement", "وصادق برلمان سودانيا على قانون جديد للضرائب.", "AGREE"],
  ["bare تقدير is an estimate, no praise", "وبلغت خسائر سودانيا بحسب تقدير نورستان مليون دولار.", "SUPPORT"],
];
for (const [name, text, type] of NONE) {
  test(`detection row: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}

test("detection row: حجب a website is a ban by who blocks it", () => {
  const evs = eventsIn("وحجبت نورستان الدخول إلى موقع جبهة التحرير أمس.").filter((e) => e.type === "COERCE");
  assert.ok(evs.some((e) => e.source === "g:north" && e.trigger === "وحجبت"), show(evs));
});

test("detection row: حجب with no site or account is no ban (a prize withheld)", () => {
  const evs = eventsIn("وحجبت نورستان الجائزة الأولى عن جبهة التحرير هذا العام.").filter((e) => e.type === "COERCE");
  assert.equal(evs.length, 0, show(evs));
});
