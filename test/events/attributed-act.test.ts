// Session 18 (branch evtgt18): an attack the press attributes to a named actor ("هجوم انتحاري نسب إلى X"،
// "الاعتداء الذي نسب الى X"، "التفجير المنسوب لـX") was that actor's, and is not aimed at it
// (attributed-act.ts, read by noun-roles.ts); the adversary fill leaves its target open.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, trigger, expected source]
const CASES: [string, string, string, string][] = [
  ["a verb of attributing right after the attack noun and its adjective", "وعدت الحكومة بتعزيز الأمن غداة هجوم انتحاري نسب إلى جبهة التحرير في وادي الريح.", "هجوم انتحاري", "o:front"],
  ["after a relative pronoun", "ودانت نورستان الاعتداء الذي نسب الى جبهة التحرير في وادي الريح.", "الاعتداء", "o:front"],
  ["a participle with the name written with ل", "وأدى التفجير المنسوب لجبهة التحرير إلى مقتل عشرة.", "التفجير", "o:front"],
];
for (const [name, text, trigger, source] of CASES) {
  test(`attributed act: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT" && e.trigger === trigger);
    assert.ok(evs.some((e) => e.source === source && e.target !== source), show(evs));
  });
}

test("attributed act: a ratio (نسب as a noun, not after an attack noun) names no doer", () => {
  const evs = eventsIn("وارتفعت نسب البطالة في وادي الريح بعد هجوم جبهة التحرير على جيش نورستان.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.every((e) => e.source === "o:front"), show(evs));
});

// branch evarg18's cases: whoever attributes the act ("نسبته سودانيا إلى X") is neither its doer nor its target
// [name, text, trigger word, expected source, a target it must not have]
const DOER_CASES: [string, string, string, string, string][] = [
  ["attributed with نسب إلى", "وشددت نورستان إجراءاتها بعد يوم من هجوم انتحاري نسب إلى جبهة التحرير في وادي الريح.", "هجوم", "o:front", "o:front"],
  ["attributed with لـ", "وشددت نورستان إجراءاتها إثر تفجير نسب لجبهة التحرير الأسبوع الماضي.", "تفجير", "o:front", "o:front"],
  ["attributed by someone", "وتأتي الغارات بعد الهجوم الذي نسبته سودانيا إلى جبهة التحرير في وادي الريح.", "الهجوم", "o:front", "g:south"],
];
for (const [name, text, word, source, notTarget] of DOER_CASES) {
  test(`attributed act (who attributes it): ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.trigger.includes(word));
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source && e.target !== notTarget), show(evs));
  });
}
