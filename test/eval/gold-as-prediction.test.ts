// The agreement tool renders a gold file as a prediction; a gold set scored against itself must
// come out whole, and a quote's snippet must widen to its sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { goldAsPrediction, sentenceAround } from "../../eval/gold-as-prediction.ts";

const text = "عنوان الخبر\nقال الوزير سامر الخطيب إن الحكومة ستفتح المعبر غدا. وأضاف أن القوافل جاهزة.";

test("sentenceAround widens a snippet to its sentence and stops at a period", () => {
  const s = sentenceAround(text, "ستفتح المعبر");
  assert.equal(text.slice(s.start, s.end), "قال الوزير سامر الخطيب إن الحكومة ستفتح المعبر غدا");
  assert.deepEqual(sentenceAround(text, "غير موجود"), { start: 0, end: 0 });
});

test("goldAsPrediction keeps asserted items, drops optional ones, and places mentions", () => {
  const gold = {
    doc: "x.txt", title: "عنوان الخبر",
    entities: [
      { key: "khatib", type: "PERSON", aliases: ["سامر الخطيب"] },
      { key: "gov", type: "ORG", aliases: ["الحكومة"], optional: true },
    ],
    quotes: [{ speaker: "khatib", contains: "ستفتح المعبر", direct: false }],
    events: [
      { type: "RETREAT", source: "gov", contains: "ستفتح المعبر", optional: true },
      { type: "AID", source: "gov", contains: "القوافل جاهزة" },
    ],
  };
  const p = goldAsPrediction(gold, text);
  assert.deepEqual(p.entities.map((e) => e.id), ["khatib"]);
  const m = p.entities[0].mentions[0];
  assert.equal(text.slice(m.start, m.end), "سامر الخطيب");
  assert.match(p.quotes[0].text, /^قال الوزير .* غدا$/);
  assert.deepEqual(p.events.map((e) => e.type), ["AID"]);
  assert.equal(text.slice(p.events[0].sentence.start, p.events[0].sentence.end), " وأضاف أن القوافل جاهزة");
});
