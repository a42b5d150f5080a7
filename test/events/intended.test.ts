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
