// A town is where things happen, not who does them (local-places.ts): a city, town or province the
// knowledge base knows is no event's source; a capital, standing for its
// government, still acts. Sentences written for these tests; the places are real knowledge-base ids.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  ...WORLD,
  { id: "gn:170063", type: "GPE", forms: ["حلب"] }, // a city (knowledge base: city)
  { id: "gn:524901", type: "GPE", forms: ["موسكو"] }, // a capital
];

// [name, sentence, trigger word, source that must not be given]
const NOT_SOURCE: [string, string, string, string][] = [
  ["a city that receives a visitor is where it happens", "حلب تستقبل أمين فارس في زيارة رسمية الأسبوع المقبل لبحث الأوضاع.", "تستقبل", "gn:170063"],
  ["a city that witnesses attacks", "أعنف هجمات تشهدها حلب منذ بداية العام أودت بحياة عشرين شخصا.", "هجمات", "gn:170063"],
  ["a city named as the subject of a welcome", "ورحبت حلب بوصول قوافل المساعدات من سودانيا.", "رحبت", "gn:170063"],
];
for (const [name, text, word, notSource] of NOT_SOURCE) {
  test(`local place: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.trigger.includes(word));
    assert.ok(evs.every((e) => e.source !== notSource), show(evs));
  });
}

test("local place: a capital still acts for its government", () => {
  const evs = eventsIn("وأرسلت موسكو قوات إضافية إلى الحدود مع نورستان يوم الثلاثاء.", W).filter((e) => e.trigger.includes("أرسلت"));
  assert.ok(evs.length > 0 && evs.every((e) => e.source === "gn:524901"), show(evs));
});
