// Session 12 (branch evdet12): دفع … بتعزيزات with the subject between verb and noun is a
// deployment (event-triggers.tsv row دفع/يدفع, needs تعزيزات). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

test("reinforcements: the subject between دفع and بتعزيزات", () => {
  const evs = eventsIn("ودفع جيش نورستان أمس بتعزيزات كبيرة إلى وادي الريح.");
  assert.ok(evs.some((e) => e.type === "MOBILIZE" && e.source === "o:army" && e.trigger === "ودفع"), show(evs));
});

test("reinforcements: paying is no deployment", () => {
  const evs = eventsIn("ودفعت نورستان رواتب الجنود في وادي الريح.").filter((e) => e.type === "MOBILIZE");
  assert.equal(evs.length, 0, show(evs));
});
