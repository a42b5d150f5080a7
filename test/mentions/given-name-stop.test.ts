// A given name that is no common word is no conjunction + stop word: فيصل is not ف + the verb يصل
// (word-classes.ts wholeName, words.ts isStop), so a name that starts with it runs on. Rules alone,
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("فيصل starts a name", () => {
  const text = "وقام المسلحون باختطاف المهندس فيصل الزبيدي في ساعة متأخرة.";
  assert.ok(persons(text).includes("فيصل الزبيدي"), JSON.stringify(persons(text)));
});
