// The build step's readers, on small inputs written here in the formats of the real sources:
// GeoNames rows, hunspell-ar's sectioned dictionary, CLDR subdivision names.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { buildCities, pickName } from "../../scripts/build/kb/cities.ts";
import { normalize } from "../../src/text/normalize.ts";
import { ordinaryKind, readHunspellAr } from "../../scripts/build/kb/common-words.ts";
import { joinCode, readCldrSubdivisions, stripAdminWords } from "../../scripts/build/kb/provinces.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-build-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string) => { const p = path.join(tmp, name); fs.writeFileSync(p, content); return p; };

const geonames = (id: number, name: string, alts: string, lat: number, lon: number, code: string, cc: string, pop: number) =>
  [id, name, name, alts, lat, lon, "P", code, cc, "", "01", "", "", "", pop, "", "300", "Asia/Damascus", "2020-01-01"].join("\t");

describe("GeoNames cities", () => {
  const src = file("cities500.txt", [
    geonames(170654, "Damascus", "Damas,د مشق,دمشق,دیمەشق", 33.51, 36.29, "PPLC", "SY", 1569394),
    geonames(11, "Khirbat", "خربة,محافظة خربة", 35.1, 36.7, "PPL", "SY", 900),
    geonames(12, "Lyon", "Lyon,ليون", 45.75, 4.85, "PPLA", "FR", 522969),
    geonames(13, "Smallville", "سمول فيل", 40.0, -90.0, "PPL", "US", 1200),
    geonames(14, "Nowhere", "Nowhere", 34.0, 36.0, "PPL", "LB", 800),
    geonames(15, "Old Town", "البلدة القديمة", 33.5, 36.3, "PPLH", "SY", 700),
  ].join("\n") + "\n");
  const { rows, seen, withArabic } = buildCities(src, ["محافظة", "مدينة"]);
  it("keeps Arabic-named places of the region and large ones elsewhere", () => {
    assert.deepEqual(rows.map((r) => r.id), ["gn:170654", "gn:11", "gn:12"]);
    assert.equal(seen, 6);
    assert.equal(withArabic, 5);
  });
  it("reads the columns: name, coordinates, country, population", () => {
    const d = rows[0];
    assert.deepEqual([d.name, d.nameEn, d.lat, d.lon, d.country, d.population, d.subtype], ["دمشق", "Damascus", 33.51, 36.29, "SY", 1569394, "capital"]);
    assert.deepEqual(d.aliases, ["د مشق", "دیمەشق"]);
  });
  it("drops aliases that start with an administrative word", () => assert.deepEqual(rows[1].aliases, []));
  const names: [string[], string][] = [[["د مشق", "دمشق"], "دمشق"], [["کرمانشاه", "كرمانشاه"], "كرمانشاه"], [["گرگان"], "گرگان"]];
  for (const [alts, want] of names) it(`pickName ${alts.join(",")} -> ${want}`, () => assert.equal(pickName(alts), want));
  // data/kb/geonames-wrong-names.tsv: a stray alternate GeoNames picks as the Arabic name is dropped,
  // and the row is named by its next Arabic name
  it("drops a name listed as wrong for that row only", () => {
    const two = file("wrong500.txt", [
      geonames(21, "Tallville", "البستان,تل فيل", 35.2, 36.5, "PPL", "SY", 900),
      geonames(22, "Orchard", "البستان", 33.4, 43.9, "PPL", "IQ", 900),
    ].join("\n") + "\n");
    const built = buildCities(two, [], new Map([["21", new Set([normalize("البستان")])]])).rows;
    assert.deepEqual(built.map((r) => [r.id, r.name, r.aliases]), [["gn:21", "تل فيل", []], ["gn:22", "البستان", []]]);
  });
});

describe("ordinary words from hunspell-ar", () => {
  const dic = file("ar.dic", [
    "99\t1", "::::::::::::::", "stopwords.dic", "::::::::::::::", "عند", "وعند",
    "::::::::::::::", "names.dic", "::::::::::::::", "###أسماء\t3", "#البلدان", "مصر/60", "بغداد/60",
    "####الأسماء####", "##اسم-جامد##", "صبر/95", "مصر/83", "رقة/67",
    "::::::::::::::", "verb.huns.dic", "::::::::::::::", "حلب/231\t4017", "أمل/254\t15767",
  ].join("\n"));
  const list = readHunspellAr(dic);
  const table: [string, string | null][] = [
    ["عند", "stop"], ["صبر", "noun"], ["الرقه", "noun"], ["حلب", "verb"], ["امل", "verb"],
    ["مصر", null],   // a proper name first, the rare common noun does not count
    ["بغداد", null], ["دمشق", null],
  ];
  for (const [form, kind] of table) it(`${form} -> ${kind}`, () => assert.equal(ordinaryKind(form, list), kind));
});

describe("provinces", () => {
  const strip: [string, string][] = [
    ["محافظة حلب", "حلب"], ["بريانسك أوبلاست", "بريانسك"], ["أوكروغ نينيتس الذاتية", "نينيتس"], ["الشيشان", "الشيشان"],
  ];
  const words = ["أوكروغ الذاتية", "محافظة", "أوبلاست", "أوكروغ", "الذاتية"];
  for (const [full, bare] of strip) it(`strip ${full} -> ${bare}`, () => assert.equal(stripAdminWords(full, words), bare));

  const cldr = readCldrSubdivisions(file("en.xml", [
    '<subdivision type="ir05">Kohgiluyeh and Boyer-Ahmad</subdivision>',
    '<subdivision type="ir07">Tehran</subdivision>', '<subdivision type="ir08">Kerman</subdivision>',
    '<subdivision type="ir17">Kermanshah</subdivision>', '<subdivision type="sy02">Aleppo</subdivision>',
  ].join("\n")));
  const joins: [string, string, string, string | null][] = [
    ["SY", "sy02", "Aleppo", "sy02"],          // codes agree
    ["IR", "ir07", "Fars", null],              // renumbered code, no name agrees
    ["IR", "ir23", "Tehran", "ir07"],          // renumbered: joined on the English name
    ["IR", "ir05", "Kermanshah", "ir17"],      // an exact name beats a shared prefix (Kerman)
  ];
  for (const [cc, code, name, want] of joins) it(`join ${code} ${name} -> ${want}`, () => assert.equal(joinCode(cc, code, name, cldr), want));
});
