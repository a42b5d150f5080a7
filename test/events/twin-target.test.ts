// Two triggers of one type in a sentence are one event: when the first names its sufferers by a
// count and the second names the body struck, the merged event takes the named body
// (twin-target.ts); a place after the second trigger stays where, not whom.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

test("twin target: the named body struck beats the count of the dead", () => {
  const evs = eventsIn("قتل عشرون شخصا في غارات شنها جيش نورستان على جبهة التحرير أمس.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.source === "o:army" && e.target === "o:front"), show(evs));
  assert.ok(!evs.some((e) => e.source === "o:army" && e.target === null), show(evs));
});

test("twin target: a place after the second trigger does not take over", () => {
  const evs = eventsIn("قتل عشرون مدنيا في قصف شنه جيش نورستان على وادي الريح أمس.").filter((e) => e.type === "ASSAULT");
  assert.ok(!evs.some((e) => e.target === "g:town"), show(evs));
});
