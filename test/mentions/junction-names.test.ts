// "مثلث" + one word is a road junction's name (LOC; name_head and one_word_head in ner-cues.tsv,
// the head in org-heads.tsv): the name is that word or one KB name, not the clause after it.
// Shipped KB, lexicons and model; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const locs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "LOC").map((m) => m.text);

test("a junction named by one word", () => {
  const cases: [string, string[]][] = [
    ["سيطرت القوات على مثلث الفرسان شمال المدينة.", ["مثلث الفرسان"]],
    ["تقدمت المقاومة نحو مثلث قمران في محافظة لحج.", ["مثلث قمران"]],
    // the name ends at its word: a participle or a لل- phrase after it is no part of it
    ["وصلت التعزيزات إلى مثلث الفرسان الرابط بين المحافظتين.", ["مثلث الفرسان"]],
    ["بدأت معركة مثلث الصخور للسيطرة على الطريق.", ["مثلث الصخور"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(locs(text), want, text);
});

test("a triangle that is no place", () => {
  for (const text of ["رسم الطالب مثلث متساوي الأضلاع.", "وقع الحادث في مثلث جنوب المدينة."]) assert.deepEqual(locs(text), [], text);
});
