// Where an event happened: a place that names the domain of someone's role is part of the
// actor's title, not the event's place; a heading's country is made specific by the lead
// sentence under it; an act on the ground with no place in its sentence happened in the country
// the story is about (not a statement, nor a strike by that state, nor one on another state's men);
// an outlet after a lone "لـ" is not a place; a statement is placed only where it was made, not
// where what it condemns or calls for happened. Sentences written for these tests; the states and cities carry real
// knowledge-base ids so that ranks (country, city) and "city in country" come from the KB.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { PUB } from "./world.ts";

const ENTS = [
  { id: "wd:Q159", type: "GPE" as const, forms: ["روسيا", "الروسية"] },
  { id: "gn:524901", type: "GPE" as const, forms: ["موسكو"] },
  { id: "wd:Q805", type: "GPE" as const, forms: ["اليمن"] },
  { id: "gn:415189", type: "GPE" as const, forms: ["عدن"] },
  { id: "gn:71137", type: "GPE" as const, forms: ["صنعاء"] },
  { id: "gn:4140963", type: "GPE" as const, forms: ["واشنطن"] },
  { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  { id: "f:hospital", type: "FAC" as const, forms: ["مستشفى النور"] },
  { id: "p:amin", type: "PERSON" as const, forms: ["أمين فارس"] },
  { id: "p:salem", type: "PERSON" as const, forms: ["سالم الهادي"] },
];

// [name, text, type, expected location]
const CASES: [string, string, string, string | null][] = [
  ["an envoy's country is his title, not where he asked", "ودعا المبعوث الخاص إلى اليمن أمين فارس في كلمته إلى وقف القتال.", "REQUEST", null],
  ["a governor's city is his title", "واتهم حاكم عدن جبهة التحرير بتأخير الرواتب.", "ACCUSE", null],
  ["an ambassador's posting after لدى is his title", "واتهم السفير لدى واشنطن سالم الهادي جبهة التحرير بالكذب.", "ACCUSE", null],
  ["the place after في still counts next to a title", "واتهم حاكم عدن في صنعاء جبهة التحرير بتأخير الرواتب.", "ACCUSE", "gn:71137"],
  ["after إلى without a holder's name it is where he went", "ووصل أمين فارس إلى عدن وهاجم جبهة التحرير في عدن.", "ASSAULT", "gn:415189"],
  ["a heading's country: the lead names the city", "هجوم جبهة التحرير في روسيا\nهاجمت جبهة التحرير قاعة للحفلات في موسكو أمس، وقتل عشرة أشخاص.", "ASSAULT", "gn:524901"],
  ["an outlet after a lone لـ is not where", "وقال مصدر لـ«عدن الغد» إن جبهة التحرير هاجمت القافلة أمس.", "ASSAULT", null],
  ["a condemnation is not placed at the attack it condemns", "وأدان أمين فارس الهجوم الذي استهدف سوقا في عدن أمس.", "ACCUSE", null],
  ["a call is not placed where it asks something done", "ودعا أمين فارس جبهة التحرير إلى وقف القتال في عدن.", "REQUEST", null],
  ["a statement made in a city is placed there", "واتهم أمين فارس في صنعاء جبهة التحرير بالكذب.", "ACCUSE", "gn:71137"],
  ["a place opening the sentence sets the statement's scene", "وفي صنعاء، اتهم أمين فارس، في كلمة طويلة، جبهة التحرير بالكذب.", "ACCUSE", "gn:71137"],
  ["a facility the marked city locates is where", "ودخلت جبهة التحرير مستشفى النور بمدينة عدن واعتقلت عشرة أشخاص.", "COERCE", "f:hospital"],
  ["a heading's country: a lead city of another state is not taken", "هجوم جبهة التحرير في روسيا\nوقال أمين فارس في واشنطن إن التحقيق مستمر في الحادث.", "ASSAULT", null],
];
for (const [name, text, type, location] of CASES) {
  test(`location: ${name}`, () => {
    const evs = findEvents(makeDoc(text, ENTS, PUB)).filter((e) => e.type === type);
    assert.ok(evs.length, `an ${type} event in: ${text}`);
    assert.equal(evs[0].location, location);
  });
}

// a story about Yemen: the country named three times, no other state
const YEMEN_STORY = "تتواصل الأزمة في اليمن منذ أشهر. ويعاني سكان اليمن من نقص الغذاء. وتقول منظمات إن اليمن بحاجة إلى مساعدات.\n";
// [name, text after the story's opening, type, expected location]
const STORY: [string, string, string, string | null][] = [
  ["an arrest with no place is in the story's country", "واعتقلت جبهة التحرير عشرة أشخاص أمس.", "COERCE", "wd:Q805"],
  ["a place in the sentence wins over the story's country", "واعتقلت جبهة التحرير عشرة أشخاص في موسكو أمس.", "COERCE", "gn:524901"],
  ["a statement has no place from the story", "واتهم أمين فارس جبهة التحرير بالكذب.", "ACCUSE", null],
  ["an attack on another state's forces is not placed in the story's country", "وهاجمت جبهة التحرير قوات روسيا أمس.", "ASSAULT", null],
  ["a strike by the story's state by name lands elsewhere", "وقصفت اليمن مواقع جبهة التحرير أمس.", "ASSAULT", null],
];
for (const [name, text, type, location] of STORY) {
  test(`location from the story: ${name}`, () => {
    const evs = findEvents(makeDoc(YEMEN_STORY + text, ENTS, PUB)).filter((e) => e.type === type);
    assert.ok(evs.length, `an ${type} event in: ${text}`);
    assert.equal(evs[0].location, location);
  });
}
