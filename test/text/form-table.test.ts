import assert from "node:assert/strict";
import { test } from "node:test";
import { add, capacity, clear, find, size } from "../../src/text/form-table.ts";
import { FNV_PRIME, FNV_SEED, formAt, formHashed } from "../../src/text/clitics.ts";

const fnv = (s: string): number => { let h = FNV_SEED; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME); return h; };
const TEXT = "قال المتحدث باسم الوزارة إن الوزارة تتابع";

test("a word gets the next number once and is found by its span anywhere in a text", () => {
  clear();
  const words: [number, number][] = [[0, 3], [4, 11], [17, 24], [28, 35]]; // قال المتحدث الوزارة الوزارة
  const ids = words.map(([s, e]) => { const h = fnv(TEXT.slice(s, e)); const id = find(TEXT, s, e, h); return id >= 0 ? id : add(TEXT, s, e, h); });
  assert.deepEqual(ids, [0, 1, 2, 2]);
  assert.equal(size(), 3);
  assert.equal(find("الوزارة", 0, 7, fnv("الوزارة")), 2);
  assert.equal(find("الوزير", 0, 6, fnv("الوزير")), -1);
});

test("words that share a hash are told apart by their code units and length", () => {
  clear();
  const h = 12345; // forced: the same hash for every word below
  const table: [string, number][] = [["سوريا", 0], ["سورية", 1], ["سوري", 2], ["سوريا", 0], ["سورية", 1]];
  for (const [w, expected] of table) {
    const id = find(w, 0, w.length, h);
    assert.equal(id >= 0 ? id : add(w, 0, w.length, h), expected, w);
  }
  assert.equal(find("ب", 0, 1, 0), -1); // hash 0 is taken as 1, never as an empty slot
  assert.equal(add("ب", 0, 1, 0), 3);
  assert.equal(find("ب", 0, 1, 0), 3);
});

test("clear forgets every word; numbers start again from 0", () => {
  clear();
  add("نفط", 0, 3, fnv("نفط"));
  clear();
  assert.equal(size(), 0);
  assert.equal(find("نفط", 0, 3, fnv("نفط")), -1);
  assert.equal(add("غاز", 0, 3, fnv("غاز")), 0);
  assert.ok(capacity > 100000);
});

test("a form is the same object for every token written so, whoever asked first", () => {
  const t = "وبالرقة ثم وبالرقة";
  const a = formAt(t, 0, 7), b = formHashed(t, 11, 18, fnv("وبالرقة"));
  assert.equal(a, b);
  assert.equal(a.word, "وبالرقة");
  assert.equal(a.readings[2].norm, "الرقه");
});

test("words longer than the slot's 8 code units are told apart by the units after the 8th", () => {
  clear();
  const h = 777; // forced: one hash for all
  const table: [string, number][] = [["الاستثمارات", 0], ["الاستثمارية", 1], ["الاستثمار", 2], ["الاستثمارات", 0], ["الاستثمارية", 1], ["الاستثما", 3]];
  for (const [w, expected] of table) {
    const id = find(w, 0, w.length, h);
    assert.equal(id >= 0 ? id : add(w, 0, w.length, h), expected, w);
  }
});
