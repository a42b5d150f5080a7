// The statistical name tagger: the shipped weights load and tag sentences written for these
// tests; BIO decoding never starts a name inside; and the rules' and the model's mentions combine
// as find-mentions.ts says (a toy model with hand-set weights pins the combination down).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { MODEL_FILE } from "../../src/mentions/resources.ts";
import { LABELS, docBits } from "../../src/mentions/model/features.ts";
import { legal, loadModel, modelFromFile, spansOf, tag, viterbi, type ModelFile } from "../../src/mentions/model/tagger.ts";
import { RasidError } from "../../src/core/errors.ts";
import { RES } from "./fixture.ts";

const L = LABELS.length;
const id = (l: string) => LABELS.indexOf(l as (typeof LABELS)[number]);

/** A model file with the given features' weights for one label each (all else 0). */
function toy(feats: Record<string, string>, weight = 5): ModelFile {
  const f: Record<string, number[]> = {};
  for (const [name, label] of Object.entries(feats)) { const v = new Array(L).fill(0); v[id(label)] = weight; f[name] = v; }
  return { version: 1, labels: [...LABELS], trans: new Array((L + 1) * L).fill(0), feats: f };
}

const found = (text: string, model: ModelFile) => {
  const { tokens } = analyze(text);
  return findMentions({ text, tokens }, { ...RES, model: modelFromFile(model, "toy") })
    .map((m) => `${m.type}:${m.text}:${m.via}`);
};

test("the shipped weights load with this tagger's labels", () => {
  const m = loadModel(MODEL_FILE);
  assert.ok(m.weights.size > 1000);
  assert.equal(m.trans.length, (L + 1) * L);
});

test("a weights file with other labels is refused with a typed error", () => {
  assert.throws(() => modelFromFile({ ...toy({}), labels: ["O", "B-X"] }, "bad.json"), (e: unknown) => e instanceof RasidError && e.code === "E_INTERNAL");
  assert.throws(() => loadModel("/nonexistent/model.json"), (e: unknown) => e instanceof RasidError && e.code === "E_NOT_FOUND");
});

test("BIO: I-X only after B-X or I-X", () => {
  const cases: [string, string, boolean][] = [
    ["O", "I-PERS", false], ["B-PERS", "I-PERS", true], ["I-PERS", "I-PERS", true],
    ["B-LOC", "I-PERS", false], ["O", "B-ORG", true], ["I-ORG", "B-ORG", true],
  ];
  for (const [p, n, ok] of cases) assert.equal(legal(id(p), id(n)), ok, `${p} → ${n}`);
  assert.equal(legal(L, id("I-LOC")), false, "a sentence never starts inside a name");
});

test("viterbi follows the emissions within BIO, and spans are read off the labels", () => {
  // three tokens whose emissions prefer I-PERS, I-PERS, O: the best legal path is B-PERS I-PERS O
  const em = new Float32Array(3 * L);
  em[id("I-PERS")] = 3; em[id("B-PERS")] = 2;
  em[L + id("I-PERS")] = 3;
  em[2 * L + id("O")] = 1;
  const trans = modelFromFile(toy({}), "toy").trans;
  const labels = viterbi(em, 3, trans);
  assert.deepEqual(labels.map((y) => LABELS[y]), ["B-PERS", "I-PERS", "O"]);
  assert.deepEqual(spansOf(labels, 10), [{ start: 10, end: 12, type: "PERS" }]);
  assert.deepEqual(spansOf([id("B-LOC"), id("B-LOC"), id("O"), id("B-ORG"), id("I-ORG")]), [
    { start: 0, end: 1, type: "LOC" }, { start: 1, end: 2, type: "LOC" }, { start: 3, end: 5, type: "ORG" },
  ]);
});

test("combination: what the rules keep and what the model adds", () => {
  // the toy model knows one foreign surname as a person, one word as an organization, and one given-name pattern
  const model = toy({ "0|w:كافيلنسكي": "B-PERS", "0|w:فولتيكس": "B-ORG", "0|w:ماركو": "B-PERS", "0|w:مسعد": "I-PERS", "-1|w:نادي": "B-ORG" });
  const cases: [string, string, string[]][] = [
    ["a name no rule found is added", "وفاز كافيلنسكي بالمباراة.", ["PERSON:كافيلنسكي:pattern"]],
    ["at its other occurrences too, clitic outside", "فاز كافيلنسكي أمس ثم خسر وكافيلنسكي اليوم.", ["PERSON:كافيلنسكي:pattern", "PERSON:كافيلنسكي:pattern"]],
    ["an organization the model knows", "أعلنت فولتيكس أرباحها.", ["ORG:فولتيكس:pattern"]],
    ["a pattern mention the model confirms stays", "وكتب ماركو مسعد تقريرا.", ["PERSON:ماركو مسعد:pattern"]],
    ["a person pattern that runs past the name ends where the model ends it", "فاز ماركو مسعد لقب البطولة.", ["PERSON:ماركو مسعد:pattern"]],
    ["a pattern mention the model tags O is dropped", "وكتب محمد فتحي تقريرا.", []],
    ["a weak-headed organization pattern the model tags O is dropped", "انتشرت قوات النخبة العراقية في المدينة.", []],
    ["an organization under a strong head stands", "نشرت وكالة فرات للأنباء تقريرا.", ["ORG:وكالة فرات للأنباء:pattern"]],
    ["a hand-written KB mention or a country stands whatever the model says", "وقال بوتين إن روسيا مستعدة.", ["PERSON:بوتين:kb", "GPE:روسيا:kb"]],
    ["a small GeoNames place the model tags O is dropped", "وقعت اشتباكات قرب صبر أمس.", []],
    ["a large GeoNames city stands whatever the model says", "وقعت اشتباكات في الموصل أمس.", ["GPE:الموصل:kb"]],
    ["a KB place the model tags as an organization on its exact words becomes one", "فاز نادي الرقة أمس.", ["ORG:الرقة:kb"]],
    ["a nationality adjective stands", "قال مسؤول روسي إن الخطة فشلت.", ["GPE:روسي:adjective"]],
  ];
  for (const [why, text, want] of cases) assert.deepEqual(found(text, model), want, why);
});

test("combination, round 2: margins, and organizations around a KB place", () => {
  const cases: [string, string, Record<string, string>, string[]][] = [
    // [why, text, toy model, mentions]
    ["a place pattern the model is unsure about stands", "وصل الجيش إلى بلدة الهبيط أمس.", {}, ["GPE:بلدة الهبيط:pattern"]],
    ["a place pattern the model tags O by a wide margin is dropped", "وصل الجيش إلى بلدة الهبيط أمس.", { "0|w:الهبيط": "O", "0|w:بلده": "O" }, []],
    ["a KB city inside the model's longer organization is that organization", "تغلب شباب الرقة أمس.", { "0|w:شباب": "B-ORG", "-1|w:شباب": "I-ORG" }, ["ORG:شباب الرقة:pattern"]],
    ["without the model's organization the city stands", "تغلب شباب الرقة أمس.", {}, ["GPE:الرقة:kb"]],
  ];
  for (const [why, text, feats, want] of cases) assert.deepEqual(found(text, toy(feats)), want, why);
  // a KB person inside the model's longer person span: the full name keeps the KB id only when it starts with it
  const kb = (text: string, model: ModelFile) => { const { tokens } = analyze(text); return findMentions({ text, tokens }, { ...RES, model: modelFromFile(model, "toy") }).map((m) => `${m.type}:${m.text}:${m.via}:${m.kbId ? "id" : "-"}`); };
  assert.deepEqual(kb("وقال بوتين فلاديميروفيتش إن الخطة فشلت.", toy({ "0|w:بوتين": "B-PERS", "-1|w:بوتين": "I-PERS" })), ["PERSON:بوتين فلاديميروفيتش:kb:id"], "the full name after a KB person");
  assert.deepEqual(kb("وقال زاخار بوتين إن الخطة فشلت.", toy({ "1|w:بوتين": "B-PERS", "0|w:بوتين": "I-PERS" })), ["PERSON:زاخار بوتين:pattern:-"], "another person with that surname");
  // a KB city stands unless the model is ten times as sure it is no name (SURE_NOT_PLACE = 40)
  assert.deepEqual(found("وصل الوفد إلى الرقة أمس.", toy({ "0|w:الرقه": "O" }, 30)), ["GPE:الرقة:kb"], "a KB city the model doubts stands");
  // (after على/من: after في/إلى, a place cue or in a list of places the city stands, cued-kb-places.ts and listed-places.ts, place17)
  assert.deepEqual(found("وعاد الوفد من الرقة أمس.", toy({ "0|w:الرقه": "O" }, 50)), [], "a KB city the model is sure is no name is dropped");
});

test("combination, round 4: words that are no name by themselves", () => {
  const cases: [string, string, Record<string, string>, number, string[]][] = [
    // [why, text, toy model, weight, mentions]
    ["a KB place reached only through a clitic split is dropped at a lower margin", "وصل الوفد والرقة أمس.", { "0|w:والرقه": "O" }, 20, []],
    ["the same margin leaves a place written whole", "وصل الوفد إلى الرقة أمس.", { "0|w:الرقه": "O" }, 20, ["GPE:الرقة:kb"]],
    ["a generic place noun the model names is not added", "وصل الجيش إلى المدينة أمس.", { "0|w:المدينه": "B-LOC" }, 5, []],
    ["a particle is not ل + a given name", "صوت المجلس لصالح القرار.", { "0|w:لصالح": "B-PERS" }, 5, []],
    ["a one-word person of the model before a large city names a club", "وفاز دينامو الموصل أمس.", { "0|w:دينامو": "B-PERS" }, 5, ["ORG:دينامو الموصل:pattern"]],
    // (the lone دينامو, an ordinary word "dynamo" with no name evidence, is then no person either: ordinary-tagger-persons.ts)
    ["not before a country", "وفاز دينامو روسيا أمس.", { "0|w:دينامو": "B-PERS" }, 5, ["GPE:روسيا:kb"]],
  ];
  for (const [why, text, feats, weight, want] of cases) assert.deepEqual(found(text, toy(feats, weight)), want, why);
});

test("combination, session 4: a person pattern the model reads as a place", () => {
  const cases: [string, string, Record<string, string>, string[]][] = [
    // [why, text, toy model, mentions]
    ["a titled pattern the model names only as a place yields to the place", "وقال اللواء زلمان كرداني إن الخطة فشلت.", { "0|w:كرداني": "B-LOC" }, ["GPE:كرداني:pattern"]],
    ["the same pattern the model names as a person stands", "وقال اللواء زلمان كرداني إن الخطة فشلت.", { "0|w:زلمان": "B-PERS", "-1|w:زلمان": "I-PERS" }, ["PERSON:زلمان كرداني:pattern"]],
    ["a pattern that starts with a given name stands", "وقال اللواء محمد كرداني إن الخطة فشلت.", { "0|w:كرداني": "B-LOC" }, ["PERSON:محمد كرداني:pattern"]],
  ];
  for (const [why, text, feats, want] of cases) assert.deepEqual(found(text, toy(feats)), want, why);
});

test("combination, session 5: a title phrase or its start is never a name the model adds", () => {
  // the toy model calls the first word of a two-word title a person ("[ولي] العهد" in the press)
  const cases: [string, ModelFile, string[]][] = [
    ["وصل وزير الخارجية أمس.", toy({ "0|w:وزير": "B-PERS" }), []],
    ["وصل رئيس الوفد أمس.", toy({ "0|w:رئيس": "B-PERS" }), []],
    // a word after the title is no part of it: the model's name stands
    ["وصل رئيس كافيلنسكي أمس.", toy({ "0|w:كافيلنسكي": "B-PERS" }), ["PERSON:كافيلنسكي:pattern"]],
  ];
  for (const [text, model, want] of cases) assert.deepEqual(found(text, model).filter((m) => m.startsWith("PERSON")), want, text);
});

test("the model never adds over a rule mention", () => {
  // the toy model calls روسيا a person; the KB's place stands and nothing is added over it
  assert.deepEqual(found("زار الوفد روسيا أمس.", toy({ "0|w:روسيا": "B-PERS" })), ["GPE:روسيا:kb"]);
});

test("the shipped model on sentences written for this test: names the rules alone miss", async () => {
  const { defaultResources } = await import("../../src/mentions/resources.ts");
  const res = defaultResources();
  const cases: [string, string[], string[]][] = [
    // [text, rules alone, rules + model]
    ["وقال كافيلنسكي للصحفيين إنه سعيد بالفوز.", [], ["PERSON:كافيلنسكي"]],
    // (the rules alone name him too since spk15: a family name with ال closes a titled speaker's name, articled-family-names.ts)
    ["وأكد الدكتور سامي العمري مدير مستشفى الرحمة في مدينة الزرقاء أن الحالات مستقرة.", ["PERSON:سامي العمري", "GPE:الزرقاء"], ["PERSON:سامي العمري", "GPE:الزرقاء"]],
    ["ورحب كافيلنسكي دوبرو بالضيوف في الحفل.", [], ["PERSON:كافيلنسكي دوبرو"]],
  ];
  for (const [text, rules, both] of cases) {
    const { tokens } = analyze(text);
    const show = (r: typeof res) => findMentions({ text, tokens }, r).map((m) => `${m.type}:${m.text}`);
    assert.deepEqual(show({ gaz: res.gaz, lex: res.lex }), rules, text);
    assert.deepEqual(show(res), both, text);
  }
});

test("document memory: which name types a token's key got at OTHER positions", () => {
  const keys = ["باستن", "فاز", "باستن", "", "باستن", "بريمن", "بريمن"];
  const labels = ["B-PERS", "O", "O", "B-LOC", "I-PERS", "B-ORG", "B-LOC"].map(id);
  // bit 0 PERS, 1 LOC, 2 ORG, 3 MISC; a token's own label does not count; "" keys are never remembered
  assert.deepEqual(Array.from(docBits(keys, labels)), [1, 0, 1, 0, 1, 2, 4]);
});

test("document memory: a second pass names a word the first pass named elsewhere in the document", () => {
  // the toy model names باستن after فاز only; its memory weights make a remembered word a person
  const model = toy({ "-1|w:فاز": "B-PERS" });
  const text = "فاز باستن أمس. وقال باستن إنه سعيد.";
  const { tokens } = analyze(text);
  const names = (m: ModelFile) => tag(modelFromFile(m, "toy"), tokens, new Array(tokens.length).fill(""), RES).map((s) => tokens[s.start].text);
  assert.deepEqual(names(model), ["باستن"]);
  const doc = { "dt|PERS": LABELS.map((l) => (l === "B-PERS" ? 5 : 0)) };
  assert.deepEqual(names({ ...model, doc }), ["باستن", "باستن"]);
});
