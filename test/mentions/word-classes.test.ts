// A form's answer (class bits, KB starts) is kept on the token's form as one number stamped with
// the gazetteer and lexicons it was made for. The same words read through another gazetteer must
// get that gazetteer's answers, however the two alternate, also once the stamps are spent (then
// nothing is kept on forms), and a token without its form must get the same answer as one with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer } from "../../src/mentions/gazetteer.ts";
import { kbMatches } from "../../src/mentions/kb-matches.ts";
import { docForms, ADJ_WORD, ADJECTIVE, CONT, REC_SHIFT, STOP, TITLE } from "../../src/mentions/word-classes.ts";
import { ENTRIES, LEX, RES } from "./fixture.ts";

const TEXT = "قال الرئيس الروسي فلاديمير بوتين في عمان إن الأمم المتحدة تدعم العراق.";
const keys = (text: string, gaz = RES.gaz) => kbMatches(text, analyze(text).tokens, gaz).map((m) => m.key);
// every start is reported (overlaps are settled later)
const FULL = ["فلاديمير بوتين", "بوتين", "عمان", "الامم المتحده", "العراق"];
// the same KB without the people and the UN: a different gazetteer, other answers for the same forms
const small = () => buildGazetteer(ENTRIES.filter((e) => e.type === "GPE"));

test("word classes: per-token bits of a sentence", () => {
  const { tokens } = analyze(TEXT);
  const { vals } = docForms(TEXT, tokens, RES.gaz, LEX);
  const at = (w: string) => vals[tokens.findIndex((t) => t.text === w)];
  const table: [string, number, boolean][] = [
    ["الرئيس", TITLE, true], ["الروسي", ADJ_WORD | ADJECTIVE, true], ["في", STOP, true], ["قال", TITLE, false],
    ["المتحدة", CONT, true], ["قال", CONT, false],
  ];
  for (const [w, bit, set] of table) assert.equal((at(w) & bit) === bit, set, `${w} ${bit}`);
  assert.ok(at("بوتين") >>> REC_SHIFT > 0, "بوتين starts a KB name");
  assert.equal(at("تدعم") >>> REC_SHIFT, 0, "تدعم starts none");
  assert.equal(vals[tokens.length - 1], 0, "punctuation has no answer");
});

test("word classes: two gazetteers over the same forms never share answers", () => {
  const other = small();
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(keys(TEXT), FULL);
    assert.deepEqual(keys(TEXT, other), ["عمان", "العراق"]);
  }
});

test("word classes: still right once every stamp is spent (answers by text only)", () => {
  for (let k = 0; k < 20; k++) assert.deepEqual(keys(TEXT, small()), ["عمان", "العراق"]);
  assert.deepEqual(keys(TEXT), FULL);
  const { tokens } = analyze(TEXT);
  const bare = tokens.map((t) => ({ ...t, form: undefined }));
  assert.deepEqual(docForms(TEXT, bare, RES.gaz, LEX).vals, docForms(TEXT, tokens, RES.gaz, LEX).vals);
});
