// A person the KB knows by a shorter name, written out with his descent: the mention runs on over
// بن/بنت + a given name and آل + a family name (mentions/lineage.ts), and no further; "ابن"
// (son of, an apposition) is not a particle of descent here. And an organization's name run ends
// before a KB person after its complement (mentions/org-patterns.ts): "رئيس مجلس الشورى فلاديمير
// بوتين" names the person, not a council called after him. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { buildGazetteer, type NameEntry } from "../../src/mentions/gazetteer.ts";
import { buildLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { ENTRIES, LEX } from "./fixture.ts";

const king: NameEntry = {
  id: "rasid:test-king", type: "PERSON", subtype: "head_of_state", name: "الملك فهد", nameEn: null, aliases: ["فهد بن عبدالعزيز"],
  adjectives: [], country: null, lat: null, lon: null, population: null,
};
const lex = buildLexicons({
  titles: [{ title: "الملك", kind: "royal", implies_type: "PERSON" }],
  firstNames: ["فهد", "عبدالعزيز", "سعود"].map((name) => ({ name })),
  cues: [
    ...["في", "من", "إلى"].map((word) => ({ word, role: "stop" })),
    ...["بن", "آل", "عبد"].map((word) => ({ word, role: "connector" })),
    ...["بن", "بنت", "آل"].map((word) => ({ word, role: "lineage" })),
  ],
});
const res = { gaz: buildGazetteer([...ENTRIES, king]), lex };
const persons = (text: string, r = res) => findMentions({ text, tokens: analyze(text).tokens }, r).filter((m) => m.type === "PERSON").map((m) => `${m.kbId}:${m.text}`);

test("a KB person's mention runs on over his descent, and no further", () => {
  const cases: [string, string[]][] = [
    ["واستقبل الملك فهد بن عبدالعزيز آل سعود الوفد.", ["rasid:test-king:الملك فهد بن عبدالعزيز آل سعود"]],
    ["واستقبل الملك فهد بن عبدالعزيز الوفد في القصر.", ["rasid:test-king:الملك فهد بن عبدالعزيز"]],
    ["واستقبل الملك فهد بن عبد العزيز الوفد.", ["rasid:test-king:الملك فهد بن عبد العزيز"]],
    ["واستقبل الملك فهد ابن عمه في القصر.", ["rasid:test-king:الملك فهد"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
});

test("an organization's name run ends before a KB person after its complement", () => {
  const text = "وحضر الاجتماع رئيس مجلس الشورى فلاديمير بوتين.";
  const got = findMentions({ text, tokens: analyze(text).tokens }, { gaz: buildGazetteer(ENTRIES), lex: LEX }).map((m) => `${m.type}:${m.text}`);
  assert.ok(got.includes("PERSON:فلاديمير بوتين"), JSON.stringify(got));
  assert.ok(!got.some((m) => m.startsWith("ORG:") && m.includes("بوتين")), JSON.stringify(got));
});
