// An unknown place that no known place right after it or a few words before it places takes the
// known place named last before it in its sentence or the sentence before (entities/place-earlier.ts),
// passing over a place after a compass word when its sentence names another, and a continent;
// farther back, the document's main place stands. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geoOf } from "../helpers/entities.ts";

const near = (g: { lat: number; lon: number } | undefined, lat: number, lon: number) => !!g && Math.abs(g.lat - lat) < 0.6 && Math.abs(g.lon - lon) < 0.6;
const ADEN = [12.78, 45.04] as const, TAIZ = [13.58, 44.02] as const, SAADA = [16.94, 43.76] as const;

test("the known place of the sentence before places an unknown one", () => {
  const text = "وصل الوزير اليمني إلى عدن أمس، وأكد من عدن أن عدن آمنة. وتقدم المقاتلون في تعز. وسيطروا على جبل المرقاب ومواقع أخرى.";
  const g = geoOf(text, "جبل المرقاب");
  assert.ok(near(g, ...TAIZ), `near Taiz, got ${JSON.stringify(g)}`);
});

test("two sentences back is too far: the document's main place", () => {
  const text = "وصل الوزير اليمني إلى عدن أمس، وأكد من عدن أن عدن آمنة. وتقدم المقاتلون في تعز. ثم توقفت المعارك ساعات. وسيطروا على جبل المرقاب ومواقع أخرى.";
  const g = geoOf(text, "جبل المرقاب");
  assert.ok(near(g, ...ADEN), `at Aden, got ${JSON.stringify(g)}`);
});

test("a place after a compass word is passed over for another place of its sentence", () => {
  const text = "وصل الوزير اليمني إلى عدن أمس، وأكد من عدن أن عدن آمنة. وقصفت الطائرات مواقع في صعدة شمال العاصمة صنعاء. وأصابت الغارات قرية المنقب وما حولها.";
  const g = geoOf(text, "قرية المنقب");
  assert.ok(near(g, ...SAADA), `near Saada, got ${JSON.stringify(g)}`);
});

test("a place after a compass word still places when its sentence names no other", () => {
  const text = "وصل الوزير اليمني إلى عدن أمس، وأكد من عدن أن عدن آمنة. وتقدمت القوات نحو المواقع جنوب مدينة تعز. وأصابت الغارات قرية المنقب وما حولها.";
  const g = geoOf(text, "قرية المنقب");
  assert.ok(near(g, ...TAIZ), `near Taiz, got ${JSON.stringify(g)}`);
});

test("a continent places nothing: the document's main place", () => {
  const text = "وصل الرئيس إلى نيروبي أمس، وقال في نيروبي إن نيروبي آمنة. وتحدث عن مستقبل أفريقيا. وأقيم الحفل في قرية المنقب وما حولها.";
  const g = geoOf(text, "قرية المنقب");
  assert.ok(near(g, -1.28, 36.82), `at Nairobi, got ${JSON.stringify(g)}`);
});

test("a province named right after a city of its own gives the city, not the province's middle", () => {
  const text = "زار الوزير بغداد أمس، وقال في بغداد إن بغداد آمنة. ودخلت القوات مدينة الرمادي بمحافظة الأنبار فجرا. وتواصل تقدمها نحو حي النخيل وما حوله.";
  const g = geoOf(text, "حي النخيل");
  assert.ok(near(g, 33.42, 43.31), `near Ramadi, got ${JSON.stringify(g)}`);
});

test("a province named with no city before it places by its own middle", () => {
  const text = "زار الوزير بغداد أمس، وقال في بغداد إن بغداد آمنة. ودارت معارك في محافظة الأنبار فجرا. وتواصل تقدم القوات نحو حي النخيل وما حوله.";
  const g = geoOf(text, "حي النخيل");
  assert.ok(near(g, 32.79, 41.61), `at Anbar's middle, got ${JSON.stringify(g)}`);
});
