// A one-word name read as an organization or place joins the person the document names in full
// when the document says the word names a person: a speaker before a colon, or the word read
// alone as that person elsewhere (entities/lone-names.ts). Names and sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { joinLoneNamesToPersons } from "../../src/entities/lone-names.ts";
import type { Group } from "../../src/entities/link-entities.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";
import { TAGGER_SCORE } from "../../src/mentions/model-mentions.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { analyze } from "../../src/text/analyze.ts";
import { normalize } from "../../src/text/normalize.ts";

const lex = buildLexicons({ cues: [{ word: "عبد", role: "connector" }] });
const wordsOf = (m: FoundMention) => normalize(m.text).split(" ");
const mention = (text: string, type: FoundMention["type"], at: number, kbId: string | null = null): FoundMention =>
  ({ start: 0, end: text.length, text, type, kbId, via: "pattern", score: TAGGER_SCORE, key: normalize(text), candidates: kbId ? [kbId] : [], tokens: { start: at, end: at + text.split(" ").length } }) as unknown as FoundMention;
const group = (id: string, type: Group["type"], ms: FoundMention[]): Group => ({ id, type, entry: null, key: normalize(ms[0].text), mentions: ms });

/** The headline's first word is the lone name; `persons`: the document's people (each a list of mention texts). */
function run(headline: string, lone: FoundMention, persons: string[][]): string[] {
  const tokens = analyze(`${headline}\nنص الخبر`).tokens;
  const groups = new Map<string, Group>([["rasid:lone", group("rasid:lone", lone.type, [lone])]]);
  persons.forEach((names, i) => groups.set(`rasid:p${i}`, group(`rasid:p${i}`, "PERSON", names.map((n) => mention(n, "PERSON", 50)))));
  joinLoneNamesToPersons(groups, tokens, lex, wordsOf);
  return [...groups.values()].map((g) => `${g.type}:${g.mentions.map((m) => m.text).join("+")}`).sort();
}

test("a lone name joins the person it ends when it is a speaker before a colon or used alone for them", () => {
  const cases: [string, string, FoundMention, string[][], string[]][] = [
    ["headline speaker", "الزبيدي: المدينة ستتحرر قريبا", mention("الزبيدي", "ORG", 0), [["سالم أحمد الزبيدي"]],
      ["PERSON:سالم أحمد الزبيدي+الزبيدي"]],
    ["read alone as the person elsewhere", "الزبيدي يزور المدينة", mention("الزبيدي", "GPE", 0), [["سالم أحمد الزبيدي", "الزبيدي"]],
      ["PERSON:سالم أحمد الزبيدي+الزبيدي+الزبيدي"]],
    ["no evidence: a club after a person's name", "شيفلد يفوز على ضيفه", mention("شيفلد", "ORG", 0), [["حافظ شيفلد"]],
      ["ORG:شيفلد", "PERSON:حافظ شيفلد"]],
    ["two people share the family name", "الزبيدي: المدينة ستتحرر", mention("الزبيدي", "ORG", 0), [["سالم الزبيدي"], ["فهد الزبيدي"]],
      ["ORG:الزبيدي", "PERSON:سالم الزبيدي", "PERSON:فهد الزبيدي"]],
    ["a name the knowledge base knows stays itself", "مأرب: المعارك مستمرة", mention("مأرب", "GPE", 0, "gn:1"), [["صالح مأرب"]],
      ["GPE:مأرب", "PERSON:صالح مأرب"]],
    ["a word after a connector is no family name", "العزيز: كلمة", mention("العزيز", "ORG", 0), [["خالد عبد العزيز"]],
      ["ORG:العزيز", "PERSON:خالد عبد العزيز"]],
    ["not the last word of the name", "سالم: كلمة", mention("سالم", "ORG", 0), [["سالم أحمد الزبيدي"]],
      ["ORG:سالم", "PERSON:سالم أحمد الزبيدي"]],
  ];
  for (const [what, headline, lone, persons, want] of cases) assert.deepEqual(run(headline, lone, persons), want.sort(), what);
});
