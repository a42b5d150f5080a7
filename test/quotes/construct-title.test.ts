// A title in construct with the body it heads ("وأوضح رئيس نقابة المزارعين أن") and no name of its
// own stands for the person introduced earlier with that title and that body. Sentences written
// for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر"] },
  { id: "o:union", type: "ORG" as const, forms: ["نقابة المزارعين"] },
  { id: "o:chamber", type: "ORG" as const, forms: ["غرفة التجارة"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["the holder introduced before his name",
    "التقى رئيس نقابة المزارعين كريم سالم وفدا من الوزارة أمس. وأوضح رئيس نقابة المزارعين أن الموسم سيكون وفيرا هذا العام.", "الموسم سيكون وفيرا", "p:karim"],
  ["the holder introduced with an appositive title",
    "التقت هدى ناصر، رئيسة غرفة التجارة، وفدا من التجار أمس. وقالت رئيسة غرفة التجارة إن الأسواق تشهد إقبالا كبيرا هذه الأيام.", "الأسواق تشهد إقبالا", "p:huda"],
  ["another body's head is not that holder",
    "التقى رئيس نقابة المزارعين كريم سالم وفدا من الوزارة أمس. وأوضح رئيس غرفة التجارة أن الأسواق تشهد إقبالا كبيرا هذه الأيام.", "الأسواق تشهد إقبالا", "o:chamber"],
  ["a person inside another's title is not its holder",
    "وصل هدى ناصر مستشارة كريم سالم رئيس نقابة المزارعين إلى القرية. وأوضح رئيس نقابة المزارعين أن الموسم سيكون وفيرا هذا العام.", "الموسم سيكون وفيرا", "o:union"],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`construct-title: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.speaker, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
