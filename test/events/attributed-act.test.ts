// An act of force the text attributes to someone ("نسب إلى X"، "نسبته السلطات إلى X") names its doer
// after إلى/لـ (attributed-act.ts): X is the source, never the target, and whoever attributes it is
// neither. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, trigger word, expected source, a target it must not have]
const CASES: [string, string, string, string, string][] = [
  ["attributed with نسب إلى", "وشددت نورستان إجراءاتها بعد يوم من هجوم انتحاري نسب إلى جبهة التحرير في وادي الريح.", "هجوم", "o:front", "o:front"],
  ["attributed with لـ", "وشددت نورستان إجراءاتها إثر تفجير نسب لجبهة التحرير الأسبوع الماضي.", "تفجير", "o:front", "o:front"],
  ["attributed by someone", "وتأتي الغارات بعد الهجوم الذي نسبته سودانيا إلى جبهة التحرير في وادي الريح.", "الهجوم", "o:front", "g:south"],
];
for (const [name, text, word, source, notTarget] of CASES) {
  test(`attributed act: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.trigger.includes(word));
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source && e.target !== notTarget), show(evs));
  });
}
