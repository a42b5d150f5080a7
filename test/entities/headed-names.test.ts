// A generic name the document does not resolve stays an entity when its own organization head
// opens it (headed-names.ts, branch org14): "وزارة الخارجية" in a story that names no state is a
// ministry the KB does not link, not nothing. org17: a weak head (مجلس، قوات) or one with ال
// (القوات المسلحة) opens such a name too; a one-word form (المقاومة) stays out.
// Shipped KB, lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { namedByHead } from "../../src/entities/headed-names.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { idOf } from "../helpers/entities.ts";
import { contextNames } from "../../src/entities/context-names.ts";

test("namedByHead: a generic form opened by an organization head", () => {
  const { lex } = defaultResources();
  const forms = contextNames();
  const cases: [string, boolean][] = [
    ["وزاره الخارجيه", true],
    ["قوات التحالف", true], // a weak head (org17)
    ["مجلس النواب", true], // a weak head: the chamber of whichever state (org17)
    ["القوات المسلحه", true], // the head with ال (org17)
    ["المقاومه", false], // one word
    ["الوكاله الرسميه", true],
    ["وزاره", false], // the head alone
    ["وزاره الخارجيه الجديده", false], // a longer span than the generic form
  ];
  for (const [key, want] of cases) assert.equal(namedByHead(key, lex, forms), want, key);
});

test("an unresolved generic ministry is an entity of its own; with its state named, the state's", () => {
  const lone = idOf("وقالت وزارة الخارجية في بيان إن الوفد سيصل غدا.", "وزارة الخارجية");
  assert.ok(lone !== null && lone.startsWith("rasid:"), String(lone));
  assert.equal(idOf("وقالت وزارة الخارجية في بيان إن الوفد اليمني سيصل إلى اليمن غدا، وقال مسؤول يمني إن اليمن يرحب.", "وزارة الخارجية"), "rasid:ye-foreign");
  const coalition = idOf("وقالت قوات التحالف في بيان إن الغارات مستمرة.", "قوات التحالف");
  assert.ok(coalition !== null && coalition.startsWith("rasid:"), String(coalition));
  const house = idOf("وأقر مجلس النواب مشروع القانون بأغلبية كبيرة أمس.", "مجلس النواب");
  assert.ok(house !== null && house.startsWith("rasid:"), String(house));
});
