// Whose attacks a possessive pronoun names (owned-force.ts): a plural noun of force carrying a
// pronoun ("هجماتها"، "غاراته") is done by the named actor before it in its sentence; a singular
// one or one whose genitive suffers it ("تحريرها"، "قصفه") is not. Sentences written for these
// tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD } from "./world.ts";

// [name, sentence, source, target] — an ASSAULT with these actors is found
const FOUND: [string, string, string | null, string | null][] = [
  ["the subject owns the raids a support phrase launches", "وواصل جيش نورستان، صباح أمس الأحد، شن غاراته على مواقع جبهة التحرير.", "o:army", "o:front"],
  ["a relative clause's subject does not own the raids; its antecedent does", "وزاد جيش نورستان الذي تدعمه سودانيا من غاراته على مواقع جبهة التحرير يوم الثلاثاء.", "o:army", "o:front"],
  ["the subject of another verb owns the attacks", "وضاعف جيش نورستان خلال الأسبوع الماضي هجماته ضد جبهة التحرير.", "o:army", "o:front"],
];
for (const [name, text, source, target] of FOUND) {
  test(`owned force: ${name}`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.some((e) => e.source === source && e.target === target), show(evs));
  });
}

// [name, sentence, trigger word] — no ASSAULT told by that word has a source
const NOT_OWNED: [string, string, string][] = [
  ["a singular noun's pronoun may be what it struck", "ووصل جيش نورستان إلى الجسر القديم يوم الثلاثاء قبل تفجيره.", "تفجير"],
];
for (const [name, text, word] of NOT_OWNED) {
  test(`owned force: ${name}`, () => {
    const evs = eventsIn(text, WORLD).filter((e) => e.type === "ASSAULT" && e.trigger.includes(word));
    assert.ok(evs.every((e) => e.source === null && e.source_text === null), show(evs));
  });
}
