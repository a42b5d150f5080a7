// The tagger's one-word person that is a definite dictionary word is no person ("[الهيروين]",
// "[الطالب]": mentions/model-mentions.ts definiteWord); a nisba (المالكي) and a given name stay. A
// toy model names the words; the ordinary-word list is a file written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rasid-od-")), "ordinary.txt");
fs.writeFileSync(list, ["طالب", "مالكي", "حسن"].join("\n"));
process.env.RASID_NER_ORDINARY = list; // read once, on first use: set before the modules load
const { analyze } = await import("../../src/text/analyze.ts");
const { findMentions } = await import("../../src/mentions/find-mentions.ts");
const { LABELS } = await import("../../src/mentions/model/features.ts");
const { modelFromFile } = await import("../../src/mentions/model/tagger.ts");
const { buildGazetteer } = await import("../../src/mentions/gazetteer.ts");
const { buildLexicons } = await import("../../src/mentions/lexicons.ts");

const L = LABELS.length;
const feats: Record<string, number[]> = {};
for (const w of ["الطالب", "المالكي", "الحسن"]) { const v = new Array(L).fill(0); v[LABELS.indexOf("B-PERS")] = 5; feats["0|w:" + w] = v; }
const model = modelFromFile({ version: 1, labels: [...LABELS], trans: new Array((L + 1) * L).fill(0), feats }, "toy");
const lex = buildLexicons({ titles: [], firstNames: [{ name: "حسن" }], orgHeads: [], cues: [{ word: "في", role: "stop" }] });
const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }, { gaz: buildGazetteer([]), lex, model }).filter((m) => m.type === "PERSON").map((m) => m.text);

test("a definite dictionary word the tagger alone reads as a person is dropped", () => {
  assert.deepEqual(persons("وقال الطالب إن الامتحان صعب."), []);
});

test("a nisba and a given name written with ال stay the tagger's persons", () => {
  assert.deepEqual(persons("وقال المالكي إن الامتحان صعب."), ["المالكي"]);
  assert.deepEqual(persons("وقال الحسن إن الامتحان صعب."), ["الحسن"]);
});
