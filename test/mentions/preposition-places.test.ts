// A GeoNames town of two words or more right after a preposition of place is the town, though the
// document names no country of it (preposition-places.ts); a province's bare name and a name that
// begins with a given name need more evidence. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const gpes = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "GPE").map((m) => m.text);

test("a town of two words after في is the town", () => {
  assert.deepEqual(gpes("عقد القادة اجتماعهم السنوي في شرم الشيخ أمس."), ["شرم الشيخ"]);
});

test("without the preposition, or a province's bare name, it needs other evidence", () => {
  assert.deepEqual(gpes("عقد القادة اجتماعهم السنوي وشرم الشيخ تستعد."), []);
  assert.deepEqual(gpes("توجه الوزير إلى الحدود الشمالية مع وفد عسكري."), []);
});
