// Where a reported clause ends: at a verb of saying that opens a clause of its own, after a conjunction
// ("وأضاف") or a clause opener ("، فيما أكد X"، "، حيث قال"), not at one whose first letter is its own
// و or ف ("بسبب ما وصفه بـ"، "التي وصفها"), and not after إذ, whose clause gives the reason within the
// same statement. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "o:union", type: "ORG" as const, forms: ["نقابة المزارعين"] },
  { id: "o:ports", type: "ORG" as const, forms: ["هيئة الموانئ"] },
  { id: "p:salma", type: "PERSON" as const, forms: ["سلمى القاسم"] },
];

// [what the rule is, text, snippet the quote holds, its speaker, words the quote must not hold]
const CASES: [string, string, string, string | null, string | null][] = [
  ["a verb whose own first letter is و (ما وصفه) goes on inside the content",
    "وقالت نقابة المزارعين إنها تصعد احتجاجاتها بسبب ما وصفته بتجاهل مطالب الفلاحين في الشمال.", "بتجاهل مطالب الفلاحين", "o:union", null],
  ["a relative clause with وصفها stays in the content",
    "وأوضحت سلمى القاسم أن الزيارة التي وصفتها بالناجحة ستتكرر في الربيع المقبل.", "ستتكرر في الربيع", "p:salma", null],
  ["، فيما + a verb of saying opens another statement: the first content ends before فيما",
    "قالت نقابة المزارعين إن المحصول تراجع هذا العام، فيما أكدت هيئة الموانئ أن الصادرات ارتفعت بشكل كبير.", "المحصول تراجع", "o:union", "فيما"],
  ["the statement after فيما is its speaker's own",
    "قالت نقابة المزارعين إن المحصول تراجع هذا العام، فيما أكدت هيئة الموانئ أن الصادرات ارتفعت بشكل كبير.", "الصادرات ارتفعت", "o:ports", null],
  ["، في حين: both words stay out of the first content",
    "أعلنت هيئة الموانئ أن الرصيف الجديد جاهز للعمل، في حين أشارت سلمى القاسم إلى أن الطرق المؤدية إليه لم تكتمل.", "الرصيف الجديد جاهز", "o:ports", "في"],
  ["إذ + a verb of saying gives the reason inside the same statement",
    "قالت نقابة المزارعين إنها ستقلص المساحات المزروعة إذ تتوقع تراجع الأمطار هذا الشتاء.", "تراجع الأمطار", "o:union", null],
];

for (const [what, text, snippet, speaker, without] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    assert.equal(q.speaker, speaker);
    if (without) assert.ok(!q.text.split(/\s+/).includes(without), `"${q.text}" holds "${without}"`);
  });
}
