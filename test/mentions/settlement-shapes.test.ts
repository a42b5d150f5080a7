// After a settlement cue (حي، قرية، بلدة، مخيم) an indefinite dictionary word shaped like an adjective
// or a verb (a nisba, a participle in م, an imperfect) is no settlement's name unless the document
// writes it alone elsewhere; a name of that shape in no dictionary stands (settlement-names.ts).
// Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

function places(text: string): string[] {
  const doc = { text, ...analyze(text), mentions: [] as ReturnType<typeof findMentions> };
  return findMentions(doc, defaultResources()).filter((m) => m.type === "GPE" || m.type === "LOC").map((m) => m.text);
}

const cases: [string, string, boolean][] = [
  ["وأصيب ثلاثة أطفال في حي مجاور للسوق القديم.", "حي مجاور", false],
  ["ونقلت المحطة الحفل عبر بث حي مباشر من الملعب.", "حي مباشر", false],
  ["ويعرف أهل كل حي يتجمع سكانه في الساحة ليلا.", "حي يتجمع", false],
  ["وزار الوفد الطبي حي موساغا في أطراف العاصمة.", "حي موساغا", true],
];

for (const [text, name, stands] of cases) {
  test(`${name} ${stands ? "stands" : "goes"}: ${text}`, () => assert.equal(places(text).includes(name), stands, JSON.stringify(places(text))));
}
