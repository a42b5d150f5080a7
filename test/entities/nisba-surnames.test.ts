// A family name that is also a nationality adjective ("المصري"), used alone after a rank or honour
// (الدكتور، اللواء) or a reporting verb, for a person the document names in full, is that person,
// not the country (entities/nisba-surnames.ts). After an office (الرئيس) it stays the adjective.
// The test KB of test/mentions/fixture.ts; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";
import { RES } from "../mentions/fixture.ts";

const lex = buildLexicons({
  titles: [
    { title: "الرئيس", kind: "political", implies_type: "PERSON" },
    { title: "اللواء", kind: "military", implies_type: "PERSON" },
    { title: "الدكتور", kind: "academic", implies_type: "PERSON" },
  ],
  firstNames: ["خالد", "محمد"].map((name) => ({ name })),
  cues: [
    ...["في", "من", "إلى", "أن", "إن", "الذي"].map((word) => ({ word, role: "stop" })),
    ...["قال", "أكد"].map((word) => ({ word, role: "say_verb" })),
  ],
});

function entities(text: string): string[] {
  const doc = { text, tokens: analyze(text).tokens, mentions: [] as never[] };
  doc.mentions = findMentions(doc, { ...RES, lex }) as never[];
  return linkEntities(doc, { ...RES, lex }).map((e) => `${e.type}:${e.mentions.map((m) => m.text).join("|")}`);
}

test("a lone nisba after a rank or a reporting verb is the person the document names in full", () => {
  const cases: [string, string[], string[]][] = [
    // [text, entities wanted, entities not wanted]
    ["وصل الدكتور خالد المصري إلى بغداد. وأكد الدكتور المصري أن الزيارة ناجحة.", ["PERSON:خالد المصري|المصري"], ["GPE:المصري"]],
    ["وصل اللواء محمد العراقي إلى عمان. وقال العراقي إن الطريق آمن.", ["PERSON:محمد العراقي|العراقي"], ["GPE:العراقي"]],
    // an office before the adjective: the country's president, not the person
    ["وصل خالد المصري إلى بغداد. واستقبله الرئيس المصري في القاهرة.", ["PERSON:خالد المصري", "GPE:المصري"], []],
    // no one of that family name in the document: the country
    ["وأكد الدكتور المصري أن الزيارة ناجحة.", ["GPE:المصري"], []],
  ];
  for (const [text, want, not] of cases) {
    const got = entities(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
