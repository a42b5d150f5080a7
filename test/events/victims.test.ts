// Who suffers a use of force when the sentence counts people ("قتل سبعة أشخاص"، "سبعة من مقاتلي X
// قتلوا": the counted group is the victim, never the doer), and a verb-subject clause whose subject
// a coordinated verb shares ("ودخلت X … واعتقلت").
// Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

// [name, sentence, type, source, target] — the event must be found with these actors
const FOUND: [string, string, string, string | null, string | null][] = [
  ["a counted group before a plural verb is the victim", "وقال مسؤول إن سبعة من مقاتلي جبهة التحرير قتلوا في وادي الريح أمس.", "ASSAULT", null, "o:front"],
  ["a counted group after the verb is its object", "وقتلت سودانيا ثلاثة من مقاتلي جبهة التحرير في وادي الريح.", "ASSAULT", "g:south", "o:front"],
  ["a weekday is no count before the subject", "وقال مسؤول اليوم الاثنين بأن جبهة التحرير تحاصر سودانيا في وادي الريح.", "COERCE", "o:front", "g:south"],
  ["a unit of a force before the verb is that force; an accusative plural is the object", "ونقلت وكالة الأنباء عن مصدر عسكري أن وحدة من جيش نورستان قتلت مسلحين وأصابت آخرين.", "ASSAULT", "o:army", null],
  ["the subject of لقي مصرعه died: it is the target", "وقال مسؤول إن أمين فارس لقي مصرعه في وادي الريح.", "ASSAULT", null, "p:amin"],
  ["the subject of استشهد died, named or counted", "واستشهد ثلاثة من جنود جيش نورستان في وادي الريح.", "ASSAULT", null, "o:army"],
  ["لقي … مصرعهم with the subject between the words is a killing of the subject", "ولقي عدد من عناصر جبهة التحرير مصرعهم في وادي الريح.", "ASSAULT", null, "o:front"],
  ["a coordinated verb shares a verb-subject clause's subject", "ودخلت جبهة التحرير وادي الريح واعتقلت عشرة أشخاص.", "COERCE", "o:front", null],
];
for (const [name, text, type, source, target] of FOUND) {
  test(`victims: ${name}`, () => {
    const evs = eventsIn(text);
    assert.ok(evs.some((e) => e.type === type && e.source === source && e.target === target), show(evs));
  });
}

// [name, sentence, words of the counted group] — the group is the event's target, never its source
const VICTIMS: [string, string, string][] = [
  ["a counted group after a passive verb is who suffered it", "وأصيب عشرة أشخاص بجروح في وادي الريح.", "أشخاص"],
  ["a counted group before a plural verb is who suffered it", "وقال مسؤول إن ثلاثة عمال أصيبوا أمس.", "عمال"],
];
// [name, sentence, words] — an attack verb's counted subject did it: the group is the source
const DOERS: [string, string, string][] = [
  ["a counted group before an attack verb attacked", "وقال مسؤول إن العشرات من المسلحين هاجموا القرية في وادي الريح.", "المسلحين"],
  ["a counted group blowing themselves up did it", "وفجر ثلاثة انتحاريين أنفسهم في وادي الريح.", "انتحاريين"],
];
test("victims: a counted people named by its country is who was arrested, not who arrested", () => {
  const world = WORLD.map((e) => (e.id === "g:south" ? { ...e, forms: [...e.forms, "سودانيين"] } : e));
  const evs = eventsIn("وقال أمين فارس إن جبهة التحرير دخلت وادي الريح واعتقلت ثلاثة سودانيين.", world).filter((e) => e.type === "COERCE");
  assert.ok(evs.length > 0 && evs.every((e) => e.source === "o:front"), show(evs));
});

test("victims: لقي without مصرع or حتف after it is no killing", () => {
  const evs = eventsIn("ولقي أمين فارس ترحيبا في وادي الريح.");
  assert.ok(!evs.some((e) => e.type === "ASSAULT"), show(evs));
});

// [name, sentence, type] — no event of this type has these words as its source
const NOT_SOURCE: [string, string, string, string][] = [
  ["an accusative plural after the verb is not its subject", "وقال مسؤول إن الحرس قتلوا مسلحين في وادي الريح.", "ASSAULT", "مسلحين"],
  ["in a كان … قد frame what follows the verb is its object", "وكانت وحدة نزع الألغام قد اتهمت جبهة التحرير بزرع الألغام.", "ACCUSE", "جبهة التحرير"],
  ["a subject before a clause opener is not a joined verb's", "ونقلت وكالة الأنباء عن مصدر أن جبهة التحرير هاجمت القرية وأحرقت المنازل.", "ASSAULT", "وكالة الأنباء"],
];
for (const [name, text, type, words] of NOT_SOURCE) {
  test(`victims: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.ok(evs.every((e) => !e.source_text?.includes(words)), show(evs));
  });
}

for (const [name, text, words] of DOERS) {
  test(`victims: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => !!e.source_text?.includes(words)), show(evs));
  });
}

for (const [name, text, words] of VICTIMS) {
  test(`victims: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.length > 0 && evs.every((e) => !e.source_text?.includes(words) && !!e.target_text?.includes(words)), show(evs));
  });
}
