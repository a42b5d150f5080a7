// "نقلت X عن Y، [his description]، قوله …": the noun of saying (قوله، قولها، تصريحه) after the
// relayed source and his description opens what he said; the description is not his words, and
// the noun is not a cue of its own with another speaker. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم الساعدي"] },
  { id: "p:nader", type: "PERSON" as const, forms: ["نادر فوزي"] },
  { id: "o:agency", type: "ORG" as const, forms: ["وكالة الأنباء الوطنية"] },
  { id: "o:shipping", type: "ORG" as const, forms: ["شركة النقل البحري"] },
];

// [what the rule is, text, snippet the quote holds, its speaker, a snippet no quote may start with]
const CASES: [string, string, string, string, string][] = [
  ["an outlet's name in quotation marks after it, then قوله after an aside",
    "ونقلت وكالة الأنباء الوطنية «وان» عن الرئيس كريم الساعدي، قوله خلال استقباله نادر فوزي، بأن «الحل في البلاد سياسي فقط».", "الحل في البلاد", "p:karim", "«وان»"],
  ["the source's description before قوله is not what he said",
    "ونقلت الصحيفة عن كريم الساعدي، مدير شركة النقل البحري، قوله: «الرحلات ستستأنف الأسبوع المقبل من كل الموانئ».", "الرحلات ستستأنف", "p:karim", "مدير شركة"],
];

for (const [what, text, snippet, speaker, notStart] of CASES) {
  test(what, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet) && x.speaker === speaker);
    assert.ok(q, `no quote of ${speaker} holding "${snippet}": ${JSON.stringify(qs.map((x) => [x.speaker, x.text]))}`);
    assert.ok(!qs.some((x) => x.text.startsWith(notStart)), `a quote starts with "${notStart}"`);
  });
}
