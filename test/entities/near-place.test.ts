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

// A continent has no country: an unknown village falls back to the country the document names,
// not to the continent's point (link-entities.ts mainPlace).
test("a continent is no city to place an unknown village at: the country named is", () => {
  const text = "تحدث الرئيس عن أفريقيا طويلا، وقال إن أفريقيا تنهض وإن أفريقيا قارة المستقبل. وزار كينيا الأسبوع الماضي. وأضاف أنه يحب أهل قرية الحديبة كثيرا.";
  const g = geoOf(text, "قرية الحديبة");
  assert.equal(g?.country, "KE");
});
