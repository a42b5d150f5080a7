// A family name the KB knows for one person (علي لاريجاني), used in a document that names someone
// else in full with it ("محمد لاريجاني"): the lone name is the person the document names, not the
// KB's namesake (entities/surnames.ts joinLoneKbSurnames; the pattern keeps its own given name,
// mentions/find-mentions.ts sameGivenName). The test KB and lexicon of test/mentions/fixture.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../mentions/fixture.ts";

const persons = (text: string) => run(text).entities.filter((e) => e.type === "PERSON").map((e) => `${e.id.startsWith("rasid:") ? "new" : e.id}:${e.mentions.map((m) => m.text).join("|")}`);

test("a lone KB family name goes to the full name the document uses", () => {
  const cases: [string, string[]][] = [
    ["وصل محمد لاريجاني إلى بغداد. وقال لاريجاني إن الزيارة ناجحة.", ["new:محمد لاريجاني|لاريجاني"]],
    ["وصل علي لاريجاني إلى بغداد. وقال لاريجاني إن الزيارة ناجحة.", ["wd:Q312:علي لاريجاني|لاريجاني"]],
    ["وقال لاريجاني إن الزيارة ناجحة.", ["wd:Q312:لاريجاني"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
});
