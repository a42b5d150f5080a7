// A title's nationality adjective, or the state or body the title is of, followed by the holder's
// name stands for that person (holder-after-title.ts). Sentences written for these tests, in the
// invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  ...WORLD.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستاني"] } : e)),
  { id: "p:salem", type: "PERSON", forms: ["سالم الهادي"] },
  { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] },
];

// [name, sentence, type, source, target]
const FOUND: [string, string, string, string | null, string | null][] = [
  ["a nationality adjective after a title, then the name: the person met", "وشدد كريم ناصر خلال لقائه الرئيس النورستاني سالم الهادي على عمق العلاقات.", "CONSULT", "p:karim", "p:salem"],
  ["a state after a title, then the name: the person received", "واستقبل كريم ناصر أمس رئيس وزراء نورستان سالم الهادي.", "CONSULT", "p:karim", "p:salem"],
  ["a title of two words and its adjective before the name: the person criticized", "وهو القرار الذي انتقده وزير العدل النورستاني سالم الهادي.", "ACCUSE", "p:salem", null],
];
for (const [name, text, type, source, target] of FOUND) {
  test(`holder after title: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), show(evs));
  });
}
