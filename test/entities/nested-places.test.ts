// A place named inside the name of one of its bodies (a court, a council, a government, a police:
// jurisdiction_head) is an entity of its own (src/entities/nested-places.ts); a brand named by a
// city (a university, a club), a country adjective and a facility's name are not. Shipped KB,
// lexicons and model; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function entities(text: string) {
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as ReturnType<typeof findMentions> };
  doc.mentions = findMentions(doc);
  return linkEntities(doc);
}
const places = (text: string) => entities(text).filter((e) => e.type === "GPE" || e.type === "LOC").map((e) => e.mentions.map((m) => m.text).join("|"));

test("a place inside its body's name is an entity", () => {
  const cases: [string, string[]][] = [
    ["أجلت محكمة جنايات القاهرة النظر في القضية إلى الشهر المقبل.", ["القاهرة"]],
    ["وقال المتحدث باسم شرطة منطقة حائل إن الجاني اعتقل.", ["منطقة حائل"]],
    ["وأعلنت حكومة اليونان أنها ستدفع القسط في موعده.", ["اليونان"]],
    // the cue word inside the name is part of the place's span
    ["وقال رئيس مجلس محافظة البصرة إن المشروع اكتمل.", ["محافظة البصرة"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test("the inner place joins the document's entity of that place", () => {
  assert.deepEqual(places("وصل الوفد إلى القاهرة أمس. وأجلت محكمة جنايات القاهرة الجلسة."), ["القاهرة|القاهرة"]);
});

test("a brand named by a city, a country adjective or an organization without such a head names no place", () => {
  for (const text of [
    "وتخرج الطالب في جامعة بوسطن العام الماضي.",
    "ووافقت الحكومة السعودية على المشروع.",
    "وأعلنت هيئة قناة السويس زيادة الإيرادات.",
  ]) assert.deepEqual(places(text), [], text);
});

test("the body stays the actor: the organization keeps its own mention whole", () => {
  const es = entities("وأصدرت محكمة جنايات القاهرة، في جلسة علنية، حكما بسجن المتهمين.");
  const court = es.find((e) => e.type === "ORG");
  assert.equal(court?.mentions[0].text, "محكمة جنايات القاهرة");
});

test("the actor index leaves the inner place out: the body is the actor there", async () => {
  const { actorIndex } = await import("../../src/actors/mentions.ts");
  const text = "وأصدرت محكمة جنايات القاهرة، في جلسة علنية، حكما بسجن المتهمين.";
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as ReturnType<typeof findMentions>, entities: [] as ReturnType<typeof linkEntities> };
  doc.mentions = findMentions(doc);
  doc.entities = linkEntities(doc);
  assert.ok(doc.entities.some((e) => e.type === "GPE"), "the place is an entity");
  const ix = actorIndex(doc as unknown as Parameters<typeof actorIndex>[0]);
  assert.deepEqual(ix.mentions.map((m) => `${m.type}:${m.text}`), ["ORG:محكمة جنايات القاهرة"]);
});
