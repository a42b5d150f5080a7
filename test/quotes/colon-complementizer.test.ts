// After a colon, a complementizer carrying a pronoun stays with its clause (find-quotes.ts), as it
// does right after the verb. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [{ id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] }];

test("a colon then إنه: the content keeps إنه", () => {
  const qs = findQuotes(makeDoc("وتحدث كريم سالم للصحفيين بعد الاجتماع فقال: إنه يتوقع موسما أفضل من العام الماضي.", ENTS));
  assert.ok(qs.some((x) => x.text.startsWith("إنه يتوقع") && x.speaker === "p:karim"), JSON.stringify(qs.map((x) => [x.speaker, x.text])));
});

test("a colon then a bare إن: the content starts after it", () => {
  const qs = findQuotes(makeDoc("وتحدث كريم سالم للصحفيين بعد الاجتماع فقال: إن الموسم سيكون أفضل من العام الماضي.", ENTS));
  assert.ok(qs.some((x) => x.text.startsWith("الموسم سيكون") && x.speaker === "p:karim"), JSON.stringify(qs.map((x) => [x.speaker, x.text])));
});
