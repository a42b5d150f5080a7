// A generic name whose state the document does not decide ("وزارة الداخلية" in a story that names
// no state, context-names.ts) links to no KB entity, but the body is still named: an entity of its
// own, not nothing (link-entities.ts). Runs the shipped KB on a sentence written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

test("an undecided generic name is an entity without a KB id", () => {
  const text = "وأعلنت وزارة الداخلية أمس القبض على خمسة متهمين بعد مطاردة استمرت ساعات.";
  const tokens = analyze(text).tokens;
  const ents = linkEntities({ text, tokens, mentions: findMentions({ text, tokens }) });
  const e = ents.find((x) => x.mentions.some((m) => m.text === "وزارة الداخلية"));
  assert.ok(e, `got ${JSON.stringify(ents.map((x) => x.name))}`);
  assert.equal(e.type, "ORG");
  assert.ok(e.id.startsWith("rasid:"), e.id);
});
