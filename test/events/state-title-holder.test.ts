// A title of a state ("الرئيس النورستاني"، "الوزير الأميركي") as an event's actor is the one person
// the document names with a title of that state, past a comma or under a longer title of the same
// head word; two such persons, or a former holder, leave the state (state-title-holder.ts).
// Sentences written for these tests, run through the whole pipeline.
import assert from "node:assert/strict";
import { test } from "node:test";
import { processArticle } from "../../src/pipeline/process.ts";

const eventsOf = (text: string) => processArticle({ id: "t", source: { path: "t.txt", url: null }, kind: "text", body: text, title: null, published: null, encoding: "utf-8" }).events ?? [];
const show = (evs: ReturnType<typeof eventsOf>) => JSON.stringify(evs.map((e) => [e.type, e.trigger, e.source, e.target]));

const cases: { name: string; text: string; trigger: string; check: (e: ReturnType<typeof eventsOf>[number]) => boolean }[] = [
  {
    name: "a name set off by a comma after the title is its holder",
    text: "أخبار\nوهاتف رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس الرئيس الفلسطيني، محمود عباس، وبحث معه الأوضاع.",
    trigger: "وهاتف",
    check: (e) => e.target === "wd:Q127998",
  },
  {
    name: "the short title is the minister named before under the longer one",
    text: "أخبار\nوصل وزير الدفاع الأمريكي آشتون كارتر مساء السبت إلى بغداد. وقال مسؤول إن الوزير الأمريكي سيلتقي رئيس الوزراء العراقي حيدر العبادي.",
    trigger: "سيلتقي",
    check: (e) => e.source === "rasid:ashton-carter",
  },
  {
    name: "two ministers of the state: the title names neither",
    text: "أخبار\nوحضر وزير الخارجية الأمريكي جون كيري ووزير الدفاع الأمريكي آشتون كارتر الاجتماع. وقال مسؤول إن الوزير الأمريكي سيلتقي رئيس الوزراء العراقي حيدر العبادي.",
    trigger: "سيلتقي",
    check: (e) => e.source !== "rasid:ashton-carter" && e.source !== "wd:Q22316",
  },
  {
    name: "a former holder set off by a comma is not the one a bare title means",
    text: "أخبار\nوتحدث الرئيس المصري السابق، محمد مرسي، عن الأزمة أمام المحكمة. والتقى الرئيس المصري وزير الخارجية الأردني في القاهرة أمس.",
    trigger: "والتقى",
    check: (e) => e.source !== "wd:Q1290" && !(e.source ?? "").includes("morsi") && !(e.source ?? "").includes("mursi"),
  },
];

for (const c of cases) test(`state title holder: ${c.name}`, () => {
  const evs = eventsOf(c.text).filter((e) => e.trigger === c.trigger);
  assert.ok(evs.length > 0 && evs.every(c.check), show(evs));
});
