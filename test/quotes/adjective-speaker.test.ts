// A nationality adjective names no speaker (src/quotes/adjective-speaker.ts): "وقال باحث ليبي إن"
// is said by the unnamed researcher, not by Libya, and "ويضيف الباحث" after it goes on unnamed; a
// country named by its name still speaks, and so does a person whose family name reads like an
// adjective. Sentences written for these tests, from no corpus; the entities are given as the stage
// before would have found them, the adjectives marked as mentions/ marks them (via "adjective").
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import type { Document } from "../../src/core/document.ts";

const ENTS = [
  { id: "g:libya", type: "GPE" as const, forms: ["ليبيا", "ليبي", "الليبية"] },
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي سعد", "سعد"] },
  { id: "p:turki", type: "PERSON" as const, forms: ["حامد الليبي"] },
];

/** The doc with each listed written form marked as an adjective mention, as mentions/ marks them. */
function withAdjectives(text: string, adjectives: string[]): Document {
  const doc = makeDoc(text, ENTS);
  for (const a of adjectives) {
    const at = text.indexOf(a);
    const k = doc.tokens.findIndex((t) => t.start <= at && at < t.end);
    doc.mentions.push({ start: at, end: at + a.length, text: a, type: "GPE", kbId: "g:libya", via: "adjective", score: 0.3, tokens: { start: k, end: k + 1 } });
  }
  return doc;
}

// [what, text, adjective forms, snippet, speaker wanted]
const CASES: [string, string, string[], string, string | null][] = [
  ["an adjective after an unnamed noun does not make the country speak",
    "وقال باحث ليبي في شؤون الطاقة إن الإنتاج سيرتفع خلال الشهر المقبل.", ["ليبي"], "الإنتاج سيرتفع", null],
  ["a definite adjective after a newspaper: the newspaper is unnamed",
    "وذكرت الصحيفة الليبية أن الموانئ أغلقت أبوابها منذ يومين.", ["الليبية"], "الموانئ أغلقت", null],
  ["the unnamed speaker goes on, not the speaker named before",
    "قال رامي سعد إن المفاوضات متعثرة منذ أسابيع. وقال باحث ليبي إن الحل يحتاج إلى وقت طويل. ويضيف الباحث أن الأطراف لا تثق ببعضها أبدا.", ["ليبي"], "الأطراف لا تثق", null],
  ["a country named by its name still speaks",
    "وأعلنت ليبيا أن الحدود ستفتح أمام المسافرين الأسبوع المقبل.", [], "الحدود ستفتح", "g:libya"],
  ["a person whose family name reads as the adjective still speaks",
    "وقال اللواء حامد الليبي إن القوات وصلت إلى المدينة صباح اليوم.", ["الليبي"], "القوات وصلت", "p:turki"],
];

for (const [what, text, adjectives, snippet, speaker] of CASES) {
  test(`adjective-speaker: ${what}`, () => {
    const q = findQuotes(withAdjectives(text, adjectives)).find((x) => x.text.includes(snippet));
    assert.ok(q, `${text}: the quote is found`);
    assert.equal(q.speaker, speaker);
  });
}
