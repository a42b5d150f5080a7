// "according to" a noun of figures or words, then who made them (quotes/accord-source.ts): "بحسب
// تقديرات X"، "وفقا لأرقام قدمتها X"، "حسب تعداد لوكالة X" — the maker speaks; "وبحسب رأيه" — the
// speaker of the statement just before. A place or topic after the noun is no maker.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم الساعدي"] },
  { id: "o:relief", type: "ORG" as const, forms: ["هيئة الإغاثة"] },
  { id: "o:agency", type: "ORG" as const, forms: ["وكالة الأنباء الوطنية"] },
  { id: "o:bank", type: "ORG" as const, forms: ["البنك المركزي"] },
  { id: "g:oman", type: "GPE" as const, forms: ["عمان"] },
];

// [what the rule is, text, snippet the quote holds, its speaker]
const FOUND: [string, string, string, string][] = [
  ["estimates of a body after the cue, content before it",
    "غادر نحو ثلاثة آلاف ساكن القرى الجبلية خلال الأسبوع الماضي، بحسب تقديرات هيئة الإغاثة.", "غادر نحو ثلاثة", "o:relief"],
  ["figures a body gave: a verb of issuing between the noun and the name",
    "وارتفعت صادرات الحبوب إلى مستوى قياسي هذا العام، وفقا لأرقام قدمتها هيئة الإغاثة أمس.", "صادرات الحبوب", "o:relief"],
  ["a count by an outlet: the outlet speaks, it relays no one",
    "ومنذ بداية الموسم غرق أكثر من مئة مركب صغير قرب السواحل، بحسب تعداد لوكالة الأنباء الوطنية.", "غرق أكثر من مئة", "o:agency"],
  ["at the sentence's start with فإن: the content follows",
    "وبحسب بيانات البنك المركزي فإن الاحتياطي تراجع بنسبة كبيرة خلال الربع الأخير من العام.", "الاحتياطي تراجع", "o:bank"],
  ["reports (a noun of unnamed sources too) with their maker named, and the clause going on",
    "قتلت آلاف الأسر في المعارك الأخيرة، وفق تقارير هيئة الإغاثة في غياب حصيلة رسمية.", "آلاف الأسر", "o:relief"],
  ["وفقا with the ل on the noun",
    "ووفقا لتقديرات البنك المركزي، فإن التضخم سيبلغ ذروته مطلع الربيع القادم.", "التضخم سيبلغ", "o:bank"],
  ["an adjective and a word of issuing between the noun and the name",
    "وتضاعف عدد المصابين بالحمى خلال شهرين، وفق تقرير خاص صادر عن هيئة الإغاثة.", "عدد المصابين", "o:relief"],
  ["a pronoun on the noun: the speaker of the statement just before",
    "وقال كريم الساعدي إن المفاوضات ستستأنف الأسبوع المقبل. وبحسب رأيه فإن الطرفين قريبان من اتفاق نهائي على الحدود.", "قريبان من اتفاق", "p:karim"],
];

for (const [what, text, snippet, speaker] of FOUND) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    assert.ok(q, `no quote holding "${snippet}"`);
    assert.equal(q.speaker, speaker);
  });
}

// [what is no statement of anyone named, text, snippet no named quote may hold]
const NOT: [string, string, string][] = [
  ["a place after a preposition is where the figures are about, not who made them",
    "تراجعت أسعار الذهب في الأسواق المحلية مجددا، بحسب أرقام جديدة في عمان.", "أسعار الذهب"],
  ["a common noun between the noun and the name is the maker, unnamed",
    "وارتفع عدد النازحين في المخيمات إلى ألفين، بحسب تقديرات موظفين في هيئة الإغاثة.", "عدد النازحين"],
  ["a pronoun closing the statement's own sentence adds no second quote",
    "وأوضح كريم الساعدي أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة، حسب تصريحه.", "وأوضح كريم"],
  ["a pronoun with no statement before it has no owner",
    "شهدت المدينة أمطارا غزيرة طوال الليل. وبحسب رأيه فإن الموسم سيكون أفضل من العام الماضي بكثير.", "الموسم سيكون"],
];

for (const [what, text, snippet] of NOT) {
  test(what, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet) && x.speaker);
    assert.equal(q, undefined);
  });
}
