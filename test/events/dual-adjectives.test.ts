// Session 18 (branch evtgt18): "اتفق الجانبان X-ي وY-ي"، "مباحثات بين الجانبين X-ي وY-ي": the dual noun
// for two sides followed by two nationality adjectives names the parties itself (dual-adjectives.ts,
// read by role-checks.ts before dual-parties.ts looks for "X وY" before the dual).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD_WITH_ADJECTIVE, type TestEntity } from "./world.ts";

const W: TestEntity[] = WORLD_WITH_ADJECTIVE.map((e) => (e.id === "g:south" ? { ...e, forms: [...e.forms, "السوداني"] } : e));

// [name, text, type, expected source, expected target]
const CASES: [string, string, string, string, string | null][] = [
  ["a dual verb's subject with two adjectives", "وعقد الرئيسان لقاء في وادي الريح، حيث اتفق الجانبان النورستاني والسوداني على فتح الحدود.", "AGREE", "g:north", "g:south"],
  ["a meeting noun between the two sides", "وجرت مباحثات بين الجانبين النورستاني والسوداني في وادي الريح.", "CONSULT", "g:north", "g:south"],
  ["و as a word of its own before the second adjective", "واتفق الطرفان النورستاني و السوداني على تبادل الأسرى.", "AGREE", "g:north", "g:south"],
];
for (const [name, text, type, source, target] of CASES) {
  test(`dual adjectives: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

test("dual adjectives: one adjective only names no pair (the parties are looked for before the dual)", () => {
  const evs = eventsIn("والتقى أمين فارس مسؤولي جيش نورستان، واتفق الجانبان النورستاني على التعاون.", W).filter((e) => e.type === "AGREE");
  assert.ok(evs.every((e) => e.target !== "g:south"), show(evs));
});
