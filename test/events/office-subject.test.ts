// office-subject.ts: a verb's subject written as an office of a body after لـ ("الأمانة العامة لـX"،
// "الأمين العام لـX") is the holder named right after it, else the body; meeting-seat.ts: a body after
// "في مقر"/"بديوان" is where a meeting is held, not whom it meets. Sentences written for these tests,
// in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { WORLD, eventsIn, show, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  ...WORLD,
  { id: "o:league", type: "ORG", forms: ["رابطة الدول الجنوبية"] },
  { id: "o:ministry", type: "ORG", forms: ["وزارة الطاقة"] },
  { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] },
  { id: "p:salim", type: "PERSON", forms: ["سليم داود"] },
];
const HEAD = "أخبار وادي الريح\n";

// [name, sentence, [type, source, target] expected among the events]
const CASES: [string, string, [string, string | null, string | null]][] = [
  ["a secretariat with no holder named speaks for its body",
    "واستنكرت الأمانة العامة لرابطة الدول الجنوبية تصريحات كريم ناصر الأخيرة.", ["ACCUSE", "o:league", "p:karim"]],
  ["a secretary general with no name condemns for the body",
    "ودان الأمين العام لرابطة الدول الجنوبية الهجوم على وادي الريح.", ["ACCUSE", "o:league", null]],
  ["an honorific before the office, the holder named after the body",
    "واستنكر معالي الأمين العام لرابطة الدول الجنوبية الدكتور سليم داود تصريحات كريم ناصر.", ["ACCUSE", "p:salim", "p:karim"]],
  ["the abbreviation د. before the holder ends no clause",
    "وندد الأمين العام لرابطة الدول الجنوبية د. سليم داود بتصريحات كريم ناصر.", ["ACCUSE", "p:salim", "p:karim"]],
  ["a place the body is in stands between the body and its holder",
    "ودعا المتحدث الرسمي لجيش نورستان في وادي الريح العقيد سليم داود جبهة التحرير إلى الانسحاب.", ["REQUEST", "p:salim", "o:front"]],
  ["a request by a secretariat",
    "ودعت الأمانة العامة لرابطة الدول الجنوبية حكومة نورستان إلى ضبط النفس.", ["REQUEST", "o:league", "g:north"]],
  ["a meeting held at a ministry's seat: the partner is the one named after it",
    "واستقبل معالي وزير الطاقة سليم داود في مقر وزارة الطاقة بوادي الريح الوزير كريم ناصر.", ["CONSULT", "p:salim", "p:karim"]],
  ["a meeting in a ministry's office building",
    "واجتمع الوزير سليم داود أمس في ديوان وزارة الطاقة مع كريم ناصر.", ["CONSULT", "p:salim", "p:karim"]],
];

for (const [name, sentence, [type, src, tgt]] of CASES) {
  test(`office subject: ${name}`, () => {
    const evs = eventsIn(HEAD + sentence, W);
    assert.ok(evs.some((e) => e.type === type && e.source === src && e.target === tgt), show(evs));
  });
}

// [name, sentence, type, source that must not act]
const NOT: [string, string, string, string][] = [
  ["a person named after other words than titles is not the office's holder",
    "واستنكرت الأمانة العامة لرابطة الدول الجنوبية تصريحات الوزير كريم ناصر.", "ACCUSE", "p:karim"],
  ["the ministry whose seat holds the meeting is not the partner",
    "واستقبل الوزير سليم داود في مقر وزارة الطاقة الوزير كريم ناصر.", "CONSULT", "o:ministry"],
];

for (const [name, sentence, type, who] of NOT) {
  test(`office subject: ${name}`, () => {
    const evs = eventsIn(HEAD + sentence, W);
    assert.ok(!evs.some((e) => e.type === type && (e.source === who || (type === "CONSULT" && e.target === who))), show(evs));
  });
}
