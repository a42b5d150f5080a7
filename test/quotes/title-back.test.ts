// A definite title as a cue's subject with no name of its own ("وأعلن المتحدث"، "وأكد الوزير
// الكندي") names the person the text introduced with that title: before his name (up to eight
// words, no punctuation, conjunction or أن between), or right after it as an apposition ("X،
// المتحدث باسم …"، "X وزير الخارجية …"). A nationality after the title must not contradict the
// earlier one; a title followed by its own holder's name is that holder. Sentences written for
// these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم الساعدي"] },
  { id: "p:samer", type: "PERSON" as const, forms: ["سامر العبدلي"] },
  { id: "p:nader", type: "PERSON" as const, forms: ["نادر فوزي"] },
  { id: "p:hisham", type: "PERSON" as const, forms: ["هشام الراوي"] },
  { id: "p:salma", type: "PERSON" as const, forms: ["سلمى القاسم"] },
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي الخطيب"] },
  { id: "p:mazen", type: "PERSON" as const, forms: ["مازن العلي"] },
  { id: "o:ports", type: "ORG" as const, forms: ["هيئة الموانئ"] },
  { id: "o:police", type: "ORG" as const, forms: ["الشرطة"] },
  { id: "g:canada", type: "GPE" as const, forms: ["الكندي"] },
  { id: "g:iraq", type: "GPE" as const, forms: ["العراقي"] },
];

// [what the rule is, text, snippet the quote holds, its speaker (or "!id": not that one)]
const CASES: [string, string, string, string | null][] = [
  ["an unnamed-source title (المتحدث) repeats the spokesman named before with it",
    "كشف المتحدث باسم هيئة الموانئ كريم الساعدي أن الرصيف الجديد جاهز. وقالت سلمى القاسم إن العمال أنهوا الأشغال. وأعلن المتحدث خلال المؤتمر أن السفن ستصل الأسبوع المقبل.", "السفن ستصل", "p:karim"],
  ["the institution after المتحدث باسم gives way to the spokesman named before",
    "كشف المتحدث باسم هيئة الموانئ كريم الساعدي أن الرصيف الجديد جاهز. وقالت سلمى القاسم إن العمال أنهوا الأشغال. وقال المتحدث باسم هيئة الموانئ إن السفن ستصل الأسبوع المقبل.", "السفن ستصل", "p:karim"],
  ["a title in apposition after the name, past a comma",
    "قال اللواء سامر العبدلي، المتحدث باسم الشرطة، إن الطريق مغلق. وقالت سلمى القاسم إن السير متوقف. وأشار المتحدث الأمني إلى أن التحقيقات مستمرة في الحادث.", "التحقيقات مستمرة", "p:samer"],
  ["a title in apposition after the name, with its nationality",
    "أعرب نادر فوزي وزير الخارجية الكندي عن قلقه. وقالت سلمى القاسم إن الوضع هادئ. وأكد الوزير الكندي أن بلاده سترسل مساعدات إلى المنطقة.", "سترسل مساعدات", "p:nader"],
  ["a long title six words before the name",
    "قال وزير الزراعة في حكومة الجمهورية الجديدة هشام الراوي إن المحصول وفير. وقالت سلمى القاسم إن الأمطار تأخرت. وأوضح الوزير أن الأسعار ستنخفض في الخريف.", "الأسعار ستنخفض", "p:hisham"],
  ["another nationality in the earlier title: not that person",
    "وحضر اللقاء المبعوث الخاص رامي الخطيب وزير الخارجية العراقي. وقالت سلمى القاسم إن اللقاء كان مثمرا. وأكد الوزير الكندي أن بلاده سترسل مساعدات إلى المنطقة.", "سترسل مساعدات", "!p:rami"],
  ["a title followed by its own holder's name is that holder",
    "كشف المتحدث باسم هيئة الموانئ كريم الساعدي أن الرصيف الجديد جاهز. وقال المتحدث باسم الشرطة العقيد مازن العلي إن الطريق مفتوح أمام الشاحنات.", "الطريق مفتوح", "p:mazen"],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    if (speaker?.startsWith("!")) assert.notEqual(q.speaker, speaker.slice(1));
    else assert.equal(q.speaker, speaker);
  });
}
