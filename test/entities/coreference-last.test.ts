// addCoreference skips a token whose last letter ends no family name in view, reading that
// letter from the article text (coreference.ts lastFolded). It must always be the last letter of
// the token's norm, whatever diacritics, tatweel or letter variants end the written word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { lastFolded, lastTwoFolded } from "../../src/entities/coreference.ts";

const words = ["الشريفُ", "مسعدٌ", "الزيانيّ", "عرفاتـ", "حكومة", "مصطفى", "سبأ", "Obama", "OBAMA", "ﻻ", "ﷲ", "الله\u200c"];

for (const w of words) {
  test(`lastFolded(${w}) is the last letter of its norm`, () => {
    const text = `قال ${w} أمس`;
    const t = analyze(text).tokens.find((x) => x.start === 4)!;
    const expected = t.norm.length ? t.norm.charCodeAt(t.norm.length - 1) : -1;
    assert.equal(lastFolded(text, t), expected, `${w} → ${t.norm}`);
  });
}

// lastTwoFolded: the norm's last two code units packed as (second-last low byte, last low byte),
// -1 when there are fewer than two or a space is among them
const pair = (n: string) => (n.length < 2 || n.slice(-2).includes(" ") ? -1 : ((n.charCodeAt(n.length - 2) & 0xff) << 8) | (n.charCodeAt(n.length - 1) & 0xff));
for (const w of [...words, "و", "لل", "مُـ", "a\u200cb"]) {
  test(`lastTwoFolded(${w}) is the last two letters of its norm`, () => {
    const text = `قال ${w} أمس`;
    const t = analyze(text).tokens.find((x) => x.start === 4)!;
    assert.equal(lastTwoFolded(text, t), pair(t.norm), `${w} → ${t.norm}`);
  });
}
