// A head + common words ending in an indefinite nationality adjective or feminine relational one is a
// description, not a name (org-patterns.ts indefinitePhrase): "جمعية خيرية", "وكالة أنباء إيرانية".
// A word in no dictionary keeps the name ("جامعة X"، "جامعة X"). Rules alone (no tagger).
// Sentences and names written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const orgs = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "ORG" || m.type === "FAC").map((m) => m.text);

test("an indefinite adjective after common words makes a description", () => {
  assert.deepEqual(orgs("ووزعت جمعية خيرية في المدينة سلالا غذائية."), []);
  assert.deepEqual(orgs("وذكرت وكالة أنباء إيرانية أن الوفد وصل."), []);
  assert.deepEqual(orgs("واشترت شركة دواء بلجيكية المصنع."), []);
});

test("a proper name before or as the last word keeps the name", () => {
  assert.deepEqual(orgs("ونقلت وكالة أنباء فارس أن الوفد وصل."), ["وكالة أنباء فارس"]);
  assert.deepEqual(orgs("ودرس في جامعة هاواي."), ["جامعة هاواي"]);
  assert.deepEqual(orgs("ووصل إلى محطة ليلي صباحا."), ["محطة ليلي"]); // a masculine in ـي may be a name
});
