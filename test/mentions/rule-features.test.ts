// The rule features the tagger sees: what the KB/pattern recognizer said about a token and its
// neighbours at ±1, the tag with and without how it was found, and "r0|none" outside every
// mention (session 5 measured ±2 too and left it out: eval/README.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ruleFeatures, ruleTags } from "../../src/mentions/model/features.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";

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

// ruleTags into a list the caller reuses (model-mentions.ts: one list for every document) gives the
// same tags as a fresh list over the first n entries, whatever an earlier, longer document left.
test("rule tags: into a reused list, the same first n entries as a new list", () => {
  const m = (start: number, end: number, type: string, via: string) => ({ tokens: { start, end }, type, via }) as unknown as FoundMention;
  const docs: [number, FoundMention[]][] = [
    [7, [m(0, 2, "PERSON", "pattern"), m(4, 5, "GPE", "kb")]],
    [3, [m(1, 2, "ORG", "kb")]],
    [5, []],
    [9, [m(6, 9, "PERSON", "kb"), m(0, 1, "GPE", "adjective")]],
  ];
  const reused: string[] = [];
  for (const [n, found] of docs) {
    const fresh = ruleTags(n, found);
    const into = ruleTags(n, found, reused);
    assert.equal(into, reused);
    assert.ok(into.length >= n);
    assert.deepEqual(into.slice(0, n), fresh);
  }
  assert.deepEqual(ruleTags(3, [m(1, 2, "ORG", "kb")]), ["", "B-ORG:kb", ""]);
});
