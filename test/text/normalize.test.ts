// normalize(): the one Arabic folding every matcher uses. Tables of [input, expected].
import assert from "node:assert/strict";
import { test } from "node:test";
import { asciiDigits, foldChar, foldCode, isArabicLetter, normalize, normalizeWords, shortString } from "../../src/text/normalize.ts";

const TABLE: [string, string, string][] = [
  // hamza and alef forms
  ["alef with hamza above", "أحمد", "احمد"],
  ["alef with hamza below", "إسلام", "اسلام"],
  ["alef with madda", "آمن", "امن"],
  ["alef wasla", "ٱلله", "الله"],
  ["hamza on waw", "مسؤول", "مسوول"],
  ["hamza on ya", "رئيس", "رييس"],
  // ya and ta marbuta
  ["alef maksura", "مستشفى", "مستشفي"],
  ["farsi yeh", "ایران", "ايران"],
  ["ta marbuta", "مدرسة", "مدرسه"],
  ["keheh", "کرد", "كرد"],
  // diacritics and tatweel
  ["harakat", "مُحَمَّدٌ", "محمد"],
  ["superscript alef", "هٰذا", "هذا"],
  ["tatweel", "جـــديد", "جديد"],
  // digits
  ["Eastern Arabic digits", "٢٠١٥", "2015"],
  ["Persian digits", "۱۳۹۴", "1394"],
  ["Arabic decimal separator", "٣٫٥", "3.5"],
  // quotation marks and Arabic punctuation
  ["guillemets", "«داعش»", '"داعش"'],
  ["curly quotes", "“نعم”", '"نعم"'],
  ["Arabic comma and question mark", "لماذا، ومتى؟", "لماذا, ومتي?"],
  // invisible marks
  ["right-to-left mark", "داع\u200fش", "داعش"],
  ["byte order mark", "\ufeffبغداد", "بغداد"],
  ["zero-width non-joiner", "می\u200cروم", "ميروم"],
  ["soft hyphen", "Ira\u00adq", "iraq"],
  // spaces, case, presentation forms
  ["runs of spaces and no-break spaces", "  قال \u00a0 الوزير  ", "قال الوزير"],
  ["Latin lower-cased", "CNN Arabic", "cnn arabic"],
  ["presentation-form ligature", "\ufefbجئ", "لاجي"],
];

for (const [name, input, expected] of TABLE) {
  test(`normalize: ${name}`, () => assert.equal(normalize(input), expected));
}

test("foldChar folds one character, dropping marks", () => {
  const cases: [string, string][] = [["أ", "ا"], ["ى", "ي"], ["ة", "ه"], ["\u064e", ""], ["ـ", ""], ["٧", "7"], ["A", "a"], ["»", '"']];
  for (const [c, f] of cases) assert.equal(foldChar(c), f, c);
});

test("isArabicLetter: letters yes, marks and digits no", () => {
  const cases: [string, boolean][] = [["ب", true], ["ة", true], ["پ", true], ["\u064e", false], ["٣", false], ["a", false]];
  for (const [c, v] of cases) assert.equal(isArabicLetter(c), v, c);
});

test("asciiDigits converts digits only", () => {
  assert.equal(asciiDigits("عام ٢٠١٥ م و۱۳۹۴ هـ"), "عام 2015 م و1394 هـ");
});

test("normalize folds every character as foldChar does (the fast table and the definition agree)", () => {
  const bad: string[] = [];
  for (let c = 0; c < 65536; c++) {
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || c === 0x0a || c === 0x09 || c === 0x0d) continue; // NFKC first; line breaks are spaces
    const ch = String.fromCharCode(c);
    if (normalize(`a${ch}b`) !== `a${foldChar(ch)}b`) bad.push(c.toString(16));
  }
  assert.deepEqual(bad, []);
});

test("normalize keeps long strings whole", () => {
  const long = "أحمد ".repeat(3000);
  assert.equal(normalize(long), "احمد ".repeat(3000).trim());
});

test("foldCode is foldChar as a code unit (-1 when dropped)", () => {
  const bad: string[] = [];
  for (let c = 0; c < 65536; c++) {
    const f = foldChar(String.fromCharCode(c));
    if (foldCode(c) !== (f === "" ? -1 : f.charCodeAt(0))) bad.push(c.toString(16));
  }
  assert.deepEqual(bad, []);
});

// normalizeWords: normalize() with punctuation and symbols out, words joined by one space
const WORDS: [string, string][] = [
  ["اقرأ أيضاً:", "اقرا ايضا"],
  ["  «عاجل» — الرياض،\tالسبت  ", "عاجل الرياض السبت"],
  ["شارك: 😀 تويتر | فيسبوك", "شارك تويتر فيسبوك"],
  ["Share\u00a0This!", "share this"],
  ["٢٠١٥/٧/٢١", "2015 7 21"],
  ["ـــــ", ""],
  ["ﻻ تعليق", "لا تعليق"],
];
for (const [input, expected] of WORDS) {
  test(`normalizeWords(${JSON.stringify(input)})`, () => {
    assert.equal(normalizeWords(input), expected);
    assert.equal(normalizeWords(input), normalize(input).replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim());
  });
}

test("shortString: the first n units as a string, for every n up to 8", () => {
  const units = new Uint16Array([0x627, 0x644, 0x642, 0x62f, 0x633, 0x20, 0x41, 0x62a, 0x645]);
  for (let n = 0; n <= 8; n++) assert.equal(shortString(units, n), String.fromCharCode(...units.subarray(0, n)), `n = ${n}`);
  assert.throws(() => shortString(units, 9), /shortString/);
});

test("normalize of short and long words alike (the short path builds the string unit by unit)", () => {
  assert.equal(normalize("أَ"), "ا");
  assert.equal(normalize("إلى"), "الي");
  assert.equal(normalize("المدرسة"), "المدرسه");
  assert.equal(normalize("والمدرسةُ"), "والمدرسه");
});
