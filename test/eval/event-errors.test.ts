// The event error classifier sorts each miss and each unmatched prediction by the stage that lost
// it; every class must be reachable and a strict match must never be reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fold, mapEntities, missedEvents, spuriousEvents, tally, type Gold, type Pred } from "../../eval/event-errors.ts";

const text = "قصفت قوات الحرس مخازن الجماعة قرب النهر. وأدانت الرابطة القصف. والتقى الوزير نظيره أمس.";
const at = (s: string) => { const i = text.indexOf(s); return { start: i, end: i + s.length }; };
const sentence1 = at("قصفت قوات الحرس مخازن الجماعة قرب النهر");
const sentence2 = at("وأدانت الرابطة القصف");
const sentence3 = at("والتقى الوزير نظيره أمس");

const gold: Gold = {
  doc: "a.txt",
  entities: [
    { key: "guard", aliases: ["قوات الحرس", "الحرس"] },
    { key: "group", aliases: ["الجماعة"] },
    { key: "league", aliases: ["الرابطة"] },
    { key: "minister", aliases: ["الوزير"] },
  ],
  events: [
    { type: "ASSAULT", source: "guard", target: "group", contains: "قصفت قوات الحرس" },
    { type: "ACCUSE", source: "league", target: "guard", contains: "وأدانت الرابطة" },
    { type: "CONSULT", source: "minister", target: null, contains: "والتقى الوزير" },
    { type: "AID", source: "guard", contains: "مخازن الجماعة", optional: true },
  ],
};

const pred = (events: Pred["events"]): Pred => ({
  text,
  entities: [
    { id: "p1", name: "الحرس", mentions: [{ text: "قوات الحرس" }] },
    { id: "p2", name: "الجماعة", mentions: [{ text: "الجماعة" }] },
    { id: "p3", name: "الرابطة", mentions: [{ text: "الرابطة" }] },
    { id: "p4", name: "الوزير", mentions: [{ text: "الوزير" }] },
  ],
  events,
});

test("fold ignores marks, alef forms, final ى and ة", () => {
  assert.equal(fold("إدانةٌ  مُستشفى"), fold("ادانه مستشفي"));
});

test("entities map one to one by name or mention", () => {
  const m = mapEntities(pred([]), gold);
  assert.deepEqual([...m].sort(), [["p1", "guard"], ["p2", "group"], ["p3", "league"], ["p4", "minister"]]);
});

test("a strict match is neither missed nor unmatched", () => {
  const p = pred([{ type: "ASSAULT", source: "p1", target: "p2", sentence: sentence1 }]);
  assert.equal(missedEvents(gold, p).filter((f) => f.type === "ASSAULT").length, 0);
  assert.deepEqual(spuriousEvents(gold, p), []);
});

test("misses are sorted by what went wrong", () => {
  const p = pred([
    { type: "ASSAULT", source: null, target: "p2", sentence: sentence1 },
    { type: "REJECT", source: "p3", target: null, sentence: sentence2 },
  ]);
  const byType = Object.fromEntries(missedEvents(gold, p).map((f) => [f.type, f.cls]));
  assert.deepEqual(byType, {
    ASSAULT: "right type, source empty",
    ACCUSE: "another type there",
    CONSULT: "no event in its sentence",
  });
});

test("of two same-type predictions the nearer one names the miss", () => {
  const p = pred([
    { type: "ASSAULT", source: "p4", target: "p3", sentence: sentence1 },
    { type: "ASSAULT", source: "p1", target: "p3", sentence: sentence1 },
  ]);
  const m = missedEvents(gold, p).find((f) => f.type === "ASSAULT");
  assert.equal(m?.cls, "right type, target other");
});

test("unmatched predictions are sorted too, and optional gold counts as a match", () => {
  const p = pred([
    { type: "ASSAULT", source: "p2", target: "p1", sentence: sentence1 },
    { type: "AID", source: "p1", target: null, sentence: sentence1 },
    { type: "THREATEN", source: "p4", target: null, sentence: sentence3 },
    { type: "PROTEST", source: null, target: null, sentence: { start: 0, end: 0 } },
  ]);
  const cls = spuriousEvents(gold, p).map((f) => `${f.type}: ${f.cls}`);
  assert.deepEqual(cls, [
    "ASSAULT: right type, other actors",
    "THREATEN: gold has another type there",
    "PROTEST: no gold event in its sentence",
  ]);
  assert.match(tally(spuriousEvents(gold, p)), /^\s+1 {2}right type, other actors/);
});

test("a listed prediction shows its text from the trigger on", () => {
  const p = pred([{ type: "PROTEST", source: "p3", target: null, sentence: sentence2, trigger: "القصف", trigger_span: at("القصف. والتقى") }]);
  assert.equal(spuriousEvents(gold, p)[0].text, "القصف");
  const untriggered = pred([{ type: "PROTEST", source: "p3", target: null, sentence: sentence2 }]);
  assert.equal(spuriousEvents(gold, untriggered)[0].text, "وأدانت الرابطة القصف");
});
