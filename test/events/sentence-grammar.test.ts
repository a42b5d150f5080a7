// Grammar that holds on any news text, not on particular names: a double period between two
// sentences ends the first; a people named by a nationality adjective in ـيين is accusative or
// genitive, so it is never a verb's subject; "عددا من X" takes part of X as "عدد من X" does.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "g:north", type: "GPE" as const, forms: ["نورستان", "نورستانيين", "النورستانيين"] },
  { id: "g:town", type: "GPE" as const, forms: ["وادي الريح"] },
  { id: "o:army", type: "ORG" as const, forms: ["جيش نورستان"] },
  { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  { id: "p:amin", type: "PERSON" as const, forms: ["أمين فارس"] },
];

test("a double period ends a sentence: two arrests told in two sentences are two events", () => {
  const text = "واعتقل جيش نورستان خمسة من مسلحي جبهة التحرير.. واعتقل جيش نورستان أمين فارس في وادي الريح.";
  const evs = findEvents(makeDoc(text, ENTS, "2021-03-10")).filter((e) => e.type === "COERCE");
  assert.deepEqual(evs.map((e) => e.target), ["o:front", "p:amin"]);
  assert.ok(evs[0].sentence.end <= text.indexOf("..") + 2, "the first evidence ends at the double period");
});

test("an ellipsis still does not end a sentence", () => {
  const text = "واعتقل جيش نورستان خمسة من مسلحي جبهة التحرير... واعتقل أمين فارس في وادي الريح.";
  const evs = findEvents(makeDoc(text, ENTS, "2021-03-10"));
  assert.ok(evs.length > 0);
  for (const e of evs) assert.equal(e.sentence.end, text.length, "one sentence, through the end");
});

// [name, text, type, source, target]
const CASES: [string, string, string, string | null, string | null][] = [
  ["a nationality plural in ـيين after the verb is its object", "وهاجم جيش نورستان مواقع جبهة التحرير، بينما اعتقلت فتيين نورستانيين في وادي الريح.", "COERCE", null, "g:north"],
  ["a nationality plural in ـيين before the verb is no subject", "وطالب الأطباء النورستانيين بإطلاق سراح أمين فارس.", "REQUEST", null, null],
  ["عددا من: part of the object", "واعتقل جيش نورستان عددا من عناصر جبهة التحرير.", "COERCE", "o:army", "o:front"],
  ["a long title after the verb runs on to its holder's name", "واتهم وزير الأوقاف والشؤون الدينية النورستاني أمين فارس جبهة التحرير بالاعتداء على المسجد.", "ACCUSE", "p:amin", "o:front"],
  ["كثف governs the event noun after it", "وكثف جيش نورستان غاراته الجوية على مواقع جبهة التحرير.", "ASSAULT", "o:army", "o:front"],
  ["تبنى: who claims an attack did it", "وتبنت جبهة التحرير الهجوم على وادي الريح.", "ASSAULT", "o:front", "g:town"],
  ["صدامات between two sides (the last of the two directions)", "ووقعت صدامات بين جيش نورستان وجبهة التحرير قرب وادي الريح.", "ASSAULT", "o:front", "o:army"],
  ["a sanction named by its noun alone, no actor tied to it, was told before", "وأكد أمين فارس أن الحظر الدولي على توريد السلاح لنورستان مستمر منذ سنوات.", "SANCTION", null, null],
  ["تعرض لـ: its subject undergoes the attack (the ل is no purpose)", "وتعرض جيش نورستان لهجوم من قبل جبهة التحرير.", "ASSAULT", "o:front", "o:army"],
  ["a condemnation of statements is aimed at who made them (relative clause)", "ودانت جبهة التحرير بوادي الريح التصريحات التي صدرت عن أمين فارس.", "ACCUSE", "o:front", "p:amin"],
  ["a refusal of claims is aimed at who launched them", "ورفض جيش نورستان الاتهامات التي أطلقها أمين فارس أمس.", "REJECT", "o:army", "p:amin"],
  ["a masdar joined to an event verb: its pronoun is the verb's subject, its ل-pronoun the target", "وانتقد أمين فارس جيش نورستان واتهامه له بقصف القرى.", "ACCUSE", "p:amin", "o:army"],
  ["an event in a condition is supposed, not told", "وقال أمين فارس لو كانت لدينا أسلحة كافية لما هاجم جيش نورستان وادي الريح.", "ASSAULT", null, null],
  ["رحل is leaving, not deporting", "ورحل أمين فارس عن جبهة التحرير في نهاية الموسم.", "COERCE", null, null],
  ["تبعد with a distance is no expulsion", "وقال أمين فارس إن جبهة التحرير تبعد 125 كيلومترا عن جيش نورستان.", "COERCE", null, null],
  ["وصفت (described) is not و + صفت (liquidated)", "وصفت جبهة التحرير جيش نورستان بالإرهاب.", "ASSAULT", null, null],
  ["a striker (مهاجم) is no attack", "وسجل أمين فارس مهاجم جبهة التحرير هدفا.", "ASSAULT", null, null],
  ["after a count the word is the noun counted (طالب: student), not a verb", "وشارك أكثر من 500 طالب نورستاني في مسابقة نظمتها جبهة التحرير.", "REQUEST", null, null],
  ["a currency (فرنك) is no flight", "وخسر جيش نورستان 50 مليار فرنك في عام واحد.", "RETREAT", null, null],
  ["a road intersection (تقاطع) is no boycott", "وافتتح أمين فارس تقاطع طريق جبهة التحرير في وادي الريح.", "SANCTION", null, null],
  ["a march with a possessive is a career", "واستهل أمين فارس مسيرته مع جبهة التحرير في وادي الريح.", "PROTEST", null, null],
  ["تجمع بين (brings together) is no gathering", "وقال أمين فارس إن المباراة التي تجمع بين جيش نورستان وجبهة التحرير ستقام غدا.", "PROTEST", null, null],
  ["a support verb with its object pronoun governs no noun after it", "وقتل عشرة في هجوم نفذته جبهة التحرير في مقاطعة نورستان.", "SANCTION", null, null],
];
for (const [name, text, type, source, target] of CASES) {
  test(`sentence grammar: ${name}`, () => {
    const evs = findEvents(makeDoc(text, ENTS, "2021-03-10")).filter((e) => e.type === type);
    if (source === null && target === null) { assert.equal(evs.length, 0); return; }
    const ev = evs[evs.length - 1];
    assert.ok(ev, `an ${type} event`);
    assert.equal(ev.source, source);
    assert.equal(ev.target, target);
  });
}
