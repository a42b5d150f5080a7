// "ريف حلب الشمالي": the countryside of a known place with a side adjective is a region of its own
// (src/mentions/countryside-places.ts), LOC, its clitic outside; without a side it stays the KB's
// (a governorate such as ريف دمشق) or the city's. Shipped KB, lexicons and model; sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "GPE" || m.type === "LOC").map((m) => `${m.type}:${m.text}`);

test("a countryside with a side adjective is one LOC over the place", () => {
  const cases: [string, string[]][] = [
    ["تقدمت الفصائل في ريف حلب الشمالي أمس.", ["LOC:ريف حلب الشمالي"]],
    ["قصفت المدفعية قرى بريف إدلب الغربي صباحا.", ["LOC:ريف إدلب الغربي"]],
    ["اندلعت المعارك بريف حمص الجنوبي الشرقي منذ يومين.", ["LOC:ريف حمص الجنوبي الشرقي"]],
    // the KB's own "ريف دمشق" and a side after it
    ["سيطر المقاتلون على تلال في ريف دمشق الغربي.", ["LOC:ريف دمشق الغربي"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test("without a side adjective, or with no countryside word, the place stays itself", () => {
  const cases: [string, string[]][] = [
    ["تقدمت الفصائل في ريف حلب أمس.", ["GPE:حلب"]],
    ["انتقل السكان من حلب إلى الريف الشمالي في سوريا.", ["GPE:حلب", "GPE:سوريا"]],
    ["قصفت الطائرات بلدات في ريف دمشق أمس.", ["GPE:ريف دمشق"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test("the region is placed by the place inside it", () => {
  const text = "تقدمت الفصائل في ريف حلب الشمالي أمس.";
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as ReturnType<typeof findMentions> };
  doc.mentions = findMentions(doc);
  const e = linkEntities(doc).find((x) => x.name === "ريف حلب الشمالي");
  assert.equal(e?.type, "LOC");
  assert.equal(e?.geo?.country, "SY");
  assert.ok(e?.geo && Math.abs(e.geo.lat - 36.2) < 0.5 && Math.abs(e.geo.lon - 37.15) < 0.5, JSON.stringify(e?.geo));
});

test("the countryside as a common noun is no place (GeoNames' الريف)", () => {
  for (const text of ["عاد الهدوء إلى الريف بعد المعارك.", "قصفت الطائرات القرى بالريف الشمالي.", "يعتمد سكان الريف على الزراعة."]) assert.deepEqual(places(text), [], text);
});
