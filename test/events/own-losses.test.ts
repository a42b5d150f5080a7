// An army (or a state) reporting its own dead is not their killer: an attack whose source would be
// the state its target names, or a body of that state, keeps its victims and no doer (own-losses.ts).
// Sentences written for these tests, run through the whole pipeline (the knowledge base places the
// army in its state).
import assert from "node:assert/strict";
import { test } from "node:test";
import { processArticle } from "../../src/pipeline/process.ts";

const eventsOf = (text: string) => processArticle({ id: "t", source: { path: "t.txt", url: null }, kind: "text", body: text, title: null, published: null, encoding: "utf-8" }).events ?? [];
const pairs = (evs: ReturnType<typeof eventsOf>) => JSON.stringify(evs.map((e) => [e.trigger, e.source, e.target]));

test("own losses: the army announcing the death of its country's soldiers is not their killer", () => {
  const evs = eventsOf("وأعلن الجيش المصري مقتل ثلاثة جنود مصريين في كمين قرب الحدود الغربية.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => e.source === null && e.target !== null), pairs(evs));
});

test("own losses: the army striking abroad keeps its doer", () => {
  const evs = eventsOf("وقصف الجيش المصري مواقع للمسلحين في ليبيا أمس.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source !== null), pairs(evs));
});
