// A given name found alone right before a family name the KB gives another person is one person
// (split-names.ts, last in find-mentions.ts): "عبد الودود وحيدي" is not عبد الودود + the KB's أحمد
// وحيدي. Two persons joined by و stay two; a KB person's own given name keeps the KB's person.
// The shipped KB, lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text + (m.kbId ? "=" + m.kbId : ""));

test("a given name and another person's KB family name are one unlinked person", () => {
  const p = persons("لكن المتحدث باسم حاكم ولاية كندوز عبد الودود وحيدي قال إن عشرين مسلحا قتلوا.");
  assert.ok(p.includes("عبد الودود وحيدي"), JSON.stringify(p));
});
test("the KB person's own name stays the KB's", () => {
  const p = persons("وقال وزير الدفاع الإيراني أحمد وحيدي إن بلاده مستعدة.");
  assert.ok(p.some((x) => x.startsWith("أحمد وحيدي=")), JSON.stringify(p));
});
test("two persons joined by و stay two", () => {
  const p = persons("والتقى عبد الودود وأحمد وحيدي في طهران.");
  assert.ok(!p.some((x) => x.includes("عبد الودود وأحمد")), JSON.stringify(p));
});
