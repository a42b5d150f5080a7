// A weak-headed institution named "head + proper name + لل- purpose" stands without the tagger
// (purpose-names.ts, model-mentions.ts); an ordinary word before the purpose leaves it to the tagger.
// The shipped lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { purposeNamed } from "../../src/mentions/purpose-names.ts";
import { docForms } from "../../src/mentions/word-classes.ts";
import type { Ctx } from "../../src/mentions/words.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "ORG").map((m) => m.text);

test("purpose names: a KB name between a weak head and its purpose", () => {
  assert.ok(orgs("واستنكرت «مؤسسة الأقصى للتراث والآثار» هدم الجدار القديم.").includes("مؤسسة الأقصى للتراث والآثار"));
});

// the shape alone, on token spans (head at 0)
const shape = (text: string, end: number) => {
  const tokens = analyze(text).tokens;
  const res = defaultResources();
  const c: Ctx = { text, tokens, gaz: res.gaz, lex: res.lex };
  c.forms = docForms(text, tokens, res.gaz, res.lex, true);
  const m = { tokens: { start: 0, end } } as Parameters<typeof purposeNamed>[1];
  return purposeNamed(c, m);
};

const cases: [string, number, boolean, string][] = [
  ["مركز زنغرافي للدراسات الاستراتيجية", 4, true, "a word no dictionary holds, then the purpose"],
  ["لجنة الانضباط للموسم المقبل", 3, false, "a definite ordinary noun before لل-: a description"],
  ["إدارة النادي للحصول على", 3, false, "a purpose clause after a description"],
  ["مؤسسة زنغرافي", 2, false, "no purpose phrase"],
  ["إدارة الفندق للتنازل عن الحجز", 3, false, "a word the KB knows only as a GeoNames village is no proper name"],
];
for (const [text, end, want, why] of cases) {
  test(`purpose names shape: ${why}`, () => assert.equal(shape(text, end), want));
}
