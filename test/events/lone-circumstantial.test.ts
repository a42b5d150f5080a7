// A circumstantial threat with no name right after it ("…، متوعدة بالرد") is a THREATEN event by the
// clause's actor with no target (lone-circumstantial.ts); calls, praise and condemnations with no name
// after them stay none, and a threat aimed at a name still takes it as its target. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, type, expected [source, target] of that type's event, or null for none]
const CASES: [string, string, string, [string, string | null] | null][] = [
  ["a threat with بـ and no name", "وأصدرت جبهة التحرير بيانا طويلا أمس، متوعدة بالرد في الوقت المناسب.", "THREATEN", ["o:front", null]],
  ["a threat with a quotation", "ونشر أمين فارس تسجيلا مصورا مساء الاثنين، متوعدا «سترون ما لم تروه من قبل».", "THREATEN", ["p:amin", null]],
  ["a threat aimed at a name keeps it", "وألقى أمين فارس كلمة في الحشد، متوعدا جبهة التحرير بهزيمة قريبة.", "THREATEN", ["p:amin", "o:front"]],
  ["a call with no name stays none", "وأصدرت جبهة التحرير بيانا طويلا أمس، داعية إلى الهدوء في المدن.", "REQUEST", null],
  ["praise with no name stays none", "وتحدث أمين فارس في الحفل مساء أمس، مشيدا بالجهود المبذولة في الموسم.", "SUPPORT", null],
  ["no named actor in the clause", "وصدر بيان طويل أمس، متوعدا بالرد في الوقت المناسب.", "THREATEN", null],
];
for (const [name, text, type, want] of CASES) {
  test(`lone circumstantial: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    if (!want) return assert.equal(evs.length, 0, show(evs));
    assert.ok(evs.some((e) => e.source === want[0] && e.target === want[1]), show(evs));
  });
}
