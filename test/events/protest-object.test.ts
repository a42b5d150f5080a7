// Whom a protest is against, named after a word of its purpose that may stand far after the
// trigger (protest-object.ts). Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD_WITH_ADJECTIVE } from "./world.ts";

// [name, sentence, target]
const FOUND: [string, string, string][] = [
  ["a purpose word past an aside and the place names the visit's doer", "وخرج متظاهرون، بينهم طلاب وعمال، في مسيرة بشوارع وادي الريح للتنديد بزيارة أمين فارس.", "p:amin"],
  ["against the shelling of a state named by its adjective, after place and time", "وكان آلاف الطلاب قد تظاهروا أمس في وادي الريح ضد القصف النورستاني على القرى.", "g:north"],
];
for (const [name, text, target] of FOUND) {
  test(`protest object: ${name}`, () => {
    const evs = eventsIn(text, WORLD_WITH_ADJECTIVE).filter((e) => e.type === "PROTEST");
    assert.ok(evs.some((e) => e.target === target), show(evs));
  });
}

test("protest object: a town after في past the purpose word is where, not whom", () => {
  const evs = eventsIn("وتظاهر آلاف الطلاب مساء أمس احتجاجا على الأوضاع في وادي الريح.", WORLD_WITH_ADJECTIVE).filter((e) => e.type === "PROTEST");
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== "g:town"), show(evs));
});
