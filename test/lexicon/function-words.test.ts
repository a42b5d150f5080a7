// Closed-class words shared by the quotes and events stages are one data file
// (data/lexicon/function-words.tsv). These tests hold the file to the code: every class a module
// asks for is known and names that module, every class has rows, words fold once, and the loader
// names file:line for a bad row or a missing class.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseTsv } from "../../src/core/tsv.ts";
import { FUNCTION_WORDS, FUNCTION_WORDS_FILE, functionWords, type FunctionWordClass } from "../../src/lexicon/function-words.ts";
import { compileClasses } from "../../src/lexicon/word-classes.ts";
import { normalize } from "../../src/text/normalize.ts";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith(".") ? [] : e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []);
}

test("every class a module asks for is known, lists that module, and every known class is asked for", () => {
  const asked = new Map<string, Set<string>>();
  for (const f of sources(SRC)) {
    for (const m of fs.readFileSync(f, "utf8").matchAll(/functionWords\("([^"]+)"\)/g)) {
      const rel = path.relative(SRC, f);
      if (!asked.has(m[1])) asked.set(m[1], new Set());
      asked.get(m[1])!.add(rel);
    }
  }
  for (const [cls, files] of asked) {
    assert.ok(Object.hasOwn(FUNCTION_WORDS, cls), `unknown class ${cls} asked by ${[...files].join(", ")}`);
    const listed = FUNCTION_WORDS[cls as FunctionWordClass].split(", ").sort();
    assert.deepEqual([...files].sort(), listed, `class ${cls}: the modules that read it`);
  }
  assert.deepEqual([...asked.keys()].sort(), Object.keys(FUNCTION_WORDS).sort(), "a known class no module reads");
});

test("the data file compiles and each word is written as it folds once", () => {
  const records = parseTsv(fs.readFileSync(FUNCTION_WORDS_FILE, "utf8"), FUNCTION_WORDS_FILE);
  assert.doesNotThrow(() => compileClasses(records, FUNCTION_WORDS));
  for (const { row, line } of records) assert.equal(normalize(row.word), normalize(normalize(row.word)), `line ${line}`);
});

// [class, word as written, member?]: words are folded at load like token norms
const MEMBERS: [FunctionWordClass, string, boolean][] = [
  ["relative", "الذى", true],          // Egyptian ى folds to ي
  ["relative", "اللواتي", true],
  ["relative", "والذي", false],         // the events stage adds و/ف forms itself (clause.ts)
  ["qad", "وقد", true],
  ["qad", "قال", false],
  ["kana", "وكانوا", true],             // whole tokens, clitic included
  ["kana", "يكون", false],
  ["personal-pronoun", "فهي", true],
  ["personal-pronoun", "هذا", false],
];
for (const [cls, word, expected] of MEMBERS) {
  test(`${cls} ${expected ? "has" : "lacks"} ${word}`, () => assert.equal(functionWords(cls).has(normalize(word)), expected));
}

// [tsv text, error naming file:line]
const BAD: [string, RegExp][] = [
  ["class\tword\tnote\nrelative\tالذي\t\nrelatives\tالتي\t\n", /x\.tsv:3.*unknown class "relatives"/],
  ["class\tword\tnote\nqad\t\t\n", /x\.tsv:2.*empty word/],
  ["class\tword\tnote\nrelative\tالذي\t\nrelative\tالذى\t\n", /x\.tsv:3.*repeats the word of line 2/],
];
for (const [text, error] of BAD) {
  test(`a bad row is an error naming file:line: ${error.source}`, () => {
    assert.throws(() => compileClasses(parseTsv(text, "x.tsv"), FUNCTION_WORDS), (e: Error) => error.test(`${(e as { input?: string }).input ?? ""} ${e.message}`));
  });
}

test("a class the code asks for with no row is an error naming the modules that read it", () => {
  const text = fs.readFileSync(FUNCTION_WORDS_FILE, "utf8").split("\n").filter((l) => !l.startsWith("qad\t")).join("\n");
  assert.throws(() => compileClasses(parseTsv(text, "y.tsv"), FUNCTION_WORDS), /class qad \(read by quotes\/find-quotes\.ts, mentions\/speaker-names\.ts\) has no row/);
});
