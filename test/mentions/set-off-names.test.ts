// A person named between commas after the role that introduces them ("عضو المكتب السياسي للحزب،
// فلان الفلاني،") is a person whatever the tagger reads there (set-off-names.ts, after the speaker
// slot in find-mentions.ts): a family name that is also a title word, a transliterated name, a
// given name that folds to a stop word (علي). What is no name stays out: a clause between the
// commas (a verb, a time phrase), a name the role phrase holds already, a preposition's phrase.
// The shipped KB, lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

const named: [string, string][] = [
  ["واعترف عضو المجلس السياسي للحركة، علي العماد، بخسائر كبيرة في المعارك.", "علي العماد"],
  ["وقال عضو في رئاسة الحزب الديمقراطي الوطني، ابوبكر سالم، في تصريحات صحافية إن الاتفاق قريب.", "ابوبكر سالم"],
  ["وقالت رئيسة الكتلة البرلمانية لحزب الخضر في البرلمان النمساوي، زارا كوبنشتاين: «على الحكومة أن تتحرك».", "زارا كوبنشتاين"],
  ["وهاجم أنصار الحزب رئيس الدولة، رؤوبين كوفلين، بسبب تصريحاته.", "رؤوبين كوفلين"],
];
for (const [text, name] of named) {
  test(`«${text}» names ${name}`, () => assert.ok(persons(text).includes(name), JSON.stringify(persons(text))));
}

const notNamed: [string, string][] = [
  ["وكان موظف المبيعات في الشركة، ويدعى «سامر الحربي»، قد عثر على المحفظة.", "ويدعى"],
  ["وقال مدير المستشفى، أمس، إن الحالات مستقرة.", "أمس"],
  ["وأكد وزير الصحة، في بيان، أن اللقاحات متوفرة.", "في بيان"],
  ["وذكر الكاتب المصري سامي الجميل، طعن بكل أحاديث خصومه، وقال إنه محق.", "طعن بكل أحاديث خصومه"],
];
for (const [text, not] of notNamed) {
  test(`«${text}» names no «${not}»`, () => assert.ok(!persons(text).some((p) => p.includes(not)), JSON.stringify(persons(text))));
}
test("a complementizer that folds to a given name (أن ~ آن) opens no name", () => {
  const p = persons("وذكر المسؤول المحلي، أن عبد الكريم السالمي، كان عضوا في اللجنة.");
  assert.ok(!p.some((x) => x.startsWith("أن")), JSON.stringify(p));
});
