// The quote error classifier sorts each missed gold quote and each unmatched prediction by the
// stage that lost it; every class must be reachable and a match must never be reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { missedQuotes, spuriousQuotes, tally, viaFindings, type Gold, type Pred } from "../../eval/quote-errors.ts";

const text = "قال المتحدث باسم الهيئة إن الطريق سيفتح غدا. وأكد المحافظ أن المدارس جاهزة للعام الجديد.";

const gold: Gold = {
  doc: "q.txt",
  entities: [
    { key: "spokesman", aliases: ["المتحدث باسم الهيئة"] },
    { key: "body", aliases: ["الهيئة"] },
    { key: "governor", aliases: ["المحافظ"] },
    { key: "minister", aliases: ["وزير النقل"] },
  ],
  quotes: [
    { speaker: "spokesman", contains: "الطريق سيفتح غدا" },
    { speaker: "governor", contains: "المدارس جاهزة" },
    { speaker: "minister", contains: "النقل العام سيعود" },
  ],
};

const pred = (quotes: Pred["quotes"]): Pred => ({
  text,
  entities: [
    { id: "p1", name: "المتحدث باسم الهيئة", mentions: [{ text: "المتحدث باسم الهيئة" }] },
    { id: "p2", name: "الهيئة", mentions: [{ text: "الهيئة" }] },
    { id: "p3", name: "المحافظ", mentions: [{ text: "المحافظ" }] },
    { id: "p4", name: "المدينة القديمة", mentions: [{ text: "المدينة القديمة" }] },
  ],
  events: [],
  quotes,
});

test("a matched quote is neither missed nor unmatched", () => {
  const p = pred([{ speaker: "p1", text: "الطريق سيفتح غدا" }]);
  assert.equal(missedQuotes(gold, p).some((f) => f.speaker === "spokesman"), false);
  assert.deepEqual(spuriousQuotes(gold, p), []);
});

test("misses are sorted by what went wrong", () => {
  const p = pred([
    { speaker: "p2", text: "إن الطريق سيفتح غدا" },
    { speaker: null, text: "أن المدارس جاهزة للعام الجديد" },
  ]);
  const cls = Object.fromEntries(missedQuotes(gold, p).map((f) => [f.speaker, f.cls]));
  assert.deepEqual(cls, {
    spokesman: "speaker another gold entity",
    governor: "speaker empty",
    minister: "no quote over it (gold speaker not found)",
  });
});

test("an unmapped speaker and a span cut differently have their own classes", () => {
  const p = pred([
    { speaker: "p4", text: "الطريق سيفتح غدا" },
    { speaker: "p3", text: "المدارس جاهزة للعام" },
  ]);
  const byGold = Object.fromEntries(missedQuotes({ ...gold, quotes: [gold.quotes![0], { speaker: "governor", contains: "المدارس جاهزة للعام الجديد" }] }, p).map((f) => [f.speaker, f]));
  assert.equal(byGold.spokesman.cls, "speaker an unmapped entity");
  assert.equal(byGold.spokesman.said, "المدينة القديمة");
  assert.equal(byGold.governor.cls, "span differs");
});

test("unmatched predictions are sorted and unattributed quotes left out, as the scorer does", () => {
  const p = pred([
    { speaker: "p3", text: "الطريق سيفتح غدا" },
    { speaker: "p1", text: "كلام لم يعلمه المعلقون" },
    { speaker: null, text: "المدارس جاهزة" },
  ]);
  const cls = spuriousQuotes(gold, p).map((f) => f.cls);
  assert.deepEqual(cls, ["gold has another speaker", "no gold quote over it"]);
  assert.match(tally(spuriousQuotes(gold, p)), /^\s+1 {2}gold has another speaker/m);
});

test("the outlet of each matched quote is right, missed, spurious or another entity", () => {
  const outlets: Gold = {
    ...gold,
    entities: [...gold.entities, { key: "paper", aliases: ["صحيفة الفجر"] }],
    quotes: [
      { speaker: "spokesman", contains: "الطريق سيفتح غدا", via: "paper" },
      { speaker: "governor", contains: "المدارس جاهزة", via: null },
    ],
  };
  const p = (via1: string | null, via2: string | null): Pred => {
    const base = pred([{ speaker: "p1", text: "الطريق سيفتح غدا", via: via1 }, { speaker: "p3", text: "المدارس جاهزة", via: via2 }]);
    return { ...base, entities: [...base.entities, { id: "p5", name: "صحيفة الفجر", mentions: [{ text: "صحيفة الفجر" }] }] };
  };
  assert.deepEqual(viaFindings(outlets, p("p5", null)).map((f) => f.cls), ["via right"]);
  assert.deepEqual(viaFindings(outlets, p(null, "p5")).map((f) => f.cls), ["via missed", "via spurious"]);
  assert.deepEqual(viaFindings(outlets, p("p2", null)).map((f) => f.cls), ["via another entity"]);
  // an outlet the entity stage never found is marked so
  const unfound = pred([{ speaker: "p1", text: "الطريق سيفتح غدا", via: null }]);
  assert.deepEqual(viaFindings(outlets, unfound).map((f) => f.cls), ["via missed (gold outlet not found)"]);
  // a quote that does not match (another speaker) says nothing about its outlet
  assert.deepEqual(viaFindings(outlets, pred([{ speaker: "p3", text: "الطريق سيفتح غدا", via: "p5" }])), []);
});
