// A lead that brings its speaker in by an indefinite description ("كشف وزير نورلندي عن"، "قال عضو في
// قيادة X") and names him further on after the same head word gives the lead's statement to that person;
// a title in construct ("محافظ المدينة"، "سيدة الأعمال") or one followed by its own name is no such
// description, and a word that only ends a sentence's noun ("بشأن X") does not make X the holder.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:fares", type: "PERSON" as const, forms: ["فارس المنصوري"] },
  { id: "p:hala", type: "PERSON" as const, forms: ["هالة السعدي"] },
  { id: "p:omar", type: "PERSON" as const, forms: ["عمر الجابري"] },
  { id: "o:front", type: "ORG" as const, forms: ["جبهة الإصلاح"] },
  { id: "g:norland", type: "GPE" as const, forms: ["نورلندا"] },
];

const TITLE = "عنوان الخبر\n\n";
// [what the rule is, text, snippet the quote holds, its speaker]
const CASES: [string, string, string, string | null][] = [
  ["a minister of the lead named further on with the same title",
    TITLE + "كشف وزير نورلندي عن اتفاق لإصلاح شبكة الكهرباء في العاصمة. وأوضح التقرير أن الأعمال تبدأ قريبا. وقال وزير الطاقة في نورلندا فارس المنصوري إن المحطات ستعمل بكامل طاقتها.", "اتفاق لإصلاح شبكة", "p:fares"],
  ["a member of an organization's leadership: the member named later, not the organization",
    TITLE + "كشف عضو في قيادة جبهة الإصلاح عن أن الأطراف اتفقت على موعد الانتخابات. وقال عضو في قيادة جبهة الإصلاح، هالة السعدي، إن الموعد نهائي.", "الأطراف اتفقت على موعد", "p:hala"],
  ["a title in construct is one known person, not an indefinite description",
    TITLE + "أعلن محافظ المدينة أن الجسر الجديد افتتح أمام السيارات. وقال محافظ المدينة السابق عمر الجابري إن الجسر تأخر كثيرا.", "الجسر الجديد افتتح", null],
  ["no name after a title word that only precedes a noun of the sentence",
    TITLE + "قال مستشار نورلندي إن التحقيق مستمر في القضية. ولم يقدم المستشار أي معلومات بشأن فارس المنصوري حتى الآن.", "التحقيق مستمر", null],
  ["outside the lead an indefinite description is someone new",
    TITLE + "افتتح المعرض أبوابه صباح اليوم. وشهد حضورا كبيرا من الزوار. وتوافد الناس من كل المدن. وقال وزير نورلندي إن المعرض سيتكرر في الربيع المقبل. وقال وزير الثقافة في نورلندا عمر الجابري إن الزوار تجاوزوا الألف.", "المعرض سيتكرر", null],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}
