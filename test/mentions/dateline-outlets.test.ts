// The outlet named between dashes in a dateline ("فلان - سبق - جدة:") is the KB's outlet when a
// media head and the word make its name (صحيفة سبق); a word the KB knows as a place there is the
// dateline's place (الرياض). Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}:${m.kbId ?? ""}`);

test("an outlet between a dateline's dashes", () => {
  const cases: [string, string[], string[]][] = [
    // [text, wanted, not wanted]
    ["سامي الحربي- سبق- جدة: افتتح أمير المنطقة المشروع الجديد.", ["ORG:سبق:rasid:sabq"], []],
    ["خالد العتيبي - الرياض - كتب التقرير عن الموسم الزراعي.", ["GPE:الرياض"], ["ORG:الرياض"]],
    ["وسبق أن أعلنت الوزارة عن الخطة.", [], ["ORG:"]],
    // org17: the outlet opening a paragraph before a dash; a place there is the dateline's place
    ["عنوان الخبر\nسبق- تبوك: افتتح أمير المنطقة المشروع الجديد.", ["ORG:سبق:rasid:sabq"], []],
    ["عنوان الخبر\nسبق – وكالات: أعلنت الحكومة خطة جديدة.", ["ORG:سبق:rasid:sabq"], []],
    ["عنوان الخبر\nالرياض - واس: افتتح الأمير المعرض.", ["GPE:الرياض"], ["ORG:الرياض"]],
    ["عنوان الخبر\nسبق أن أعلنت الوزارة - كما قال المتحدث - عن الخطة.", [], ["ORG:سبق"]],
  ];
  for (const [text, want, not] of cases) {
    const got = found(text);
    for (const w of want) assert.ok(got.some((g) => g.startsWith(w)), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((g) => g.startsWith(n)), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
