// Triggers added from their frequency in news (SaudiNewsNet, session 8): retaking ground (حرر من),
// killings (استشهاد), bans (منع من), financial and military aid in the singular. Sentences written for these
// tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD);

// [name, sentence, type, source, target or null, trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["حرر من: retaking ground", "وحرر جيش نورستان وادي الريح من جبهة التحرير أمس.", "ASSAULT", "o:army", null, "وحرر"],
  ["منع من: a ban", "ومنعت سودانيا أمين فارس من مغادرة البلاد.", "COERCE", "g:south", "p:amin", "ومنعت"],
  ["استشهاد: a killing", "وأدى التفجير إلى استشهاد أمين فارس في وادي الريح.", "ASSAULT", null, "p:amin", "استشهاد"],
  ["مساعدة مالية: aid in the singular", "وقدمت نورستان مساعدة مالية إلى سودانيا.", "AID", "g:north", "g:south", "مساعدة مالية"],
  ["مساعدة عسكرية: aid in the singular", "وأرسلت سودانيا مساعدة عسكرية لجبهة التحرير.", "AID", "g:south", "o:front", "مساعدة عسكرية"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`news-frequency trigger: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["حرر without من (writing a report) is no event", "وحرر أمين فارس تقريرا عن زيارته إلى نورستان.", "ASSAULT"],
  ["the masculine منع is the masdar more often than the verb: no ban", "وتسعى سودانيا إلى منع أمين فارس من السفر.", "COERCE"],
];
for (const [name, text, type] of NONE) {
  test(`news-frequency trigger: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}
