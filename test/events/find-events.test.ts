// Event finder behaviour on sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "g:north", type: "GPE" as const, forms: ["نورستان"] },
  { id: "g:south", type: "GPE" as const, forms: ["سودانيا"] },
  { id: "g:town", type: "GPE" as const, forms: ["وادي الريح"] },
  { id: "o:army", type: "ORG" as const, forms: ["جيش نورستان"] },
  { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  { id: "p:amin", type: "PERSON" as const, forms: ["أمين فارس"] },
];
const PUB = "2021-03-10"; // a Wednesday

// [sentence, type, source, target]
const TYPES: [string, string, string | null, string | null][] = [
  ["هاجم جيش نورستان مواقع جبهة التحرير قرب وادي الريح.", "ASSAULT", "o:army", "o:front"],
  ["واعتقلت قوات جيش نورستان عشرة من عناصر جبهة التحرير.", "COERCE", "o:army", "o:front"],
  ["وهدد أمين فارس جبهة التحرير برد قاس.", "THREATEN", "p:amin", "o:front"],
  ["وانسحبت جبهة التحرير من وادي الريح بعد معارك عنيفة.", "RETREAT", "o:front", null],
  ["ووقعت نورستان مع سودانيا اتفاقا لتبادل الأسرى.", "AGREE", "g:north", "g:south"],
  ["وزار أمين فارس سودانيا الأسبوع الماضي.", "CONSULT", "p:amin", "g:south"],
  ["وأدانت سودانيا الهجوم على المدنيين.", "ACCUSE", "g:south", null],
  ["وطالب أمين فارس جبهة التحرير بالإفراج عن الرهائن.", "REQUEST", "p:amin", "o:front"],
  ["وتظاهر سكان وادي الريح ضد جيش نورستان.", "PROTEST", "g:town", "o:army"],
  ["وفرضت سودانيا عقوبات على نورستان.", "SANCTION", "g:south", "g:north"],
];
for (const [text, type, source, target] of TYPES) {
  test(`event ${type}: ${text.slice(0, 30)}`, () => {
    const ev = findEvents(makeDoc(text, ENTS, PUB)).find((e) => e.type === type);
    assert.ok(ev, `an ${type} event`);
    assert.equal(ev.source, source);
    if (target) assert.equal(ev.target, target);
    assert.equal(text.slice(ev.trigger_span.start, ev.trigger_span.end), ev.trigger);
  });
}

// [sentence, expected date]
const DATES: [string, string | null][] = [
  ["وقصف جيش نورستان وادي الريح أمس.", "2021-03-09"],
  ["وقصف جيش نورستان وادي الريح اليوم.", "2021-03-10"],
  ["وقصف جيش نورستان وادي الريح يوم الأحد الماضي.", "2021-03-07"],
  ["وقصف جيش نورستان وادي الريح أول من أمس.", "2021-03-08"],
  ["وقصف جيش نورستان وادي الريح في 3 فبراير.", "2021-02-03"],
  ["وقصف جيش نورستان وادي الريح.", null],
];
for (const [text, date] of DATES) {
  test(`date: ${text}`, () => assert.equal(findEvents(makeDoc(text, ENTS, PUB))[0]?.date, date));
}

test("quantities and fatalities", () => {
  const ev = findEvents(makeDoc("وقتل جيش نورستان 14 مقاتلا من جبهة التحرير في وادي الريح.", ENTS, PUB))[0];
  assert.equal(ev.type, "ASSAULT");
  assert.equal(ev.fatalities, 14);
  assert.deepEqual(ev.quantities.map((q) => [q.value, q.of]), [[14, "fighters"]]);
  assert.equal(ev.location, "g:town");
});

test("negated: لم", () => {
  const ev = findEvents(makeDoc("ولم تهاجم جبهة التحرير مواقع جيش نورستان.", ENTS))[0];
  assert.equal(ev.negated, true);
});

test("future attack is a THREATEN event", () => {
  const ev = findEvents(makeDoc("وقال أمين فارس إن جبهة التحرير ستهاجم جيش نورستان.", ENTS))[0];
  assert.equal(ev.type, "THREATEN");
});

test("hedged: inside an alleged quote, or under a hedge marker", () => {
  const d = makeDoc("وزعم أمين فارس أن جيش نورستان قصف وادي الريح.", ENTS);
  d.quotes = findQuotes(d);
  assert.equal(findEvents(d)[0].hedged, true);
  assert.equal(findEvents(makeDoc("ويعتقد أن جيش نورستان قصف وادي الريح.", ENTS))[0].hedged, true);
});

test("verb and masdar in one sentence give one event", () => {
  const evs = findEvents(makeDoc("وهاجم جيش نورستان جبهة التحرير في هجوم واسع.", ENTS));
  assert.equal(evs.filter((e) => e.type === "ASSAULT").length, 1);
});
