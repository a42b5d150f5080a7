// headline-subject.ts: a headline is written subject first; when that subject is no known name, the
// name after a statement verb is its object, never its speaker. Texts written for these tests, in the
// invented world of world.ts (the first line is the headline).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

const BODY = "\nوقال مصدر إن الوضع صعب في المنطقة.";
// [name, headline, type, [source, target] pairs of that type expected, exactly]
const CASES: [string, string, string, [string | null, string | null][]][] = [
  ["an unnamed envoy calls on a front: the front calls on no one", "المبعوث الدولي يطالب جبهة التحرير بوقف القصف", "REQUEST", []],
  ["unnamed tribes condemn a man: he condemns nothing", "عشائر الجنوب تستنكر تصريحات أمين فارس", "ACCUSE", []],
  ["a named subject before the verb stays the source", "سودانيا تتهم جبهة التحرير بالهجوم", "ACCUSE", [["g:south", "o:front"]]],
  ["a headline opening with its verb keeps the name after it as subject", "يدين أمين فارس هجوم جبهة التحرير", "ACCUSE", [["p:amin", "o:front"]]],
];
for (const [name, headline, type, pairs] of CASES) {
  test(`headline subject: ${name}`, () => {
    const evs = eventsIn(headline + BODY);
    const got = evs.filter((e) => e.type === type).map((e) => [e.source, e.target]);
    assert.deepEqual(got.sort(), [...pairs].sort(), show(evs));
  });
}
