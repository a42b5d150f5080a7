// An attack told as having happened with no one named as doer or victim is still an event (the
// coders record it with whatever actors the sentence gives); a bare mention of one is not.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, text, the ASSAULT trigger expected, or null for none]
const CASES: [string, string, string | null][] = [
  ["a verb says it took place", "ووقع تفجير انتحاري ظهر الأحد قرب مبنى البلدية في بلدة السلام.", "تفجير انتحاري"],
  ["the blast is the subject of what it did", "ودمر انفجار سيارة مفخخة عددا من المنازل في طرف البلدة.", "انفجار"],
  ["the blast is the subject, verb with و", "وهز انفجار قوي سوق المدينة صباح اليوم.", "انفجار"],
  ["the cause of the casualties told before it", "وفي حادث منفصل أصيب مدنيان بانفجار عبوة ناسفة.", "بانفجار"],
  ["a verb after it says what it hit", "وارتفعت حصيلة الهجمات الصاروخية التي استهدفت سوق المدينة إلى عشرة قتلى.", "الهجمات"],
  ["a mention with nothing saying it happened", "وقال أمين فارس إن الانفجار كان قويا.", null],
  ["an attack feared", "ويخشى السكان من هجوم قد يقع في أي لحظة.", null],
  ["an attack a condemnation is about", "وأدان أمين فارس التفجير الذي وقع أمس في وادي الريح.", null],
  ["a battle: its sides are the event", "ووقعت معارك عنيفة أمس في وادي الريح.", null],
];
for (const [name, text, trigger] of CASES) {
  test(`actorless attack: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.deepEqual(evs.map((e) => e.trigger), trigger ? [trigger] : [], show(evs));
  });
}

// Attack phrases added by branch evdet13: a special operation; bombs dropped (ألقى needs the bomb word)
const PHRASES: [string, string, string | null][] = [
  ["a special operation", "ونفذ جيش نورستان عمليات نوعية ضد جبهة التحرير.", "عمليات نوعية"],
  ["barrel bombs dropped", "وألقى جيش نورستان أكثر من 14 برميلا متفجرا على وادي الريح يوم أمس.", "وألقى"],
  ["a speech given is no attack", "وألقى أمين فارس كلمة في الحفل.", null],
];
for (const [name, text, trigger] of PHRASES) {
  test(`attack phrase: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "ASSAULT");
    assert.deepEqual(evs.map((e) => e.trigger), trigger ? [trigger] : [], show(evs));
  });
}
