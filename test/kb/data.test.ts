// The shipped knowledge base itself: every hand-written row (data/kb/*.tsv) and, when the build
// step has run, every generated row (data/kb/generated/*.tsv) passes the checks of `rasid kb
// check` — unique ids, valid types, a source on every row, known countries, coordinates inside
// their country. Warnings (undeclared name collisions) are printed, not failed.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { hasGeneratedKb, loadKbFrom, type LoadResult } from "../../src/kb/load.ts";
import { loadGeoIndex } from "../../src/kb/geo-check.ts";
import { kbKey } from "../../src/kb/keys.ts";
import { checkKb, formatIssue } from "../../src/kb/validate.ts";

let loaded: LoadResult;
before(() => { loaded = loadKbFrom({ onProblem: "collect" }); });

describe("shipped KB rows", () => {
  it("pass every check (errors listed by file:line)", () => {
    const report = checkKb(loaded.kb, loaded.problems, loadGeoIndex());
    const errors = report.issues.filter((i) => i.severity === "error");
    const warnings = report.issues.length - errors.length;
    if (warnings) console.log(`# kb: ${warnings} warnings (run \`rasid kb check\`)`);
    assert.deepEqual(errors.map(formatIssue), []);
  });
});

describe("generated KB rows", { skip: !hasGeneratedKb() && "the build step (scripts/build/10-kb.ts) has not run" }, () => {
  it("cover every country, the region's provinces and thousands of towns", () => {
    const count = (sub: string) => loaded.kb.entries.filter((e) => e.subtype === sub).length;
    assert.ok(count("country") >= 240, `countries: ${count("country")}`);
    assert.ok(count("province") >= 400, `provinces: ${count("province")}`);
    assert.ok(loaded.kb.entries.filter((e) => e.id.startsWith("gn:")).length >= 4000);
  });
  const names: [string, string][] = [
    ["سوريا", "wd:Q858"], ["سورية", "wd:Q858"], ["الولايات المتحدة الأمريكية", "wd:Q30"], ["أميركا", "wd:Q30"],
    ["روسيا", "wd:Q159"], ["الصين", "wd:Q148"], ["دمشق", "gn:170654"], ["حلب", "gn:170063"],
  ];
  for (const [name, id] of names) {
    it(`${name} -> ${id} first`, () => assert.equal(loaded.kb.lookup(kbKey(name))[0]?.id, id));
  }
  const adjectives: [string, string][] = [["الروسية", "wd:Q159"], ["الروس", "wd:Q159"], ["الأمريكيين", "wd:Q30"], ["المصري", "wd:Q79"], ["الأتراك", "wd:Q43"]];
  for (const [adj, id] of adjectives) {
    it(`adjective ${adj} -> ${id}`, () => assert.deepEqual(loaded.kb.adjective(kbKey(adj)).map((e) => e.id), [id]));
  }
  it("keeps a province's bare name for the city it shares it with", () => {
    assert.ok(loaded.kb.lookup(kbKey("حلب")).every((e) => e.subtype !== "province"));
    assert.ok(loaded.kb.lookup(kbKey("محافظة حلب")).some((e) => e.id === "rasid:prov-sy-hl"));
  });
  // Outside the region: first-level units the press names, and never a bare name that is a
  // country's, a hand row's, a city's or an ordinary word (data/kb/province-ordinary-names.tsv).
  const world: [string, string | null][] = [
    ["فلوريدا", "rasid:prov-us-fl"], ["ولاية فلوريدا", "rasid:prov-us-fl"], ["بافاريا", "rasid:prov-de-by"],
    ["ولاية جورجيا", "rasid:prov-us-ga"], ["ولاية واشنطن", "rasid:prov-us-wa"], ["إقليم السند", "rasid:prov-pk-sd"],
  ];
  for (const [name, id] of world) {
    it(`${name} -> ${id}`, () => assert.ok(loaded.kb.lookup(kbKey(name)).some((e) => e.id === id)));
  }
  const notProvinces = ["جورجيا", "واشنطن", "اليونان", "النيجر", "البحيرات", "الوحدة", "السند", "غوا", "ريو دي جانيرو", "الأمازون", "جنوبية"];
  for (const name of notProvinces) {
    it(`${name} names no province`, () => assert.ok(loaded.kb.lookup(kbKey(name)).every((e) => e.subtype !== "province"), loaded.kb.lookup(kbKey(name)).map((e) => e.id).join(" ")));
  }
  it("names Bahrain's Northern Governorate with its administrative word, never by the adjective شمالية (winds)", () => {
    assert.ok(loaded.kb.lookup(kbKey("شمالية")).every((e) => e.id !== "rasid:prov-bh-17"));
    assert.ok(loaded.kb.lookup(kbKey("محافظة شمالية")).some((e) => e.id === "rasid:prov-bh-17"));
  });
  it("leaves a province a hand row already holds to that row (Tigray, Helmand)", () => {
    for (const name of ["تيغراي", "هلمند"]) assert.ok(loaded.kb.lookup(kbKey(name)).every((e) => !e.id.startsWith("rasid:prov-")), name);
  });
});
