// "مناطق X وY" (name_list_cue in ner-cues.tsv, area-names.ts formList): the items of a list after
// مناطق are places when each is a name by its form alone; a dictionary word, a derived form of one,
// a verb or an ordinal is not (مناطق is mostly "regions of" a known place or of the body).
// Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const typed = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("the names of a list after مناطق are places; ordinary words are not", () => {
  const cases: [string, string[], string[]][] = [
    ["وانتشرت الدوريات في مناطق المساعيد والريسة شرقي المدينة.", ["GPE:المساعيد", "GPE:الريسة"], ["GPE:مناطق المساعيد"]],
    ["وتحسن الطقس في مناطق المملكة الجنوبية.", [], ["GPE:الجنوبية"]],
    ["وينصح الأطباء بترطيب مناطق الحاجبين والرموش يوميا.", [], ["GPE:الحاجبين", "GPE:الرموش"]],
    ["وتضررت مناطق الصراعات والاضطرابات كثيرا.", [], ["GPE:الصراعات", "GPE:الاضطرابات"]],
    ["وقال إن مناطق تعرضت للسيول أمس.", [], ["GPE:تعرضت"]],
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
