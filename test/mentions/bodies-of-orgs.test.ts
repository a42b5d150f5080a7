// A body of a known organization (mentions/definite-orgs.ts): definite head + adjective + لـ + the
// known organization is one ORG ("المكتب السياسي لحركة X"); not when the complement is a news
// medium (the addressee of a statement) or a state institution named by its nationality. And an
// indefinite head's name ends before a ب-phrase (org-patterns.ts: "كتلة X بزعامة Y").
// Organizations and sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES } from "./fixture.ts";

const org = (id: string, name: string, subtype = "party"): NameEntry => ({
  id, type: "ORG", subtype, name, nameEn: null, aliases: [], adjectives: [], country: null, lat: null, lon: null, population: null,
});
const lex = buildLexicons({
  titles: [], firstNames: [{ name: "سالم" }],
  orgHeads: ["مكتب", "لجنة", "كتلة", "حركة", "وكالة", "شركة"].map((head) => ({ head, type: "ORG" })),
  cues: [...["في", "من", "إن", "قال"].map((word) => ({ word, role: "stop" })), { word: "كتلة", role: "weak_head" }],
});
const res = { gaz: buildGazetteer([...ENTRIES, org("rasid:t1", "حركة النهوض"), org("rasid:t2", "وكالة الأنباء الدولية", "news_agency")]), lex };
const orgs = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, res).filter((m) => m.type === "ORG").map((m) => m.text);

test("a body of a known organization is one organization", () => {
  assert.deepEqual(orgs("وقال المكتب السياسي لحركة النهوض إن القرار باطل."), ["المكتب السياسي لحركة النهوض"]);
  assert.deepEqual(orgs("واجتمعت اللجنة المركزية لحركة النهوض أمس."), ["اللجنة المركزية لحركة النهوض"]);
});

test("a news medium after ل is the addressee, not the body's owner", () => {
  assert.deepEqual(orgs("قال مسؤول في الشركة الوطنية لوكالة الأنباء الدولية إن العمل مستمر."), ["وكالة الأنباء الدولية"]);
});

test("an indefinite head's name ends before a ب-phrase", () => {
  assert.deepEqual(orgs("وصوتت كتلة سلامون بزعامة سالم الحربي ضد القرار."), ["كتلة سلامون"]);
});
