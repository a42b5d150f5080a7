// clause-subject.ts: the actor that opens an earlier clause of the sentence speaks for a later cue
// with no subject only when the words before it fill a subject's slot. Sentences written for these
// tests, from no corpus; names invented.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر", "ناصر"] },
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي عادل", "عادل"] },
  { id: "o:nakheel", type: "ORG" as const, forms: ["شركة نخيل", "نخيل"] },
  { id: "o:guard", type: "ORG" as const, forms: ["حرس الواحة"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس الواحة"] },
  { id: "g:waha", type: "GPE" as const, forms: ["الواحة"] },
];

// [what the rule is, text, snippet one quote holds, its speaker (null: none named)]
const CASES: [string, string, string, string | null][] = [
  // the actor is the clause's subject: it speaks
  ["a verb, then a title and its holder: he speaks",
    "وزار المدير العام كريم سالم المزرعة الجديدة، وقال إن الإنتاج سيتضاعف قبل الشتاء.", "الإنتاج سيتضاعف", "p:karim"],
  ["أما + a profession title (المخرج, titles.tsv) + the name: she speaks",
    "أما المخرجة هدى ناصر فأوضحت أن التصوير سيبدأ بعد العيد مباشرة.", "التصوير سيبدأ", "p:huda"],
  ["كان + قد + a verb: the name after كان is the subject",
    "وكان كريم سالم قد زار المزرعة، وأكد أن المحصول جيد هذا الموسم.", "المحصول جيد", "p:karim"],
  ["a verb and a definite object before the name (a fronted object): the name still speaks",
    "وافتتح الحفل رامي عادل، وأكد أن الدعم سيستمر حتى نهاية العام.", "الدعم سيستمر", "p:rami"],
  ["a preposition on a pronoun between the verb and the name is an aside",
    "واتصلت به هدى ناصر صباحا، وقالت إن الاجتماع تأجل إلى الأسبوع المقبل.", "الاجتماع تأجل", "p:huda"],
  ["'بعد ذلك' between the verb and the name is an aside",
    "وتحدث بعد ذلك رامي عادل، فقال إن الطريق سيفتح قريبا أمام الشاحنات.", "الطريق سيفتح", "p:rami"],
  // the actor is not the clause's subject
  ["a statement noun is the subject and the body its object: the speaker is carried (the statement's issuer)",
    "وقال مجلس الواحة في بيان إن الأسواق ستغلق يوم الجمعة. وشكر البيان أفراد حرس الواحة على جهودهم، وأوضح أن الوضع هادئ تماما.", "الوضع هادئ", "o:council"],
  ["a verb and an indefinite noun before the name: the name is its genitive, no one named speaks",
    "وتذكرت وجه كريم سالم في الاجتماع، وقالت إن الخلاف كان حادا جدا.", "الخلاف كان حادا", null],
  ["an unnamed subject after the verb ('a guard of') and a body: the guard speaks, unnamed",
    "وأنقذ حارس شركة نخيل الطفل من الحريق، وقال إن النيران امتدت بسرعة.", "النيران امتدت", null],
  ["a name after a preposition written as a word (لدى) is no subject: the clause before gives it",
    "وزار كريم سالم المصنع، وتوقف لدى شركة نخيل ساعة، وأكد أن العمل سيستمر طوال الصيف.", "العمل سيستمر", "p:karim"],
  ["a clause that only lists a name after a name and a comma is no clause of its own",
    "واستقبل كريم سالم رامي عادل، وهدى ناصر، وأكد أن الزيارة كانت ناجحة.", "الزيارة كانت ناجحة", "p:karim"],
  ["a name after a title with a preposition on it (للكاتب) is not the subject: the clause before gives it",
    "وزار كريم سالم المعرض، وأشاد للكاتب رامي عادل بروايته، وقال إن القراءة مهمة للجميع.", "القراءة مهمة", "p:karim"],
];

for (const [rule, text, snippet, speaker] of CASES) {
  test(`clause-subject: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    if (speaker === null && !q) return; // no quote at all is as good as one with no speaker
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text, x.speaker]))})`);
    assert.equal(q.speaker, speaker, `${rule}: got ${q.speaker_text}`);
  });
}
