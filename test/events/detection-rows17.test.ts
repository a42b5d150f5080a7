// Trigger rows changed in session 17 (branch evdet17): مسيرة/مسيرات is a protest march only with a
// protest word right after it; followed by anything else it is a course or a career ("مسيرة التنمية"،
// "مسيرة النادي"). Blockers for names and idioms holding a trigger word (الدعوة والإرشاد، الإخلاء
// الطبي، فجراً at dawn), and a release told with إخلاء سبيل. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, PROTEST events]
const CASES: [string, string, number][] = [
  ["a march with a protest adjective", "ونظم أنصار جبهة التحرير مسيرة احتجاجية في وادي الريح أمس.", 1],
  ["a march toward a place", "ونظم أنصار جبهة التحرير مسيرة إلى مقر حكومة نورستان أمس.", 1],
  ["marches in the streets", "ونظم أنصار جبهة التحرير مسيرات في شوارع وادي الريح أمس.", 1],
  ["the course of development", "وأكد أمين فارس أن نورستان ستواصل مسيرة التنمية في وادي الريح.", 0],
  ["a body's career", "وقال أمين فارس إن مسيرة جبهة التحرير في خدمة وادي الريح لن تتوقف.", 0],
];
for (const [name, text, n] of CASES) {
  test(`detection row 17: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === "PROTEST");
    assert.equal(evs.length, n, show(evs));
  });
}

// [name, sentence, type, events of that type]
const ROWS: [string, string, string, number][] = [
  ["a ministry's name is no call", "وقال وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد أمين فارس إن الوضع هادئ في وادي الريح.", "REQUEST", 0],
  ["a call is one", "ودعت نورستان سودانيا إلى وقف القتال في وادي الريح.", "REQUEST", 1],
  ["a medical evacuation is no retreat", "وتم نقل جرحى جيش نورستان بطائرة الإخلاء الطبي إلى وادي الريح.", "RETREAT", 0],
  ["an evacuation of a town is one", "وأخلى جيش نورستان وادي الريح بعد معارك عنيفة.", "RETREAT", 1],
  ["a release from custody is a concession", "وقررت سودانيا أن تخلي سبيل أمين فارس بعد يومين من احتجازه.", "CONCEDE", 1],
  ["a release from custody is no retreat", "وأخلت سودانيا سبيل أمين فارس بعد يومين من احتجازه.", "RETREAT", 0],
  ["the masdar of the release", "وأعلنت سودانيا إخلاء سبيل أمين فارس بعد يومين من احتجازه.", "CONCEDE", 1],
  ["فجراً is at dawn, no bombing", "واعتقل جيش نورستان أمين فارس فجراً في وادي الريح.", "ASSAULT", 0],
  ["فجر نفسه is a bombing", "وفجر مسلح نفسه وسط جنود جيش نورستان في وادي الريح.", "ASSAULT", 1],
  ["two bombers: فجرا نفسيهما is a bombing", "ودخل مسلحان مسجد وادي الريح وفجرا نفسيهما وسط جنود جيش نورستان.", "ASSAULT", 1],
];
for (const [name, text, type, n] of ROWS) {
  test(`detection row 17: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
  });
}
