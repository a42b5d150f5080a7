// Branch evverb11 (actors of statement and diplomatic events): a condemnation of an act is aimed at
// its doer (condemned-act.ts); two parties named together act through a dual (dual-parties.ts);
// "لدول X" and "للرئيس النورستاني X" are targets after لـ; "مع نظيره X" names the partner, never the
// subject; "وقعت X اتفاقا مع Y" finds Y past its own noun; "تقدم X بالشكر" is a support verb.
// The partner of a meeting after بـ, a possessed masdar's object and a visitor named after the city
// visited (consult-roles.ts). A clause opening with a title chain is SVO (titled-subject.ts); a circumstantial demand may address
// an unnamed body. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD_WITH_ADJECTIVE } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD_WITH_ADJECTIVE);

// [name, text, type, trigger, source, target]: an event of that type and trigger with those actors
const FOUND: [string, string, string, string, string, string | null][] = [
  ["أدان هجمات X: the doer of the condemned attacks", "وأدانت سودانيا هجمات جيش نورستان على وادي الريح.", "ACCUSE", "وأدانت", "g:south", "o:army"],
  ["إدانتها للهجوم الذي شنته X: the relative clause names the doer", "وأعربت سودانيا عن إدانتها للهجوم الذي شنته جبهة التحرير على وادي الريح.", "ACCUSE", "إدانتها", "g:south", "o:front"],
  ["ندد بالقصف … من قبل X: the agent is the shelling's, the statement's source stays", "ونددت سودانيا بالقصف الذي تعرضت له وادي الريح من قبل جيش نورستان.", "ACCUSE", "ونددت", "g:south", "o:army"],
  ["أدان العدوان النورستاني: a nationality adjective names the doer", "وأدانت سودانيا العدوان النورستاني على وادي الريح.", "ACCUSE", "وأدانت", "g:south", "g:north"],
  ["مباحثاتهما: a meeting of the two parties named before", "وعقدت جبهة التحرير وسودانيا اجتماعا في وادي الريح. وأعرب الجانبان في ختام مباحثاتهما عن ارتياحهما.", "CONSULT", "مباحثاتهما", "o:front", "g:south"],
  ["وطالبا: a dual verb's source is the first party, its object the target", "وعقدت جبهة التحرير وسودانيا اجتماعا في وادي الريح. وطالبا نورستان بوقف القصف.", "REQUEST", "وطالبا", "o:front", "g:north"],
  ["اتفقتا: two parties joined by و agree with each other", "وأكد أمين فارس أن سودانيا وجبهة التحرير اتفقتا على وقف القتال.", "AGREE", "اتفقتا", "g:south", "o:front"],
  ["بالشكر لدول X: تقدم is a support verb, لدول governs the name", "وتقدم أمين فارس بالشكر لدول جبهة التحرير.", "SUPPORT", "بالشكر", "p:amin", "o:front"],
  ["للرئيس النورستاني X: the title's holder after لـ", "وانتقد أمين فارس بشدة اتهام جبهة التحرير للرئيس النورستاني أمين فارس.", "ACCUSE", "اتهام", "o:front", "p:amin"],
  ["وقعت اتفاقا مع X: the partner past the verb's own noun", "ووقعت سودانيا رسميا اتفاقا مع نورستان.", "AGREE", "ووقعت", "g:south", "g:north"],
  ["وزير الدفاع النورستاني يطالب X: a title chain opening the clause is the subject", "وزير الدفاع النورستاني يطالب سودانيا بالانسحاب من وادي الريح.", "REQUEST", "يطالب", "g:north", "g:south"],
  ["إن وزير … طالب X: the same after إن", "وقال أمين فارس إن وزير الدفاع النورستاني طالب سودانيا بالانسحاب.", "REQUEST", "طالب", "g:north", "g:south"],
  ["التقى X بالرئيس النورستاني: the partner after بـ", "والتقى أمين فارس بالرئيس النورستاني في وادي الريح.", "CONSULT", "والتقى", "p:amin", "g:north"],
  ["اجتماعه في … برئيس X: the partner after بـ past a place", "وقال أمين فارس خلال اجتماعه في وادي الريح برئيس جبهة التحرير إن الوضع خطير.", "CONSULT", "اجتماعه", "p:amin", "o:front"],
  ["لقائه بوفد X: a final hamza on ي before the pronoun still reads لقاء", "وأكد أمين فارس خلال لقائه بوفد سودانيا أهمية التعاون.", "CONSULT", "لقائه", "p:amin", "g:south"],
  ["بعد لقائه رئيس X: after a possessed masdar the name is its object", "وقال أمين فارس بعد لقائه رئيس سودانيا إن الوضع خطير.", "CONSULT", "لقائه", "p:amin", "g:south"],
  ["ستزور المدينة مبعوثة X فلان: the person visits the city", "وستزور وادي الريح مبعوثة سودانيا أمين فارس الأسبوع المقبل.", "CONSULT", "وستزور", "p:amin", "g:town"],
  ["مطالبا القوات الأمنية: an unnamed body after a circumstantial demand", "وقال أمين فارس إن الوضع خطير، مطالبا القوات الأمنية بالتصدي الحازم للمهربين.", "REQUEST", "مطالبا", "p:amin", null],
];
for (const [name, text, type, trigger, source, target] of FOUND) {
  test(`statement actors: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(events(text)));
  });
}

// [name, text, type, trigger, wrong source]: the event, if found, has not that source
const NOT_SOURCE: [string, string, string, string, string][] = [
  ["التقى مع نظيره X: the partner is no subject", "والتقى الأخير مع نظيره النورستاني أمين فارس في وادي الريح.", "CONSULT", "والتقى", "p:amin"],
];
for (const [name, text, type, trigger, wrong] of NOT_SOURCE) {
  test(`statement actors: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.every((e) => e.source !== wrong), show(evs));
  });
}

// [name, text, type, trigger, target]: the event's target is not that actor (or it has none)
const NOT_TARGET: [string, string, string, string, string][] = [
  ["أدان تفجير X: a town is where, not who did it", "وأدانت سودانيا تفجير وادي الريح.", "ACCUSE", "وأدانت", "g:town"],
  ["زار X عندما كان عضوا بـY: no partner past a clause of time", "وزار أمين فارس سودانيا عندما كان عضوا بجبهة التحرير.", "CONSULT", "وزار", "o:front"],
  ["أدان مقتل X: the one killed is no doer", "وأدانت سودانيا مقتل أمين فارس.", "ACCUSE", "وأدانت", "p:amin"],
];
for (const [name, text, type, trigger, wrong] of NOT_TARGET) {
  test(`statement actors: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.every((e) => e.target !== wrong), show(evs));
  });
}

// [name, text]: a dual of force is not read as two parties acting together
test("statement actors: استهدفتا is two strikes, not the parties named before", () => {
  const text = "والتقى أمين فارس ووفد سودانيا في وادي الريح. وشنت طائرات جيش نورستان غارتين استهدفتا مواقع جبهة التحرير.";
  const evs = events(text).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.every((e) => e.source !== "p:amin"), show(evs));
});
