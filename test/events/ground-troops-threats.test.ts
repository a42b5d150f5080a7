// Session 11 (branch evdet11): taking ground (سيطرة X على), sending forces with the subject between
// (أرسل … تعزيزات), capture verbs no noun shares (أسرت، أسروا), the side a clash noun names after
// مع/ضد (clash-sides.ts), force against "any" one announced as a threat (any-object.ts), the
// figurative "قطع الطريق على", and مقاطعة before a place's name (place-word.ts). Sentences written
// for these tests (not copied from any corpus). Also duals of attack nouns (تفجيرين) and death tolls
// counted since a year or a war's start (running-toll.ts), armed groups driven out (expel-fighters.ts),
// players sent off (send-off.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, source, target (undefined: any), trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null | undefined, string][] = [
  ["سيطرة X على: taking ground, the genitive acts", "وعاد السكان إلى بيوتهم بعد سيطرة جبهة التحرير على وادي الريح.", "ASSAULT", "o:front", undefined, "سيطرة"],
  ["أرسل with the subject before the forces", "وأرسلت نورستان تعزيزات إلى وادي الريح أمس.", "MOBILIZE", "g:north", undefined, "وأرسلت"],
  ["أسرت: the feminine perfect is a capture, whatever follows", "وأسرت جبهة التحرير عشرة من جنود جيش نورستان.", "COERCE", "o:front", "o:army", "وأسرت"],
  ["أسروا after its subject", "وقال إن مقاتلي جبهة التحرير أسروا أمين فارس قرب الحدود.", "COERCE", "o:front", "p:amin", "أسروا"],
  ["clashes with X: X is a side, the army before it the other", "وقال جيش نورستان إن الاشتباكات مع جبهة التحرير استمرت يومين.", "ASSAULT", "o:army", "o:front", "الاشتباكات"],
  ["clashes with X: the other direction too", "وقال جيش نورستان إن الاشتباكات مع جبهة التحرير استمرت يومين.", "ASSAULT", "o:front", "o:army", "الاشتباكات"],
  ["confrontations against X: X is the target", "واندلعت المواجهات العنيفة ضد جبهة التحرير في وادي الريح.", "ASSAULT", null, "o:front", "المواجهات"],
  ["مقاطعة with a definite object is a boycott", "وأعلنت سودانيا مقاطعة البضائع التي تنتجها نورستان.", "SANCTION", "g:south", undefined, "مقاطعة"],
  ["so far is no toll: one killing told", "وقال أمين فارس إن جبهة التحرير لم تعلن حتى الآن مسؤوليتها عن اغتيال قائد الجيش في وادي الريح.", "ASSAULT", "o:front", undefined, "اغتيال"],
  ["a dual event noun: two suicide bombings", "ونفذت جبهة التحرير تفجيرين انتحاريين في وادي الريح أمس.", "ASSAULT", "o:front", undefined, "تفجيرين انتحاريين"],
  ["a killing told with a date of days is one event", "وأدى القصف إلى مقتل أمين فارس منذ يومين في وادي الريح.", "ASSAULT", null, "p:amin", "مقتل"],
  ["أحرز تقدما on a front: ground gained by fighting", "وقال أمين فارس إن جيش نورستان أحرز تقدما كبيرا على محور وادي الريح.", "ASSAULT", "o:army", undefined, "أحرز تقدما"],
  ["gunmen driven out of a town are fought, not expelled", "وطرد جيش نورستان المسلحين من وادي الريح.", "ASSAULT", "o:army", undefined, "وطرد"],
  ["a person expelled stays an expulsion", "وطردت نورستان أمين فارس من أراضيها.", "COERCE", "g:north", "p:amin", "وطردت"],
  ["seizing any ship, announced: a threat", "وأعلن جيش نورستان الاستيلاء على أي سفينة تدخل مياهه.", "THREATEN", "o:army", undefined, "الاستيلاء"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`ground, troops, threats: ${name}`, () => {
    const evs = eventsIn(text);
    assert.ok(evs.some((e) => e.type === type && e.source === source && (target === undefined || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["سيطرة over trade is no attack", "وتسعى نورستان إلى الحد من سيطرة الأجانب على التجارة.", "ASSAULT"],
  ["أرسل with a letter is no deployment", "وأرسلت نورستان رسالة إلى سودانيا أمس.", "MOBILIZE"],
  ["قطع الطريق على is figurative", "وقال أمين فارس إن الاتفاق يقطع الطريق على جبهة التحرير.", "PROTEST"],
  ["seizing any ship, announced: no seizure told", "وأعلن جيش نورستان الاستيلاء على أي سفينة تدخل مياهه.", "ASSAULT"],
  ["مقاطعة before a place's name is a province, no boycott", "وقال أمين فارس إن المؤتمر انعقد في مقاطعة ألبرتا شرق نورستان.", "SANCTION"],
  ["بمقاطعة before a place's name", "وعقدت سودانيا ونورستان اجتماعا بمقاطعة وادي الريح.", "SANCTION"],
  ["progress in talks is no attack", "وقال أمين فارس إن المفاوضات مع سودانيا تحرز تقدما.", "ASSAULT"],
  ["a player sent off is no expulsion", "وأكمل النادي المباراة بعشرة لاعبين بعد طرد أمين فارس في الدقيقة 70.", "COERCE"],
  ["a toll since a year is no one event", "وقال أمين فارس إن الحرب أدت إلى مقتل 15 ألف شخص في نورستان منذ 2009.", "ASSAULT"],
  ["a toll since a war began is no one event", "وقال أمين فارس إن عدد القتلى منذ بدء الحرب في نورستان بلغ ألفا.", "ASSAULT"],
  ["clashes with no side named after مع: no actor, no event", "وتواصلت الاشتباكات في وادي الريح لليوم الثاني مع قدوم الشتاء.", "ASSAULT"],
];
for (const [name, text, type] of NONE) {
  test(`ground, troops, threats: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}
