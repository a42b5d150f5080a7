// A title and a four-part name whose own given name is rare: the tagger starts the name at the
// father's given name, the pattern keeps the first word (titled-first-word.ts, model-mentions.ts
// cutOverrun); a word qualifying the rank (ركن، طيار: ner-cues.tsv rank_qualifier) is no part of the
// name (person-patterns.ts titledPersons). The shipped lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

const cases: [string, string, string][] = [
  // [sentence, the person's name as found, why]
  ["واستشهد العريف مفرح سعد محمد الغامدي (25 عاما) في المواجهات.", "مفرح سعد محمد الغامدي", "a rare given name right after the rank opens the name"],
  ["وكرم المحافظ الرقيب شافي محمد علي القحطاني لشجاعته.", "شافي محمد علي القحطاني", "a known given name after the rank (unchanged)"],
  ["وحضر الحفل اللواء ركن سعد بن محمد الحربي وعدد من الضباط.", "سعد بن محمد الحربي", "ركن qualifies the rank"],
  ["وقال العقيد طيار خالد ناصر الشمري إن الطائرات عادت.", "خالد ناصر الشمري", "طيار qualifies the rank"],
  ["وأوضح العقيد دكتور سالم بن عمر العتيبي أن التحقيق مستمر.", "سالم بن عمر العتيبي", "دكتور after a rank qualifies it"],
];

for (const [text, name, why] of cases) {
  test(`titled names: ${why}`, () => {
    const found = persons(text);
    assert.ok(found.includes(name), JSON.stringify(found));
  });
}

test("titled names: a word qualifying the rank is never a name's first word", () => {
  const found = persons("وقال العميد ركن علي محمد الشهري إن القوات تقدمت.");
  assert.ok(found.includes("علي محمد الشهري"), JSON.stringify(found));
  assert.ok(!found.some((p) => p.includes("ركن")), JSON.stringify(found));
});
