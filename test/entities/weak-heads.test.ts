// Generic collective heads (قوة، مجموعة، شبكة، منصة، مؤسسة) are ordinary nouns too, so
// data/lexicon/ner-cues.tsv marks them weak_head: the recognizer then asks for a proper name
// after them and lets the tagger veto "مجموعة انتقادات". Specific heads stay strong.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadLexicons } from "../../src/mentions/lexicons.ts";
import { normalize } from "../../src/text/normalize.ts";

const table: [string, boolean][] = [
  ["قوة", true], ["مجموعة", true], ["شبكة", true], ["منصة", true], ["مؤسسة", true],
  ["قوات", true], ["مجلس", true],
];
for (const [head, weak] of table) {
  test(`entities: organization head ${head} is ${weak ? "weak" : "strong"}`, () => {
    assert.equal(loadLexicons().orgHeads.get(normalize(head))?.weak, weak);
  });
}
