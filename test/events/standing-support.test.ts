// Session 22 (branch evsupport26): the noun وقوف is SUPPORT only beside, with or behind a party
// (event-triggers.tsv needs: جانب، مع، خلف، وراء); standing before a camera, standing up, or
// "الوقوف على" (looking into) is no event.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const SUPPORTS: [string, string][] = [
  ["beside a party", "وأكد أمين فارس وقوف نورستان إلى جانب سودانيا في أزمتها."],
  ["with a party", "وثمن أمين فارس وقوف سودانيا مع نورستان."],
];
for (const [name, text] of SUPPORTS) {
  test(`standing support: ${name}`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === "SUPPORT");
    assert.ok(evs.length > 0, show(evs));
  });
}

const NONE: [string, string][] = [
  ["looking into a matter", "وزار أمين فارس وادي الريح للوقوف على سير العمل في المشروع."],
  ["standing before a building", "واضطر العمال إلى الوقوف أمام مبنى جبهة التحرير ساعات."],
  ["standing up again", "وحاول أمين فارس الوقوف مجددا بعد سقوطه."],
];
for (const [name, text] of NONE) {
  test(`standing support: ${name} is no support`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === "SUPPORT");
    assert.deepEqual(evs, [], show(evs));
  });
}
