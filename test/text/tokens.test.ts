// tokenize(): tokens with offsets into the text. Tables of [input, expected tokens as "kind:text"].
import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../../src/text/tokens.ts";

const TABLE: [string, string, string[]][] = [
  ["words and Arabic comma", "قال الرئيس، أمس", ["word:قال", "word:الرئيس", "punct:،", "word:أمس"]],
  ["diacritics stay inside the word", "قُتِلَ الجُنديُّ", ["word:قُتِلَ", "word:الجُنديُّ"]],
  ["decorative tatweel stays inside", "الحـــل جـديـد", ["word:الحـــل", "word:جـديـد"]],
  ["tatweel-joined clitic before a quotation", "بـ«داعش»", ["word:بـ", "punct:«", "word:داعش", "punct:»"]],
  ["tatweel-joined clitic before a name", "لـداعش وبـالرقة", ["word:لـ", "word:داعش", "word:وبـ", "word:الرقة"]],
  ["article with tatweel before a number", "الـ 20 عاماً", ["word:الـ", "number:20", "word:عاماً"]],
  ["thousands separator", "1,500 مقاتل", ["number:1,500", "word:مقاتل"]],
  ["decimal point", "3.5 مليار", ["number:3.5", "word:مليار"]],
  ["Eastern Arabic digits", "عام ٢٠١٥", ["word:عام", "number:٢٠١٥"]],
  ["Arabic decimal separator and percent", "٣٫٥٪", ["number:٣٫٥", "punct:٪"]],
  ["sentence-final period after a number", "عام 2015.", ["word:عام", "number:2015", "punct:."]],
  ["conjunction before a number", "و3 قتلى", ["word:و", "number:3", "word:قتلى"]],
  ["Latin words and apostrophe", "O'Brien (CNN)", ["latin:O'Brien", "punct:(", "latin:CNN", "punct:)"]],
  ["Latin with accents", "l'État français", ["latin:l'État", "latin:français"]],
  ["Latin letters then digits", "F16 G20", ["latin:F16", "latin:G20"]],
  ["question and exclamation marks", "لماذا؟!", ["word:لماذا", "punct:؟", "punct:!"]],
  ["all quotation marks", "\"أ\" “ب” «ج»", ["punct:\"", "word:أ", "punct:\"", "punct:“", "word:ب", "punct:”", "punct:«", "word:ج", "punct:»"]],
  ["colon, semicolon, brackets", "بغداد: (رويترز)؛", ["word:بغداد", "punct::", "punct:(", "word:رويترز", "punct:)", "punct:؛"]],
  ["invisible mark inside a word", "داع\u200fش", ["word:داع\u200fش"]],
  ["invisible marks between words are no tokens", "\u200fقال\u200f \ufeffهو", ["word:قال", "word:هو"]],
  ["a run of tatweel is a symbol", "أ ـــ ب", ["word:أ", "symbol:ـــ", "word:ب"]],
  ["emoji stays one symbol", "عاجل 🔴", ["word:عاجل", "symbol:🔴"]],
  ["URL pieces", "www.example.org", ["latin:www", "punct:.", "latin:example", "punct:.", "latin:org"]],
];

for (const [name, input, expected] of TABLE) {
  test(`tokenize: ${name}`, () => {
    const tokens = tokenize(input);
    assert.deepEqual(tokens.map((t) => `${t.kind}:${t.text}`), expected);
    for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
  });
}

test("tokens carry the normalized form", () => {
  const [a, b, c] = tokenize("أُسامة «٢٠١٥»").filter((t) => t.kind !== "punct");
  assert.equal(a.norm, "اسامه");
  assert.equal(b.norm, "2015");
  assert.equal(c, undefined);
});

test("tokens get their sentence index", () => {
  const text = "قال. ثم ذهب.";
  const tokens = tokenize(text, [{ start: 0, end: 4 }, { start: 5, end: 12 }]);
  assert.deepEqual(tokens.map((t) => t.sentence), [0, 0, 1, 1, 1]);
  assert.deepEqual(tokenize(text).map((t) => t.sentence), [-1, -1, -1, -1, -1]);
});

test("a long text (more pieces than the scanner's first buffer) keeps every token and its offsets", () => {
  const sentence = "قال المتحدث باسم الوزارة، إن 1,500 مقاتل انسحبوا من المدينة. ";
  const text = sentence.repeat(800); // 12 tokens a sentence: 9,600 tokens
  const tokens = tokenize(text, Array.from({ length: 800 }, (_, i) => ({ start: i * sentence.length, end: (i + 1) * sentence.length - 1 })));
  assert.equal(tokens.length, 9600);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual([tokens[0].sentence, tokens[11].sentence, tokens[12].sentence, tokens[9599].sentence], [0, 0, 1, 799]);
  assert.equal(tokens[9599].kind, "punct");
});

test("a long token list, then a short one: each has exactly its tokens, all of them set", () => {
  const long = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? "المدينة" : i % 3 === 1 ? String(i) : "،")).join(" ");
  const a = tokenize(long);
  assert.equal(a.length, 3000);
  assert.ok(a.every((t, i) => t !== undefined && t.kind === (i % 3 === 0 ? "word" : i % 3 === 1 ? "number" : "punct")));
  const b = tokenize("قال الرئيس أمس");
  assert.deepEqual(b.map((t) => t.text), ["قال", "الرئيس", "أمس"]);
  assert.equal(Object.keys(b).length, 3); // no entry past the end, no hole
});
