// Facility and place heads whose one-word complement is the name itself (name_head in
// data/lexicon/ner-cues.tsv: جامع، مسجد، كنيسة، جبل، بحيرة…) make a name of one following word,
// definite or not, and stand whatever the tagger says (ANERcorp leaves such names untagged).
// معسكر is no name head: "معسكر الفريق" is a team's training camp. Shipped data and model.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "FAC" || m.type === "LOC").map((m) => `${m.type}:${m.text}`);

test("a name head and one word is a facility or place", () => {
  const cases: [string, string[]][] = [
    ["أدى المصلون صلاة الجمعة في جامع الفردوس وسط الحي.", ["FAC:جامع الفردوس"]],
    ["رممت البلدية كنيسة السريان الأثرية العام الماضي.", ["FAC:كنيسة السريان الأثرية"]],
    ["تحصن المسلحون في جبل حرير بصعدة منذ أشهر.", ["LOC:جبل حرير"]],
    ["أقام النادي معسكر الإعداد في النمسا هذا الصيف.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text).filter((p) => !p.includes("النمسا")), want, text);
});

test("after a title inside a facility's name, the given name belongs to it even when a clitic reading is a stop word", () => {
  const text = "صلى المصلون العيد في جامع الأمير فيصل بالمدينة.";
  const fac = findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "FAC").map((m) => m.text);
  assert.deepEqual(fac, ["جامع الأمير فيصل"]);
});
