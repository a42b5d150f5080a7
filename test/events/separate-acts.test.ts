// Two statements or meetings of one type in a sentence aimed at two different named parties are two
// acts (event-dedupe.ts separateActs); a force told twice stays one event filled from both.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

test("separate acts: an accusation and a blame aimed at two parties are two events", () => {
  const evs = eventsIn("وقال أمين فارس إن الحوار هو السبيل الوحيد، متهما جيش نورستان بإشعال الفوضى، محملا جبهة التحرير أيضا المسؤولية عن التدهور.").filter((e) => e.type === "ACCUSE");
  assert.ok(evs.some((e) => e.source === "p:amin" && e.target === "o:army"), show(evs));
  assert.ok(evs.some((e) => e.source === "p:amin" && e.target === "o:front"), show(evs));
});

test("separate acts: the same party accused twice is one event", () => {
  const evs = eventsIn("وانتقد أمين فارس جبهة التحرير بشدة، متهما جبهة التحرير بعرقلة الحوار.").filter((e) => e.type === "ACCUSE");
  assert.equal(evs.filter((e) => e.target === "o:front").length, 1, show(evs));
});
