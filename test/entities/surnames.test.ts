// A lone family name only the tagger typed joins the KB person whose name it ends (surnames.ts):
// "هادي" read as ORG at a headline's start is عبد ربه منصور هادي when the document names him.
import { test } from "node:test";
import assert from "node:assert/strict";
import { joinSurnames } from "../../src/entities/surnames.ts";
import type { Group } from "../../src/entities/link-entities.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";
import type { NameEntry } from "../../src/mentions/gazetteer.ts";
import { TAGGER_SCORE } from "../../src/mentions/model-mentions.ts";
import { normalize } from "../../src/text/normalize.ts";

const mention = (text: string, type: FoundMention["type"], via: FoundMention["via"], score: number, words = text.split(" ").length): FoundMention =>
  ({ start: 0, end: text.length, text, type, kbId: null, via, score, key: normalize(text), candidates: [], tokens: { start: 0, end: words } }) as unknown as FoundMention;
const entry = { id: "wd:Q1", type: "PERSON", name: "عبد ربه منصور هادي" } as unknown as NameEntry;
const wordsOf = (m: FoundMention) => normalize(m.text).split(" ");

function run(lone: FoundMention, person: Group): string[] {
  const groups = new Map<string, Group>([
    [person.id, person],
    ["rasid:x", { id: "rasid:x", type: lone.type, entry: null, key: lone.key!, mentions: [lone] }],
  ]);
  joinSurnames(groups, wordsOf);
  return [...groups.values()].map((g) => `${g.type}:${g.mentions.map((m) => m.text).join("+")}`);
}

test("a lone family name joins the KB person it ends, only when the tagger alone typed it", () => {
  const kbPerson = (): Group => ({ id: "wd:Q1", type: "PERSON", entry, key: "عبد ربه منصور هادي", mentions: [mention("عبد ربه منصور هادي", "PERSON", "kb", 1)] });
  const unknownPerson = (): Group => ({ id: "rasid:p", type: "PERSON", entry: null, key: "حافظ شيفلد", mentions: [mention("حافظ شيفلد", "PERSON", "pattern", 0.6)] });
  const cases: [FoundMention, Group, string[]][] = [
    [mention("هادي", "ORG", "pattern", TAGGER_SCORE), kbPerson(), ["PERSON:عبد ربه منصور هادي+هادي"]],
    // a pattern's organization stays itself
    [mention("هادي", "ORG", "pattern", 0.6), kbPerson(), ["PERSON:عبد ربه منصور هادي", "ORG:هادي"]],
    // a word that is not the last of the name
    [mention("منصور", "ORG", "pattern", TAGGER_SCORE), kbPerson(), ["PERSON:عبد ربه منصور هادي", "ORG:منصور"]],
    // an unknown person (a pattern that may have run into the next word) takes nothing
    [mention("شيفلد", "ORG", "pattern", TAGGER_SCORE), unknownPerson(), ["PERSON:حافظ شيفلد", "ORG:شيفلد"]],
  ];
  for (const [lone, person, want] of cases) assert.deepEqual(run(lone, person), want, lone.text);
});
