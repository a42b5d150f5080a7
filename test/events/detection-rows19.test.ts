// Trigger rows added in session 19 (branch evdet19): the praise verbs أثنى على and نوه بـ are SUPPORT
// (نوه إلى/أن "pointed out" and "لن تثني" "will not deter" are not), a press conference held
// jointly or with a counterpart is a meeting (a press conference alone stays no event), and "الاتفاق
// النووي" named as a known agreement is no new one (signing or concluding it still is); bare
// تجاهل is the masdar ("وسط تجاهل"، "لا يمكن تجاهل"), its inflected verbs stay events. A truce or
// blockade that collapses or is ended and a draft agreement (انهيار، إنهاء، مشروع: non-event-heads.tsv)
// tell no event of the noun's type.
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, events of that type, expected target or undefined]
const ROWS: [string, string, string, number, string?][] = [
  ["praise with على", "وأثنى أمين فارس على جبهة التحرير لدورها في وادي الريح.", "SUPPORT", 1, "o:front"],
  ["praise in the imperfect", "ويثني أمين فارس على جيش نورستان في كل مناسبة.", "SUPPORT", 1, "o:army"],
  ["لن تثني: will not deter", "وقال أمين فارس إن هذه الأعمال لن تثني نورستان عن مواصلة طريقها.", "SUPPORT", 0],
  ["praise with بـ", "ونوه أمين فارس بدور جبهة التحرير في وادي الريح.", "SUPPORT", 1],
  ["نوه إلى أن: pointed out", "ونوه أمين فارس إلى أن جبهة التحرير ستعقد مؤتمرها في وادي الريح.", "SUPPORT", 0],
  ["نوه بأن: pointed out", "ونوه أمين فارس بأن جبهة التحرير ستعقد مؤتمرها في وادي الريح.", "SUPPORT", 0],
  ["a joint press conference", "وقال أمين فارس خلال مؤتمر صحفي مشترك مع وزير خارجية سودانيا إن الحدود هادئة.", "CONSULT", 1],
  ["a press conference with a counterpart", "وقال أمين فارس خلال مؤتمر صحافي مع وزير خارجية سودانيا إن الحوار مهم.", "CONSULT", 1],
  ["the nuclear agreement referred to is no new agreement", "وأكد أمين فارس أن الاتفاق النووي بين نورستان وسودانيا سيغير المنطقة.", "AGREE", 0],
  ["signing the nuclear agreement is one", "ووقعت نورستان الاتفاق النووي مع سودانيا أمس.", "AGREE", 1, "g:south"],
  ["concluding the nuclear agreement is one", "وأبرمت نورستان الاتفاق النووي مع سودانيا أمس.", "AGREE", 1, "g:south"],
  ["bare تجاهل is a masdar in a general statement", "وقال أمين فارس إنه لا يمكن تجاهل دور جبهة التحرير في وادي الريح.", "REJECT", 0],
  ["amid neglect: a masdar", "وتعيش وادي الريح أزمة وسط تجاهل نورستان لها.", "REJECT", 0],
  ["an inflected verb of ignoring stays an event", "وتجاهلت نورستان دعوة سودانيا إلى الحوار.", "REJECT", 1],
  ["a truce that collapses is no concession", "وأعلنت جبهة التحرير انهيار الهدنة مع نورستان.", "CONCEDE", 0],
  ["a truce that is ended is no concession", "وأعلنت جبهة التحرير إنهاء الهدنة مع نورستان.", "CONCEDE", 0],
  ["a truce declared is one", "وأعلنت جبهة التحرير الهدنة مع نورستان.", "CONCEDE", 1],
  ["a draft agreement is no agreement", "وأعلنت نورستان مشروع اتفاقية مع سودانيا.", "AGREE", 0],
  ["ending a blockade is no coercion told", "ودعا أمين فارس إلى إنهاء الحصار المفروض على سودانيا.", "COERCE", 0],
  ["a press conference alone is no meeting", "وقال أمين فارس في مؤتمر صحفي في وادي الريح إن الحدود هادئة.", "CONSULT", 0],
];
for (const [name, text, type, n, target] of ROWS) {
  test(`detection row 19: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
    if (target) assert.equal(evs[0].target, target, show(evs));
  });
}
