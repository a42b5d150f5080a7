// transliterate() and slug() are spelled without intermediate arrays or regexes for speed; ids
// depend on them, so they must equal the plain definitions (kept here) on every input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { slug, transliterate } from "../../src/entities/transliterate.ts";
import { normalize } from "../../src/text/normalize.ts";

const slugRef = (arabic: string) =>
  transliterate(arabic).toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48);

// pinned spellings: ids and name_en of unknown names are made from them
const table: [string, string, string][] = [
  ["محمد فتحي الشريف", "Mahmd Fathi al-Sharif", "mahmd-fathi-al-sharif"],
  ["ماركو مسعد", "Marku Mas'd", "marku-masd"],
  ["عبد الله بن عمر", "Abd al-La Ban Amr", "abd-al-la-ban-amr"],
  ["وزارة الدفاع 2015", "Wazara al-Dafa 2015", "wazara-al-dafa-2015"],
  ["Obama", "Obama", "obama"],
  ["؟؟ «»", " ", ""], // two words that spell as nothing keep their joining space
  ["ع", "", ""],
];
for (const [name, en, s] of table) {
  test(`transliterate(${name}) = ${en}, slug ${s}`, () => {
    assert.equal(transliterate(name), en);
    assert.equal(slug(name), s);
  });
}

test("slug equals its regex definition on 3,000 generated names", () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ـًّ'-.0123456789aZ«»؟،\u200cﻻ";
  for (let k = 0; k < 3000; k++) {
    let s = "";
    const len = 1 + rnd(40);
    for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
    assert.equal(slug(s), slugRef(s), JSON.stringify(s));
    assert.equal(transliterate(s), transliterate(` ${s} `), "spacing around the name does not matter");
    assert.equal(transliterate(s).split(" ").length, normalize(s) ? normalize(s).split(" ").length : 1, "one spelling per word");
  }
});
