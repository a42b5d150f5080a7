// Two ways a place after a cue or a title was lost (person-patterns.ts, model-mentions.ts):
// a title's name run ended on a known place and swallowed it ("قائد عملية تحرير عدن" as one
// person, then dropped by the tagger with the city inside it); and a settlement named after a cue
// that is no ordinary noun (حي، بلدة، قرية، مخيم: sure_settlement) was dropped wherever the tagger
// tagged nothing. Runs the shipped lexicons, KB and model on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const typed = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("a known place ends a title's name run; a settlement after a sure cue stands", () => {
  const cases: [string, string[], string[]][] = [
    ["وفي اليمن، قال قائد عملية تحرير عدن إن القوات تقدمت نحو الميناء.", ["GPE:عدن"], ["PERSON:عملية تحرير عدن"]],
    ["وسقطت القذائف على منازل في بلدة كفرزيتا بريف حماة الشمالي.", ["GPE:بلدة كفرزيتا"], []],
    ["وأغلقت الشرطة الطريق المؤدي إلى بلدة شمال المدينة.", [], ["GPE:بلدة شمال"]],
  ];
  for (const [text, want, not] of cases) {
    const got = typed(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
