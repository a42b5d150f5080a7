// The rule features the tagger sees: what the KB/pattern recognizer said about a token and its
// neighbours at ±1, the tag with and without how it was found, and "r0|none" outside every
// mention (session 5 measured ±2 too and left it out: eval/README.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ruleFeatures } from "../../src/mentions/model/features.ts";

test("rule features of a token from the tags around it", () => {
  const tags = ["B-LOC:kb", "", "B-PERS:pattern", "I-PERS:pattern", "", "B-ORG:kb"];
  const cases: [number, string[]][] = [
    [0, ["r0|B-LOC:kb", "r0|B-LOC"]],
    [1, ["r-1|B-LOC:kb", "r-1|B-LOC", "r0|none", "r1|B-PERS:pattern", "r1|B-PERS"]],
    [4, ["r-1|I-PERS:pattern", "r-1|I-PERS", "r0|none", "r1|B-ORG:kb", "r1|B-ORG"]],
    [5, ["r0|B-ORG:kb", "r0|B-ORG"]],
  ];
  for (const [i, want] of cases) assert.deepEqual(ruleFeatures(tags, i), want, `token ${i}`);
  // a sentence's bounds cut the window
  assert.deepEqual(ruleFeatures(tags, 4, 3, 5), ["r-1|I-PERS:pattern", "r-1|I-PERS", "r0|none"]);
});
