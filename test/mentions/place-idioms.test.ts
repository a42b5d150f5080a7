// A place's name opening an idiom names no place (place_idiom in ner-cues.tsv): "مسقط رأسه" is a
// birthplace, not Muscat; Muscat named on its own stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "GPE").map((m) => m.text);

test("مسقط رأس is a birthplace, مسقط alone the city", () => {
  const cases: [string, string[]][] = [
    ["دفن الشاعر في مسقط رأسه بعد وفاته في عمان.", ["عمان"]],
    ["زار الوفد مسقط رأس الرئيس في الجنوب.", []],
    ["وصل وزير الخارجية العماني إلى مسقط أمس.", ["مسقط"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text).filter((p) => p !== "العماني"), want, text);
});
