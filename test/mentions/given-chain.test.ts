// A chain of given names (the person's, the father's, the grandfather's) is one person's name: the
// tagger's cut between two given names that are no common word is undone (family-named.ts
// givenChain, used by model-mentions.ts cutOverrun). The shipped lexicons and tagger; sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { docForms } from "../../src/mentions/word-classes.ts";
import { givenChain } from "../../src/mentions/family-named.ts";
import type { Ctx } from "../../src/mentions/words.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a name of four given names stays whole", () => {
  const text = "وقاد الهجوم يحيى محمد عبدالله صالح قائد القوات الخاصة.";
  assert.ok(persons(text).includes("يحيى محمد عبدالله صالح"), JSON.stringify(persons(text)));
});

test("givenChain: two given names side by side, neither a common word", () => {
  const res = defaultResources();
  const at = (text: string, k: number) => {
    const c: Ctx = { text, tokens: analyze(text).tokens, gaz: res.gaz, lex: res.lex };
    c.forms = docForms(c.text, c.tokens, c.gaz, c.lex, true);
    return givenChain(c, k);
  };
  assert.equal(at("يحيى محمد عبدالله", 2), true);
  assert.equal(at("يحيى محمد وعبدالله", 2), false); // a conjunction: two persons
  assert.equal(at("يحيى محمد سالم", 2), false); // سالم is also a word
  assert.equal(at("يحيى محمد. عبدالله", 3), false); // another sentence
});
