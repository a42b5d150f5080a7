// One KB row: what makes it usable, and what the checker says when it is not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRow, slug } from "../../src/kb/row.ts";
import { kbKey, withoutArticle } from "../../src/kb/keys.ts";
import { adjectiveForms } from "../../scripts/build/kb/countries.ts";

const good = {
  id: "rasid:test-city", type: "GPE", subtype: "city", name: "الرقة", name_en: "Raqqa", aliases: "رقة|Raqqa",
  adjectives: "", country: "SY", lat: "35.95", lon: "39.01", population: "177636", wikidata: "", source: "hand",
};
const problemsOf = (over: Record<string, string>) =>
  parseRow({ row: { ...good, ...over }, file: "t.tsv", line: 7 }).problems.map((p) => p.reason);

describe("parseRow", () => {
  it("accepts a complete row and splits its lists", () => {
    const { entry, problems } = parseRow({ row: good, file: "t.tsv", line: 7 });
    assert.deepEqual(problems, []);
    assert.deepEqual(entry?.aliases, ["رقة", "Raqqa"]);
    assert.equal(entry?.population, 177636);
    assert.equal(entry?.line, 7);
  });
  const table: [Record<string, string>, RegExp][] = [
    [{ id: "Q858" }, /id "Q858" is not/],
    [{ id: "rasid:Raqqa City" }, /id .* is not/],
    [{ type: "CITY" }, /type "CITY" is not one of/],
    [{ name: "" }, /name is empty/],
    [{ source: "" }, /source is empty/],
    [{ country: "Syria" }, /not an ISO 3166-1 alpha-2/],
    [{ lat: "95" }, /not a latitude/],
    [{ lon: "" }, /given together/],
    [{ population: "12.5" }, /not a whole number/],
    [{ wikidata: "858" }, /not a Q-id/],
    [{ id: "wd:Q858", wikidata: "Q79" }, /disagree/],
  ];
  for (const [over, reason] of table) {
    it(`rejects ${JSON.stringify(over)}`, () => assert.match(problemsOf(over).join("; "), reason));
  }
  it("takes the Q-id from a wd: id", () => {
    assert.equal(parseRow({ row: { ...good, id: "wd:Q858" }, file: "t", line: 1 }).entry?.wikidata, "Q858");
  });
});

describe("keys", () => {
  const table: [string, string, string | null][] = [
    ["الرَّقَّة", "الرقه", "رقه"],
    ["  إدلب ", "ادلب", null],
    ["الدار البيضاء-سطات", "الدار البيضاء سطات", "دار البيضاء سطات"],
    ["الله", "الله", null],
    ["Al-Raqqah", "al raqqah", null],
  ];
  for (const [name, key, bare] of table) {
    it(`${name} -> ${key} / ${bare}`, () => {
      assert.equal(kbKey(name), key);
      assert.equal(withoutArticle(kbKey(name)), bare);
    });
  }
});

describe("adjectiveForms", () => {
  it("derives feminine, plural and ال forms from the masculine, plus broken plurals", () => {
    const forms = adjectiveForms(["روسي"], ["روس"]);
    for (const f of ["روسي", "روسية", "الروسي", "الروسية", "روسيون", "الروسيين", "روسيات", "الروسيات", "روس", "الروس"]) assert.ok(forms.includes(f), f);
  });
});

describe("slug", () => {
  const table: [string, string][] = [["Islamic State", "islamic-state"], ["Sant Julià de Lòria", "sant-julia-de-loria"], ["  --x--  ", "x"]];
  for (const [s, want] of table) it(`${s} -> ${want}`, () => assert.equal(slug(s), want));
});
