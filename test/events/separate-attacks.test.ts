// Two attacks of one sentence on two different named groups or persons are two events, not one told
// twice (event-dedupe.ts separateAttacks); the second, naming no doer, has the doer of the first
// (find-events.ts). A toll ("مقتل"، "إصابة"), an attack told as the manner of another ("في غارة"),
// or a place then who held it stay one event. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, expected [source, target] pairs among the ASSAULT events, exact count of ASSAULT events]
const CASES: [string, string, [string | null, string | null][], number][] = [
  ["raids on one group and a campaign on another", "وشنت طائرات جيش نورستان غارات على مواقع لجبهة التحرير في وادي الريح وبدأت حملة قصف على معسكرات أمين فارس.", [["o:army", "o:front"], ["o:army", "p:amin"]], 2],
  ["an attack and a shelling of another target", "وهاجم جيش نورستان مواقع جبهة التحرير، واستهدف قصف مدفعي مقر أمين فارس.", [["o:army", "o:front"], ["o:army", "p:amin"]], 2],
  ["the toll of the attack is no second target", "وقصف جيش نورستان مواقع جبهة التحرير في وادي الريح، وأسفر القصف عن مقتل أمين فارس.", [["o:army", "o:front"]], 1],
  ["a wounding is the toll too", "وقصف جيش نورستان مواقع لجبهة التحرير في وادي الريح ما أدى إلى إصابة أمين فارس.", [["o:army", "o:front"]], 1],
  ["a raid told as the manner of the act", "ودمرت طائرات جيش نورستان مستودعا لجبهة التحرير في وادي الريح في غارة على مقر أمين فارس.", [["o:army", "o:front"]], 1],
  ["the same group attacked twice is one event", "وشن جيش نورستان هجوما على جبهة التحرير في وادي الريح، واستهدف قصف مدفعي مقرات جبهة التحرير.", [["o:army", "o:front"]], 1],
];
for (const [name, text, want, count] of CASES) {
  test(`separate attacks: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    for (const [s, t] of want) assert.ok(evs.some((e) => e.source === s && e.target === t), show(evs));
    assert.equal(evs.length, count, show(evs));
  });
}
