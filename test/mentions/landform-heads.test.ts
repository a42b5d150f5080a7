// A hill, a mountain pass and a valley (تل، نقيل، وادي: org-heads.tsv LOC, name_head in ner-cues.tsv)
// name a place by the one word after them; folding must not make a verb one of them: "وأدى"
// (و + أدّى "led to") folds to وادي, but the text writes a hamza the head lacks (head-spelling.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const locs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "LOC").map((m) => m.text);

test("a landform head and one word is a place", () => {
  const cases: [string, string[]][] = [
    ["استعاد المقاتلون السيطرة على تل المرابط شرق البلدة أمس.", ["تل المرابط"]],
    ["سقطت قذيفتان على تل غزال قرب الطريق الدولي.", ["تل غزال"]],
    ["تقدمت القوات نحو نقيل الصفراء جنوب العاصمة.", ["نقيل الصفراء"]],
    ["جرفت السيول مزارع في وادي سلمان بعد الأمطار.", ["وادي سلمان"]],
    ["أغار الطيران على آليات في وادي الهيثم شرق المحافظة.", ["وادي الهيثم"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(locs(text), want, text);
});

test("a verb written with a hamza is no landform head", () => {
  for (const text of ["وأدى القصف العنيف إلى تدمير المنازل.", "وأدى اللاعبون تدريباتهم أمس على فترتين."]) {
    assert.deepEqual(locs(text), [], text);
  }
});
