// A name written once with its connector apart and once joined ("عبد الرزاق" / "عبدالرزاق") is one
// person: names are compared with a joined_connector (ner-cues.tsv: عبد، أبو) and the next word as
// one word (entities/link-entities.ts words). Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function persons(text: string): string[] {
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as ReturnType<typeof findMentions> };
  doc.mentions = findMentions(doc);
  return linkEntities(doc).filter((e) => e.type === "PERSON").map((e) => e.mentions.map((m) => m.text).join("+"));
}

test("a family name written apart and joined is one person", () => {
  const cases: [string, string][] = [
    ["وقال الطبيب كمال عبد الرزاق إن المستشفى امتلأ بالجرحى. وأضاف عبدالرزاق أن الأدوية نفدت.", "كمال عبد الرزاق+عبدالرزاق"],
    ["وقال المهندس سامر عبدالرزاق إن الجسر سيفتح قريبا. وأضاف عبد الرزاق أن العمل مستمر.", "سامر عبدالرزاق+عبد الرزاق"],
  ];
  for (const [text, want] of cases) {
    const got = persons(text);
    assert.ok(got.includes(want), `${text}: wants ${want}, got ${JSON.stringify(got)}`);
  }
});
