// Query terms and how they are found again in original text: folding, clitics, offsets.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQuery, termVariants } from "../../src/store/query.ts";
import { findAll, makeSnippet, renderSnippet } from "../../src/store/snippet.ts";

describe("parseQuery", () => {
  const cases: [string, string[]][] = [
    ["الرقة", ["الرقه"]],
    ["  أَحْمَد   عسيري ", ["احمد", "عسيري"]],
    ["«الأمم المتحدة» نيويورك", ["الامم المتحده", "نيويورك"]],
    ['"مجلس الأمن"', ["مجلس الامن"]],
    ["Reuters؟", ["reuters"]],
    ["*:()", []],
    ["الرقة الرقة", ["الرقه"]],
  ];
  for (const [q, expected] of cases) it(`${JSON.stringify(q)} → ${JSON.stringify(expected)}`, () => assert.deepEqual(parseQuery(q), expected));
});

describe("termVariants: a clitic typed before the article also finds the bare definite form", () => {
  const cases: [string, string[]][] = [
    ["بالموصل", ["بالموصل", "الموصل"]],
    ["والرياض", ["والرياض", "الرياض"]],
    ["وبالرقه", ["وبالرقه", "الرقه"]],
    ["للامم", ["للامم", "الامم"]],
    ["الموصل", ["الموصل"]],
    ["بريطانيا", ["بريطانيا"]],        // a bare initial ب is part of the word
    ["والي", ["والي"]],                // too short to be و + ال + a name
  ];
  for (const [t, expected] of cases) it(`${t} → ${expected.join(" | ")}`, () => assert.deepEqual(termVariants(t), expected));
});

describe("findAll: a term matches a word, clitics allowed, offsets into the original", () => {
  // [text, query, the highlighted slices of the text, or null when the term is not there as a word]
  const cases: [string, string, string[] | null][] = [
    ["قصفت الطائرات مواقع بالرقة أمس", "الرقة", ["الرقة"]],
    ["وصل الوفد إلى الرقّة صباحا", "الرقة", ["الرقّة"]],              // shadda kept in the slice
    ["توجه للرقة قافلة", "الرقة", ["لرقة"]],                          // fused لل: the span keeps the ل of ال
    ["وبالرقة وفي الرقة", "رقه", ["رقة", "رقة"]],
    ["أعلن مصرف الراجحي أرباحه", "مصر", null],                       // مصرف is another word
    ["قال المسؤول المصري", "مصر", null],                              // an adjective is not the name
    ["وأكدت مصر دعمها", "مصر", ["مصر"]],
    ["التقى أردوغانُ بوتين", "اردوغان", ["أردوغان"]],                // diacritic after the word
    ["زار موسى القاهرة", "موسي", ["موسى"]],
    ["مقر الأمم   المتحدة في نيويورك", '"الامم المتحده"', ["الأمم   المتحدة"]],   // a phrase
    ["مقر الأمم   المتحدة في نيويورك", "المتحده الامم", ["الأمم", "المتحدة"]],       // two words
    ["وبحثا أوضاعهم في صنعاء", "اوضاع", ["أوضاع"]],                  // enclitic pronoun
    ["وصلت القافلة إلى الموصل", "بالموصل", ["الموصل"]],              // the clitic was in the query
    ["يمارس الرياضة في الرياض", "الرياض", ["الرياض"]],               // الرياضة is not الرياض + ـه
    ["وزارة الرياضة", "الرياض", null],
    ["درس في مدرسة القرية", "مدرس", null],                            // ة folds to ه but is no pronoun
    ["قرأ كتابه الجديد", "كتاب", ["كتاب"]],                           // كتاب + ـه (his book)
  ];
  for (const [text, q, expected] of cases) {
    it(`${q} in ${text}`, () => {
      const hl = findAll(text, parseQuery(q));
      assert.deepEqual(hl === null ? null : hl.map((h) => text.slice(h.start, h.end)), expected);
    });
  }

  it("every term must be found", () => {
    assert.equal(findAll("غارات على صنعاء", parseQuery("صنعاء عدن")), null);
  });
});

describe("snippets", () => {
  const text = "عنوان الخبر عن صنعاء\n" + "كلام تمهيدي طويل ".repeat(10) + "ثم وقعت غارات على صنعاء فجرا " + "وتفاصيل أخرى كثيرة ".repeat(12);
  it("a window around the first match in the body, offsets into the text", () => {
    const hl = findAll(text, parseQuery("صنعاء"))!;
    const s = makeSnippet(text, hl);
    assert.ok(s.start > text.indexOf("\n"));
    assert.equal(s.text, text.slice(s.start, s.end));
    assert.deepEqual(s.highlights.map((h) => text.slice(h.start, h.end)), ["صنعاء"]);
    assert.ok(s.text.length < 220);
    assert.match(renderSnippet(text, s, "[", "]"), /غارات على \[صنعاء\] فجرا/);
  });
});
