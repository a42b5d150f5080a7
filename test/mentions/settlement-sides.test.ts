// A district or village after its cue takes the side that follows its name (side in
// ner-cues.tsv: "حي النسيم الشرقي"), and a family's name after آل or بني (placesByCue). Rules
// alone (the tagger is asked separately), on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const { gaz, lex } = defaultResources();
const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, { gaz, lex }).filter((m) => m.type === "GPE").map((m) => m.text);

test("the side and the family name belong to the district's or village's name", () => {
  const cases: [string, string[]][] = [
    ["سقطت قذيفة على منازل في حي الملقا الشرقي مساء أمس.", ["حي الملقا الشرقي"]],
    ["انتقلت الفرق إلى قرية آل مشرف صباحا.", ["قرية آل مشرف"]],
    ["يسكن في حي الورود منذ سنوات.", ["حي الورود"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});
