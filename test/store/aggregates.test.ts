// The aggregates kept at ingest, counted without SQL (src/store/aggregates.ts): every ordered
// pair of distinct entities in a document, duplicates once.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { orderedPairs } from "../../src/store/aggregates.ts";

describe("orderedPairs", () => {
  it("every ordered pair of distinct items, duplicates counted once", () => {
    const cases: [string[], string[]][] = [
      [[], []],
      [["wd:Q851"], []],
      [["wd:Q851", "wd:Q805"], ["wd:Q851>wd:Q805", "wd:Q805>wd:Q851"]],
      [["a", "b", "c"], ["a>b", "a>c", "b>a", "b>c", "c>a", "c>b"]],
      [["a", "b", "a"], ["a>b", "b>a"]],
    ];
    for (const [input, expected] of cases) assert.deepEqual(orderedPairs(input).map(([a, b]) => `${a}>${b}`), expected, JSON.stringify(input));
  });
});
