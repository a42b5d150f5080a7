// Two unknown persons side by side with only a space between are one person (adjacent-persons.ts):
// the tagger closes a name early and opens another on its next word. Guards: a definite family name
// closes a name (a list without commas), a conjunct, a preposition, a title, a word after a family
// name that goes on with the sentence, a place the KB knows. The shipped KB, lexicons and tagger;
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

const joined: [string, string][] = [
  ["وتوفي المواطن عيد ماطر مبارك الشهراني في الحادث.", "عيد ماطر مبارك الشهراني"],
  ["وقال تشارلز لتدوج دودجسون إن الكتاب جاهز.", "تشارلز لتدوج دودجسون"],
];
for (const [s, name] of joined) test(`one person: ${name}`, () => assert.ok(persons(s).includes(name), JSON.stringify(persons(s))));

const apart: [string, string][] = [
  ["والتقى فرحان الشلوي عبدالعزيز النومان في النادي.", "فرحان الشلوي عبدالعزيز النومان"],
  ["ويضيف كورتيز قائلا إن الجهاز مفيد.", "كورتيز قائلا"],
  ["ونقرأ في كتاب بديع للإمام ابن حزم فصلا.", "بديع للإمام ابن حزم"],
  ["ويقول دكتور اندرو رايت إن الماء نظيف.", "دكتور اندرو رايت"],
];
for (const [s, span] of apart) test(`not one person: ${span}`, () => assert.ok(!persons(s).some((p) => p.includes(span)), JSON.stringify(persons(s))));
