// Branch ev10de (development set E, non-violent types): the act a demand asks for is the demand's
// content, not an event (demanded.ts); dawn ("فجر الجمعة") and a ceasefire (إيقاف إطلاق النار) are no
// attack; standing by someone (ظل إلى جانب) is SUPPORT; deploying forces
// with the subject between verb and forces is MOBILIZE. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD);

// [name, sentence, type, source, target or null, trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["ظل إلى جانب: standing by is SUPPORT", "وقال أمين فارس إن نورستان ستظل إلى جانب سودانيا.", "SUPPORT", "g:north", "g:south", "ستظل إلى جانب"],
  ["نشر … قوات: a deployment with the subject between", "ونشرت نورستان عددا كبيرا من قواتها في وادي الريح.", "MOBILIZE", "g:north", null, "ونشرت"],
  ["an attack after the demand's clause is its own event", "ودعت سودانيا أمين فارس إلى زيارة نورستان، وقصف جيش نورستان وادي الريح.", "ASSAULT", "o:army", "g:town", "وقصف"],
  ["demonstrators who demand protest (their demand's release is no event)", "وطالب محتجون في وادي الريح بالإفراج عن أمين فارس.", "PROTEST", null, null, "وطالب"],
  ["ناقش مع: a discussion with a partner is CONSULT", "وناقش أمين فارس مع نورستان الأوضاع في وادي الريح.", "CONSULT", "p:amin", "g:north", "وناقش"],
  ["تجمعوا للتظاهر: a gathering to protest", "وتجمع آلاف المحتجين في وادي الريح للتظاهر ضد جيش نورستان.", "PROTEST", null, "o:army", "وتجمع"],
  ["the demand itself is still told", "وطالبت سودانيا جبهة التحرير بالإفراج عن أمين فارس.", "REQUEST", "g:south", null, "وطالبت"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`demands and statements: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["دعا إلى انسحاب: the withdrawal called for did not happen", "ودعت سودانيا إلى انسحاب جيش نورستان من وادي الريح.", "RETREAT"],
  ["طالب بضرورة انسحاب: links between the demand and the act", "وطالب أمين فارس بضرورة انسحاب جيش نورستان من وادي الريح.", "RETREAT"],
  ["دعا إلى وقف القصف: the shelling is what the call is about", "ودعت سودانيا إلى وقف قصف جيش نورستان على وادي الريح.", "ASSAULT"],
  ["بوقف القصف والهجوم: an act joined to the act asked for is asked for too", "وطالبت سودانيا بوقف القصف وهجوم جيش نورستان على وادي الريح.", "ASSAULT"],
  ["مطالبة بطرد: an expulsion demanded", "وخرجت مظاهرات في وادي الريح للمطالبة بطرد جبهة التحرير من المدينة.", "COERCE"],
  ["فجر الجمعة is dawn, not a bombing", "وقالت سودانيا إن طائرات أطلقت صاروخين على وادي الريح فجر الجمعة.", "ASSAULT-فجر"],
  ["ناقش without a partner: a body treating a subject", "ويناقش برلمان سودانيا مشروع قانون للموازنة العامة.", "CONSULT"],
  ["تناقش: a play treating a subject", "وقدمت فرقة وادي الريح مسرحية تناقش قضية الهجرة في نورستان.", "CONSULT"],
  ["تجمعوا لتحية: a crowd greeting a visitor is no protest", "وكان آلاف من سكان وادي الريح تجمعوا على الطريق من المطار لتحية أمين فارس.", "PROTEST"],
  ["تجمع as the imperfect of جمع: no protest", "وتجمع المباراة فريقي نورستان وسودانيا مساء الجمعة.", "PROTEST"],
  ["تجمعا as what a strike hits: no protest", "واستهدفت طائرات نورستان تجمعا لجبهة التحرير قرب وادي الريح.", "PROTEST"],
  ["نشر without forces is publishing", "ونشرت نورستان تقريرا عن الأوضاع في وادي الريح.", "MOBILIZE"],
  ["نشرت على: a passive of publishing, forces named later", "وتداول ناشطون صورا نشرت على موقع جبهة التحرير تظهر جنود جيش نورستان.", "MOBILIZE"],
  ["نشرته: an object pronoun, what was published", "وأظهر شريط نشرته جبهة التحرير قوات جيش نورستان في وادي الريح.", "MOBILIZE"],
  ["إيقاف إطلاق النار is a ceasefire, no shooting", "ورفضت جبهة التحرير إيقاف إطلاق النار في وادي الريح.", "ASSAULT"],
];
for (const [name, text, typeAndTrigger] of NONE) {
  test(`demands and statements: ${name}`, () => {
    const [type, trigger] = typeAndTrigger.split("-");
    const evs = events(text).filter((e) => e.type === type && (!trigger || e.trigger === trigger));
    assert.equal(evs.length, 0, show(evs));
  });
}

// A run-on paragraph (scraped without its periods) is cut before a sentence opener: each event's
// evidence sentence is its own part, not the whole paragraph (sentences.ts, sentence-opener).
test("demands and statements: a run-on paragraph is cut before وأضاف", () => {
  const first = "قصف جيش نورستان مواقع جبهة التحرير في وادي الريح صباح الأحد الماضي بعد أسابيع من المواجهات المتقطعة على أطراف المدينة التي شهدت خلال الشهر الماضي موجة نزوح واسعة للسكان نحو القرى المجاورة بحثا عن الأمان والغذاء والدواء في ظل نقص حاد في المواد الأساسية";
  const second = "وأضاف أمين فارس أن سودانيا طالبت نورستان بالانسحاب من المدينة وفتح ممرات آمنة لوصول المساعدات الإنسانية إلى المحاصرين في الأحياء الشرقية من المدينة قبل حلول فصل الشتاء وانقطاع الطرق الجبلية.";
  const text = `${first} ${second}`;
  assert.ok(text.length > 400);
  const evs = events(text);
  const assault = evs.find((e) => e.type === "ASSAULT");
  assert.ok(assault, show(evs));
  assert.ok(assault.sentence.end <= first.length + 1, `evidence runs to ${assault.sentence.end}`);
  const request = evs.find((e) => e.type === "REQUEST");
  assert.ok(request && request.sentence.start >= first.length, show(evs));
});

// A statement verb whose object preposition follows it ("وأشاد بجهود X") names no subject after it:
// the name behind the preposition is whom it is about, and the speaker is carried from the sentence
// before; a name whose first letter reads as a clitic ("باسل") is still the subject.
const HEAD = "أخبار وادي الريح\n\n";
const WORLD_B = [...WORLD, { id: "p:basel", type: "PERSON" as const, forms: ["باسل نوري"] }];
const SPEAKERS: [string, string, string, string, string | null][] = [
  ["وأشاد بـ after the speaker's sentence", `${HEAD}وقال أمين فارس إن المعارك مستمرة في وادي الريح. وأشاد بجهود نورستان في المنطقة.`, "SUPPORT", "p:amin", "g:north"],
  ["وندد بـ after the speaker's sentence", `${HEAD}وقال أمين فارس إن المعارك مستمرة في وادي الريح. وندد بهجمات جبهة التحرير على المدينة.`, "ACCUSE", "p:amin", null],
  ["a name starting with ب is the subject", `${HEAD}وأشاد باسل نوري بجهود نورستان في المنطقة.`, "SUPPORT", "p:basel", "g:north"],
];
for (const [name, text, type, source, target] of SPEAKERS) {
  test(`demands and statements: ${name}`, () => {
    const evs = eventsIn(text, WORLD_B).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), show(evs));
  });
}
