// Bounded excerpts (src/store/clip.ts): short texts whole, long ones cut at spaces around the
// fact, never inside it, room unused on one side given to the other.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clipEvidence, clipQuote, windowAround } from "../../src/store/clip.ts";

const words = (n: number, w = "كلمة") => Array.from({ length: n }, () => w).join(" ");

describe("windowAround", () => {
  const long = `${words(40)} هاجم ${words(40)}`;   // 40 words of 4 letters either side of the trigger
  const at = long.indexOf("هاجم");
  const cases: [string, string, number, number, (w: { start: number; end: number }) => void][] = [
    ["a short text is whole", "قصفت الطائرات مواقع المسلحين", 5, 10, (w) => assert.deepEqual(w, { start: 0, end: 28 })],
    ["a long one is cut to at most the bound, around the focus", long, at, at + 4, (w) => {
      assert.ok(w.end - w.start <= 60, `${w.end - w.start}`);
      assert.ok(w.start <= at && at + 4 <= w.end);
    }],
    ["cuts fall at spaces", long, at, at + 4, (w) => {
      assert.equal(long[w.start - 1], " ");
      assert.equal(long[w.end], " ");
    }],
    ["a focus at the start gives all the room to what follows", long, 0, 4, (w) => {
      assert.equal(w.start, 0);
      assert.ok(w.end > 50, `${w.end}`);
    }],
    ["a focus at the end gives all the room to what precedes", long, long.length - 4, long.length, (w) => {
      assert.equal(w.end, long.length);
      assert.ok(long.length - w.start > 50, `${long.length - w.start}`);
    }],
  ];
  for (const [name, s, a, b, check] of cases) it(name, () => check(windowAround(s, a, b, 60, 20)));

  it("a focus longer than the bound is kept whole", () => {
    const w = windowAround(long, 10, 150, 60, 20);
    assert.ok(w.start <= 10 && w.end >= 150);
  });
});

describe("clipEvidence and clipQuote", () => {
  it("an evidence cut carries its offsets in the document text and says it was cut", () => {
    const text = `العنوان\n${words(100)} وهدد ${words(100)}`;
    const sentence = { start: 8, end: text.length };
    const t = text.indexOf("وهدد");
    const c = clipEvidence(text.slice(sentence.start), sentence, { start: t, end: t + 4 });
    assert.equal(c.clipped, true);
    assert.equal(c.evidence, text.slice(c.evidence_span.start, c.evidence_span.end));
    assert.ok(c.evidence.includes("وهدد"));
  });

  it("a short evidence sentence is whole, its span the sentence", () => {
    const s = "أعلنت الحكومة وقف إطلاق النار";
    assert.deepEqual(clipEvidence(s, { start: 100, end: 100 + s.length }, { start: 106, end: 113 }),
      { evidence: s, evidence_span: { start: 100, end: 100 + s.length }, clipped: false });
  });

  it("a long quote keeps its beginning, cut at a word", () => {
    const q = words(100, "نرفض");
    const c = clipQuote(q);
    assert.equal(c.clipped, true);
    assert.ok(q.startsWith(c.text) && q[c.text.length] === " ");
    assert.deepEqual(clipQuote("لن نقبل بذلك"), { text: "لن نقبل بذلك", clipped: false });
  });
});
