// Branch evprec25: an act someone threatens, vows, orders, wants, seeks, plans, hopes for or stands
// ready to do is not told as done (intended.ts; data/lexicon/event-word-classes.tsv intent-head,
// intent-by). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD);

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["هدد بقصف: the shelling threatened", "وهدد أمين فارس بقصف مواقع جبهة التحرير في وادي الريح.", "ASSAULT"],
  ["يهدد فيه بإعدام: a resumptive pronoun between the threat and its content", "وبثت جبهة التحرير شريطا يهدد فيه أمين فارس بإعدام رهينة من نورستان.", "ASSAULT"],
  ["أصدر تعليمات بطرد: an order's content", "وأصدرت جبهة التحرير تعليمات بطرد موظفي نورستان من وادي الريح.", "COERCE"],
  ["تسعى إلى استهداف: what a group seeks", "وقال أمين فارس إن جبهة التحرير تسعى إلى استهداف جيش نورستان.", "ASSAULT"],
  ["يريدون إسقاط: what a group wants", "وقال أمين فارس إن أنصار جبهة التحرير يريدون إسقاط حكومة نورستان.", "ASSAULT"],
  ["أبدت استعدادها للتعاون: readiness", "وأبدت سودانيا استعدادها للتعاون مع نورستان في ملف الحدود.", "COOPERATE"],
  ["أعرب عن أمله في زيارة: a hope", "وأعرب أمين فارس عن أمله في زيارة نورستان قريبا.", "CONSULT"],
  ["أمله بأن يلتقي: a hoped-for meeting told with أن", "وأعرب أمين فارس عن أمله بأن يلتقي رئيس نورستان قريبا.", "CONSULT"],
  ["أحبطت مخطط هجوم: a foiled plot is no attack", "وأحبطت قوات سودانيا مخطط هجوم لجبهة التحرير على وادي الريح.", "ASSAULT"],
];
for (const [name, text, type] of NONE) {
  test(`intended acts: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}

// [name, sentence, type, trigger]: each must still be found
const FOUND: [string, string, string, string][] = [
  ["the threat itself is still told", "وهدد أمين فارس بقصف مواقع جبهة التحرير في وادي الريح.", "THREATEN", "وهدد"],
  ["يهدد with no ب: the fighting is the subject that threatens, and it happened", "ويهدد القتال بين جيش نورستان وجبهة التحرير الهدنة في وادي الريح.", "ASSAULT", "القتال"],
  ["an attack told after a threat's clause is its own event", "وهدد أمين فارس بالرد، وقصف جيش نورستان وادي الريح.", "ASSAULT", "وقصف"],
];
for (const [name, text, type, trigger] of FOUND) {
  test(`intended acts: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.trigger === trigger), show(evs));
  });
}

// التصدي (data/lexicon/event-triggers.tsv needs): confronting is an attack only when what is
// confronted is an attack or an armed party (or a pronoun for one: a warning "سيتم التصدي لها").
const CONFRONT: [string, string, string | null][] = [
  ["confronting an attack is fighting", "وتمكن جيش نورستان من التصدي لهجوم شنته جبهة التحرير على وادي الريح.", "ASSAULT"],
  ["a warning told with a pronoun object is a threat", "وحذرت نورستان من أي تحرك لجبهة التحرير، وقالت إنه سيتم التصدي لها بقوة.", "THREATEN"],
  ["confronting a policy is no event", "وقال أمين فارس إن التصدي لسياسات نورستان واجب على الجميع.", null],
  ["support for confronting a group in general is no event", "وأكد أمين فارس دعم سودانيا للجهود الدولية في التصدي لجبهة التحرير.", null],
];
for (const [name, text, type] of CONFRONT) {
  test(`intended acts: التصدي: ${name}`, () => {
    const evs = events(text).filter((e) => /التصدي/.test(e.trigger) && (e.type === "ASSAULT" || e.type === "THREATEN"));
    if (type === null) assert.equal(evs.length, 0, show(evs));
    else assert.ok(evs.some((e) => e.type === type), show(evs));
  });
}

const CONFRONT_VERB: [string, string, boolean][] = [
  ["a force confronting an attack fights", "وتصدت قوات سودانيا لهجوم جبهة التحرير على وادي الريح.", true],
  ["confronting them (the attackers named before) fights", "وحاول مسلحو جبهة التحرير دخول وادي الريح لكن جيش نورستان تصدى لهم.", true],
  ["a goalkeeper's save is no attack", "وتصدى حارس سودانيا ببراعة لتسديدة قوية من لاعب نورستان.", false],
  ["a committee taking up a case is no attack", "وقال أمين فارس إن اللجنة تتصدى للمخالفات الإدارية في وادي الريح.", false],
];
for (const [name, text, found] of CONFRONT_VERB) {
  test(`intended acts: تصدى: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === "ASSAULT" && /تصد/.test(e.trigger));
    if (found) assert.ok(evs.length > 0, show(evs));
    else assert.equal(evs.length, 0, show(evs));
  });
}

test("intended acts: تصدى: confronting forces is fighting", () => {
  const evs = events("وتصدى مسلحو جبهة التحرير لقوات نورستان في وادي الريح.").filter((e) => e.type === "ASSAULT" && /تصد/.test(e.trigger));
  assert.ok(evs.length > 0, show(evs));
});
