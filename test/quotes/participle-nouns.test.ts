// reporting-cues.tsv frame femnoun: a participle whose feminine form is as often a noun or an
// adjective (مطالبة a demand, لافتة a sign, داعية a preacher, متوقعة expected) speaks in that form
// only after a comma or a closing quotation mark, or with أن right after it. Sentences written for
// these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "o:league", type: "ORG" as const, forms: ["رابطة المزارعين"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const SPEAKS: [string, string, string, string][] = [
  ["after a comma the feminine participle continues its speaker",
    "وانتقدت هدى ناصر تأخر صرف التعويضات، مطالبة بتعويض المزارعين قبل نهاية الشهر.", "بتعويض المزارعين", "p:huda"],
  ["after a closing quotation mark too",
    "وقالت رابطة المزارعين إن «الموسم صعب» لافتة إلى أن الأمطار تأخرت كثيرا.", "الأمطار تأخرت", "o:league"],
  ["with أن right after it, no comma is needed",
    "ونشرت رابطة المزارعين تقريرها السنوي متوقعة أن يرتفع الإنتاج في الربيع المقبل.", "يرتفع الإنتاج", "o:league"],
];

// [what the rule is, text, a cue word that must open no quote]
const NOT_A_CUE: [string, string, string][] = [
  ["a demand (مطالبة) after a noun is no participle",
    "وكان إنشاء السوق ثمرة مطالبة شعبية واسعة بتوفير الخضار بأسعار معقولة.", "مطالبة"],
  ["required (مطالبة) as a predicate is no participle",
    "فالمدرسة مطالبة بتوفير الكتب لكل الطلاب قبل بدء العام الدراسي.", "مطالبة"],
  ["a sign (لافتة) is no participle",
    "وعند مدخل القرية تجد لافتة مكتوبا عليها إن المزرعة مغلقة يوم الجمعة.", "لافتة"],
  ["a preacher (داعية) is no participle",
    "وتحدثت هدى ناصر مع داعية شاب عن برامج الشباب إلى أن انتهى اللقاء.", "داعية"],
  ["a preacher (داعية) as a predicate is no participle",
    "وكان ضيف البرنامج داعية معروفا تحدث عن أن الصبر مفتاح الفرج.", "داعية"],
  ["expected (متوقعة) as a predicate is no participle",
    "وكانت الزيادة متوقعة بعد أن أعلنت رابطة المزارعين خطتها الجديدة.", "متوقعة"],
];

for (const [rule, text, snippet, speaker] of SPEAKS) {
  test(`femnoun: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
  });
}
for (const [rule, text, cue] of NOT_A_CUE) {
  test(`femnoun: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    assert.ok(!qs.some((q) => q.cue === cue), `no quote opens on ${cue} (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
  });
}
