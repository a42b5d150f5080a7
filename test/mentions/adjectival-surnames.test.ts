// A bare family name that is also an adjective names nobody right after a definite noun that is
// no title (adjectival-surnames.ts, in the mentions stage and in entities/coreference.ts's
// repeats): the adjective agrees with its noun. After a title, or when no list holds the word, it
// stays the person. The whole pipeline, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { processArticle } from "../../src/pipeline/process.ts";

function persons(text: string): string[] {
  const doc = processArticle({ id: "t", source: { kind: "file", path: "t.txt" } as never, kind: "text", body: "خبر\n\n" + text, title: null, published: null, encoding: "utf-8" });
  return doc.entities.filter((e) => e.type === "PERSON").flatMap((e) => e.mentions.map((m) => doc.text.slice(m.start, m.end)));
}

const cases: [string, string, boolean][] = [
  // [text, the bare word, a person there?]
  ["وقال المهندس ماجد الحربي إن المصنع جاهز. وأشاد الطرفان بدعم المجهود الحربي في الجبهة.", "الحربي", false],
  ["وقال المهندس ماجد الحربي إن المصنع جاهز. وأوضح المهندس الحربي أن التشغيل يبدأ غدا.", "الحربي", true],
  ["أكد الفنان وليد الجميل أن الحفل ناجح. وتذكر الحضور الزمان الجميل في المدينة.", "الجميل", false],
  ["أكد الفنان وليد الجميل أن الحفل ناجح. وقال الجميل إن الجمهور رائع.", "الجميل", true],
];
for (const [text, word, yes] of cases) {
  test(`«${text}»: ${word} ${yes ? "is" : "is not"} the person at its second place`, () => {
    const ps = persons(text);
    const bare = ps.filter((p) => p === word).length;
    assert.equal(bare > 0, yes, JSON.stringify(ps));
  });
}
