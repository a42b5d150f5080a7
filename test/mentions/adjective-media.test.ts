// Session 4 (issue 3) on the shipped KB: an outlet whose name starts with a nationality adjective
// ("المصري اليوم") is not matched inside a noun phrase the adjective describes ("بوزير الخارجية
// المصري اليوم": the minister is Egyptian, اليوم is "today"); the adjective is its country's
// mention. After an indefinite head or a verb the outlet's name stands.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";
import { idOf } from "../helpers/entities.ts";

const links: [string, string, string | null][] = [
  ["والتقى بوزير الخارجية المصري اليوم في القاهرة.", "المصري اليوم", null],
  ["والتقى بوزير الخارجية المصري اليوم في القاهرة.", "المصري", "wd:Q79"],
  ["ونشرت صحيفة المصري اليوم تقريرا عن الانتخابات.", "صحيفة المصري اليوم", "rasid:al-masry-al-youm"],
  ["وقالت المصري اليوم إن الوزير سافر.", "المصري اليوم", "rasid:al-masry-al-youm"],
];
for (const [text, surface, id] of links) {
  test(`${surface} in «${text.slice(0, 34)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}

/** The mentions stage's spans, with how each was found. */
const spans = (text: string) => findMentions({ text, ...analyze(text) }, defaultResources()).map((m) => `${m.via}:${m.text}`);

const found: [string, string, boolean][] = [
  ["والتقى بوزير الخارجية المصري اليوم في القاهرة.", "adjective:المصري", true],
  ["والتقى بوزير الخارجية المصري اليوم في القاهرة.", "kb:المصري اليوم", false],
  ["وقالت المصري اليوم إن الوزير سافر.", "kb:المصري اليوم", true],
];
for (const [text, span, present] of found) {
  test(`mentions of «${text.slice(0, 34)}…» ${present ? "include" : "lack"} ${span}`, () => assert.equal(spans(text).includes(span), present));
}
