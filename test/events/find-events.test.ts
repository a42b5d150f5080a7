// Event finder behaviour on sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { PUB, WORLD } from "./world.ts";

const ENTS = WORLD;

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

// ---------- round 2: argument rules and filters (sentences written for these tests) ----------

// [sentence, type, source, target] — regressions named by the problem they pin down
const ROUND2: [string, string, string, string | null, string | null][] = [
  ["subject-verb order with a verb preposition: the object is not the subject", "وقالت سودانيا إنها تحذر من سياسات نورستان العدائية.", "ACCUSE", "g:south", "g:north"],
  ["a relative clause on a masdar gives its target", "وأدانت سودانيا التفجير الذي استهدف مقرا لجيش نورستان.", "ASSAULT", null, "o:army"],
  ["a support verb's subject acts, the genitive receives", "ووجه أمين فارس الشكر سودانيا على موقفها.", "SUPPORT", "p:amin", "g:south"],
  ["a nationality adjective on a noun stands for its country", "وأسقطت جبهة التحرير طائرة نورستانية قرب وادي الريح.", "ASSAULT", "o:front", "g:north"],
  ["a title with a prepositional phrase before the name", "ودعا المبعوث الدولي إلى نورستان أمين فارس جبهة التحرير إلى الحوار.", "REQUEST", "p:amin", null],
];
const ENTS2 = [...ENTS, { id: "g:north", type: "GPE" as const, forms: ["نورستانية"] }];
for (const [name, text, type, source, target] of ROUND2) {
  test(`event arguments: ${name}`, () => {
    const ev = findEvents(makeDoc(text, ENTS2, PUB)).find((e) => e.type === type);
    assert.ok(ev, `an ${type} event in: ${text}`);
    if (source !== null) assert.equal(ev.source, source);
    if (target !== null) assert.equal(ev.target, target);
  });
}

// sentences that hold a trigger word but state no event of that type
const NOT_EVENTS: [string, string, string][] = [
  ["a word of a name is not a trigger", "وقال دان سميث إن سودانيا ستبقى على الحياد.", "ACCUSE"],
  ["a free-choice quantifier makes a masdar hypothetical", "ورفضت سودانيا أي هجوم على نورستان.", "ASSAULT"],
  ["بحث without مع is searching, not consulting", "وقال أمين فارس إن جيش نورستان يبحث عن المفقودين.", "CONSULT"],
  ["a topic masdar without an actor", "وتناول المؤتمر التعاون الاقتصادي في المنطقة.", "COOPERATE"],
  ["صادر عن is issued by, not confiscated", "وقال تقرير صادر عن جيش نورستان إن الوضع هادئ.", "COERCE"],
];
for (const [name, text, type] of NOT_EVENTS) {
  test(`no event: ${name}`, () => {
    assert.equal(findEvents(makeDoc(text, ENTS, PUB)).filter((e) => e.type === type).length, 0);
  });
}

test("generic actors: an unnamed crowd protests, with its words as source_text", () => {
  const ev = findEvents(makeDoc("وتظاهر آلاف المتظاهرين أمام مقر حكومة نورستان.", ENTS, PUB)).find((e) => e.type === "PROTEST");
  assert.ok(ev);
  assert.equal(ev.source, null);
  assert.ok(ev.source_text && /المتظاهرين|آلاف/.test(ev.source_text));
  const text = "وتظاهر آلاف المتظاهرين أمام مقر حكومة نورستان.";
  assert.equal(text.slice(ev.source_span!.start, ev.source_span!.end), ev.source_text);
});

test("demonstrators who condemn are protesting", () => {
  const ev = findEvents(makeDoc("وندد المتظاهرون بسياسات جيش نورستان في وادي الريح.", ENTS, PUB));
  assert.ok(ev.some((e) => e.type === "PROTEST"));
  assert.ok(!ev.some((e) => e.type === "ACCUSE"));
});

// round 5: [name, sentence, type, source, target] — each must be found
const ROUND5: [string, string, string, string | null, string | null][] = [
  ["fighting between two sides: the first attacks the second", "واندلعت الاشتباكات بين جيش نورستان وجبهة التحرير قرب وادي الريح.", "ASSAULT", "o:army", "o:front"],
  ["fighting between two sides: and the second the first", "واندلعت الاشتباكات بين جيش نورستان وجبهة التحرير قرب وادي الريح.", "ASSAULT", "o:front", "o:army"],
  ["members of a body after في stand for the body", "ووجه أمين فارس أصابع الاتهام إلى قادة في جيش نورستان.", "ACCUSE", "p:amin", "o:army"],
  ["a person named after a title of an organization is the object", "ونبهت سودانيا مفوض الشؤون السياسية للاتحاد الأفريقي أمين فارس إلى خطورة الوضع.", "ACCUSE", "g:south", "p:amin"],
];
const ENTS5 = [...ENTS, { id: "o:au", type: "ORG" as const, forms: ["الاتحاد الأفريقي", "للاتحاد الأفريقي"] }, { id: "o:un", type: "ORG" as const, forms: ["الأمم المتحدة"] }];
for (const [name, text, type, source, target] of ROUND5) {
  test(`event: ${name}`, () => {
    const evs = findEvents(makeDoc(text, ENTS5, PUB)).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && e.target === target), JSON.stringify(evs.map((e) => [e.source, e.target])));
  });
}

test("a masdar coordinated with an event noun is no verb with its own subject", () => {
  const ents = [...ENTS, { id: "g:north", type: "GPE" as const, forms: ["نورستاني"] }];
  const text = "وأسفرت الاشتباكات بين جيش نورستان وجبهة التحرير عن مقتل جندي نورستاني وجرح اثنين آخرين.";
  const evs = findEvents(makeDoc(text, ents, PUB));
  assert.ok(!evs.some((e) => e.source === "g:north"), JSON.stringify(evs.map((e) => [e.trigger, e.source, e.target])));
});

// round 6: actors the verb does not name next to it — [name, sentence, type, source, target]
const ROUND6: [string, string, string, string | null, string | null][] = [
  ["the subject between كان and قد", "وكان مقاتلون من جبهة التحرير قد هاجموا جيش نورستان قرب وادي الريح.", "ASSAULT", "o:front", "o:army"],
  ["a plural pronoun takes up an actor after a preposition", "وعرض التسجيل لقطات لبعض عناصر جبهة التحرير، وهم يهاجمون جيش نورستان.", "ASSAULT", "o:front", "o:army"],
  ["an adverb between the pronoun and the verb", "ودخلت قوات جيش نورستان إلى وادي الريح وهم الآن يهاجمون جبهة التحرير.", "ASSAULT", "o:army", "o:front"],
  ["a passive names its actor after من قبل", "وقال أمين فارس إن اتفاقات أبرمت بين نورستان وسودانيا من قبل جبهة التحرير.", "AGREE", "o:front", null],
  ["a title named with its holder elsewhere stands for that person", "وقال وزير الدفاع النورستاني أمين فارس إن الوضع هادئ. وبحث وزير الدفاع النورستاني مع سودانيا الوضع.", "CONSULT", "p:amin", "g:south"],
];
const ENTS6 = [...ENTS, { id: "g:north", type: "GPE" as const, forms: ["النورستاني"] }];
for (const [name, text, type, source, target] of ROUND6) {
  test(`event: ${name}`, () => {
    const evs = findEvents(makeDoc(text, ENTS6, PUB)).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), JSON.stringify(evs.map((e) => [e.trigger, e.source, e.target])));
  });
}

test("a verb joined to an attack verb shares its subject (and the attack is one event)", () => {
  const text = "وعرض التسجيل لقطات لعناصر جبهة التحرير، وهم يهاجمون جنودا من جيش نورستان، ويداهمون بعض الخيام.";
  const evs = findEvents(makeDoc(text, ENTS6, PUB)).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(evs.map((e) => e.source), ["o:front"], JSON.stringify(evs.map((e) => [e.trigger, e.source, e.target])));
});

// a force noun no verb says happened, or a verb whose object is only a pronoun, with a named
// actor and nothing else (no target, count or date) is not reported; with a target it is
const UNSURE: [string, string, number][] = [
  ["a noun with its actor only", "وتأثرت المدينة بهجمة جبهة التحرير الأخيرة.", 0],
  ["a verb whose object is a pronoun", "ويحاصرهم جيش نورستان في وادي الريح.", 0],
  ["a verb whose object is named", "ويحاصر جيش نورستان عناصر جبهة التحرير في وادي الريح.", 1],
  ["a noun whose actor a relative verb names", "وتحدث أمين فارس عن الهجمات التي شنها جيش نورستان.", 1],
];
for (const [name, text, n] of UNSURE) {
  test(`unsure force events: ${name}`, () => {
    const evs = findEvents(makeDoc(text, ENTS6, PUB)).filter((e) => e.type === "ASSAULT" || e.type === "COERCE");
    assert.equal(evs.length, n, JSON.stringify(evs.map((e) => [e.trigger, e.source, e.target])));
  });
}
