// Military branches and security services named by their own name (own_name_body in
// ner-cues.tsv): the phrase alone is the body ("القوات البحرية"), with a nationality adjective the
// state's body ("القوات البحرية المصرية"), with a qualifier of its own the longer name ("القوات البرية
// الملكية"). جهاز heads appliances too: only the listed phrases name a service. Shipped data and
// model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("a military branch or security service by its own name", () => {
  const cases: [string, string[]][] = [
    ["أعلنت القوات البحرية أن زوارقها اعترضت سفينة مشبوهة قرب الساحل.", ["القوات البحرية"]],
    ["وأعلنت القوات البحرية المصرية انتهاء المناورة.", ["القوات البحرية المصرية"]],
    ["وقال قائد القوات البرية الملكية إن التمرين انتهى بنجاح.", ["القوات البرية الملكية"]],
    ["واعتقل جهاز الأمن السياسي ثلاثة ناشطين في المدينة.", ["جهاز الأمن السياسي"]],
    ["وأحبط حرس الحدود محاولة تهريب كمية من المخدرات.", ["حرس الحدود"]],
    ["واشترى الطالب جهاز الكمبيوتر المحمول من السوق.", []],
    ["وتمتد القوات على طول الحدود الشمالية.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});

// org18: a public prosecution, counter-terrorism forces and Yemen's political security named by their own name
test("a prosecution and security bodies by their own name (org18)", () => {
  const cases: [string, string[]][] = [
    ["وأحيل المتهمون إلى النيابة العامة للتحقيق معهم.", ["النيابة العامة"]],
    ["وطالبت النيابة العامة المغربية بتشديد العقوبة على المتهم.", ["النيابة العامة المغربية"]],
    ["وقال متحدث باسم قوات مكافحة الإرهاب إن العملية انتهت.", ["قوات مكافحة الإرهاب"]],
    ["واقتحم المسلحون مبنى الأمن السياسي في وسط البلدة.", ["الأمن السياسي"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});
