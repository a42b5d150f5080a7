// addCoreference skips a token whose last letter ends no family name in view, reading that
// letter from the article text (coreference.ts lastFolded). It must always be the last letter of
// the token's norm, whatever diacritics, tatweel or letter variants end the written word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { lastFolded } from "../../src/entities/coreference.ts";

const words = ["الشريفُ", "مسعدٌ", "الزيانيّ", "عرفاتـ", "حكومة", "مصطفى", "سبأ", "Obama", "OBAMA", "ﻻ", "ﷲ", "الله\u200c"];

for (const w of words) {
  test(`lastFolded(${w}) is the last letter of its norm`, () => {
    const text = `قال ${w} أمس`;
    const t = analyze(text).tokens.find((x) => x.start === 4)!;
    const expected = t.norm.length ? t.norm.charCodeAt(t.norm.length - 1) : -1;
    assert.equal(lastFolded(text, t), expected, `${w} → ${t.norm}`);
  });
}
