// A meeting, visit or call named after a frame of time (خلال، أثناء، لدى، على هامش) is the act of the
// one its clause tells of (meeting-frame.ts): the clause's subject, the one quoted, the antecedent of
// a relative clause, or the one named after "يقوم بها"; a meeting to come, a definite meeting with
// no partner and a conference somewhere are left alone. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { PUB, WORLD, show, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD, { id: "p:samer", type: "PERSON", forms: ["سامر بلوط"] }];
const consults = (text: string) => {
  const doc = makeDoc(text, W, PUB);
  doc.quotes = findQuotes(doc);
  return findEvents(doc).filter((e) => e.type === "CONSULT");
};

// [name, text, expected [source, target] of the CONSULT event, or null for none]
const CASES: [string, string, [string, string | null] | null][] = [
  ["the subject of the clause before the frame", "وكان أمين فارس يتحدث للصحفيين خلال زيارة إلى سودانيا يوم الاثنين.", ["p:amin", "g:south"]],
  ["the one quoted, the noun inside the content", "وأكد أمين فارس أن الحوار هو الطريق الوحيد، خلال لقاء مع سامر بلوط في العاصمة.", ["p:amin", "p:samer"]],
  ["the one whose words are relayed", "ونقل المتحدث عن أمين فارس قوله خلال مكالمة هاتفية مع سامر بلوط إن العلاقات متينة.", ["p:amin", "p:samer"]],
  ["the antecedent of a relative clause", "وكان سامر بلوط، الذي تحدث خلال زيارته إلى نورستان، قد غادر مساء.", ["p:samer", "g:north"]],
  ["the one named after يقوم بها", "وقال المتحدث أثناء زيارة رسمية يقوم بها أمين فارس إلى سودانيا إن الطرفين متفقان.", ["p:amin", "g:south"]],
  ["a meeting to come", "وقال أمين فارس إن القرار سيصدر خلال اجتماع لجبهة التحرير في الشهر المقبل.", null],
  ["a definite meeting with no partner named", "وقال أمين فارس خلال الاجتماع إن الأوضاع هادئة.", null],
  ["a conference in a place", "وتحدث أمين فارس خلال مؤتمر في سودانيا عن الاقتصاد.", null],
];
for (const [name, text, want] of CASES) {
  test(`meeting frame: ${name}`, () => {
    const evs = consults(text);
    if (want === null) assert.equal(evs.length, 0, show(evs));
    else assert.ok(evs.some((e) => e.source === want[0] && e.target === want[1]), show(evs));
  });
}
