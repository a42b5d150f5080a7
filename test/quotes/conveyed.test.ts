// A verb of carrying reports only a message it conveys (src/quotes/conveyed.ts, the frame "message"
// of نقل/ينقل in reporting-cues.tsv, the nouns in conveyed-objects.tsv): "نقل X تحيات Y" is a
// statement; "لنقل المساعدات"، "نقل المصاب إلى المستشفى" carry things or people. Sentences written
// for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:fahd", type: "PERSON" as const, forms: ["فهد الراشد"] },
  { id: "o:relief", type: "ORG" as const, forms: ["هيئة الإغاثة الوطنية"] },
];

// [what, text, snippet, a quote wanted (its speaker) or none (undefined)]
const CASES: [string, string, string, string | null | undefined][] = [
  ["greetings conveyed are said",
    "ونقل فهد الراشد تحيات أمير المنطقة إلى أهالي القرية وتمنياته لهم بالتوفيق.", "أمير المنطقة", "p:fahd"],
  ["condolences conveyed after the addressee and an aside are said",
    "ونقل فهد الراشد لذوي الفقيد، مساء أمس، تعازي القيادة ومواساتها في مصابهم.", "القيادة", "p:fahd"],
  ["aid carried is no statement",
    "وسيرت هيئة الإغاثة الوطنية قافلة لنقل المساعدات الغذائية إلى القرى المتضررة من السيول.", "المساعدات الغذائية", undefined],
  ["a person carried to hospital is no statement",
    "ونقل فهد الراشد إلى المستشفى بعد إصابته في الحادث الذي وقع على الطريق السريع.", "إلى المستشفى", undefined],
];

for (const [what, text, snippet, speaker] of CASES) {
  test(`conveyed: ${what}`, () => {
    const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes(snippet));
    if (speaker === undefined) assert.equal(q, undefined, `${text}: no quote, got ${q?.cue} ${q?.text}`);
    else { assert.ok(q, `${text}: the quote is found`); assert.equal(q.speaker, speaker); }
  });
}
