// Regressions found on real corpora, each named after the problem it pins down.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractOne } from "../../src/pipeline/run.ts";
import type { RawArticle } from "../../src/core/document.ts";

const raw = (body: string): RawArticle => ({
  id: "0".repeat(64), source: { path: "regression.txt", url: null }, kind: "text",
  body, title: null, published: "2015-07-21", encoding: "utf-8",
});

test("a token that folds to nothing (a lone tatweel) before an actor does not crash the event arguments", () => {
  const body = [
    "غارات جديدة على مواقع المتمردين",
    "شنت طائرات التحالف ـ السعودية ـ غارات على مواقع الحوثيين في صنعاء، وقال المتحدث باسم التحالف ـ إن الغارات استهدفت مخازن أسلحة.",
    "وأدانت ـ حكومة ـ اليمن الهجوم الذي نفذه مسلحون ـ على مقر ـ لحكومة ـ المملكة في عدن.",
  ].join("\n");
  const doc = extractOne(raw(body));
  assert.ok(doc.events.length > 0, "the sentences still give events");
});
