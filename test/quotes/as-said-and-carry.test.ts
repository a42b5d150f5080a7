// "…، كما قال X": the words stand before the cue; "وفق ما قال <title> X": the name after the title;
// a name inside a fronted phrase ("وعن التنسيق مع X قال") is no subject; a verb whose gender is not
// its relative's ("التي قال") has the text's speaker as subject; a statement reported inside another's
// words is not the one "وأضاف" goes on with. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى منصور"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:farmers", type: "ORG" as const, forms: ["اتحاد المزارعين"] },
  { id: "g:aqaba", type: "GPE" as const, forms: ["العقبة", "محافظة العقبة"] },
];

// [what the rule is, text, the cue as output, a snippet of the content (or null: no named quote holds the clause before the cue), its speaker]
const CASES: [string, string, string, string | null, string | null][] = [
  ["كما + cue + a named subject: the clause before كما is what was said",
    "وقتل عشرة أشخاص في انفجار وسط المدينة، كما أعلنت وزارة الزراعة الأسبوع الماضي.", "أعلنت", "وقتل عشرة أشخاص في انفجار", "o:ministry"],
  ["كما + cue + a subject and a document it published",
    "ونادرا ما يعلن المزارعون خسائرهم في المواسم الجافة، كما تقول وزارة الزراعة في تقرير نشر هذا الأسبوع.", "تقول", "المزارعون خسائرهم", "o:ministry"],
  ["كما + cue + a subject and his title",
    "وأصيب خمسة آخرون بجروح في الهجوم كما قال كريم سالم المتحدث باسم الوزارة.", "قال", "وأصيب خمسة آخرون بجروح", "p:karim"],
  ["كما + cue + an object: كما is 'also', nothing was said before it",
    "وأقيمت الصلاة على الضحايا في المسجد الكبير، كما أعلنت البلاد الحداد ثلاثة أيام.", "أعلنت", null, null],
  ["كما + cue + a quoted name and a coordinated subject: كما is 'also'",
    "وأقيمت الصلاة على الضحايا في المسجد الكبير، كما دعا «اتحاد المزارعين» ووزارة الزراعة إلى الصلاة على الضحايا.", "دعا", null, null],
  ["كما + cue + أن: the content follows as usual",
    "وتضررت المحاصيل في الجنوب، كما أعلنت وزارة الزراعة أن الأمطار ستعود قريبا.", "أعلنت", "الأمطار ستعود", "o:ministry"],
  ["كما + a bare cue: the speaker the text goes on with",
    "وقال كريم سالم إن الموسم جيد جدا. والمدينة لم تشهد مطرا مثله منذ سنوات طويلة، كما قال.", "قال", "لم تشهد مطرا مثله", "p:karim"],
  ["وفق ما قال + a title + the name",
    "ويتوقع وصول بقية الوفد خلال الأيام المقبلة، وفق ما قال وزير الزراعة الأردني كريم سالم.", "وفق ما", "ويتوقع وصول بقية الوفد", "p:karim"],
  ["a name in a fronted prepositional phrase is not the subject",
    "وقال كريم سالم إن الموسم جيد هذا العام. وعن التنسيق مع اتحاد المزارعين في المحافظات قال إن اللقاءات مستمرة كل أسبوع.", "قال", "اللقاءات مستمرة", "p:karim"],
  ["a masculine verb after التي: not the (feminine) antecedent",
    "وقال كريم سالم إن المطر سيعود. وأشار إلى الجيش على تخوم محافظة العقبة التي قال إن أخبارها ستكون سارة قريبا.", "قال", "أخبارها ستكون سارة", "p:karim"],
  ["a statement inside another's words is not carried",
    "وقالت هدى منصور إن الرحلات توقفت لأن اتحاد المزارعين أعلن الإضراب في كل المحافظات. وأشارت إلى أن الرحلات ستعود خلال يومين.", "وأشارت", "الرحلات ستعود", "p:huda"],
  ["a fronted في phrase is an adverbial: the name after it is still the subject",
    "وقال كريم سالم إن الموسم جيد هذا العام. وفي تصريح سابق لوزيرة الزراعة هدى منصور قالت إن المياه تكفي الجميع.", "قالت", "المياه تكفي", "p:huda"],
  ["an imperfect verb after التي is read as a passive: no speaker carried in",
    "وقال كريم سالم إن الموسم جيد هذا العام. وزار المزارعون المنطقة الشرقية التي يعتقد أنها الأغنى بالمياه في البلاد.", "يعتقد", null, null],
  ["a verb after فيما with its subject after it opens its own clause: it is carried",
    "وقالت هدى منصور إن الرحلات توقفت، فيما أوضح كريم سالم أن المطار سيفتح قريبا. مشيرا إلى أن الرحلات ستعود خلال يومين.", "مشيرا", "الرحلات ستعود", "p:karim"],
];

for (const [rule, text, cue, snippet, speaker] of CASES) {
  test(`as said and carry: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS)).filter((x) => x.cue === cue);
    // (none: no quote of the cue holds the clause before it, nor goes to a speaker carried in)
    if (snippet === null) { assert.ok(qs.every((q) => !q.text.includes("الصلاة على الضحايا في") && q.speaker !== "p:karim"), JSON.stringify(qs)); return; }
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding ${snippet}: ${JSON.stringify(qs.map((x) => x.text))}`);
    assert.equal(q.speaker, speaker);
  });
}
