// Where an event's actors stand when no verb names them directly: an indefinite event noun takes
// its relative clause without الذي ("غارات نفذتها طائرات X": X did it); after a target preposition
// a title or group of people stands for the body or state in its genitive ("مع وزراء خارجية X"،
// "ضد عناصر X"). Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, source, target] — the event must be found with these actors
const FOUND: [string, string, string, string | null, string | null][] = [
  ["an indefinite noun's relative clause without الذي names its doer", "وقال مسؤول إن غارات جوية نفذتها طائرات جيش نورستان على وادي الريح قتلت خمسة أشخاص.", "ASSAULT", "o:army", "g:town"],
  ["a meeting with ministers of a state is with the state", "وقال أمين فارس بعد اجتماعه مع وزراء خارجية سودانيا في وادي الريح إن الحل قريب.", "CONSULT", "p:amin", "g:south"],
  ["a meeting verb with a minister of a state", "وبحث أمين فارس مع وزير خارجية سودانيا الأزمة.", "CONSULT", "p:amin", "g:south"],
  ["an attack against fighters of a group is against the group", "وشن جيش نورستان هجمات ضد عناصر جبهة التحرير في وادي الريح.", "ASSAULT", "o:army", "o:front"],
];
for (const [name, text, type, source, target] of FOUND) {
  test(`attachment: ${name}`, () => {
    const evs = eventsIn(text);
    assert.ok(evs.some((e) => e.type === type && e.source === source && e.target === target), show(evs));
  });
}
