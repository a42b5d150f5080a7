// The article is written ال, never with a hamza: a foreign given name written أل… (أليكسيس،
// ألبرتو) after a title is a name, not a definite word describing the title (mentions/words.ts
// articled). Test KB and lexicon of fixture.ts; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { RES } from "./fixture.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, RES).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a given name written with أل after a title is a name", () => {
  const cases: [string, string[]][] = [
    ["وقال الرئيس أليكسيس بابادوبولوس إن الاتفاق صعب.", ["أليكسيس بابادوبولوس"]],
    ["وقال الرئيس ألبرتو فرنانديز إن الاتفاق صعب.", ["ألبرتو فرنانديز"]],
    ["وقال الرئيس الجديد إن الاتفاق صعب.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
});

// آ (alef madda) is never the article either: "آليا موكابي" after a title is a name
test("a given name written with آل after a title is a name", () => {
  const cases: [string, string[]][] = [
    ["وقال الرئيس آليا موكابي إن الاتفاق صعب.", ["آليا موكابي"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
});
