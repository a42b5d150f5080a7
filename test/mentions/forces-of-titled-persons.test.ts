// Forces named after a man by his title and name ("ميليشيات الرئيس المخلوع علي عبدالله صالح")
// are the man's: the pattern that stops at his name makes no organization of the head and title;
// forces of a group stay the group. Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("forces of a titled person are the person", () => {
  const cases: [string, string[], string[]][] = [
    ["وطردت المقاومة ميليشيات الرئيس المخلوع علي عبدالله صالح من الأحياء الشرقية.", ["PERSON:علي عبدالله صالح"], ["ORG:ميليشيات"]],
    ["وانسحبت قوات الرئيس السابق علي عبدالله صالح من المعسكر.", ["PERSON:علي عبدالله صالح"], ["ORG:قوات الرئيس"]],
    ["وهاجمت ميليشيات الحوثي مواقع المقاومة في المدينة.", ["ORG:ميليشيات الحوثي"], []],
  ];
  for (const [text, want, not] of cases) {
    const got = found(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((g) => g.startsWith(n)), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
