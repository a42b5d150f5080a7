// Organizations the KB gained in branch org13 (data/kb/orgs.tsv) are found by their names and
// aliases. Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}:${m.kbId ?? ""}`);

test("org13's KB organizations", () => {
  const cases: [string, string][] = [
    ["تخرج الطلاب في الكلية الفنية العسكرية بالقاهرة أمس.", "ORG:الكلية الفنية العسكرية:rasid:eg-mtc"],
    ["وأعلنت المقاومة الشعبية التهامية سيطرتها على مواقع جديدة.", "ORG:المقاومة الشعبية التهامية:rasid:tihama-resistance"],
    ["وقال متحدث باسم المقاومة التهامية إن الهجوم صد.", "ORG:المقاومة التهامية:rasid:tihama-resistance"],
    ["وقال زعيم المعسكر الصهيوني إن الحكومة فشلت.", "ORG:المعسكر الصهيوني:rasid:zionist-union"],
  ];
  for (const [text, want] of cases) {
    const got = found(text);
    assert.ok(got.includes(want), `${text}: wants ${want}, got ${JSON.stringify(got)}`);
  }
});
