// State bodies the press quotes as speakers (session 11, org11): a leader's office named as a body
// (office-bodies.ts), a state's authorities where they speak (speaking_institution), its security
// services with the state's adjective, a directorate named after a province that begins with a
// direction, and an outlet told something in quotation marks after إلى. Shipped data and model,
// on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("a leader's office is a body: head, office word, the state's complement, its adjective", () => {
  const cases: [string, string[]][] = [
    ["وأعلن مكتب رئيس الوزراء الماليزي في بيان أن الزيارة أرجئت.", ["مكتب رئيس الوزراء الماليزي"]],
    ["وقال مكتب رئيس الحكومة اليونانية إن المحادثات مستمرة.", ["مكتب رئيس الحكومة اليونانية"]],
    ["وأكد مكتب الرئيس الكيني في بيان أن الرئيس بصحة جيدة.", ["مكتب الرئيس الكيني"]],
    ["وأوضح مكتب وزير الخارجية أن اللقاء تأجل.", ["مكتب وزير الخارجية"]],
    // an office that is no state's, and a title around the phrase, make no body
    ["وتوجه الطلاب إلى مكتب رئيس قسم الفيزياء صباحا.", []],
    ["وقال مدير مكتب وزير الدفاع إن الطائرة عادت.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});

test("the person after the office is no part of the body", () => {
  const ms = findMentions({ text: "وذكر مكتب رئيس الوزراء سامي ناصر أن القوافل عادت.", tokens: analyze("وذكر مكتب رئيس الوزراء سامي ناصر أن القوافل عادت.").tokens });
  assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), ["ORG:مكتب رئيس الوزراء", "PERSON:سامي ناصر"]);
});

test("a state's authorities are a body where they speak, not where they only act", () => {
  const cases: [string, string[]][] = [
    ["وأعلنت السلطات الماليزية أن البحث مستمر.", ["السلطات الماليزية"]],
    ["والسلطات الكينية تؤكد أن الحدود مغلقة.", ["السلطات الكينية"]],
    ["السلطات اليونانية: لا خطر على السياح", ["السلطات اليونانية"]],
    ["وصادرت السلطات الماليزية شحنة من الأسلحة.", []],
    // a masculine verb has another subject: the authorities are its object
    ["وفي بيانه أمس حث السلطات الكينية على فتح الحدود.", []],
    ["وسلمت الشرطة المتهم إلى السلطات الكينية أمس.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});

test("a state's security services with its adjective, where they speak", () => {
  assert.deepEqual(orgs("وذكرت الأجهزة الأمنية الكويتية أنها اعتقلت خلية مسلحة."), ["الأجهزة الأمنية الكويتية"]);
  assert.deepEqual(orgs("واعتقلت الأجهزة الأمنية الكويتية خلية مسلحة."), []);
  assert.deepEqual(orgs("وقالت أجهزة الأمن الأردنية إنها أحبطت الهجوم."), ["أجهزة الأمن الأردنية"]);
});

test("a directorate named after a province that begins with a direction takes the province's whole name", () => {
  assert.deepEqual(orgs("وأعلنت مديرية أمن جنوب سيناء ضبط كمية من المخدرات."), ["مديرية أمن جنوب سيناء"]);
});

test("an outlet told something in quotation marks after إلى", () => {
  assert.deepEqual(orgs("وقال المحافظ في تصريحات إلى «عكاظ» إن العمل بدأ."), ["عكاظ"]);
});
