// An unknown place is where the known place named right after it is ("سد X في ريف درعا",
// "مستشفى X بجدة"), not at the document's most-named place (link-entities.ts nearPlace). Runs the
// shipped lexicons, KB and model on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function geoOf(text: string, name: string) {
  const tokens = analyze(text).tokens;
  const doc = { text, tokens, mentions: findMentions({ text, tokens }) };
  const e = linkEntities(doc).find((x) => x.mentions.some((m) => m.text === name));
  assert.ok(e, `${name} not found in ${JSON.stringify(linkEntities(doc).map((x) => x.name))}`);
  return e.geo;
}

test("an unknown facility takes the known place named right after it", () => {
  const text = "وزار الأمير الرياض أمس، ثم التقى في الرياض الوزراء، وعاد إلى الرياض مساء. وصلى الوزير في جامع الفرقان بجدة بحضور المسؤولين.";
  const g = geoOf(text, "جامع الفرقان");
  assert.ok(g && Math.abs(g.lat - 21.5) < 0.6 && Math.abs(g.lon - 39.2) < 0.6, `near Jeddah, got ${JSON.stringify(g)}`);
});
