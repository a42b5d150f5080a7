// Names a pattern found whole and then lost a word of (session 12, names12):
// - a compound given name whose second part is a compound_tail (الدين) goes on over a family name
//   ("عز الدين الأصبحي"), even when its first part is also a word (عز); الله is no such tail
//   ("من فضل الله سبحانه" names no one);
// - the tagger, starting a name at the second given name of a compound one, does not take the
//   pattern's first given name off it ("وعلي [رضا هاشمي]", family-named.ts givenFirst);
// - عبده is a given name (first-names.tsv), so a titled "اللواء عبده X" is found whole.
// The shipped KB, lexicons and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const persons = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "PERSON").map((m) => m.text);

const cases: [string, string, boolean][] = [
  ["وبحسب وزير الإعلام عز الدين الأصبحي، فإن البث سيستأنف", "عز الدين الأصبحي", true],
  ["وقال سيف الدين الحمداني إن الاتفاق صامد", "سيف الدين الحمداني", true],
  ["وهذا من فضل الله سبحانه علينا", "فضل الله سبحانه", false],
  ["وهذا من فضل الله سبحانه علينا", "فضل الله", false],
  ["وطالبوا بالإفراج عن ناشطين بينهم حميد نوري وعلي رضا كاظمي وآخرين", "علي رضا كاظمي", true],
  ["وقال وزير النقل اللواء عبده المقطري إن الطيران سيعود", "عبده المقطري", true],
];
for (const [text, name, present] of cases) {
  test(`«${text}» ${present ? "names" : "does not name"} ${name}`, () => assert.equal(persons(text).includes(name), present, JSON.stringify(persons(text))));
}
