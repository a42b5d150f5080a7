// A body's name and its other name in brackets right after it are one organization ("جهاز
// المخابرات العامة (الشاباك)"); two bodies in brackets for another reason are not joined when
// both are known to the KB. Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities } from "../helpers/entities.ts";

const groupOf = (text: string, surface: string) => entities(text).find((e) => e.mentions.some((m) => m.text === surface));

test("a name and its bracketed name are one organization", () => {
  const text = "وأفاد بيان صادر عن جهاز المخابرات العامة، (الشاباك)، بأن ثلاثة موقوفين أحيلوا إلى القضاء.";
  const a = groupOf(text, "جهاز المخابرات العامة"), b = groupOf(text, "الشاباك");
  assert.ok(a && b, "both names found");
  assert.equal(a.id, b.id);
  assert.equal(a.id, "rasid:shin-bet");
});

test("two known bodies in brackets stay two", () => {
  const text = "واجتمع ممثلو الأمم المتحدة (حلف شمال الأطلسي) في بروكسل أمس.";
  const a = groupOf(text, "الأمم المتحدة"), b = groupOf(text, "حلف شمال الأطلسي");
  assert.ok(a && b, "both names found");
  assert.notEqual(a.id, b.id);
});
