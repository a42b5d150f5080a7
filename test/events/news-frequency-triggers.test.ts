// Triggers added from their frequency in news (SaudiNewsNet, session 8): taking ground (سيطر على،
// حرر من), bans (منع من), financial and military aid in the singular. Sentences written for these
// tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD);

// [name, sentence, type, source, target or null, trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["سيطر على: taking ground", "وقال شهود إن جبهة التحرير سيطرت على وادي الريح بعد معارك عنيفة.", "ASSAULT", "o:front", "g:town", "سيطرت"],
  ["سيطر على: plural", "وكان مقاتلو جبهة التحرير قد سيطروا على وادي الريح الشهر الماضي.", "ASSAULT", "o:front", "g:town", "سيطروا"],
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
  ["control as a state (imperfect) is no event", "وتقع وادي الريح في منطقة تسيطر عليها جبهة التحرير منذ سنوات.", "ASSAULT"],
  ["حرر without من (writing a report) is no event", "وحرر أمين فارس تقريرا عن زيارته إلى نورستان.", "ASSAULT"],
  ["control of a fire is no attack", "وقال أمين فارس إن رجاله سيطروا على الحريق في وادي الريح بعد ساعتين.", "ASSAULT"],
  ["control of a match is no attack", "وقال أمين فارس إن فريق نورستان سيطر على المباراة أمام جبهة التحرير.", "ASSAULT"],
  ["the masculine منع is the masdar more often than the verb: no ban", "وتسعى سودانيا إلى منع أمين فارس من السفر.", "COERCE"],
];
for (const [name, text, type] of NONE) {
  test(`news-frequency trigger: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}
