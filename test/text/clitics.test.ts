// Clitic segmentation: readings offered for a word, in order, and the one bestReading picks.
// A reading is written "pre+norm+post" (normalized; "+" separators always present).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Reading } from "../../src/core/document.ts";
import { bestReading, segmentWord } from "../../src/text/clitics.ts";
import { normalize } from "../../src/text/normalize.ts";

const show = (r: Reading) => `${r.pre}+${r.norm}+${r.post}`;

const READINGS: [string, string[]][] = [
  ["وبالرقة", ["+وبالرقه+", "و+بالرقه+", "وب+الرقه+"]],
  ["للرئيس", ["+للرييس+", "ل+الرييس+", "ل+لرييس+"]],
  ["للأمم", ["+للامم+", "ل+الامم+", "ل+لامم+"]],
  ["وسيقول", ["+وسيقول+", "و+سيقول+", "وس+يقول+"]],
  ["كتابهم", ["+كتابهم+", "ك+تابهم+", "+كتاب+هم", "ك+تاب+هم"]],
  ["حكومته", ["+حكومته+", "+حكومت+ه", "+حكومه+ه"]],
  // a final hamza on ي/و before a pronoun: the noun with ء too (branch evverb11)
  ["لقائه", ["+لقايه+", "ل+قايه+", "+لقاي+ه", "+لقاء+ه", "ل+قاي+ه", "ل+قاء+ه"]],
  ["اعتداؤها", ["+اعتداوها+", "+اعتداو+ها", "+اعتداء+ها"]],
  ["أبيها", ["+ابيها+", "+ابي+ها"]],
  ["والرئيس", ["+والرييس+", "و+الرييس+"]],
  ["منها", ["+منها+", "+من+ها"]],
  // no enclitic after the article; ة and ى are not pronouns
  ["الرقة", ["+الرقه+"]],
  ["مدرسة", ["+مدرسه+"]],
  ["مصطفى", ["+مصطفي+"]],
  // no stem shorter than two letters; two are enough
  ["له", ["+له+"]],
  ["بها", ["+بها+", "ب+ها+"]],
  // non-Arabic tokens have one reading
  ["2015", ["+2015+"]],
  ["CNN", ["+cnn+"]],
];

for (const [word, expected] of READINGS) {
  test(`readings of ${word}`, () => assert.deepEqual(segmentWord(word).map(show), expected));
}

const TRICKY_NAMES = ["بنغازي", "فلسطين", "لندن", "كركوك", "فرنسا", "بغداد", "كابول", "ليبيا", "وزيرستان", "واشنطن", "بيروت", "فالح"];

for (const name of TRICKY_NAMES) {
  test(`${name} keeps its whole reading first and is not cut`, () => {
    const rs = segmentWord(name);
    assert.equal(rs[0].norm, normalize(name));
    assert.equal(rs[0].pre, "");
    assert.equal(bestReading({ readings: rs }).norm, normalize(name));
    // with a lookup that knows the name, it is still the name that is chosen
    assert.equal(bestReading({ readings: rs }, (n) => n === normalize(name)).norm, normalize(name));
  });
}

const BEST: [string, string][] = [
  ["والرئيس", "و+الرييس+"],
  ["بالقاهرة", "ب+القاهره+"],
  ["للأمم", "ل+الامم+"],
  ["وبالرقة", "وب+الرقه+"],
  ["للغاية", "ل+الغايه+"],
  // too short after the article to be sure: whole
  ["والد", "+والد+"],
  ["بالون", "+بالون+"],
  // no article: whole unless a lookup says otherwise
  ["ولندن", "+ولندن+"],
  ["كتابهم", "+كتابهم+"],
];

for (const [word, expected] of BEST) {
  test(`bestReading(${word}) without a lookup`, () => assert.equal(show(bestReading({ readings: segmentWord(word) })), expected));
}

test("bestReading with a lookup takes the first reading it knows", () => {
  const known = new Set(["لندن", "ليبيا", "الرقه", "كتاب", "حكومه"]);
  const pick = (w: string) => show(bestReading({ readings: segmentWord(w) }, (n) => known.has(n)));
  assert.equal(pick("ولندن"), "و+لندن+");
  assert.equal(pick("لليبيا"), "ل+ليبيا+");
  assert.equal(pick("بالرقة"), "ب+الرقه+");
  assert.equal(pick("كتابهم"), "+كتاب+هم");
  assert.equal(pick("حكومته"), "+حكومه+ه");
  assert.equal(pick("لندن"), "+لندن+");
});

test("every stem is a span of the word as written, diacritics kept with their letter", () => {
  const word = "وَبِالرَّقَّةِ";
  const rs = segmentWord(word);
  assert.deepEqual(rs.map((r) => word.slice(r.from, r.to)), ["وَبِالرَّقَّةِ", "بِالرَّقَّةِ", "الرَّقَّةِ"]);
  const k = "كِتَابُهُم";
  assert.deepEqual(segmentWord(k).map((r) => k.slice(r.from, r.to)), ["كِتَابُهُم", "تَابُهُم", "كِتَابُ", "تَابُ"]);
});

test("fused لل keeps both lams inside the stem span (the contract's mention rule)", () => {
  const r = segmentWord("للأمم")[1];
  assert.deepEqual([r.pre, r.article, r.norm, r.bare, r.from, r.to], ["ل", true, "الامم", "امم", 0, 5]);
  const w = "وللأمم";
  const f = segmentWord(w).find((x) => x.article)!;
  assert.equal(w.slice(f.from, f.to), "للأمم");
});

test("the article is marked and bare drops it", () => {
  const r = segmentWord("وبالرقة")[2];
  assert.deepEqual([r.article, r.norm, r.bare], [true, "الرقه", "رقه"]);
  assert.equal(segmentWord("الرقة")[0].article, true);
  assert.equal(segmentWord("الى")[0].article, false); // ال + one letter is no article
});

// The whole reading's norm is normalize(word), whatever the word holds: marks, tatweel, folded
// letters, Latin capitals, presentation forms (NFKC in normalize), an inner space (tokens never
// hold one, but a caller of segmentWord may); presentation forms keep the word whole.
const WHOLE: [string, number][] = [
  ["بِالرَّقَّةِ", 2], // marks left out: the readings of بالرقة
  ["والـرئيس", 2], // tatweel
  ["لأمم", 2],
  ["CNN", 1],
  ["\uFEFBجئون", 1], // ﻻ (one glyph, two letters)
  ["ﷲ", 1],
  ["و\uFEFFالرئيس", 1], // the BOM is in the presentation block too
  ["و الرئيس", 2], // "و" + "الرئيس" after an inner space
  [" والرئيس", 1], // normalize trims: the letters no longer line up
  ["و\tالرئيس", 1], // a tab folds to a space
];
for (const [word, count] of WHOLE) {
  test(`whole reading of ${JSON.stringify(word)} is normalize(word), ${count} reading(s)`, () => {
    const rs = segmentWord(word);
    assert.equal(rs[0].norm, normalize(word));
    assert.equal(rs.length, count);
  });
}
