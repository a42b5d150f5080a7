// A noun of aid (تسليح، تمويل) names in its genitive who receives the aid, not who gives it
// (branch evtrig23): "تسليح القوات" arms the forces. The giver is the subject of its support verb
// or a nationality adjective agreeing with the noun ("التمويل النورستاني"); with neither, the
// noun tells no AID event of its own (it had named the armed body as the one arming).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { WORLD_WITH_ADJECTIVE, eventsIn, show } from "./world.ts";

// [name, sentence, AID events, expected source, expected target]
const ROWS: [string, string, number, string?, string?][] = [
  ["a support verb's subject arms the genitive", "وتواصل نورستان تسليح جبهة التحرير في وادي الريح.", 1, "g:north", "o:front"],
  ["a support verb's subject funds the genitive", "وبدأت سودانيا تمويل جبهة التحرير منذ عامين.", 1, "g:south", "o:front"],
  ["the armed body is no giver", "وقال أمين فارس إن تسليح جبهة التحرير خطأ كبير.", 0],
  ["the funded body is no giver", "وحذر أمين فارس من خطر تمويل جبهة التحرير.", 0],
  ["a nationality adjective gives", "وأكد أمين فارس أن التمويل النورستاني لجبهة التحرير مستمر.", 1, "g:north"],
];
for (const [name, text, n, source, target] of ROWS) {
  test(`aid recipient: ${name}`, () => {
    const evs = eventsIn(text, WORLD_WITH_ADJECTIVE).filter((e) => e.type === "AID");
    assert.equal(evs.length, n, show(evs));
    if (source) assert.equal(evs[0].source, source, show(evs));
    if (target) assert.equal(evs[0].target, target, show(evs));
  });
}
