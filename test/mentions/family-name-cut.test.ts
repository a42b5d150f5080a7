// The tagger may end a person pattern one word early ("أعرب جان [موايه] محافظ المصرف"); when that
// word stands alone elsewhere in the document as the subject of a reporting verb ("وقال موايه"),
// it is the family name and the pattern stands (model-mentions.ts cutOverrun, aloneAsSubject).
// The shipped KB, lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a family name that stands alone after a reporting verb is not cut off", () => {
  for (const name of ["جان موايه", "كريستيان موايه"]) {
    const text = `وفي باريس، أعرب ${name} محافظ المصرف وعضو اللجنة عن تفاؤله بالنتائج. وقال موايه في مقابلة مع الإذاعة إن الإصلاح ضروري.`;
    assert.ok(persons(text).includes(name), `${name}: ${JSON.stringify(persons(text))}`);
  }
});
