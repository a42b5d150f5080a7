// The rule features the tagger sees: what the KB/pattern recognizer said about a token and its
// neighbours. At ±1 the tag with and without how it was found, at ±2 the tag alone (session 5: a
// name two words away, as in a list "من [القاهرة] إلى جاكرتا"), "r0|none" outside every mention.
// A toy model with one hand-set ±2 weight shows the tagger adds those weights, and that a weights
// file without ±2 features tags as before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { LABELS, ruleFeatures } from "../../src/mentions/model/features.ts";
import { modelFromFile, type ModelFile } from "../../src/mentions/model/tagger.ts";
import { RES } from "./fixture.ts";

test("rule features of a token from the tags around it", () => {
  const tags = ["B-LOC:kb", "", "B-PERS:pattern", "I-PERS:pattern", "", "B-ORG:kb"];
  const cases: [number, string[]][] = [
    [0, ["r0|B-LOC:kb", "r0|B-LOC", "r2|B-PERS"]],
    [1, ["r-1|B-LOC:kb", "r-1|B-LOC", "r0|none", "r1|B-PERS:pattern", "r1|B-PERS", "r2|I-PERS"]],
    [4, ["r-2|B-PERS", "r-1|I-PERS:pattern", "r-1|I-PERS", "r0|none", "r1|B-ORG:kb", "r1|B-ORG"]],
    [5, ["r-2|I-PERS", "r0|B-ORG:kb", "r0|B-ORG"]],
  ];
  for (const [i, want] of cases) assert.deepEqual(ruleFeatures(tags, i), want, `token ${i}`);
  // a sentence's bounds cut the window
  assert.deepEqual(ruleFeatures(tags, 4, 3, 5), ["r-1|I-PERS:pattern", "r-1|I-PERS", "r0|none"]);
});

/** A model whose only weight says: a word two tokens after a place the rules found is a place. */
function toy(withRule2: boolean): ModelFile {
  const L = LABELS.length, feats: Record<string, number[]> = {};
  const v = new Array(L).fill(0);
  v[LABELS.indexOf("B-LOC")] = 5;
  feats[withRule2 ? "r-2|B-LOC" : "r-1|B-LOC"] = v;
  return { version: 1, labels: [...LABELS], trans: new Array((L + 1) * L).fill(0), feats };
}

test("the tagger adds the weights of rule features two tokens away", () => {
  const text = "سافر الوفد من مصر إلى بانكوك أمس";
  const run = (m: ModelFile) => findMentions({ text, ...analyze(text) }, { ...RES, model: modelFromFile(m, "toy") }).map((x) => `${x.type}:${x.text}`);
  assert.ok(run(toy(true)).includes("LOC:بانكوك") || run(toy(true)).includes("GPE:بانكوك"), run(toy(true)).join());
  // the same weight at -1 names the word right after the place instead (إلى): not a name the merge keeps
  assert.ok(!run(toy(false)).some((x) => x.endsWith(":بانكوك")), run(toy(false)).join());
});
