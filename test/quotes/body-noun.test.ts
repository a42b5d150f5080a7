// A bare body noun as the subject of a cue ("وقالت الوزارة"، "وأكدت الشركة") names the body of its
// kind the article named before (data/lexicon/body-nouns.tsv, src/quotes/body-noun.ts).
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { bodyNouns } from "../../src/lexicon/body-nouns.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم"] },
  { id: "g:land", type: "GPE" as const, forms: ["بلاد الرمل", "الرملية"] },
  { id: "o:water", type: "ORG" as const, forms: ["شركة المياه الزرقاء"] },
  { id: "o:nour", type: "ORG" as const, forms: ["نوركو"] },
  // a company of the knowledge base named without شركة (data/kb/orgs.tsv: subtype company)
  { id: "rasid:rosatom", type: "ORG" as const, forms: ["روساتوم"] },
  { id: "o:health", type: "ORG" as const, forms: ["وزارة الصحة"] },
  { id: "o:farm", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:board", type: "ORG" as const, forms: ["هيئة المواصفات"] },
];

// [what the rule is, text, snippet one quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["the company named with its head, not the country that spoke last",
    "أعلنت شركة المياه الزرقاء خطة جديدة. وقالت بلاد الرمل إن الموسم جاف جدا. ارتفعت مبيعات الشركة في بلاد الرمل هذا العام. وأوضحت الشركة أن الأسعار ستبقى ثابتة حتى نهاية العام.",
    "الأسعار ستبقى ثابتة حتى", "o:water"],
  ["a company of the KB's kind named without شركة",
    "وقعت روساتوم عقدا لبناء محطة. وقال كريم سالم إن المشروع كبير جدا. وأكدت الشركة أن البناء سيبدأ في الربيع المقبل.",
    "البناء سيبدأ في الربيع", "rasid:rosatom"],
  ["the ministry that spoke keeps speaking when another was named in passing",
    "قالت وزارة الصحة إن الحملة بدأت في القرى. وتنسق الوزارة مع وزارة الزراعة لتوعية المربين. وأكدت الوزارة أنها ستواصل جهودها طوال الصيف المقبل.",
    "ستواصل جهودها طوال الصيف", "o:health"],
  ["the nearest ministry when none of them spoke",
    "زار كريم سالم وزارة الصحة صباحا ثم وزارة الزراعة. وأعلنت الوزارة أنها ستوزع البذور على المزارعين مجانا.",
    "ستوزع البذور على المزارعين", "o:farm"],
  ["a body noun no body of its kind answers is unnamed, not the last speaker",
    "وقال كريم سالم إن الطرق مغلقة بسبب الثلوج. وذكرت الشرطة أنها أغلقت ثلاثة طرق رئيسية في الشمال.",
    "أغلقت ثلاثة طرق رئيسية", null],
  ["an untyped organization that spoke last may be the company",
    "أطلقت نوركو تطبيقا جديدا للمشتركين. وقالت نوركو إن التطبيق مجاني تماما للجميع. وأضافت الشركة أن عدد المستخدمين تجاوز مليونا في أسبوع.",
    "عدد المستخدمين تجاوز مليونا", "o:nour"],
  ["a head before a quoted name names it",
    "أصدرت «هيئة المواصفات» تعميما للمصانع. وقال كريم سالم إن التعميم واضح. وأوضحت الهيئة أن المخالفين سيدفعون غرامات كبيرة.",
    "المخالفين سيدفعون غرامات كبيرة", "o:board"],
  ["a document noun is never a body noun",
    "قال كريم سالم إن الموسم جيد. وأشار التقرير إلى أن الإنتاج سيرتفع بنسبة كبيرة هذا العام.",
    "الإنتاج سيرتفع بنسبة كبيرة", null],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`body noun: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    if (speaker === null && !q) return; // an unnamed source may yield no quote at all
    assert.ok(q, `no quote holds "${snippet}": ${JSON.stringify(qs.map((x) => [x.speaker, x.text]))}`);
    assert.equal(q.speaker, speaker);
  });
}

test("body nouns: no document noun or title is a row", () => {
  for (const w of ["تقرير", "بيان", "دراسه", "وزير", "رئيس"]) assert.ok(!bodyNouns().has(w), w);
  assert.ok(bodyNouns().get("شركه")?.subtypes.has("company"));
  assert.ok(bodyNouns().get("حكومه")?.gpe);
});
