// A province named without its administrative word (أبين "I show", شبوة), or the seat that bears
// its name (البيضاء "the white", الضالع "involved"), is the place in a document that names the
// province's country by the country, its capital or its adjective; never right after a definite
// word it would qualify ("الراية البيضاء"), and a bare name never vouches for its own country.
// Shipped KB, lexicons and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const places = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "GPE").map((m) => m.text);

test("bare province names in a document about their country", () => {
  const cases: [string, string[]][] = [
    ["تواصلت المعارك في اليمن. وقال مصدر ميداني في أبين إن الهدوء عاد إلى شبوة.", ["اليمن", "أبين", "شبوة"]],
    ["أرسل الجيش اليمني تعزيزات إلى البيضاء والضالع أمس.", ["البيضاء", "الضالع"]],
    ["رفع الجنود في اليمن الراية البيضاء بعد الحصار.", ["اليمن"]],
    ["وقال المتحدث إن الحكومة ستبين موقفها غدا، وأبين لكم الحقيقة.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test("a news agency's abbreviation in a dateline is no province", () => {
  assert.ok(!places("القاهرة - قنا : استقبل الرئيس المصري الوفد اليمني أمس.").includes("قنا"));
});
