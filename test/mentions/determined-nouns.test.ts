// A one-word definite name right after a demonstrative or شبه is the common noun it is spelled
// like (determined-nouns.ts); the same name elsewhere, a longer name, or a name with a clitic of
// its own stands. Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { makeMention } from "../../src/mentions/candidate.ts";
import { withoutDeterminedNouns } from "../../src/mentions/determined-nouns.ts";
import type { Ctx } from "../../src/mentions/words.ts";

/** The kept texts of one-word ORG mentions made by hand over the given words. */
function kept(text: string, words: string[]): string[] {
  const res = defaultResources();
  const c: Ctx = { text, tokens: analyze(text).tokens, gaz: res.gaz, lex: res.lex };
  const ms = words.map((w) => {
    const i = c.tokens.findIndex((t) => t.text === w);
    assert.ok(i >= 0, w);
    return makeMention(text, c.tokens, c.tokens[i].readings[0], i, i + 1, "ORG", "pattern", 0.5, w);
  });
  return withoutDeterminedNouns(c, ms).map((m) => m.text);
}

test("any one-word definite mention after a determiner goes; a comma, a clitic or no ال keeps it", () => {
  assert.deepEqual(kept("وقد يصمد هذا التحالف أمام الضغوط.", ["التحالف"]), []);
  assert.deepEqual(kept("ويرى الشيخ أن فكر هؤلاء الخوارج بعيد عن الدين.", ["الخوارج"]), []);
  assert.deepEqual(kept("وقال القائد: فهذه الجبهة صامدة منذ شهور.", ["الجبهة"]), []);
  assert.deepEqual(kept("وأعلن بعد ذلك، التحالف موقفه.", ["التحالف"]), ["التحالف"]);
  assert.deepEqual(kept("وتقع هذه بالجزيرة منذ زمن.", ["بالجزيرة"]), ["بالجزيرة"]);
  assert.deepEqual(kept("وقال هذا سالم أمس.", ["سالم"]), ["سالم"]);
  assert.deepEqual(kept("وأعلن التحالف موقفه.", ["التحالف"]), ["التحالف"]);
});

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("a definite name after a demonstrative or شبه is the common noun", () => {
  const cases: [string, string][] = [
    ["وتقع هذه الجزيرة الصغيرة قبالة ساحل المحيط.", "الجزيرة"],
    ["وحكمت الإمبراطورية شبه الجزيرة الكورية عقودا طويلة.", "الجزيرة"],
    ["وعاد الصيادون إلى لشبه الجزيرة بعد العاصفة.", "الجزيرة"],
  ];
  for (const [text, gone] of cases) {
    const got = found(text);
    assert.ok(!got.some((m) => m.endsWith(`:${gone}`)), `${text}: ${gone} should be gone, got ${JSON.stringify(got)}`);
  }
});

test("the name stands elsewhere", () => {
  const cases: [string, string][] = [
    ["وقال مراسل الجزيرة إن القصف استمر طوال الليل.", "ORG:الجزيرة"],
    ["وأكد هذا وزير الخارجية السعودي في مؤتمر صحفي.", "GPE:السعودي"],
    ["وحكمت اليابان شبه جزيرة القرم في رواية خيالية.", "LOC:شبه جزيرة القرم"],
    ["وأعلن بنك الجزيرة أرباحه الفصلية أمس.", "ORG:بنك الجزيرة"],
  ];
  for (const [text, want] of cases) {
    const got = found(text);
    assert.ok(got.includes(want), `${text}: wants ${want}, got ${JSON.stringify(got)}`);
  }
});

test("org15's KB organizations", () => {
  const got = found("وتوصلت إيران ومجموعة الست إلى اتفاق نهائي في فيينا.");
  assert.ok(got.includes("ORG:مجموعة الست"), JSON.stringify(got));
});
