// Outlets named by dotted initials ("د.ب.أ", "أ.ف.ب", "د. ب. أ") are the KB's outlets whose alias
// holds those letters (dotted-initials.ts, branch org17); dotted letters the KB does not hold name
// nothing. Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}:${m.kbId ?? ""}`);

test("dotted initials of a KB outlet", () => {
  const cases: [string, string[], string[]][] = [
    // [text, wanted, not wanted]
    ["ويلنغتون - د.ب.أ: أعلن وزير الزراعة سامر الحلبي خطة جديدة للري.", ["ORG:د.ب.أ:rasid:dpa"], []],
    ["باريس - أ.ف.ب: قال مصدر أمني إن الشرطة اعتقلت ثلاثة أشخاص.", ["ORG:أ.ف.ب:wd:Q40464"], []],
    ["وذكرت الوكالة (د. ب. أ) أن الوزير سيزور المدينة غدا.", ["ORG:د. ب. أ:rasid:dpa"], []],
    ["وكتب الطبيب في الجدول أ.ب.ج قبل أن يغادر.", [], ["ORG:"]], // letters no KB alias holds
    ["ووقع الحادث في المبنى د. وقال شاهد إن النار امتدت.", [], ["ORG:"]], // one letter is no initialism
  ];
  for (const [text, want, not] of cases) {
    const got = found(text);
    for (const w of want) assert.ok(got.some((g) => g.startsWith(w)), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((g) => g.startsWith(n)), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
