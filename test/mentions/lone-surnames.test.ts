// A KB person's one-word family name that is also an ordinary word ("رئيسي" main, "البرهان" the
// proof, "خطيب" preacher) names the person only with evidence: the full name in the document, or a
// title right before it (mentions/lone-surnames.ts). Runs the shipped KB, lexicons and model on
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => `${m.text}=${m.kbId ?? "-"}`);

test("a lone ordinary-word family name without evidence is the word", () => {
  const cases: [string, string[]][] = [
    ["تلعب الصناعة دور رئيسي في نمو الاقتصاد الوطني هذا العام.", []],
    ["أثبت الباحث رأيه بالحجة والبرهان في كتابه الجديد.", []],
    ["ألقى خطيب المسجد كلمة عن فضل الصدقة بعد الصلاة.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
});

test("the full name in the document, or a title before it, makes the lone name the person", () => {
  const full = persons("التقى الرئيس الإيراني إبراهيم رئيسي وفدا عراقيا. وقال رئيسي إن المحادثات مثمرة.");
  assert.ok(full.includes("رئيسي=rasid:ebrahim-raisi"), full.join(" "));
  const titled = persons("وصل الفريق أول البرهان إلى الخرطوم مساء أمس.");
  assert.ok(titled.some((m) => m.endsWith("=rasid:abdel-fattah-al-burhan")), titled.join(" "));
});

test("a full name with another given name before the KB's family name is someone else", () => {
  const ms = persons("قال الطبيب يوسف القصبي إن المستشفى استقبل عشرات المرضى.");
  assert.deepEqual(ms, ["يوسف القصبي=-"]);
});
