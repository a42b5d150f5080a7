// Forces named after the man they follow ("قوات بوتين", "قوات لاريجاني") are that person, not an
// organization of their own (mentions/forces-of-persons.ts): the head is a forces_head of
// ner-cues.tsv and the rest a KB person's mention, or one word ending a KB person's name the
// document uses. Forces of an organization stay the organization. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { RES } from "./fixture.ts";

const lex = buildLexicons({
  firstNames: ["علي", "محمد"].map((name) => ({ name })),
  orgHeads: [{ head: "قوات", type: "ORG" }],
  cues: [
    ...["في", "من", "إلى", "إن"].map((word) => ({ word, role: "stop" })),
    { word: "قوات", role: "forces_head" },
  ],
});
const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, { ...RES, lex }).map((m) => `${m.type}:${m.text}:${m.kbId ?? ""}`);

test("forces named after a known person are the person", () => {
  const cases: [string, string[], string[]][] = [
    // [text, wanted, not wanted]
    ["قال فلاديمير بوتين إن الهدنة قائمة، لكن قوات بوتين قصفت المدينة.", ["PERSON:بوتين:wd:Q7747"], ["ORG:قوات بوتين:"]],
    ["وصل علي لاريجاني إلى بغداد، وهاجمت قوات لاريجاني القرية.", ["PERSON:لاريجاني:wd:Q312"], ["ORG:قوات لاريجاني:"]],
    ["وانتشرت قوات الأمم المتحدة في المنطقة.", ["ORG:قوات الأمم المتحدة:"], []],
  ];
  for (const [text, want, not] of cases) {
    const got = found(text);
    for (const w of want) assert.ok(got.some((g) => g.startsWith(w)), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((g) => g.startsWith(n)), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
