// Interviews laid out as questions and answers: each answer paragraph is a direct quote of the
// interviewee (the person the lead quotes, or the one the headline names before its colon); cues
// inside the turns make no quotes of their own; rhetorical questions in prose make no interview.
// Texts written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:nader", type: "PERSON" as const, forms: ["نادر الحلبي", "الحلبي"] },
  { id: "p:rima", type: "PERSON" as const, forms: ["ريما سعادة"] },
  { id: "o:paper", type: "ORG" as const, forms: ["النهار"] },
];

const BULLETS = [
  "أكد وزير الري نادر الحلبي أن مشاريع السدود ستكتمل قبل نهاية العام، وقال في حوار مع النهار إن التمويل متوفر بالكامل. وفيما يلي نص الحوار:",
  "* ما هي أبرز المشاريع التي تعملون عليها الآن؟",
  "- نعمل على ثلاثة سدود كبيرة في الشمال وسدين في الجنوب، وستنتهي كلها قبل الشتاء المقبل.",
  "* وماذا عن شكاوى المزارعين من نقص المياه؟",
  "- الشكاوى مفهومة، وقد أكدت ريما سعادة أن الوزارة ستعوض المتضررين، ونحن ملتزمون بذلك تماما.",
  "* هل تتوقعون زيادة في الموازنة؟",
  "- نعم، ننتظر زيادة بنسبة عشرين في المائة في الموازنة القادمة لدعم المشاريع الجديدة.",
].join("\n");

test("interview: each answer paragraph is a direct quote of the person the lead quotes", () => {
  const qs = findQuotes(makeDoc(BULLETS, ENTS));
  for (const snippet of ["ثلاثة سدود كبيرة", "الشكاوى مفهومة", "ننتظر زيادة بنسبة"]) {
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}"`);
    assert.equal(q.speaker, "p:nader");
    assert.equal(q.direct, true);
    assert.ok(!q.text.startsWith("-"), q.text);
  }
});

test("interview: a cue inside an answer makes no quote of its own, and questions are no quotes", () => {
  const qs = findQuotes(makeDoc(BULLETS, ENTS));
  assert.deepEqual(qs.filter((x) => x.speaker === "p:rima").map((x) => x.text), []);
  assert.deepEqual(qs.filter((x) => x.text.includes("ما هي أبرز المشاريع")).map((x) => x.text), []);
});

test("interview: س: and ج: marks, the interviewee named before the headline's colon", () => {
  const text = [
    "الحلبي: السدود ستكتمل قبل الشتاء",
    "التقت النهار وزير الري في مكتبه وسألته عن خطط الوزارة للعام المقبل.",
    "س: ما هي خططكم للعام المقبل",
    "ج: سنبني خمسة سدود جديدة ونوسع شبكة القنوات في الشمال.",
    "س: وماذا عن التمويل",
    "ج: التمويل متوفر بالكامل من الموازنة العامة ومن القروض الميسرة.",
    "س: متى تبدأ الأعمال",
    "ج: تبدأ الأعمال في الربيع المقبل بعد انتهاء موسم الأمطار مباشرة.",
  ].join("\n");
  const doc = makeDoc(text, ENTS);
  doc.title = "الحلبي: السدود ستكتمل قبل الشتاء";
  const qs = findQuotes(doc);
  const q = qs.find((x) => x.text.includes("سنبني خمسة سدود"));
  assert.ok(q, JSON.stringify(qs.map((x) => x.text)));
  assert.equal(q.speaker, "p:nader");
  assert.ok(q.text.startsWith("سنبني"), q.text);
});

test("interview: rhetorical questions in prose make no interview", () => {
  const text = [
    "قال نادر الحلبي إن الموسم صعب على المزارعين هذا العام.",
    "لكن من يتحمل المسؤولية عن نقص المياه في القرى؟",
    "الوزارة تقول إنها فعلت ما بوسعها، والمزارعون يقولون غير ذلك تماما كل يوم.",
    "وهل يكفي أن نلوم الطقس وحده؟",
    "الأمطار قليلة منذ سنوات والسدود القديمة لم تعد تكفي حاجة الناس.",
    "ومتى تتحرك الحكومة؟",
    "الأسئلة كثيرة والأجوبة قليلة، والمزارع وحده يدفع الثمن في النهاية.",
  ].join("\n");
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.deepEqual(qs.filter((x) => x.text.includes("الأمطار قليلة")).map((x) => x.speaker), []);
});
