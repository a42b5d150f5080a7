// An institution and a nationality adjective name the state's institution only when the adjective
// agrees with the institution's head: a feminine head (الخارجية، الحكومة، القوات) takes -ية, a
// masculine one (الجيش، التلفزيون) -ي, a broken plural of things (الخطوط, plural_head) the
// feminine; otherwise the adjective qualifies another noun ("وفد الخارجية التركي": the delegation).
// Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("the adjective agrees with the institution", () => {
  const cases: [string, string[]][] = [
    ["وأعلنت الخارجية التركية استدعاء السفير صباح اليوم.", ["الخارجية التركية"]],
    ["ووصل وفد الخارجية التركي إلى أربيل صباح اليوم.", []],
    ["وقال لإحدى محطات التلفزيون العراقية إن الوضع هادئ.", []],
    ["وأعلن الجيش العراقي تقدم قواته في الصحراء.", ["الجيش العراقي"]],
    ["وأعلنت الخطوط اليمنية استئناف رحلاتها إلى عدن.", ["الخطوط اليمنية"]],
    ["ولا تشمل الأرقام أفراد الشرطة والجيش الأفغانيين.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});
