// The shipped rows of branch org13 in ner-cues.tsv: "ليل" before a day's name is the night
// (not_name) and "شيعة" a sect (people), so a tagger's lone ORG over either names nothing, while
// a KB match over the same word stands. The tagger's mention is stood in for by a hand-made one;
// the sentences are written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { mentionOf, type FoundMention } from "../../src/mentions/candidate.ts";
import { groupWords } from "../../src/mentions/group-words.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const { gaz, lex } = defaultResources();

function read(text: string, word: string, via: "pattern" | "kb"): FoundMention[] {
  const tokens = analyze(text).tokens;
  const i = tokens.findIndex((t) => t.text.endsWith(word));
  const t = tokens[i];
  const m = mentionOf(t.end - word.length, t.end, word, "ORG", null, via, 0.45, { start: i, end: i + 1 }, word, [], undefined);
  return groupWords({ text, tokens, gaz, lex }, [m]);
}

test("lone words that name no organization", () => {
  const cases: [string, string, "pattern" | "kb", number][] = [
    ["استعادت القوات ليل السبت السيطرة على التلة.", "ليل", "pattern", 0],
    ["وانضم إليهم مقاتلون شيعة من بلدان مجاورة.", "شيعة", "pattern", 0],
    ["وفاز ليل على ضيفه بهدف نظيف.", "ليل", "kb", 1], // a KB match (the club of Lille) is not asked
  ];
  for (const [text, word, via, n] of cases) assert.equal(read(text, word, via).length, n, `${text} (${via})`);
});
