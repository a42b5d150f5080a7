// The events stage's content words are data (data/lexicon/event-word-classes.tsv). These tests
// hold the file to what the code asks for: every class read by src/events/ exists and has rows,
// every row's class is one the code knows, no word repeats in its class once folded, and the
// loader names file:line when a row is wrong.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseTsv } from "../../src/core/tsv.ts";
import { normalize } from "../../src/text/normalize.ts";
import { PLACE_PREPS } from "../../src/events/clause.ts";
import { WORD_CLASSES, WORD_CLASSES_FILE, compileWordClasses, wordClass, type WordClass } from "../../src/events/word-classes.ts";

const EVENTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/events");

test("every class the event modules ask for is known, used by the module named for it, and has rows", () => {
  const asked = new Map<string, string>();
  for (const f of fs.readdirSync(EVENTS_DIR).filter((f) => f.endsWith(".ts") && f !== "word-classes.ts")) {
    for (const m of fs.readFileSync(path.join(EVENTS_DIR, f), "utf8").matchAll(/wordClass\("([^"]+)"\)/g)) asked.set(m[1], f);
  }
  for (const [cls, file] of asked) {
    assert.ok(Object.hasOwn(WORD_CLASSES, cls), `${file} asks for unknown class ${cls}`);
    assert.equal(WORD_CLASSES[cls as WordClass], file, `class ${cls}: read by ${file}`);
    assert.ok(wordClass(cls as WordClass).size > 0, `class ${cls} is empty`);
  }
  assert.deepEqual([...asked.keys()].sort(), Object.keys(WORD_CLASSES).sort(), "a known class no module reads");
});

test("the data file: every row's class is known, no word repeats in its class, every word folds to itself once", () => {
  const records = parseTsv(fs.readFileSync(WORD_CLASSES_FILE, "utf8"), WORD_CLASSES_FILE);
  assert.doesNotThrow(() => compileWordClasses(records));
  const seen = new Set<string>();
  for (const { row, line } of records) {
    const key = `${row.class}\t${row.word}`;
    assert.ok(!seen.has(key), `line ${line}: duplicate row ${key}`);
    seen.add(key);
    assert.equal(normalize(row.word), normalize(normalize(row.word)), `line ${line}`);
  }
});

// [class, word as written, expected membership]: words are folded at load like token norms
const MEMBERS: [WordClass, string, boolean][] = [
  ["state-head", "حكومة", true],       // ة folds to ه, as in a token's norm
  ["state-head", "حكومه", true],
  ["receive-verb", "تلقى", true],      // ى folds to ي
  ["announce-verb", "أعلنت", true],    // أ folds to ا
  ["any-quantifier", "لأي", true],
  ["hypothetical", "إذا", true],
  ["soldier", "الجيش", false],          // the army alone is own-army, not a count of soldiers
  ["own-army", "الجيش", true],
  ["place-noun", "في", false],          // prepositions stay grammar in clause.ts
];
for (const [cls, word, expected] of MEMBERS) {
  test(`${cls} ${expected ? "has" : "lacks"} ${word}`, () => assert.equal(wordClass(cls).has(normalize(word)), expected));
}

test("PLACE_PREPS joins the prepositions kept in code and the place nouns from data", () => {
  for (const w of ["في", "قرب", "داخل", "بالقرب", "شمال", "مدينه", "مخيم"]) assert.ok(PLACE_PREPS.has(w), w);
});

// [tsv text, error that names file:line]
const BAD: [string, RegExp][] = [
  ["class\tword\tnote\nsoldier\tجنود\t\nsoldiers\tجندي\t\n", /x\.tsv:3.*unknown class "soldiers"/],
  ["class\tword\tnote\nsoldier\tجنود\t\nsoldier\t\tno word\n", /x\.tsv:3.*empty word/],
  ["class\tword\tnote\n# a comment\nstate-head\tحكومة\t\nstate-head\tحكومه\t\n", /x\.tsv:4.*repeats the word of line 3/],
];
for (const [text, error] of BAD) {
  test(`a bad row is an error naming file:line: ${error.source}`, () => {
    assert.throws(() => compileWordClasses(parseTsv(text, "x.tsv")), (e: Error) => {
      const where = (e as { input?: string }).input ?? "";
      return error.test(`${where} ${e.message}`);
    });
  });
}

test("a class the code asks for with no row is an error naming it", () => {
  const text = fs.readFileSync(WORD_CLASSES_FILE, "utf8").split("\n").filter((l) => !l.startsWith("hypothetical\t")).join("\n");
  assert.throws(() => compileWordClasses(parseTsv(text, "y.tsv")), /class hypothetical \(read by clause\.ts\) has no row/);
});
