// "وأبان X أن": أبان (explained) is a verb of saying before أن/إن; before a noun object ("أبان الفحص
// وجود …", the examination showed) it reports no speech. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [{ id: "p:karim", type: "PERSON" as const, forms: ["كريم الساعدي"] }];

test("أبان + أن: the subject speaks", () => {
  const q = findQuotes(makeDoc("وأبان كريم الساعدي أن التسجيل في البرنامج سيبدأ مطلع الشهر المقبل.", ENTS)).find((x) => x.text.includes("التسجيل في البرنامج"));
  assert.ok(q, "the quote is found");
  assert.equal(q.speaker, "p:karim");
});

test("أبان with a noun object: no quote", () => {
  const qs = findQuotes(makeDoc("وأبان الفحص الطبي وجود كسر بسيط في الساق اليسرى للاعب كريم الساعدي.", ENTS));
  assert.equal(qs.filter((x) => x.text.includes("كسر بسيط")).length, 0);
});
