// A newspaper named bare in quotation marks after the word that says it was told something
// (org-patterns.ts relayedOutlets): "قال مصدر لـ«الرياض»" is the newspaper, not the city; a quoted
// phrase that no media head makes a KB name stays what it was. Runs the shipped lexicons and KB on
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const typed = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("a quoted bare outlet name after لـ/مع is the outlet", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, typed mentions that must be found, that must not]
    ["وأوضح مسؤول في البلدية لـ«الرياض» أن العمل سيبدأ الأسبوع المقبل في الرياض.", ["ORG:الرياض", "GPE:الرياض"], []],
    ["وقال المدير في اتصال هاتفي مع \"الاقتصادية\" إن الأسعار سترتفع.", ["ORG:الاقتصادية"], []],
    ["وكشف مصدر مطلع لـ\"الوطن\" أن اللجنة أنهت أعمالها.", ["ORG:الوطن"], []],
    ["وقال البائع لـ\"قطع الغيار\" إن الطلب تراجع.", [], ["ORG:قطع الغيار"]],
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("a news agency named by its country's adjective alone, quoted after بحسب or لـ, is the agency", () => {
  const cases: [string, string][] = [
    ["وبحسب «الألمانية» فإن المفاوضات تعثرت مساء أمس.", "ORG:الألمانية"],
    ["وقال مسؤول لـ«الفرنسية» إن الوفد سيصل غدا.", "ORG:الفرنسية"],
  ];
  for (const [text, want] of cases) {
    const got = typed(text);
    assert.ok(got.includes(want), `${text}: wants ${want}, got ${JSON.stringify(got)}`);
    assert.ok(!got.some((g) => g.startsWith("GPE:")), `${text}: the country is not named: ${JSON.stringify(got)}`);
  }
});

test("a quoted bare outlet name without a relay word: only a name no place has", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, typed mentions that must be found, that must not]
    ["وعلمت «عكاظ» من مصادر مطلعة أن الاجتماع تأجل إلى الأسبوع المقبل.", ["ORG:عكاظ"], []],
    ["وحصلت \"الحياة\" على نسخة من التقرير النهائي للجنة.", ["ORG:الحياة"], []],
    ["وعرضت الصالة فيلم «البيت» للمرة الأولى.", [], ["ORG:البيت"]], // a prefix of an outlet's name only
    ["وزار الوفد «الرياض» مساء أمس قادما من القاهرة.", [], ["ORG:الرياض"]],
    ["وزار الوزير مستشفى «الوطن» في المدينة.", [], ["ORG:الوطن"]], // the head's own name (quotedOutlets)
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

// branch org14: the relay word may carry the addressee's pronoun (معه، إليها): the outlet that spoke with him
test("a quoted outlet after معه/إليه/إليها is the outlet; a quoted phrase no outlet names is not", () => {
  const cases: [string, string[], string[]][] = [
    ["وشدد المحافظ خلال مكالمة أجرتها معه \"الوطن\" أمس على أن الطريق سيفتح قريبا.", ["ORG:الوطن"], []],
    ["وقال أحد السكان الذين تحدثت إليهم «الشرق الأوسط» إن المياه انقطعت.", ["ORG:الشرق الأوسط"], ["LOC:الشرق الأوسط"]],
    ["وهي الحجة التي يستند إليها «المخالفون» في دفاعهم.", [], ["ORG:المخالفون"]],
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

// branch org17: the paper's own reporting verbs and its sources before its quoted name make a
// relay word: the name is the outlet even when a place or an ordinary word has it
test("a quoted outlet after علمت/رصدت/مصادر is the outlet, even with a place's name", () => {
  const cases: [string, string[], string[]][] = [
    ["وعلمت \"الوطن\" من مسؤول في البلدية أن الحديقة ستفتح قريبا.", ["ORG:الوطن"], []],
    ["وكشفت مصادر «الرياض» أن اللجنة أنهت أعمالها.", ["ORG:الرياض"], ["GPE:الرياض"]],
    ["ورصدت «المدينة» طوابير طويلة أمام المكاتب صباح أمس.", ["ORG:المدينة"], []],
    ["وعلمت «الحديقة الخلفية» أن الموسم بدأ.", [], ["ORG:الحديقة الخلفية"]], // no outlet's name
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
