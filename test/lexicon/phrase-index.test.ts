// The phrase index over real tokens (text/analyze.ts): clitic readings by part of speech, longest
// match, and the per-list cache of forms and gates (one entry per written word, by position).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../../src/core/document.ts";
import { PhraseIndex, matchAllEach, matchesIn, tokenForms, tokenFormsAt, withReadings } from "../../src/lexicon/phrase-index.ts";
import { analyze } from "../../src/text/analyze.ts";

const words = (text: string) => analyze(text).tokens;
const show = (toks: Token[], ms: { start: number; end: number }[]) => ms.map((m) => toks.slice(m.start, m.end).map((t) => t.text).join(" "));

function index(): PhraseIndex<string> {
  const ix = new PhraseIndex<string>();
  ix.add(["قال"], "verb", "say");
  ix.add(["اكد"], "verb", "assert");
  ix.add(["بحث"], "noun", "research");
  ix.add(["وكاله", "الانباء"], "noun", "agency");
  ix.add(["وكاله"], "noun", "agency-head");
  return ix;
}

// [text, phrases found]
const CASES: [string, string[]][] = [
  ["وقال الوزير إن الطريق مفتوح وقال النائب إنه مغلق", ["وقال", "وقال"]],
  ["نقلت وكالة الأنباء الرسمية الخبر عن مصادر في وكالة أخرى", ["وكالة الأنباء", "وكالة"]],
  ["وأكد الوزير أن البحث جار وبالبحث سيتضح الأمر", ["وأكد", "البحث", "وبالبحث"]],
  ["بحث الوزيران العلاقات الثنائية", ["بحث"]], // a noun form: "بحث" read whole, never ب + حث
];

test("matchAll finds the longest phrase through clitic readings by part of speech", () => {
  const ix = index();
  for (const [text, expected] of CASES) { const toks = words(text); assert.deepEqual(show(toks, ix.matchAll(toks)), expected, text); }
});

test("a word repeated in a list shares its forms; a token by position reads as the token alone", () => {
  const toks = words("قال قال وقال");
  for (let i = 0; i < toks.length; i++) assert.deepEqual(tokenFormsAt(toks, i, "verb"), tokenForms(toks[i], "verb"));
  assert.ok(tokenFormsAt(toks, 2, "verb").includes("قال"));
});

test("a copy restricted to some readings is matched on those readings only, not on its word's", () => {
  const toks = words("وقال الوزير");
  const ix = index();
  assert.ok(ix.matchAt(toks, 0));
  const whole = withReadings(toks[0], [toks[0].readings[0]]); // only "وقال", no و + قال
  assert.equal(ix.matchAt([whole, toks[1]], 0), null);
});

test("an index compiled after a list was first read still sees that list's tokens", () => {
  const toks = words("ودعا المجلس إلى التهدئة");
  const first = index();
  assert.deepEqual(first.matchAll(toks), []);
  const later = new PhraseIndex<string>();
  later.add(["دعا"], "verb", "call");
  assert.deepEqual(show(toks, later.matchAll(toks)), ["ودعا"]);
});

test("a word's forms live on its written form: every list shares them, a foreign record is replaced", () => {
  const a = words("وقال الوزير"), b = words("قال الرئيس ثم وقال");
  assert.ok(a[0].form && a[0].form === b[3].form);
  assert.equal(tokenFormsAt(a, 0, "verb"), tokenFormsAt(b, 3, "verb")); // the same array, computed once
  // a hand-made token without a form reads the same forms
  const bare: Token = { ...a[0], form: undefined };
  assert.deepEqual(tokenForms(bare, "verb"), tokenForms(a[0], "verb"));
  // a record left by another copy of this module (or anything else) is not trusted
  const c = words("ودعا المجلس");
  c[0].form!.phrases = { owner: new Map(), gen: 1e9, gate: -1, verb: ["x"], noun: ["x"], participle: ["x"], particle: ["x"], any: ["x"] };
  assert.ok(tokenForms(c[0], "verb").includes("دعا"));
  const ix = index();
  assert.equal(ix.matchAt(c, 0), null);
  // nor a number left by another copy of this module ("begins no phrase" as of its generation)
  const d = words("وقال الوزير");
  d[0].form!.phrases = 123456789;
  assert.deepEqual(ix.matchAt(d, 0)?.values, ["say"]);
});

test("an index that grows after it read a word sees the word's new phrases", () => {
  const toks = words("وناشد المجلس الأطراف");
  const ix = index();
  assert.equal(ix.matchAt(toks, 0), null);
  ix.add(["ناشد"], "verb", "appeal");
  assert.deepEqual(ix.matchAt(toks, 0)?.values, ["appeal"]);
  ix.add(["ناشد", "المجلس"], "verb", "appeal-council");
  assert.deepEqual(show(toks, ix.matchAll(toks)), ["وناشد المجلس"]);
});

test("matchesIn reads a range's matches from the whole text's, equal to matching the range again", () => {
  // "وكالة الأنباء" straddles some ranges below: those are matched again
  const toks = words("قال الوزير إن وكالة الأنباء نقلت الخبر. وأكد النائب أن وكالة ستنشر البحث. بحث الوزيران");
  const ix = index();
  const all = ix.matchAll(toks);
  for (let a = 0; a <= toks.length; a++) for (let b = a; b <= toks.length; b++)
    assert.deepEqual(matchesIn(ix, toks, all, a, b), ix.matchAll(toks, a, b), `[${a}, ${b})`);
});

test("a word that is a phrase under several parts of speech gives the values of all, in the order they were added", () => {
  const ix = new PhraseIndex<string>();
  ix.add(["طرد"], "verb", "expel");
  ix.add(["طرد"], "noun", "expulsion");
  ix.add(["طرد", "السفير"], "noun", "expel-ambassador");
  const toks = words("قررت الحكومة طرد السفير ثم طرد الملحق");
  // [token, values]: the longer noun phrase wins at the first, both one-word readings tie at the second
  const CASES: [number, string[]][] = [[2, ["expel-ambassador"]], [5, ["expel", "expulsion"]]];
  for (const [i, values] of CASES) assert.deepEqual(ix.matchAt(toks, i)?.values, values, toks[i].text);
});

test("matchAllEach gives each index's matchAll in one pass, overlapping indexes apart", () => {
  const cues = index();
  const places = new PhraseIndex<string>();
  places.add(["وكاله"], "noun", "agency-word");
  places.add(["الانباء", "الرسميه"], "noun", "official-news");
  const toks = words("وقال مصدر في وكالة الأنباء الرسمية إن البحث مستمر، وأكد آخر ذلك");
  const [a, b] = matchAllEach(toks, [cues as PhraseIndex<unknown>, places as PhraseIndex<unknown>]);
  assert.deepEqual(a, cues.matchAll(toks));
  assert.deepEqual(b, places.matchAll(toks));
  assert.deepEqual(show(toks, a), ["وقال", "وكالة الأنباء", "البحث", "وأكد"]);
  assert.deepEqual(show(toks, b), ["وكالة", "الأنباء الرسمية"]);
});

test("a word that only continues phrases (kept as a stamp on its form, no entry) still ends a walk and may later begin one", () => {
  const ix = new PhraseIndex<string>();
  ix.add(["اطلاق", "النار"], "noun", "fire");
  const toks = words("تبادل الطرفان إطلاق النار ثم النار خمدت");
  // [token, the phrase matched there or null]: "النار" continues "إطلاق النار" but begins nothing
  const before: [number, string | null][] = [[2, "fire"], [3, null], [5, null]];
  for (const [i, v] of before) assert.deepEqual(ix.matchAt(toks, i)?.values ?? null, v === null ? null : [v], toks[i].text);
  assert.deepEqual(show(toks, ix.matchAll(toks)), ["إطلاق النار"]);
  ix.add(["النار"], "noun", "fire-word"); // now it begins one too
  const after: [number, string | null][] = [[2, "fire"], [5, "fire-word"]];
  for (const [i, v] of after) assert.deepEqual(ix.matchAt(toks, i)?.values ?? null, v === null ? null : [v], toks[i].text);
});

test("more indexes than a word entry keeps in itself (results of later indexes in its array) match alike", () => {
  const toks = words("وقال المتحدث إن وكالة الأنباء نقلت الخبر");
  const ixs: PhraseIndex<string>[] = [];
  for (let k = 0; k < 12; k++) {
    const ix = new PhraseIndex<string>();
    if (k % 2) ix.add(["وكاله", "الانباء"], "noun", `agency-${k}`); // walks (an Open result)
    else ix.add(["قال"], "verb", `say-${k}`);                       // one-word results
    ixs.push(ix);
  }
  const each = matchAllEach(toks, ixs as PhraseIndex<unknown>[]);
  for (let k = 0; k < 12; k++) {
    assert.deepEqual(show(toks, ixs[k].matchAll(toks)), [k % 2 ? "وكالة الأنباء" : "وقال"], `index ${k}`);
    assert.deepEqual(each[k], ixs[k].matchAll(toks), `index ${k}`);
  }
});
