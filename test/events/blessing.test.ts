// prayer.ts isBlessing: a statement verb whose next word is God ("الملك - أيده الله -") is a blessing
// formula, no SUPPORT; the same verb with a subject of this world stays an event. Sentences written for
// these tests, run through the whole pipeline (the knowledge base knows the king's title and the
// minister's name).
import assert from "node:assert/strict";
import { test } from "node:test";
import { processArticle } from "../../src/pipeline/process.ts";

const eventsOf = (text: string) => processArticle({ id: "t", source: { path: "t.txt", url: null }, kind: "text", body: "عنوان\n" + text, title: null, published: null, encoding: "utf-8" }).events ?? [];
const show = (evs: ReturnType<typeof eventsOf>) => JSON.stringify(evs.map((e) => [e.type, e.trigger, e.source, e.target]));

// [name, text, SUPPORT events expected]
const CASES: [string, string, number][] = [
  ["a blessing after the king's title", "وقال وزير الخارجية عادل الجبير إن البرنامج الجديد جاء بتوجيه خادم الحرمين الشريفين - أيده الله - لخدمة الحجاج.", 0],
  ["a blessing after the leadership", "وأكد عادل الجبير أن القيادة الرشيدة -أيدها الله- تدعم المشروع الجديد.", 0],
  ["a state supporting a decision stays an event", "وأيدت مصر قرار مجلس الأمن الدولي أمس.", 1],
];
for (const [name, text, n] of CASES) {
  test(`blessing: ${name}`, () => {
    const evs = eventsOf(text).filter((e) => e.type === "SUPPORT");
    assert.equal(evs.length, n, show(evs));
  });
}
