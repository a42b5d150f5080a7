// An unknown name written the same way under two types (the tagger reads one "أينشتاين" inside
// an institute's name as ORG and every other one as a person) is two entities, one per type: a
// mention joins only an entity of its own type, so one ORG reading does not make the person an
// organization, nor the person's mentions the organization's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";
import type { EntityType } from "../../src/core/contract.ts";
import { normalize } from "../../src/text/normalize.ts";

/** linkEntities over hand-made unknown mentions (as the tagger adds them): [surface, its nth occurrence, type]. */
function link(text: string, spans: [string, number, EntityType][]) {
  const { tokens } = analyze(text);
  const mentions: FoundMention[] = spans.map(([s, nth, type]) => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(s, start + 1);
    const end = start + s.length;
    const a = tokens.findIndex((t) => t.start === start), b = tokens.findIndex((t) => t.end === end) + 1;
    return { start, end, text: s, type, kbId: null, via: "pattern", score: 0.5, tokens: { start: a, end: b }, key: normalize(s), candidates: [] };
  });
  return linkEntities({ text, tokens, mentions }, defaultResources())
    .map((e) => `${e.type}:${e.mentions.map((m) => m.start).join(",")}`).sort();
}

const text = "وقال مدير معهد أينشتاين للعلوم إن أينشتاين نشر نظريته عام 1905، ثم درس أينشتاين في زيورخ.";
const at = (nth: number) => { let p = -1; for (let k = 0; k <= nth; k++) p = text.indexOf("أينشتاين", p + 1); return p; };

const cases: [string, [string, number, EntityType][], string[]][] = [
  ["one type: one entity", [["أينشتاين", 1, "PERSON"], ["أينشتاين", 2, "PERSON"]], [`PERSON:${at(1)},${at(2)}`]],
  ["an ORG reading first does not take the person", [["أينشتاين", 0, "ORG"], ["أينشتاين", 1, "PERSON"], ["أينشتاين", 2, "PERSON"]],
    [`ORG:${at(0)}`, `PERSON:${at(1)},${at(2)}`]],
  ["a person first does not take the ORG reading", [["أينشتاين", 1, "PERSON"], ["أينشتاين", 0, "ORG"], ["أينشتاين", 2, "PERSON"]],
    [`ORG:${at(0)}`, `PERSON:${at(1)},${at(2)}`]],
];
for (const [name, spans, expected] of cases) {
  test(`linkEntities: ${name}`, () => assert.deepEqual(link(text, spans), expected));
}
