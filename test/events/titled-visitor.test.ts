// noun-roles.ts: a meeting or visit noun whose genitive is a title with a nationality adjective and the
// holder's name ("زيارة وزير الخارجية النورستاني فلان إلى …") is the holder's act; the adjective is not
// the place visited. Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { WORLD_WITH_ADJECTIVE, eventsIn, show, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD_WITH_ADJECTIVE, { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] }, { id: "p:salim", type: "PERSON", forms: ["سليم داود"] }];
const HEAD = "أخبار وادي الريح\n";

const CASES: [string, string, [string, string | null, string | null]][] = [
  ["a visit by a titled minister named after his nationality adjective",
    "وجاءت زيارة وزير الخارجية النورستاني كريم ناصر إلى سودانيا بعد أسابيع من التوتر.", ["CONSULT", "p:karim", "g:south"]],
  ["a meeting noun with a titled genitive and its partner after بـ",
    "واتفق الطرفان على التنسيق لدى لقاء وزير الدفاع النورستاني كريم ناصر بالرئيس سليم داود.", ["CONSULT", "p:karim", "p:salim"]],
];

for (const [name, sentence, [type, src, tgt]] of CASES) {
  test(`titled visitor: ${name}`, () => {
    const evs = eventsIn(HEAD + sentence, W);
    assert.ok(evs.some((e) => e.type === type && e.source === src && e.target === tgt), show(evs));
  });
}

test("titled visitor: a meeting noun with a pronoun keeps its genitive as the partner", () => {
  const evs = eventsIn(HEAD + "وأكد سليم داود خلال لقائه وزير الخارجية النورستاني كريم ناصر أهمية التعاون.", W);
  assert.ok(!evs.some((e) => e.type === "CONSULT" && e.source === "p:karim"), show(evs));
});
