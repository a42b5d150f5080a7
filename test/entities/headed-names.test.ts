// A generic name the document does not resolve stays an entity when its own organization head
// opens it (headed-names.ts, branch org14): "وزارة الخارجية" in a story that names no state is a
// ministry the KB does not link, not nothing; "قوات التحالف" (an ordinary-noun head) stays out.
// Shipped KB, lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { namedByHead } from "../../src/entities/headed-names.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { idOf } from "../helpers/entities.ts";
import { contextNames } from "../../src/entities/context-names.ts";

test("namedByHead: a generic form opened by a non-weak organization head", () => {
  const { lex } = defaultResources();
  const forms = contextNames();
  const cases: [string, boolean][] = [
    ["وزاره الخارجيه", true],
    ["قوات التحالف", false], // قوات is an ordinary noun too (weak_head)
    ["وزاره", false], // the head alone
    ["وزاره الخارجيه الجديده", false], // a longer span than the generic form
  ];
  for (const [key, want] of cases) assert.equal(namedByHead(key, lex, forms), want, key);
});

test("an unresolved generic ministry is an entity of its own; with its state named, the state's", () => {
  const lone = idOf("وقالت وزارة الخارجية في بيان إن الوفد سيصل غدا.", "وزارة الخارجية");
  assert.ok(lone !== null && lone.startsWith("rasid:"), String(lone));
  assert.equal(idOf("وقالت وزارة الخارجية في بيان إن الوفد اليمني سيصل إلى اليمن غدا، وقال مسؤول يمني إن اليمن يرحب.", "وزارة الخارجية"), "rasid:ye-foreign");
  assert.equal(idOf("وقالت قوات التحالف في بيان إن الغارات مستمرة.", "قوات التحالف"), null);
});
