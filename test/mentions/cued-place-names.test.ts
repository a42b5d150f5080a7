// A KB place the KB writes with its place word ("محافظة صلاح الدين") stands against a person
// pattern that starts inside it and against the tagger's doubt (cued-place-names.ts,
// cued-kb-places.ts); the same given name without the place word is still a person's. Shipped data
// and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

function mentions(text: string): string[] {
  const doc = { text, ...analyze(text), mentions: [] as ReturnType<typeof findMentions> };
  return findMentions(doc, defaultResources()).map((m) => `${m.type}:${m.text}`);
}

test("a province named with محافظة before a given name is the province", () => {
  const ms = mentions("وتقدم الجيش في محافظة صلاح الدين شمال العاصمة العراقية أمس.");
  assert.ok(ms.includes("GPE:محافظة صلاح الدين"), JSON.stringify(ms));
  assert.ok(!ms.some((m) => m.startsWith("PERSON:")), JSON.stringify(ms));
});

test("the given name with no place word before it is still a person's", () => {
  const ms = mentions("وقال المهندس صلاح الدين عبد الكريم إن المشروع اكتمل.");
  assert.ok(ms.some((m) => m.startsWith("PERSON:صلاح الدين")), JSON.stringify(ms));
});
