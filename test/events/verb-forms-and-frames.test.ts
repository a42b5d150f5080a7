// Verb forms (defective verbs, ال-initial verbs after و/ف), comparatives and frames that are no
// events, future carried along a verb chain, a capital named by its adjective. Sentences written
// for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { eventsIn, PUB, show, WORLD_WITH_ADJECTIVE } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD_WITH_ADJECTIVE);

// [name, sentence, type, source, target, trigger] — each must be found
const FOUND: [string, string, string, string | null, string | null, string | null][] = [
  ["a defective verb (ى) inflects: feminine", "وقال سكان إن جبهة التحرير استولت على وادي الريح.", "ASSAULT", "o:front", "g:town", "استولت"],
  ["a defective verb (ى) inflects: plural", "وكان مقاتلو جبهة التحرير قد استولوا على وادي الريح في بداية الحرب.", "ASSAULT", "o:front", "g:town", "استولوا"],
  ["a defective verb (ى) inflects: التقت", "والتقت سودانيا مع أمين فارس في وادي الريح.", "CONSULT", "g:south", "p:amin", "والتقت"],
  ["على الأقل is no comparative head", "وقال مسؤول إن سبعة أشخاص على الأقل قتلوا في وادي الريح أمس.", "ASSAULT", null, null, "قتلوا"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`event: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target) && (trigger === null || e.trigger === trigger)), show(evs));
  });
}

// [name, sentence, type, expected count of that type]
const COUNT: [string, string, string, number][] = [
  ["a comparative is no event", "وتبحث سودانيا عن إطار عمل أكثر تعاونا يشمل نورستان.", "COOPERATE", 0],
  ["a frame for cooperation is no event", "وطالبت سودانيا بإطار عمل تعاون إقليمي بين نورستان وجبهة التحرير.", "COOPERATE", 0],
  ["ways of cooperation are a topic", "وبحث الجانبان سبل التعاون بين نورستان وسودانيا.", "COOPERATE", 0],
  ["cooperating is an event", "وتعاونت سودانيا مع نورستان في ملاحقة المهربين.", "COOPERATE", 1],
  ["a verb joined to a future verb is not a past attack", "وقال أمين فارس إن جبهة التحرير ستأتي إلى وادي الريح وتقتل أهلها، وتذبح الناس في بيوتهم.", "ASSAULT", 0],
  ["a verb joined to a past verb is", "وقال أمين فارس إن جبهة التحرير دخلت وادي الريح وقتلت عشرة من أهلها.", "ASSAULT", 1],
];
for (const [name, text, type, n] of COUNT) {
  test(`events of a type: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
  });
}

test("a verb joined to a future verb carries the future: a threat", () => {
  const evs = events("وقال أمين فارس إن جبهة التحرير ستأتي إلى وادي الريح وتقتل أهلها.");
  assert.ok(evs.some((e) => e.type === "THREATEN" && e.source === "o:front"), show(evs));
});

test("a capital described by its nationality adjective is the location (when the document names it)", () => {
  const ents = [
    { id: "wd:Q159", type: "GPE" as const, forms: ["الروسية"] },
    { id: "gn:524901", type: "GPE" as const, forms: ["موسكو"] },
    { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  ];
  const text = "وهاجمت جبهة التحرير قاعة للحفلات قرب العاصمة الروسية أمس. وقالت موسكو إن التحقيق مستمر.";
  const ev = findEvents(makeDoc(text, ents, PUB)).find((e) => e.type === "ASSAULT");
  assert.ok(ev);
  assert.equal(ev.location, "gn:524901");
});
