// Trigger rows added in session 16 (branch evdet16) for gold events no row named: the masdar of
// هاجم after بـ/على, foiling (أحبط/إحباط) an attempt, material support named by its kind, and the
// dual of a meeting, and an act done at someone's request (بناء على طلب X). Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, source or null, target or null, trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["قام بمهاجمة: an attack by its masdar", "وقامت جبهة التحرير بمهاجمة جيش نورستان قرب وادي الريح.", "ASSAULT", "o:front", "o:army", "بمهاجمة"],
  ["أقدم على مهاجمة", "وأقدمت جبهة التحرير على مهاجمة جيش نورستان في وادي الريح.", "ASSAULT", null, "o:army", "على مهاجمة"],
  ["أحبط محاولة: a foiled attempt", "وأحبط جيش نورستان محاولة تسلل في وادي الريح أمس.", "COERCE", "o:army", null, "وأحبط"],
  ["إحباط محاولة: its masdar", "وأعلن جيش نورستان إحباط محاولة تهريب أسلحة في وادي الريح.", "COERCE", "o:army", null, "إحباط"],
  ["الدعم المالي: money given", "وقدمت نورستان الدعم المالي لسودانيا هذا العام.", "AID", "g:north", null, "الدعم المالي"],
  ["دعما عسكريا: arms or troops given", "وقدمت نورستان دعما عسكريا لجبهة التحرير.", "AID", "g:north", null, "دعما عسكريا"],
  ["بناء على طلب: the genitive asked", "وأرسلت نورستان قوات إلى وادي الريح بناء على طلب أمين فارس.", "REQUEST", "p:amin", null, "بناء على طلب"],
  ["استجابة لطلب", "وأعلنت نورستان هدنة في وادي الريح استجابة لطلب سودانيا.", "REQUEST", "g:south", null, "استجابة لطلب"],
  ["اجتماعين: the dual of a meeting", "وعقد أمين فارس اجتماعين مع وفد سودانيا أمس.", "CONSULT", "p:amin", null, "اجتماعين"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`detection row 16: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => (source === null || e.source === source) && (target === null || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["مهاجمه (his striker) is no attack", "وافتقد نادي الوادي مهاجمه الأول أمين فارس بسبب الإصابة.", "ASSAULT"],
  ["إحباط without a foiled act is frustration", "وعبر أمين فارس عن إحباطه من نتائج نادي الوادي.", "COERCE"],
  ["أحبط without a foiled act is no foiling", "وأحبط أمين فارس جمهوره في المباراة الأخيرة.", "COERCE"],
];
for (const [name, text, type] of NONE) {
  test(`detection row 16: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}
