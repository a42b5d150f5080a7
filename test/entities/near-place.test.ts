// An unknown place is where the known place named right after it is ("سد X في ريف درعا",
// "مستشفى X بجدة"), not at the document's most-named place (link-entities.ts nearPlace). Runs the
// shipped lexicons, KB and model on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geoOf } from "../helpers/entities.ts";


test("an unknown facility takes the known place named right after it", () => {
  const text = "وزار الأمير الرياض أمس، ثم التقى في الرياض الوزراء، وعاد إلى الرياض مساء. وصلى الوزير في جامع الفرقان بجدة بحضور المسؤولين.";
  const g = geoOf(text, "جامع الفرقان");
  assert.ok(g && Math.abs(g.lat - 21.5) < 0.6 && Math.abs(g.lon - 39.2) < 0.6, `near Jeddah, got ${JSON.stringify(g)}`);
});

// A continent has no country: an unknown village falls back to the country the document names,
// not to the continent's point (link-entities.ts mainPlace).
test("a continent is no city to place an unknown village at: the country named is", () => {
  const text = "تحدث الرئيس عن أفريقيا طويلا، وقال إن أفريقيا تنهض وإن أفريقيا قارة المستقبل. وزار كينيا الأسبوع الماضي. وأضاف أنه يحب أهل قرية الحديبة كثيرا.";
  const g = geoOf(text, "قرية الحديبة");
  assert.equal(g?.country, "KE");
});

// A province holds what is named a little before it (eight tokens, not four): "مديرية X غرب
// المدينة، التابعة لمحافظة Y". A city that far off is no container.
test("an unknown district takes the province named a few words after it", () => {
  const text = "وصل الوزير إلى عدن أمس، وأكد من عدن أن عدن آمنة. وقصفت الطائرات مواقع في مديرية الشعاب الحمر شمال المدينة الكبيرة، التابعة لمحافظة حضرموت شرق البلاد.";
  const g = geoOf(text, "مديرية الشعاب الحمر");
  assert.ok(g && Math.abs(g.lat - 16.7) < 0.6 && Math.abs(g.lon - 48.6) < 0.6, `in Hadramawt, got ${JSON.stringify(g)}`);
});

test("a city as far after an unknown district is no container: the document's main place", () => {
  const text = "وصل الوزير إلى عدن أمس، وأكد من عدن أن عدن آمنة. وقصفت الطائرات مواقع في مديرية الشعاب الحمر شمال المدينة الكبيرة، قرب مدينة المكلا شرق البلاد.";
  const g = geoOf(text, "مديرية الشعاب الحمر");
  assert.ok(g && Math.abs(g.lat - 12.8) < 0.3 && Math.abs(g.lon - 45.0) < 0.3, `at Aden, got ${JSON.stringify(g)}`);
});

// A facility named by a place of a country the story names nowhere (a café called "هاواي" in Yemen)
// stands in the story's country, not at that place (link-entities.ts innerPlace, branch fac13).
test("a facility named by a foreign place stands where the story is", () => {
  const text = "وشهدت مدينة الحديدة اليمنية احتجاجات، وقال سكان في الحديدة إن مسلحين اعتقلوا ناشطا في مقهى هاواي بالمدينة.";
  const g = geoOf(text, "مقهى هاواي");
  assert.equal(g?.country, "YE", JSON.stringify(g));
});
