// Branch evsrc22: a statement verb joined right after a quote, with no subject of its own, is said by
// that quote's speaker (speaker-goes-on.ts). Not an imperfect verb (a habit, or a thing's doing), not
// a plural one, not one carrying an object pronoun (its subject is named after it), not one far
// from the quote's end.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { PUB, WORLD, show } from "./world.ts";

const eventsWithQuotes = (text: string) => {
  const doc = makeDoc(text, WORLD, PUB);
  doc.quotes = findQuotes(doc);
  return findEvents(doc);
};

// [name, text, type, expected sources of that type]
const CASES: [string, string, string, (string | null)[]][] = [
  ["كما and a perfect verb after a direct quote", "وتساءل أمين فارس: «من يدفع ثمن هذا الخراب؟»، كما اتهم جهات لم يسمها بسرقة الأموال.", "ACCUSE", ["p:amin"]],
  ["و on a perfect verb after an indirect quote", "وأكد أمين فارس أن المدارس ستفتح أبوابها قريبا، وطالب بتوفير الكتب لكل التلاميذ.", "REQUEST", ["p:amin"]],
  ["a feminine verb after a body's statement", "وأعلنت جبهة التحرير أن الطريق إلى المدينة سيبقى مغلقا، ودعت إلى الهدوء في الأحياء.", "REQUEST", ["o:front"]],
  ["an imperfect verb goes on with no one", "وقال أمين فارس إن القوانين الجديدة واضحة، وتدعو إلى احترام الجيران.", "REQUEST", []],
  ["a plural verb is others'", "وقال أمين فارس إن القوانين الجديدة واضحة، وطالبوا بتطبيقها فورا.", "REQUEST", []],
  ["a verb with an object pronoun names its subject after it", "وقال أمين فارس إن القرار صائب، كما اتهمه معارضون بالتسرع.", "ACCUSE", []],
  ["a verb far from the quote's end is not joined to it", "وقال أمين فارس إن الوضع هادئ. وفي اليوم التالي طالب بفتح الطرق المغلقة.", "REQUEST", []],
];
for (const [name, text, type, sources] of CASES) {
  test(`speaker goes on: ${name}`, () => {
    const evs = eventsWithQuotes(text).filter((e) => e.type === type);
    assert.deepEqual(evs.map((e) => e.source), sources, show(evs));
  });
}
