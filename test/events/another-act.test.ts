// An act noun qualified by "another" ("غارة أخرى"، "هجوم آخر") is an act other than the one its
// sentence told before it (another-act.ts): it is not filled into that event as its twin nor dropped
// as a retelling; it stands with its own roles. An act noun without "another" still tells the same
// event as the verb before it, and one with no actor of its own is still filled in. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, expected [source, target] pairs among the ASSAULT events, exact count of ASSAULT events]
const CASES: [string, string, [string | null, string | null][], number][] = [
  ["another raid on another target", "وشن جيش نورستان غارة على وادي الريح، بينما دمرت غارة أخرى لجيش نورستان مواقع لجبهة التحرير.", [["o:army", "g:town"], ["o:army", "o:front"]], 2],
  ["another attack by the other side", "وقصف جيش نورستان مواقع جبهة التحرير ردا على هجوم آخر شنته جبهة التحرير على جيش نورستان.", [["o:army", "o:front"], ["o:front", "o:army"]], 2],
  ["the same raid named again, no another", "وشن جيش نورستان غارة على وادي الريح، ودمرت الغارة مواقع فيها.", [["o:army", "g:town"]], 1],
];
for (const [name, text, want, count] of CASES) {
  test(`another act: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    for (const [s, t] of want) assert.ok(evs.some((e) => e.source === s && e.target === t), show(evs));
    assert.equal(evs.length, count, show(evs));
  });
}
