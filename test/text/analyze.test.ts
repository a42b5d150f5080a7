// analyze(): the text layer as the pipeline sees it. Offsets must round-trip on every fixture:
// each token is its slice of the text, each reading's stem is a slice whose normalized form is
// the reading's norm (up to the two restorations: لل → ال and ت → ة before a pronoun), and
// sentences sit inside paragraphs and hold their tokens.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Reading, Token } from "../../src/core/document.ts";
import { analyze } from "../../src/text/analyze.ts";
import { normalize } from "../../src/text/normalize.ts";
import { ARTICLE, PARAGRAPHS } from "./fixtures.ts";

function stemMatches(text: string, t: Token, r: Reading): boolean {
  const written = normalize(text.slice(r.stem.start, r.stem.end));
  if (written === r.norm) return true;
  if (r.article && r.pre.endsWith("ل") && "ا" + written.slice(1) === r.norm) return true; // لل → ال
  if (r.post && written.endsWith("ت") && written.slice(0, -1) + "ه" === r.norm) return true; // ت → ة
  return false;
}

function checkOffsets(text: string): void {
  const { tokens, sentences, paragraphs } = analyze(text);
  assert.ok(tokens.length > 0);
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.norm, normalize(t.text));
    assert.equal(t.readings[0].norm, t.norm);
    assert.deepEqual(t.readings[0].stem, { start: t.start, end: t.end });
    for (const r of t.readings) {
      assert.ok(t.start <= r.stem.start && r.stem.end <= t.end, `stem inside ${t.text}`);
      assert.ok(stemMatches(text, t, r), `${t.text}: ${r.pre}+${r.norm}+${r.post} vs "${text.slice(r.stem.start, r.stem.end)}"`);
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

// Readings are views of per-form templates at the token's offset: a word written twice gets the
// same values at its own offsets, and serializes to the plain Reading shape.
const SAME_WORD_TWICE: [string, string, Reading[]][] = [
  ["بالرقة ثم بالرقة", "بالرقة", [
    { pre: "", article: false, stem: { start: 10, end: 16 }, norm: "بالرقه", bare: "بالرقه", post: "" },
    { pre: "ب", article: true, stem: { start: 11, end: 16 }, norm: "الرقه", bare: "رقه", post: "" },
  ]],
  ["قال رئيسه ثم رئيسه", "رئيسه", [
    { pre: "", article: false, stem: { start: 13, end: 18 }, norm: "رييسه", bare: "رييسه", post: "" },
    { pre: "", article: false, stem: { start: 13, end: 17 }, norm: "رييس", bare: "رييس", post: "ه" },
  ]],
];
for (const [text, word, expected] of SAME_WORD_TWICE) {
  test(`the last "${word}" of "${text}" reads at its own offsets`, () => {
    const t = analyze(text).tokens.filter((x) => x.text === word).at(-1)!;
    assert.deepEqual(JSON.parse(JSON.stringify(t.readings)), expected);
    assert.deepEqual(t.readings.map((r) => [r.pre, r.article, r.stem, r.norm, r.bare, r.post]), expected.map((r) => [r.pre, r.article, r.stem, r.norm, r.bare, r.post]));
  });
}
