// An abduction is an attack (PLOVER: ASSAULT, mode abduct); خطف of a title, a point or the
// spotlight is a match or a show, no abduction. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, how many ASSAULT events] (and never a COERCE)
const CASES: [string, string, number][] = [
  ["a group abducts a person", "وخطفت جبهة التحرير أمين فارس في وادي الريح أمس.", 1],
  ["an abduction told by its masdar", "وقامت جبهة التحرير باختطاف أمين فارس من منزله في وادي الريح.", 1],
  ["an abduction for a ransom (بهدف is no match)", "وخطفت جبهة التحرير أمين فارس بهدف الحصول على فدية.", 1],
  ["a team snatches a title", "وخطف جيش نورستان لقب البطولة أمام سودانيا.", 0],
  ["a man steals the spotlight", "ويخطف أمين فارس الأضواء في وادي الريح.", 0],
  ["a side snatches the points", "واختطف جيش نورستان النقاط الثلاث من سودانيا في الدقيقة الأخيرة.", 0],
];
for (const [name, text, assault] of CASES) {
  test(`abduction: ${name}`, () => {
    const evs = eventsIn(text);
    assert.equal(evs.filter((e) => e.type === "ASSAULT").length, assault, show(evs));
    assert.equal(evs.filter((e) => e.type === "COERCE").length, 0, show(evs));
  });
}
