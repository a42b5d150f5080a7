// The ordinary-word list read once per process (kb/ordinary-words.ts) and shared by the KB's loose
// matching and the tagger's features; the loose tests read a union of two lists in place, as
// load.ts gives them one (a word in either list counts).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { wordListAt } from "../../src/kb/ordinary-words.ts";
import { changesAWord, inflectedWord, type WordSet } from "../../src/kb/loose.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-words-"));
const file = path.join(dir, "words.txt");
fs.writeFileSync(file, "# a comment line\nكتاب\n\nمدرسه\n");
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("wordListAt", () => {
  it("reads the words, leaving out comments and empty lines", () => {
    assert.deepEqual([...wordListAt(file)].sort(), ["كتاب", "مدرسه"]);
  });
  it("gives the same Set for the same file, under any spelling of its path", () => {
    assert.equal(wordListAt(path.join(dir, ".", "words.txt")), wordListAt(file));
  });
  it("a missing file is an empty list", () => {
    assert.equal(wordListAt(path.join(dir, "none.txt")).size, 0);
  });
});

describe("inflectedWord and changesAWord over a union of two lists", () => {
  const frequent = new Set(["حكومي"]), ordinary = wordListAt(file);
  const union: WordSet = { has: (w) => frequent.has(w) || ordinary.has(w) };
  const cases: [string, boolean][] = [
    ["بالكتاب", true],     // ب + ال + كتاب, from the ordinary list
    ["مدرستنا", true],     // مدرسه + نا (ة written ت)
    ["الحكومي", true],     // from the frequent list
    ["كاربوني", false],    // in neither
  ];
  for (const [w, want] of cases) it(`${w}: ${want}`, () => assert.equal(inflectedWord(w, union), want));
  it("a multi-word key whose changed word is in either list", () => {
    assert.equal(changesAWord("الحكوميه الجديده", "الحكومه الجديده", union), true);
    assert.equal(changesAWord("كاربوني الجديده", "كاربون الجديده", union), false);
  });
});
