// Bodies and facilities named after a royal (mentions/royal-named.ts; ner-cues.tsv royal_named_org,
// royal_named_fac): the head, the royal title, the royal's name and its qualifiers are one name, not
// a person. Sentences and names written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES } from "./fixture.ts";

const lex = buildLexicons({
  titles: [
    { title: "الملك", kind: "royal", implies_type: "PERSON" },
    { title: "الأمير", kind: "royal", implies_type: "PERSON" },
    { title: "الدكتور", kind: "academic", implies_type: "PERSON" },
  ],
  firstNames: [{ name: "سالم" }, { name: "نواف" }, { name: "راشد" }, { name: "عبد الكريم" }],
  orgHeads: [],
  cues: [
    ...["في", "من", "إن", "على", "مع"].map((word) => ({ word, role: "stop" })),
    ...["بن", "آل"].map((word) => ({ word, role: "lineage" })),
    { word: "العامة", role: "institution_qualifier" },
    ...["مدينة", "دارة"].map((word) => ({ word, role: "royal_named_org" })),
    ...["استاد", "حديقة"].map((word) => ({ word, role: "royal_named_fac" })),
  ],
});
const res = { gaz: buildGazetteer(ENTRIES), lex };
const names = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).map((m) => `${m.type}:${m.text}`);

test("a head, a royal title and a name are one body, with its adjectives and its لل purpose", () => {
  assert.deepEqual(names("وأعلنت مدينة الملك نواف الطبية افتتاح قسم جديد."), ["ORG:مدينة الملك نواف الطبية"]);
  assert.deepEqual(names("ووقعت مدينة الأمير سالم بن راشد للبحوث والتقنية مذكرة تفاهم."), ["ORG:مدينة الأمير سالم بن راشد للبحوث والتقنية"]);
  assert.deepEqual(names("وأصدرت دارة الملك عبد الكريم العامة كتابا."), ["ORG:دارة الملك عبد الكريم العامة"]);
});

test("a facility head gives a facility, the clitic outside the span", () => {
  assert.deepEqual(names("وتقام المباراة باستاد الأمير نواف الدولي مساء اليوم."), ["FAC:استاد الأمير نواف الدولي"]);
  assert.deepEqual(names("وجلس الزوار في حديقة الملك سالم المركزية."), ["FAC:حديقة الملك سالم المركزية"]);
});

test("the name ends at a title, a preposition, an indefinite ل-word or a plain noun", () => {
  assert.deepEqual(names("وقال رئيس مدينة الملك نواف الطبية الدكتور سالم الراشد إن العمل بدأ.").filter((n) => n.startsWith("ORG")), ["ORG:مدينة الملك نواف الطبية"]);
  assert.deepEqual(names("وزار الوفد مدينة الملك سالم الاقتصادية لإنشاء مصنع."), ["ORG:مدينة الملك سالم الاقتصادية"]);
  assert.deepEqual(names("وافتتحت مدينة الملك راشد المعرض السنوي."), ["ORG:مدينة الملك راشد"]);
});

test("without a royal title, or without a name after it, the head names no body here", () => {
  assert.ok(!names("وصل الوفد إلى مدينة الدكتور سالم.").some((n) => n.startsWith("ORG:مدينة")));
  assert.deepEqual(names("وتحدث عن مدينة الملك في الرواية."), []);
});
