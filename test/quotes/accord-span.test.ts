// "according to" (بحسب، وفق، حسب) inside a sentence: the statement runs on past the phrase when
// the clause goes on after its speaker (not over a new clause, a relative, أن or the speaker's own
// description); a title before the name ("وفق وزير الزراعة X") and a reporter of an outlet ("بحسب
// مراسل لوكالة X") name the speaker; "وبحسب البيان، فقد …" is the statement the last speaker issued.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم الساعدي"] },
  { id: "p:hisham", type: "PERSON" as const, forms: ["هشام الراوي"] },
  { id: "o:relief", type: "ORG" as const, forms: ["هيئة الإغاثة"] },
  { id: "o:governor", type: "ORG" as const, forms: ["مكتب المحافظ"] },
];

// [what the rule is, text, snippet the quote holds, its speaker, a snippet it must not hold]
const CASES: [string, string, string, string, string | null][] = [
  ["the clause goes on after the speaker and a comma",
    "وتسببت العاصفة الشديدة التي ضربت الساحل ليلا وفق كريم الساعدي، بانقطاع الكهرباء عن ثلاثة أحياء في المدينة.", "بانقطاع الكهرباء", "p:karim", null],
  ["the clause goes on past the speaker's short aside",
    "وكانت القافلة وصلت إلى المعبر صباح اليوم وهي، بحسب بيان هيئة الإغاثة نشره على موقعه، أكبر قافلة تعبر منذ بداية الأزمة.", "أكبر قافلة", "o:relief", null],
  ["a new clause after the phrase is not the statement",
    "وصلت الشحنة الأولى إلى الميناء صباح أمس، وفق كريم الساعدي، وكان الوزير في استقبالها عند الرصيف.", "وصلت الشحنة", "p:karim", "في استقبالها"],
  ["the speaker's description after a comma is not the statement",
    "انخفضت أسعار الخضار بنسبة كبيرة خلال هذا الشهر، حسب كريم الساعدي، المدير العام للهيئة.", "انخفضت أسعار", "p:karim", "المدير العام"],
  ["a title before the name: its holder speaks",
    "وصل الوفد الحكومي إلى المدينة على متن طائرة خاصة، وفق وزير الزراعة هشام الراوي.", "وصل الوفد", "p:hisham", null],
  ["according to the statement met before: its issuer, the last speaker",
    "أعلن مكتب المحافظ في بيان عن بدء حملة جديدة على المهربين. وبحسب البيان، فقد صادرت القوات شحنة كبيرة من الأسلحة قرب الحدود.", "صادرت القوات", "o:governor", null],
];

for (const [what, text, snippet, speaker, not] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    assert.equal(q.speaker, speaker);
    if (not) assert.ok(!q.text.includes(not), `the quote runs over "${not}"`);
  });
}
