// Transliterated outlets the KB does not know, named by their last word (outlet_tail in
// ner-cues.tsv; mentions/outlet-tails.ts), with a media head before them kept in the span, the
// article the press sometimes writes on them, and the KB's outlet when the name without the
// article is one; police forces named by شرطة and a place (org-heads.tsv). Shipped data and
// model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const mentions = (text: string) => findMentions({ text, tokens: analyze(text).tokens });
const orgs = (text: string) => mentions(text).filter((m) => m.type === "ORG").map((m) => m.text);

test("an outlet named by its last word", () => {
  const cases: [string, string[]][] = [
    ["ونقلت صحيفة كاراتشي بوست عن مسؤول قوله إن الطريق أغلق.", ["صحيفة كاراتشي بوست"]],
    ["وقال موقع حلب نيوز إن الاشتباكات استمرت حتى الصباح.", ["موقع حلب نيوز"]],
    ["وكتبت الكاراتشي تايمز أن الحكومة تدرس الاقتراح.", ["الكاراتشي تايمز"]],
    // a tail word inside another word is none ("برسوم"), and a stop word before it names nothing
    ["وتمدد التأشيرة لنفس المدة برسوم قدرها عشرة دنانير.", []],
    ["وقال إن في تايمز أمس خبرا.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});

test("the article on a known outlet's name links to the KB's outlet", () => {
  const m = mentions("وذكرت الواشنطن بوست أن المفاوضات تعثرت.").find((x) => x.type === "ORG");
  assert.equal(m?.text, "الواشنطن بوست");
  assert.equal(m?.kbId, "wd:Q166032");
});

test("police named by a place", () => {
  assert.deepEqual(orgs("وقالت شرطة منطقة حائل إن دورية ضبطت المتهم."), ["شرطة منطقة حائل"]);
  // (a city the KB knows, in a document that names its country)
  assert.deepEqual(orgs("وقالت شرطة مشهد في شمال شرق إيران إنها تبحث عن المتهمين."), ["شرطة مشهد"]);
});
