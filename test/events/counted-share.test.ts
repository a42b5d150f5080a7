// After a masdar, من following a count takes a share of who suffered it ("مقتل 40 من عناصر X"): X
// is the target, never the doer; a unit of a force before من is that force acting
// ("تفجير عناصر من X لأنفسهم"). arguments.ts agentPhrase with the counted-share word class.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

const shares: [string, string][] = [
  ["a number", "وأعلن المتحدث مقتل 45 من جبهة التحرير خلال أسبوعين في الجنوب."],
  ["a quantity word", "وتحدثت المصادر عن مقتل العشرات من جبهة التحرير في المعارك الأخيرة."],
];
for (const [what, text] of shares) test(`counted share: ${what} before من names the sufferers`, () => {
  const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
  assert.ok(!evs.some((e) => e.source === "o:front"), show(evs));
  assert.ok(evs.some((e) => e.target === "o:front"), show(evs));
});

test("counted share: members of a body before من are that body acting", () => {
  const evs = eventsIn("وقتل جنود في تفجير عناصر من جبهة التحرير لأنفسهم قرب الحاجز.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === "o:front"), show(evs));
});
