// A news outlet tells events and is a party to none of them: never the source, and the target only
// of a force done to it (news-outlets.ts). Sentences written for these tests, run through the whole
// pipeline (the knowledge base types the outlets as media or news agencies).
import assert from "node:assert/strict";
import { test } from "node:test";
import { processArticle } from "../../src/pipeline/process.ts";

const eventsOf = (text: string) => processArticle({ id: "t", source: { path: "t.txt", url: null }, kind: "text", body: text, title: null, published: null, encoding: "utf-8" }).events ?? [];
const show = (evs: ReturnType<typeof eventsOf>) => JSON.stringify(evs.map((e) => [e.type, e.trigger, e.source_text, e.target_text]));
const REUTERS = "wd:Q130879", JAZEERA = "rasid:al-jazeera";

const cases: [string, string][] = [
  ["an agency reporting a raid did not raid", "وأعلنت وكالة رويترز مداهمة ثلاثين منزلا في أحياء العاصمة الشرقية فجر الثلاثاء."],
  ["an outlet told something is no party to it", "وقال ضابط كبير لقناة الجزيرة إن الشرطة اعتقلت سبعة مشتبهين في المدينة."],
  ["an outlet relaying a demand did not demand", "وحسب وكالة رويترز، طالب الوزير بفتح تحقيق عاجل في الحادث."],
];
for (const [what, text] of cases) test(`news outlets: ${what}`, () => {
  const evs = eventsOf(text);
  assert.ok(evs.every((e) => e.source !== REUTERS && e.source !== JAZEERA && e.target !== REUTERS && e.target !== JAZEERA), show(evs));
});

test("news outlets: an attack on an outlet keeps it as the target", () => {
  const evs = eventsOf("واقتحم مسلحون مقر قناة الجزيرة في المدينة مساء الأحد.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.target === JAZEERA), show(evs));
});
