// A preposition written apart (لـ, ل + a quoted outlet) is no last word of a name, though the tagger
// reads it inside one (model-mentions.ts withoutLoneLetter). The shipped lexicons and tagger;
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

const cases: [string, string, string][] = [
  ["لـ and a tatweel before guillemets", "وقال منير الحكيمي لـ«الشرق الأوسط» إن المفاوضات متعثرة.", "منير الحكيمي"],
  ["ل before straight quotes", "وأوضح طارق السحيمي ل\"الرياض\" أن الموسم طويل.", "طارق السحيمي"],
  ["a four-word name before لـ", "وأكد محافظ المدينة سالم بن ناصر بن هادي لـ«عكاظ» أن العمل مستمر.", "سالم بن ناصر بن هادي"],
];

for (const [what, text, name] of cases) {
  test(`a name ends before a lone preposition: ${what}`, () => {
    const got = persons(text);
    assert.ok(got.includes(name), `${name} not in ${JSON.stringify(got)}`);
    assert.ok(!got.some((n) => /\sلـ?$/.test(n)), JSON.stringify(got));
  });
}
