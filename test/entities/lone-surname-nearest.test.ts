// A family name the KB gives a person (الزبيدي of عيدروس الزبيدي), used alone in a document that
// names two other persons of that family in full, is the one named last before it (surnames.ts
// joinLoneKbSurnames, spk14). The shipped KB; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities } from "../helpers/entities.ts";

test("a lone family name joins the person of the family named last before it", () => {
  const es = entities("اختطف المسلحون المهندس فيصل الزبيدي من منزله. وكان الزبيدي يعمل في الميناء. وقال شقيقه القاضي سالم محمود الزبيدي إن الأسرة تطالب بالإفراج عنه.")
    .filter((e) => e.type === "PERSON");
  const faisal = es.find((e) => e.mentions.some((m) => m.text === "فيصل الزبيدي"));
  assert.ok(faisal, JSON.stringify(es.map((e) => e.name)));
  assert.deepEqual(faisal.mentions.map((m) => m.text), ["فيصل الزبيدي", "الزبيدي"]);
  assert.ok(!es.some((e) => e.name === "عيدروس الزبيدي"), "not the KB's namesake");
});
