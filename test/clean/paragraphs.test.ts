// paragraphs(): the lines of a text, tidied, exactly as splitting on line breaks and tidying
// each line with tidy()'s regexes would give them; and the cleaner's shortcut for clean text
// (only prose paragraphs under a given headline) drops what the full rules drop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paragraphs, tidy } from "../../src/clean/paragraphs.ts";
import { cleanLines } from "../../src/clean/lines.ts";

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/g;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]+/g;
const byRegex = (text: string): string[] =>
  text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).map((l) => l.replace(INVISIBLE, "").replace(SPACES, " ").trim()).filter(Boolean);

const cases: [string, string[]][] = [
  ["قال الوزير إن المحادثات مستمرة.\n\n وأضاف أن الوفد يصل غدا.", ["قال الوزير إن المحادثات مستمرة.", "وأضاف أن الوفد يصل غدا."]],
  ["وصف الاتفاق بأنه “تاريخي” – بحسب الوكالة", ["وصف الاتفاق بأنه “تاريخي” – بحسب الوكالة"]],
  ["\u00a0أعلنت الوزارة\u00a0 اليوم", ["أعلنت الوزارة اليوم"]],
  ["الرياض\u200f: اجتماع   طارئ\r\nللجامعة\rالعربية\u2028غدا", ["الرياض: اجتماع طارئ", "للجامعة", "العربية", "غدا"]],
  ["  \n \u200b \n\t", []],
  ["نص\x01 ثم \x01", ["نص\x01 ثم \x01"]],
];
for (const [text, expected] of cases) {
  test(`paragraphs: ${JSON.stringify(text).slice(0, 40)}`, () => {
    assert.deepEqual(paragraphs(text), expected);
    assert.deepEqual(paragraphs(text), byRegex(text));
  });
}

test("paragraphs equals split + tidy on random strings of the units that matter", () => {
  const units = [0x20, 0x20, 0x41, 0x627, 0x0a, 0x0d, 0x85, 0x2028, 0x09, 0xa0, 0x200b, 0x200f, 0x201c, 0x2013, 0xfeff, 0x01, 0x3000, 0xd800, 0x2060, 0x202f];
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let k = 0; k < 20000; k++) {
    let s = "";
    for (let j = rnd(14); j > 0; j--) s += String.fromCharCode(units[rnd(units.length)]);
    assert.deepEqual(paragraphs(s), byRegex(s), JSON.stringify(s));
    assert.equal(tidy(s.replace(/[\n\r\u2028\u2029\u0085]/g, " ")), s.replace(/[\n\r\u2028\u2029\u0085]/g, " ").replace(INVISIBLE, "").replace(SPACES, " ").trim());
  }
});

const prose = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i % 7}`).join(" ") + ".";
test("clean text of prose paragraphs under a given headline: only repeats go", () => {
  const a = prose(50, "المفاوضات"), b = prose(12, "الاجتماع"), c = prose(30, "الوزير");
  const out = cleanLines([a, b, c, a, b], { title: "عنوان الخبر" });
  assert.equal(out.title, "عنوان الخبر");
  assert.deepEqual(out.body, [a, b, c]);
  assert.deepEqual(out.dropped, [{ text: a, why: "repeated" }, { text: b, why: "repeated" }]);
});

test("prose paragraphs with a chrome line among them still go through every rule", () => {
  const a = prose(20, "المفاوضات"), b = prose(12, "الاجتماع");
  const out = cleanLines([a, b, "اقرأ أيضا: الرياض تستضيف القمة المقبلة"], { title: "عنوان الخبر" });
  assert.deepEqual(out.body, [a, b]);
  assert.equal(out.dropped.length, 1);
});
