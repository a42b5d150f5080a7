// Branch evverb12: aid a plane, ship or truck carries was delivered, by the state its nationality
// adjective names or the body it belongs to (aid-carrier.ts); a title named for its holder in
// apposition elsewhere in the document stands for that person (title-apposition.ts). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

// the states' nationality adjectives as the indefinite forms a carrier takes
const AID_WORLD: TestEntity[] = WORLD.map((e) =>
  e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستاني", "نورستانية", "نورستانيتان"] }
  : e.id === "g:south" ? { ...e, forms: [...e.forms, "سودانية"] } : e);
const events = (text: string) => eventsIn(text, AID_WORLD);

// [name, text, source]: an AID event with that source
const FOUND: [string, string, string][] = [
  ["طائرتان X محملة بمساعدات: the carrier's adjective gives", "ووصلت إلى وادي الريح أمس طائرتان نورستانيتان محملة بمساعدات طبية.", "g:north"],
  ["وأخرى Y: a second carrier's adjective gives too", "ووصلت إلى وادي الريح أمس طائرتان نورستانيتان وأخرى سودانية محملة بمساعدات طبية.", "g:south"],
  ["سفينة عسكرية X: an adjective of the carrier's own may stand between", "ووصلت سفينة عسكرية نورستانية تحمل مساعدات غذائية إلى وادي الريح.", "g:north"],
  ["سفينتان لـX: the body the carrier belongs to", "ووصلت سفينتان لجبهة التحرير محملتين بالمساعدات إلى وادي الريح.", "o:front"],
  ["تفريغ سفن محملة بمساعدات X: the genitive gives, the carrier says it happened", "ويجري تفريغ سفن محملة بمساعدات جبهة التحرير في وادي الريح.", "o:front"],
];
for (const [name, text, source] of FOUND) {
  test(`aid carrier: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === "AID");
    assert.ok(evs.some((e) => e.source === source), show(events(text)));
  });
}

test("aid carrier: both givers of two carriers are events", () => {
  const evs = events("ونقلت ثلاث طائرات نورستانية وطائرة سودانية مساعدات إلى وادي الريح.").filter((e) => e.type === "AID");
  assert.deepEqual(evs.map((e) => e.source).sort(), ["g:north", "g:south"], show(evs));
});

// [name, text]: no AID event (aid talked of, no carrier)
const NONE: [string, string][] = [
  ["المساعدات with no carrier is aid in general", "وقال أمين فارس إن المساعدات النورستانية تصل ببطء إلى وادي الريح."],
];
for (const [name, text] of NONE) {
  test(`aid carrier: ${name}`, () => {
    assert.ok(events(text).every((e) => e.type !== "AID"), show(events(text)));
  });
}

// [name, text, type, trigger, source]: the title's holder named in apposition elsewhere acts
const HOLDER: [string, string, string, string, string][] = [
  ["اللواء X وزير الدفاع النورستاني: the name before the title",
    "وكشف اللواء أمين فارس وزير الدفاع النورستاني عن خطة جديدة. وطالب وزير الدفاع النورستاني سودانيا بالانسحاب من وادي الريح.", "REQUEST", "وطالب", "p:amin"],
  ["رئيس الأركان النورستاني الجنرال X: a rank between the title and the name",
    "وأكد رئيس الأركان النورستاني الجنرال أمين فارس أن الوضع خطير. وطالب رئيس الأركان النورستاني سودانيا بالانسحاب من وادي الريح.", "REQUEST", "وطالب", "p:amin"],
];
for (const [name, text, type, trigger, source] of HOLDER) {
  test(`title apposition: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.some((e) => e.source === source), show(events(text)));
  });
}

test("title apposition: a phrase with no title (الشعب النورستاني) is held by no one", () => {
  const text = "وقال أمين فارس الشعب النورستاني صامد. وأشاد الشعب النورستاني بجهود سودانيا.";
  const evs = events(text).filter((e) => e.type === "SUPPORT");
  assert.ok(evs.every((e) => e.source !== "p:amin"), show(evs));
});

// Request verbs name whom they ask after من (asked-of.ts)
const ASKED: [string, string, string, string | null][] = [
  ["طلب X من Y: Y is asked", "وطلب أمين فارس من جبهة التحرير وقف القصف على وادي الريح.", "وطلب", "o:front"],
  ["تطلب من Y with the subject before", "وقال أمين فارس إن سودانيا تطلب من جبهة التحرير وقف القصف.", "تطلب", "o:front"],
];
for (const [name, text, trigger, target] of ASKED) {
  test(`asked of: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === "REQUEST" && e.trigger === trigger);
    assert.ok(evs.some((e) => e.target === target), show(events(text)));
  });
}
test("asked of: after بعد the word is a masdar, من names who asked", () => {
  const evs = events("وقال أمين فارس إن القرار جاء بعد طلب من جبهة التحرير.").filter((e) => e.type === "REQUEST");
  assert.ok(evs.every((e) => e.target !== "o:front"), show(evs));
});

// A person the knowledge base holds arriving in another state visits it (arrival.ts); the
// visitor's id is a real knowledge-base person's, his name here made up
const KB_WORLD: TestEntity[] = [
  ...WORLD,
  { id: "wd:Q76", type: "PERSON", forms: ["سامر نجيب"] },
  { id: "wd:Q159", type: "GPE", forms: ["روسيا", "روسية"] },
];
const arrivals = (text: string) => eventsIn(text, KB_WORLD).filter((e) => e.type === "CONSULT");
test("arrival: وصل X إلى Y is a visit to Y", () => {
  const evs = arrivals("ووصل الرئيس سامر نجيب إلى روسيا أمس.");
  assert.ok(evs.some((e) => e.source === "wd:Q76" && e.target === "wd:Q159"), show(evs));
});
test("arrival: يصل Y with the subject first, the place bare after the verb", () => {
  const evs = arrivals("الرئيس سامر نجيب يصل روسيا اليوم.");
  assert.ok(evs.some((e) => e.source === "wd:Q76" && e.target === "wd:Q159"), show(evs));
});
// [name, text]: no visit
const NO_ARRIVAL: [string, string][] = [
  ["a person the knowledge base lacks", "ووصل أمين فارس إلى روسيا أمس."],
  ["a count reaching a number", "ووصل عدد القتلى في روسيا إلى خمسين."],
  ["forces reaching a place", "ووصلت قوات جبهة التحرير إلى روسيا."],
  ["a nationality adjective further on is no place reached", "ووصل سامر نجيب على متن طائرة روسية."],
];
for (const [name, text] of NO_ARRIVAL) {
  test(`arrival: ${name}`, () => {
    const evs = arrivals(text);
    assert.ok(evs.every((e) => e.trigger.indexOf("صل") < 0), show(evs));
  });
}

test("title apposition: at its own occurrence a name before the title is the subject, the title the object", () => {
  const evs = events("واتهم أمين فارس وزير الدفاع النورستاني بعرقلة الاتفاق.").filter((e) => e.type === "ACCUSE");
  assert.ok(evs.every((e) => e.target !== "p:amin" && !(e.source === "p:amin" && e.target === null)), show(evs));
});
