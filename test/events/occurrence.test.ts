// Round 3 of the event finder: what a careful coder does NOT record (analysis prose, purposes,
// classes of events, descriptions, condolences), headings that restate the body, and the argument
// rules added with them. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { PUB, WORLD } from "./world.ts";

const ENTS = WORLD;
const HEAD = "عنوان الخبر\n"; // line 1 is the headline; the sentences under test are body text
const events = (body: string) => findEvents(makeDoc(HEAD + body, ENTS, PUB));

// [sentence, a type that must NOT be coded from it, why]
const NON_EVENTS: [string, string, string][] = [
  ["وتحدث الباحث عن إمكانية هجوم جبهة التحرير على نورستان.", "ASSAULT", "a possibility, under an analysis word"],
  ["وقال الباحث إن جبهة التحرير تمثل أكبر تهديد لنورستان.", "THREATEN", "a comparison, not a threat made"],
  ["وحذر الباحث من خطورة الهجوم على جيش نورستان.", "ASSAULT", "the danger of an attack"],
  ["وأرسلت نورستان طائرات إلى الحدود لشن هجوم على جبهة التحرير.", "ASSAULT", "a purpose"],
  ["وناقش المؤتمر التهديدات التي تواجه نورستان.", "THREATEN", "a plural class of events without its actor"],
  ["وأكدت سودانيا وقوفها ضد كل عمل إرهابي يستهدف نورستان.", "ASSAULT", "any member of a class"],
  ["وقدم أمين فارس التعازي لحكومة نورستان.", "SUPPORT", "condolences"],
  ["ودعا أمين فارس جيش نورستان إلى أن يوقف العدوان على سودانيا.", "COERCE", "stopping an aggression arrests no one"],
  ["وتحمل سكان نورستان أعباء الحرب وحصار المسلحين الظالم.", "ASSAULT", "a noun with only an unnamed actor and no place, count or date"],
];
for (const [text, type, why] of NON_EVENTS) {
  test(`no ${type} (${why}): ${text.slice(0, 40)}`, () => {
    const found = events(text).filter((e) => e.type === type);
    assert.deepEqual(found.map((e) => e.trigger), []);
  });
}

// [sentence, type, source, target]
const ARGS: [string, string, string | null, string | null][] = [
  // the relative clause's verb has the event noun as subject: what follows is the target
  ["وأدانت سودانيا التفجير الذي استهدف جيش نورستان في وادي الريح.", "ASSAULT", null, "o:army"],
  // "أنها" is the subject; the actor of the clause before the comma is who it stands for
  ["وأصدرت جبهة التحرير بيانا، بعدما ادعت أنها هاجمت جيش نورستان.", "ASSAULT", "o:front", "o:army"],
  // "من X" right after an event noun names who did it
  ["وأسفرت غارات مكثفة من جبهة التحرير عن مقتل عشرة جنود في وادي الريح.", "ASSAULT", "o:front", null],
  // "حكومة وشعب X" stands for X, after its preposition
  ["وأعربت سودانيا عن تضامنها مع حكومة وشعب نورستان.", "SUPPORT", "g:south", "g:north"],
  // the speech act's object is the event noun; its genitive is not the target
  ["وأدانت سودانيا قصف وادي الريح.", "ACCUSE", "g:south", null],
];
for (const [text, type, source, target] of ARGS) {
  test(`arguments of ${type}: ${text.slice(0, 40)}`, () => {
    const ev = events(text).find((e) => e.type === type);
    assert.ok(ev, `an ${type} event`);
    assert.equal(ev.source, source);
    assert.equal(ev.target, target);
  });
}

test("a headline that the body tells again is not a second event", () => {
  const evs = findEvents(makeDoc("جبهة التحرير تهاجم جيش نورستان\nهاجمت جبهة التحرير جيش نورستان أمس في وادي الريح.", ENTS, PUB));
  assert.deepEqual(evs.map((e) => [e.type, e.trigger]), [["ASSAULT", "هاجمت"]]);
});

test("a headline the body does not tell stays an event", () => {
  const evs = findEvents(makeDoc("جبهة التحرير تهاجم جيش نورستان\nوقالت مصادر إن الوضع هادئ.", ENTS, PUB));
  assert.deepEqual(evs.map((e) => [e.type, e.source, e.target]), [["ASSAULT", "o:front", "o:army"]]);
});

test("a subheading is not coded again over the paragraph that tells it", () => {
  const evs = findEvents(makeDoc("عنوان\nسودانيا تدين الهجوم على نورستان\nأدانت حكومة سودانيا اليوم الهجوم على نورستان.\nوقالت مصادر إن الوضع هادئ.", ENTS, PUB));
  assert.deepEqual(evs.filter((e) => e.type === "ACCUSE").map((e) => e.trigger), ["أدانت"]);
});

test("the place after في is the location, not a country named elsewhere in the sentence", () => {
  const ev = events("وقصفت طائرات نورستان مواقع جبهة التحرير في وادي الريح.").find((e) => e.type === "ASSAULT");
  assert.equal(ev?.location, "g:town");
});
