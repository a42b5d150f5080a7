// A body named again by its head alone joins the one organization of the document named with that
// head (session 11, org11: entities/head-references.ts, head_reference in ner-cues.tsv). Shipped KB
// and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function entities(text: string) {
  const tokens = analyze(text).tokens;
  const mentions = findMentions({ text, tokens });
  return linkEntities({ text, tokens, mentions });
}
const mentionsOf = (text: string, id: string) => entities(text).find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

test("the head alone after the full name is the same body", () => {
  assert.deepEqual(mentionsOf("وأعلنت حركة أحرار الشام السيطرة على البلدة. وقالت الحركة في بيان إن الهجوم نجح.", "rasid:ahrar-al-sham"), ["حركة أحرار الشام", "الحركة"]);
  assert.deepEqual(mentionsOf("رحب الائتلاف الوطني لقوى الثورة والمعارضة السورية بالقرار. وقال الائتلاف إن القرار متأخر.", "rasid:syrian-national-coalition"), ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف"]);
});

test("no join before the full name, with a definite word after the head, or when two bodies share the head", () => {
  assert.deepEqual(mentionsOf("وقالت الحركة إن الهجوم نجح. وكانت حركة أحرار الشام قد أعلنت السيطرة على البلدة.", "rasid:ahrar-al-sham"), ["حركة أحرار الشام"]);
  assert.deepEqual(mentionsOf("وأعلنت حركة أحرار الشام السيطرة على البلدة. وقالت الحركة الكردية إن الهجوم فشل.", "rasid:ahrar-al-sham"), ["حركة أحرار الشام"]);
  assert.deepEqual(mentionsOf("وأعلنت حركة أحرار الشام وحركة حماس موقفيهما. وقالت الحركة إن الهجوم نجح.", "rasid:ahrar-al-sham"), ["حركة أحرار الشام"]);
});
