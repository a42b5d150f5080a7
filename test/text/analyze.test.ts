// analyze(): the text layer as the pipeline sees it. Offsets must round-trip on every fixture:
// each token is its slice of the text, each reading's stem is a slice whose normalized form is
// the reading's norm (up to the three restorations: لل → ال, ت → ة and ئ/ؤ → ء before a pronoun), and
// sentences sit inside paragraphs and hold their tokens.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Reading, Token } from "../../src/core/document.ts";
import { analyze } from "../../src/text/analyze.ts";
import { stemOf } from "../../src/text/clitics.ts";
import { normalize } from "../../src/text/normalize.ts";
import { ARTICLE, PARAGRAPHS } from "./fixtures.ts";

function stemMatches(text: string, t: Token, r: Reading): boolean {
  const stem = stemOf(t, r);
  const written = normalize(text.slice(stem.start, stem.end));
  if (written === r.norm) return true;
  if (r.article && r.pre.endsWith("ل") && "ا" + written.slice(1) === r.norm) return true; // لل → ال
  if (r.post && written.endsWith("ت") && written.slice(0, -1) + "ه" === r.norm) return true; // ت → ة
  if (r.post && /ا[يو]$/.test(written) && written.slice(0, -1) + "ء" === r.norm) return true; // لقائه → لقاء
  return false;
}

function checkOffsets(text: string): void {
  const { tokens, sentences, paragraphs } = analyze(text);
  assert.ok(tokens.length > 0);
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.norm, normalize(t.text));
    assert.equal(t.readings[0].norm, t.norm);
    assert.deepEqual(stemOf(t, t.readings[0]), { start: t.start, end: t.end });
    for (const r of t.readings) {
      const stem = stemOf(t, r);
      assert.ok(t.start <= stem.start && stem.end <= t.end, `stem inside ${t.text}`);
      assert.ok(stemMatches(text, t, r), `${t.text}: ${r.pre}+${r.norm}+${r.post} vs "${text.slice(stem.start, stem.end)}"`);
      assert.ok(r.bare.length >= 2 || r === t.readings[0], `${t.text}: stem too short`);
    }
    const s = sentences[t.sentence];
    assert.ok(s && s.start <= t.start && t.end <= s.end, `token ${t.text} in its sentence`);
  }
  for (const s of sentences) assert.ok(paragraphs.some((p) => p.start <= s.start && s.end <= p.end));
  // whitespace is all that lies outside the tokens
  let covered = "";
  let at = 0;
  for (const t of tokens) { covered += text.slice(at, t.start).replace(/[\s\u200b-\u200f\ufeff]/g, ""); at = t.end; }
  assert.equal(covered + text.slice(at).trim(), "");
}

PARAGRAPHS.forEach((p, i) => test(`offsets round-trip on fixture paragraph ${i + 1}`, () => checkOffsets(p)));

test("offsets round-trip on the whole fixture article", () => checkOffsets(ARTICLE));

test("analyze gives paragraphs, sentences and tokens of an article", () => {
  const text = "قال الرئيس.\nوأضاف أن «الوضع خطير.» ثم غادر.";
  const { paragraphs, sentences, tokens } = analyze(text);
  assert.deepEqual(paragraphs.map((p) => text.slice(p.start, p.end)), ["قال الرئيس.", "وأضاف أن «الوضع خطير.» ثم غادر."]);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ["قال الرئيس.", "وأضاف أن «الوضع خطير.»", "ثم غادر."]);
  assert.deepEqual(tokens.map((t) => t.sentence), [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2]);
});

test("names in the fixtures are found through their readings", () => {
  const { tokens } = analyze(ARTICLE);
  const norms = new Set(tokens.flatMap((t) => t.readings.map((r) => r.norm)));
  for (const name of ["الرقه", "بنغازي", "كركوك", "لندن", "واشنطن", "باريس", "الامم", "الرييس", "فلسطين", "ليبيا", "وزيرستان", "كابول", "حكومه"]) {
    assert.ok(norms.has(name), name);
  }
});

// Readings are shared by every token of a written form, stems relative to the word: a word
// written twice has the very same readings, and each token's stem is at its own offset.
const SAME_WORD_TWICE: [string, string, Reading[], [number, number][]][] = [
  ["بالرقة ثم بالرقة", "بالرقة", [
    { pre: "", article: false, from: 0, to: 6, norm: "بالرقه", bare: "بالرقه", post: "" },
    { pre: "ب", article: true, from: 1, to: 6, norm: "الرقه", bare: "رقه", post: "" },
  ], [[10, 16], [11, 16]]],
  ["قال رئيسه ثم رئيسه", "رئيسه", [
    { pre: "", article: false, from: 0, to: 5, norm: "رييسه", bare: "رييسه", post: "" },
    { pre: "", article: false, from: 0, to: 4, norm: "رييس", bare: "رييس", post: "ه" },
  ], [[13, 18], [13, 17]]],
];
for (const [text, word, expected, stems] of SAME_WORD_TWICE) {
  test(`the last "${word}" of "${text}" shares the first's readings, stems at its own offsets`, () => {
    const [first, last] = [analyze(text).tokens.filter((x) => x.text === word)].map((ts) => [ts[0], ts.at(-1)!])[0];
    assert.deepEqual(last.readings, expected);
    assert.equal(last.readings, first.readings);
    assert.deepEqual(last.readings.map((r) => { const s = stemOf(last, r); return [s.start, s.end]; }), stems);
  });
}
