// The aggregates kept at ingest, counted without SQL (src/store/aggregates.ts): every ordered
// pair of distinct entities in a document, duplicates once; the mask of entity types it names.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityType } from "../../src/core/contract.ts";
import { orderedPairs, typeMask } from "../../src/store/aggregates.ts";

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

describe("typeMask", () => {
  it("one bit per entity type named, repeats once", () => {
    const cases: [EntityType[], number][] = [
      [[], 0], [["PERSON"], 1], [["ORG"], 2], [["GPE"], 4], [["LOC"], 8], [["FAC"], 16],
      [["PERSON", "GPE", "PERSON"], 5], [["PERSON", "ORG", "GPE", "LOC", "FAC"], 31],
    ];
    for (const [types, mask] of cases) assert.equal(typeMask(types), mask, types.join(","));
  });
});
