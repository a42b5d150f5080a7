// A named subject's long title or aside puts the complementizer past the verb's window; it still
// opens the content (far-content.ts), only where the subject's phrase ends and only for a verb that
// opens its clause. Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:rami", type: "PERSON" as const, forms: ["رامي فوزي", "فوزي"] },
  { id: "o:union", type: "ORG" as const, forms: ["اتحاد المزارعين العرب"] },
  { id: "g:tunis", type: "GPE" as const, forms: ["تونس"] },
];
const show = (qs: ReturnType<typeof findQuotes>) => JSON.stringify(qs.map((x) => [x.cue, x.speaker, x.direct, x.text]));

const LONG = "رامي فوزي، المتحدث باسم اتحاد المزارعين العرب، الذي يضم نقابات من اثنتي عشرة دولة، ومدير برنامج الري الحديث في المناطق الجبلية الوعرة منذ سنوات طويلة،";
const found: [string, string, string, boolean][] = [
  ["قال + a long aside + إن", `وقال ${LONG} إن موسم القمح سيكون أفضل من العام الماضي في معظم القرى.`, "موسم القمح سيكون", false],
  ["شدد + a long aside + على أن", `وشدد ${LONG} على أن موسم القمح سيكون أفضل من العام الماضي في معظم القرى.`, "موسم القمح سيكون", false],
  ["قال + a long aside + a quotation", `وقال ${LONG} "موسم القمح سيكون أفضل من العام الماضي في معظم القرى".`, "موسم القمح سيكون", true],
  ["كما قال + a long aside + إن", `كما قال ${LONG} إن موسم القمح سيكون أفضل من العام الماضي في معظم القرى.`, "موسم القمح سيكون", false],
  ["a long title before the name, a time word, then إن",
    "قال نائب رئيس اللجنة الوطنية العليا لتطوير الزراعة المستدامة في المناطق الريفية والجبلية رامي فوزي خلال كلمته التي ألقاها في الحفل الذي أقامته اللجنة لأعضائها في العاصمة مساء إن موسم القمح سيكون أفضل من العام الماضي.",
    "موسم القمح سيكون", false],
];
for (const [name, s, start, direct] of found) test(`far content: ${name}`, () => {
  const qs = findQuotes(makeDoc(s, ENTS));
  assert.ok(qs.some((x) => x.speaker === "p:rami" && x.direct === direct && x.text.startsWith(start)), show(qs));
});

test("far content: an object verb whose object follows the subject keeps its object", () => {
  const qs = findQuotes(makeDoc(`ودعا ${LONG.replace(/،$/, "")}، المزارعين في القرى الجبلية الوعرة إلى التسجيل في البرنامج الجديد قبل نهاية الشهر الجاري لأن المقاعد محدودة وأن الدعم سينتهي.`, ENTS));
  assert.ok(!qs.some((x) => x.text.startsWith("الدعم سينتهي")), show(qs));
});

test("far content: a quotation after a plain word is a title, not the words said", () => {
  const qs = findQuotes(makeDoc(`وقال ${LONG} في كتابه الذي صدر حديثا في تونس تحت عنوان "موسم القمح في القرى الجبلية الوعرة".`, ENTS));
  assert.ok(!qs.some((x) => x.direct && x.text.startsWith("موسم القمح")), show(qs));
});

test("far content: a verb inside a clause does not look so far ('التي يقول')", () => {
  const qs = findQuotes(makeDoc(`وتبقى المشكلة التي يقول ${LONG} إن موسم القمح سيكون أفضل من العام الماضي في معظم القرى.`, ENTS));
  assert.ok(!qs.some((x) => x.text.startsWith("موسم القمح")), show(qs));
});
