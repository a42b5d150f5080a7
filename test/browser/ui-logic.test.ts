// The web UI's plain logic, without a browser: flattening overlapping annotations into runs
// (what lets the reader show every layer as text), snippet offsets, and hash routes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHash, href, factHref } from "../../web/src/router.ts";
import { runs, snippetRuns, type Mark } from "../../web/src/spans.ts";

const m = (start: number, end: number, kind: string): Mark => ({ start, end, kind });
const shape = (length: number, marks: Mark[]) => runs(length, marks).map((r) => [r.start, r.end, r.marks.map((x) => x.kind).join("+")]);

describe("runs: overlapping marks flattened", () => {
  const cases: [string, number, Mark[], (string | number)[][]][] = [
    ["no marks: one plain run", 5, [], [[0, 5, ""]]],
    ["a mention in the middle", 10, [m(3, 6, "ent")], [[0, 3, ""], [3, 6, "ent"], [6, 10, ""]]],
    ["a mention inside a quote", 10, [m(2, 9, "quote"), m(4, 6, "ent")], [[0, 2, ""], [2, 4, "quote"], [4, 6, "quote+ent"], [6, 9, "quote"], [9, 10, ""]]],
    ["partly overlapping", 6, [m(0, 4, "a"), m(2, 6, "b")], [[0, 2, "a"], [2, 4, "a+b"], [4, 6, "b"]]],
    ["out of range and empty marks are dropped or clipped", 4, [m(-3, 2, "a"), m(3, 3, "empty"), m(3, 99, "b")], [[0, 2, "a"], [2, 3, ""], [3, 4, "b"]]],
  ];
  for (const [name, length, marks, expected] of cases) it(name, () => assert.deepEqual(shape(length, marks), expected));

  it("runs cover the text exactly once", () => {
    const r = runs(50, [m(5, 30, "q"), m(10, 12, "e"), m(25, 40, "s"), m(0, 50, "f")]);
    assert.equal(r[0].start, 0);
    assert.equal(r[r.length - 1].end, 50);
    for (let i = 1; i < r.length; i++) assert.equal(r[i].start, r[i - 1].end);
  });

  it("snippet highlights shift from document offsets into the snippet", () => {
    const r = snippetRuns({ text: "قرب مدينة الرقة شمالي", start: 100, highlights: [{ start: 110, end: 115 }] });
    assert.deepEqual(r.filter((x) => x.marks.length).map((x) => [x.start, x.end]), [[10, 15]]);
  });
});

describe("hash routes", () => {
  const cases: [string, { page: string; arg: string | null; query: Record<string, string> }][] = [
    ["", { page: "search", arg: null, query: {} }],
    ["#/search?q=%D8%A7%D9%84%D8%B1%D9%82%D8%A9", { page: "search", arg: null, query: { q: "الرقة" } }],
    ["#/entity/wd%3AQ794", { page: "entity", arg: "wd:Q794", query: {} }],
    ["#/doc/abc?at=10&end=20", { page: "doc", arg: "abc", query: { at: "10", end: "20" } }],
    ["#/nonsense/x", { page: "search", arg: "x", query: {} }],
  ];
  for (const [hash, expected] of cases) {
    it(hash || "(empty)", () => {
      const r = parseHash(hash);
      assert.deepEqual({ page: r.page, arg: r.arg, query: Object.fromEntries(r.query) }, expected);
    });
  }

  it("links round-trip through the parser", () => {
    const r = parseHash(href("events", null, { type: "ASSAULT", hedged: true, empty: "" }));
    assert.deepEqual([r.page, Object.fromEntries(r.query)], ["events", { type: "ASSAULT", hedged: "true" }]);
    assert.equal(factHref("d1", { start: 3, end: 9 }), "#/doc/d1?at=3&end=9");
  });
});
