// An admin word that also heads organizations (مديرية) names a district unless a public service
// noun follows (mentions/districts.ts; ner-cues.tsv admin_word, service_noun); the district's name
// ends before a relational adjective (التابعة، المتاخمة). Sentences and names written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES } from "./fixture.ts";

const lex = buildLexicons({
  titles: [], firstNames: [],
  orgHeads: [{ head: "مديرية", type: "ORG" }, { head: "هيئة", type: "ORG" }],
  cues: [
    ...["في", "من", "إن", "على"].map((word) => ({ word, role: "stop" })),
    { word: "مديرية", role: "admin_word" },
    ...["أمن", "زراعة", "دفاع"].map((word) => ({ word, role: "service_noun" })),
    ...["التابعة", "المتاخمة"].map((word) => ({ word, role: "relational" })),
  ],
});
const res = { gaz: buildGazetteer(ENTRIES), lex };
const names = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).map((m) => `${m.type}:${m.text}`);

test("an admin word before a name that is no service is a district", () => {
  assert.deepEqual(names("وتقدمت القوات في مديرية حزمان الشرقي أمس."), ["GPE:مديرية حزمان الشرقي"]);
  assert.deepEqual(names("وتقدمت القوات في مديرية القرين أمس."), ["GPE:مديرية القرين"]);
});

test("the district's name ends before a relational adjective", () => {
  assert.deepEqual(names("وتقدمت القوات في مديرية حزمان التابعة لمحافظة البيان."), ["GPE:مديرية حزمان"]);
  assert.deepEqual(names("وتقدمت القوات في مديرية القرين المتاخمة للساحل."), ["GPE:مديرية القرين"]);
});

test("a service noun after it, bare or definite, makes it a directorate", () => {
  assert.deepEqual(names("وقالت مديرية الزراعة إن الموسم جيد."), ["ORG:مديرية الزراعة"]);
  assert.deepEqual(names("وقالت مديرية أمن القرين إن الوضع هادئ."), ["ORG:مديرية أمن القرين"]);
  assert.deepEqual(names("وقالت مديرية الدفاع المدني إن الحريق أخمد."), ["ORG:مديرية الدفاع المدني"]);
});

test("a head that is no admin word keeps its type", () => {
  assert.deepEqual(names("وقالت هيئة القرين إن الموسم جيد."), ["ORG:هيئة القرين"]);
});
