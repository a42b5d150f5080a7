// "محافظة تعز" and "تعز", "مديرية لودر" and "لودر": one place in the document (entities/
// admin-places.ts), as the gold conventions have it; a direction ("شمال سيناء") or a region the KB
// knows keeps its own entity. Shipped KB, lexicons and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function places(text: string): string[] {
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as ReturnType<typeof findMentions> };
  doc.mentions = findMentions(doc);
  return linkEntities(doc).filter((e) => e.type === "GPE" || e.type === "LOC").map((e) => e.mentions.map((m) => m.text).join("|"));
}

test("a place with and without its administrative word is one entity", () => {
  assert.deepEqual(places("وصل الوزير إلى تعز أمس. وتعد محافظة تعز من أكبر المحافظات."), ["تعز|محافظة تعز"]);
  assert.deepEqual(places("عاد المحافظ إلى محافظة عدن أمس. وتشهد عدن هدوءا حذرا."), ["محافظة عدن|عدن"]);
});

test("a direction before a place names another place", () => {
  const got = places("زار الوفد مصر. ثم توجه إلى شمال سيناء.");
  assert.equal(got.length, 2, got.join(" / "));
});

test("the countryside of a place is no name of the place (place16)", () => {
  // "ريف دمشق" is a governorate of its own, apart from the city, also when the city is named
  assert.deepEqual(places("قصفت الطائرات بلدات في ريف دمشق أمس. وعاد الهدوء إلى دمشق مساء."), ["ريف دمشق", "دمشق"]);
  // an administrative word still joins (the test fails if the countryside exclusion swallows it)
  assert.deepEqual(places("تقدمت القوات في محافظة إدلب. وقصفت الطائرات إدلب."), ["محافظة إدلب|إدلب"]);
});
