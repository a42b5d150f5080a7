// A noun of a joint act (a deal, talks) followed right away by two nationality adjectives names its
// two parties (branch evtrig23, dual-adjectives.ts pairAfterNoun), as "الجانبان المصري واليمني" does
// after a dual: the first adjective is the source, the second the target; the second may follow
// bare, after a dash or after و. Cooperation named so is a topic unless a verb governs it.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { type TestEntity, WORLD, eventsIn, show } from "./world.ts";

const ADJECTIVES: Record<string, string[]> = { "g:north": ["النورستاني"], "g:south": ["السوداني"] };
const PAIR_WORLD: TestEntity[] = WORLD.map((e) => (ADJECTIVES[e.id] ? { ...e, forms: [...e.forms, ...ADJECTIVES[e.id]] } : e));

// [name, sentence, type, events of that type, expected source, expected target]
const ROWS: [string, string, string, number, string?, string?][] = [
  ["two adjectives after a deal", "وقال أمين فارس إن الاتفاق النورستاني السوداني سيغير وادي الريح.", "AGREE", 1, "g:north", "g:south"],
  ["the second after a dash", "وبدأت نتائج الاتفاق السوداني - النورستاني تظهر في وادي الريح.", "AGREE", 1, "g:south", "g:north"],
  ["the second after و", "وقال أمين فارس إن الاتفاق النورستاني والسوداني صامد.", "AGREE", 1, "g:north", "g:south"],
  ["one adjective names no pair", "وقال أمين فارس إن الاتفاق النورستاني صامد.", "AGREE", 0],
  ["cooperation named as a topic stays none", "وتناول أمين فارس التعاون النورستاني السوداني في كلمته.", "COOPERATE", 0],
];
for (const [name, text, type, n, source, target] of ROWS) {
  test(`paired adjectives: ${name}`, () => {
    const evs = eventsIn(text, PAIR_WORLD).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
    if (source) assert.equal(evs[0].source, source, show(evs));
    if (target) assert.equal(evs[0].target, target, show(evs));
  });
}
