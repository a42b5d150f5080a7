// The tagger's one-word persons that are an ordinary word ("فور" upon, "غارتان" two raids) are
// dropped unless the document gives evidence of a person: a given name (with ال too), the last
// word of a longer person's name found in the document, or a title right before it
// (ordinary-tagger-persons.ts). Mentions made by hand over sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { docForms } from "../../src/mentions/word-classes.ts";
import { makeMention, type FoundMention } from "../../src/mentions/candidate.ts";
import { withoutOrdinaryTaggerWords } from "../../src/mentions/ordinary-tagger-persons.ts";
import type { Ctx } from "../../src/mentions/words.ts";

/** The kept texts of PERSON mentions over the given words (each word's first token; "a b" two tokens). */
function kept(text: string, words: string[]): string[] {
  const res = defaultResources();
  const c: Ctx = { text, tokens: analyze(text).tokens, gaz: res.gaz, lex: res.lex };
  c.forms = docForms(c.text, c.tokens, c.gaz, c.lex, true);
  const ms: FoundMention[] = words.map((w) => {
    const parts = w.split(" ");
    const i = c.tokens.findIndex((t) => t.text === parts[0]);
    assert.ok(i >= 0, w);
    return makeMention(text, c.tokens, c.tokens[i].readings[0], i, i + parts.length, "PERSON", "pattern", 0.45, w);
  });
  return withoutOrdinaryTaggerWords(c, ms, () => true).map((m) => m.text);
}

test("an ordinary word the tagger reads as a person is dropped", () => {
  assert.deepEqual(kept("وقال فور وصوله إلى المطار إن الزيارة مهمة.", ["فور"]), []);
  assert.deepEqual(kept("وشنت الطائرات غارتان على المعسكر.", ["غارتان"]), []);
});

test("a name, a family name met in full, or a titled word stands", () => {
  assert.deepEqual(kept("وقال سالم إن الزيارة مهمة.", ["سالم"]), ["سالم"]);
  assert.deepEqual(kept("وأشاد المعلم بتلميذه «الحسين» أمس.", ["الحسين"]), ["الحسين"]);
  assert.deepEqual(kept("وقال رامي فور إن الزيارة مهمة. وأضاف فور أنها ناجحة.", ["رامي فور", "فور"]), ["رامي فور", "فور"]);
  assert.deepEqual(kept("وقال الجنرال فور إن الزيارة مهمة.", ["فور"]), ["فور"]);
});
