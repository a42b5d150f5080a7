// Sports clubs and companies (data/kb/sports-clubs.tsv, the companies block of data/kb/orgs.tsv)
// and the نادي head (data/lexicon/org-heads.tsv): a club or company with a name of its own is an
// organization wherever it stands, in match reports and business news alike; a club whose bare
// name is an ordinary word (النصر "victory", الوحدات "units", الشباب "youth") is one only after
// نادي, and the ordinary word alone stays a word. Runs the shipped lexicons, KB and model on
// sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "ORG").map((m) => m.text);

test("clubs and companies the KB knows are organizations", () => {
  const cases: [string, string[]][] = [
    ["خسر بلاكبيرن أمام بورتسموث في الجولة الثالثة.", ["بلاكبيرن", "بورتسموث"]],
    ["تعادل سلتيك مع بنفيكا سلبيا في دوري الأبطال.", ["سلتيك", "بنفيكا"]],
    ["أعلنت موتورولا عن جهاز جديد ينافس أجهزة نوكيا.", ["موتورولا", "نوكيا"]],
    ["ارتفعت مبيعات فولكسفاغن في الصين هذا العام.", ["فولكسفاغن"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});

test("a club after نادي is an organization; its ordinary bare name alone is a word", () => {
  const cases: [string, string[]][] = [
    ["وأعلن نادي الشباب تعاقده مع مهاجم جديد.", ["نادي الشباب"]],
    ["وتسعى إدارة نادي الطائي إلى تجديد عقد المدرب.", ["نادي الطائي"]],
    ["وقررت إدارة نادي النصر صرف رواتب اللاعبين.", ["نادي النصر"]],
    ["وقررت مؤسسة الجزيرة للصحافة إصدار ملحق جديد.", ["مؤسسة الجزيرة للصحافة"]],
    ["يحتفل الناس بالنصر على المرض في القرية.", []],
    ["بنت الشركة مئات الوحدات السكنية في الضاحية.", []],
    ["يشارك الشباب السعودي في المعرض الدولي للكتاب.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(orgs(text), want, text);
});
