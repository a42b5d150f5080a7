// Bodies named with a definite head, adjectives and a لـ-complement of purpose
// (definite-orgs.ts): "الهيئة الوطنية لحماية البيئة" is one ORG; a relational adjective
// ("القوات الموالية للحكومة"), a clause's verbal noun ("للحصول على") or a name already known at the
// head ("التحالف العربي لدعم …") is not. Runs the shipped lexicons, KB and model on sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("a definite head with adjectives and a لـ-complement names a body", () => {
  const cases: [string, string[], string[]][] = [
    // [sentence, organizations that must be found, spans that must not be organizations]
    ["وأصدرت الهيئة الوطنية لحماية البيئة تقريرها السنوي أمس.", ["الهيئة الوطنية لحماية البيئة"], []],
    ["وعقد المجلس الأعلى للشباب الليبي اجتماعه الأول في المدينة.", ["المجلس الأعلى للشباب الليبي"], []],
    ["وقال متحدث باسم الجمعية الخيرية للإسكان إن المشروع اكتمل.", ["الجمعية الخيرية للإسكان"], []],
    ["وتقدمت القوات الموالية للحكومة نحو المطار في الصباح.", [], ["القوات الموالية للحكومة"]],
    ["وسعى الاتحاد المحلي للحصول على دعم إضافي من الوزارة.", [], ["الاتحاد المحلي للحصول"]],
    ["ونشر الموقع الرسمي للبلدية صورا من الحفل.", [], ["الموقع الرسمي للبلدية"]],
  ];
  for (const [text, want, not] of cases) {
    const got = orgs(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
