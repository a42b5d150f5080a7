// A name written the same way twice in a document is one referent: a group the KB did not link
// joins the one KB-linked group of its type named the same (entities/same-names.ts). Names written
// for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { joinSameNames } from "../../src/entities/same-names.ts";
import type { Group } from "../../src/entities/link-entities.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";
import type { NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { normalize } from "../../src/text/normalize.ts";

const lex = buildLexicons({ cues: [{ word: "أبو", role: "connector" }] });
const mention = (text: string): FoundMention =>
  ({ start: 0, end: text.length, text, type: "GPE", kbId: null, via: "pattern", score: 0.45, key: normalize(text), candidates: [], tokens: { start: 0, end: 1 } }) as unknown as FoundMention;
const linked = (id: string, type: Group["type"], ...names: string[]): Group =>
  ({ id, type, entry: { id, type, name: names[0] } as unknown as NameEntry, key: normalize(names[0]), mentions: names.map(mention) });
const unlinked = (id: string, type: Group["type"], ...names: string[]): Group =>
  ({ id, type, entry: null, key: normalize(names[0]), mentions: names.map(mention) });

function run(...gs: Group[]): string[] {
  const groups = new Map(gs.map((g) => [g.id, g]));
  joinSameNames(groups, lex);
  return [...groups.values()].map((g) => `${g.id}:${g.mentions.map((m) => m.text).join("+")}`).sort();
}

test("an unlinked group joins the KB group named the same way, of its type, when only one is", () => {
  const cases: [string, Group[], string[]][] = [
    ["a place the tagger found again", [linked("gn:1", "GPE", "جنيف"), unlinked("rasid:x", "GPE", "جنيف")], ["gn:1:جنيف+جنيف"]],
    ["a full name found again", [linked("wd:P", "PERSON", "سامر خليل"), unlinked("rasid:p", "PERSON", "سامر خليل")], ["wd:P:سامر خليل+سامر خليل"]],
    ["another type stays apart", [linked("gn:1", "GPE", "جنيف"), unlinked("rasid:x", "ORG", "جنيف")], ["gn:1:جنيف", "rasid:x:جنيف"]],
    ["two KB entities share the name", [linked("gn:1", "GPE", "الشامية"), linked("gn:2", "GPE", "الشامية"), unlinked("rasid:x", "GPE", "الشامية")],
      ["gn:1:الشامية", "gn:2:الشامية", "rasid:x:الشامية"]],
    ["a mention of the group the KB group lacks", [linked("gn:1", "GPE", "جنيف"), unlinked("rasid:x", "GPE", "جنيف", "لوزان")], ["gn:1:جنيف", "rasid:x:جنيف+لوزان"]],
    ["a kunya is no full name", [linked("wd:P", "PERSON", "أبو سالم"), unlinked("rasid:p", "PERSON", "أبو سالم")], ["rasid:p:أبو سالم", "wd:P:أبو سالم"]],
    ["one word is no full name", [linked("wd:P", "PERSON", "خليل"), unlinked("rasid:p", "PERSON", "خليل")], ["rasid:p:خليل", "wd:P:خليل"]],
  ];
  for (const [what, gs, want] of cases) assert.deepEqual(run(...gs), want.sort(), what);
});
