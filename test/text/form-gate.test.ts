// text/form-gate.ts: the tokens whose form passes a test, answered once per form. The answer must
// equal the test asked token by token, on numbered lists (tokenize's) and hand-made ones, across
// resources that change between calls.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../../src/core/document.ts";
import { firstFrom, formGate, tokensPassing } from "../../src/text/form-gate.ts";
import { tokenize } from "../../src/text/tokens.ts";

const TEXT = "قال مدير شركة النور للتجارة إن الشركة وقعت عقدا مع شركة الفجر، وإن الشركة تنوي التوسع.";
let asked = 0;
const IN_SET = formGate((t, words: Set<string>) => { asked++; return words.has(t.norm); });
const direct = (tokens: readonly Token[], words: Set<string>) => tokens.flatMap((t, i) => (words.has(t.norm) ? [i] : []));

test("form gate: the same indices as the test asked per token", () => {
  const tokens = tokenize(TEXT);
  for (const words of [new Set(["الشركه"]), new Set(["شركه", "قال"]), new Set<string>(), new Set(["،", "."])]) {
    assert.deepEqual([...tokensPassing(IN_SET, tokens, words)], direct(tokens, words));
  }
});

test("form gate: each distinct form is asked once for the same resources", () => {
  const tokens = tokenize(TEXT);
  const words = new Set(["الشركه"]);
  tokensPassing(IN_SET, tokens, words); // a new resource object: the kept answers are dropped
  asked = 0;
  const again = tokensPassing(IN_SET, tokens, words);
  assert.equal(asked, 0);
  assert.deepEqual([...again], direct(tokens, words));
  assert.equal(again.length, 2); // الشركة twice
});

test("form gate: new resources are asked again, not answered from the old ones", () => {
  const tokens = tokenize(TEXT);
  assert.deepEqual([...tokensPassing(IN_SET, tokens, new Set(["شركه"]))], direct(tokens, new Set(["شركه"])));
  assert.deepEqual([...tokensPassing(IN_SET, tokens, new Set(["مدير"]))], [1]);
});

test("form gate: a hand-made token list is tested token by token", () => {
  const made = tokenize(TEXT).map((t) => ({ ...t }));
  const words = new Set(["الشركه", "مع"]);
  assert.deepEqual([...tokensPassing(IN_SET, made, words)], direct(made, words));
  assert.equal(tokensPassing(IN_SET, [], words).length, 0);
});

test("form gate: a second call for the same list answers again, another list gets its own", () => {
  const a = tokenize(TEXT), b = tokenize("وقعت شركة الأمل عقدا مع الشركة الوطنية.");
  const words = new Set(["الشركه"]);
  const first = [...tokensPassing(IN_SET, a, words)];
  asked = 0;
  assert.deepEqual([...tokensPassing(IN_SET, a, words)], first);
  assert.equal(asked, 0);
  assert.deepEqual([...tokensPassing(IN_SET, b, words)], direct(b, words));
  assert.deepEqual([...tokensPassing(IN_SET, a, words)], first);
});

// All gates keep their answers in one table (two bits a gate) and a document's words are gathered
// once: one gate's answers must never pass for another's, and one gate's new resources must drop
// its own answers only.
let askedB = 0;
const ENDS_TA = formGate((t, letter: string) => { askedB++; return t.norm.endsWith(letter); });
const endsWith = (tokens: readonly Token[], letter: string) => tokens.flatMap((t, i) => (t.norm.endsWith(letter) ? [i] : []));

test("form gates sharing the table: each answers its own test, in any order", () => {
  const tokens = tokenize(TEXT);
  const words = new Set(["شركه", "عقدا"]);
  for (let round = 0; round < 2; round++) {
    assert.deepEqual([...tokensPassing(ENDS_TA, tokens, "ه")], endsWith(tokens, "ه"));
    assert.deepEqual([...tokensPassing(IN_SET, tokens, words)], direct(tokens, words));
  }
  // شركة ends in ه and is in the set; عقدا is only in the set; الشركة only ends in ه
  assert.notDeepEqual([...tokensPassing(ENDS_TA, tokens, "ه")], [...tokensPassing(IN_SET, tokens, words)]);
});

test("form gates sharing the table: one gate's new resources keep the other's answers", () => {
  const tokens = tokenize(TEXT), other = tokenize("وقعت شركة الأمل عقدا مع الشركة الوطنية.");
  tokensPassing(ENDS_TA, tokens, "ا");
  askedB = 0;
  assert.deepEqual([...tokensPassing(IN_SET, tokens, new Set(["مع"]))], direct(tokens, new Set(["مع"])));
  assert.deepEqual([...tokensPassing(IN_SET, tokens, new Set(["قال"]))], [0]);
  // (another document first: the same list again is not answered from the gate's last call)
  tokensPassing(ENDS_TA, other, "ا");
  assert.deepEqual([...tokensPassing(ENDS_TA, tokens, "ا")], endsWith(tokens, "ا"));
  assert.equal(askedB, new Set(other.map((t) => t.text)).size - new Set(other.filter((t) => tokens.some((u) => u.text === t.text)).map((t) => t.text)).size);
});

test("form gates past the shared table's sixteen answer from a table of their own", () => {
  const tokens = tokenize(TEXT);
  const many = Array.from({ length: 20 }, (_, k) => formGate((t, w: string) => t.norm.length === k % 6 + 1 && t.norm !== w));
  for (let round = 0; round < 2; round++) {
    many.forEach((g, k) => assert.deepEqual([...tokensPassing(g, tokens, "قال")], tokens.flatMap((t, i) => (t.norm.length === k % 6 + 1 && t.norm !== "قال" ? [i] : []))));
  }
  assert.deepEqual([...tokensPassing(many[19], tokens, "")], tokens.flatMap((t, i) => (t.norm.length === 2 ? [i] : [])));
});

test("firstFrom: the first position holding an index at or after i", () => {
  const hits = Int32Array.from([2, 5, 9]);
  assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((i) => firstFrom(hits, i)), [0, 0, 1, 1, 2, 2, 3]);
  assert.equal(firstFrom(new Int32Array(0), 4), 0);
});

// One walk per document (session 17): the first shared gate to scan a list keeps the tokens that
// pass any gate asked so far; a gate asked for the first time later, or after another gate's
// resources changed, must still see every token that passes it. (Made at load, so they take
// places in the shared table before the test of twenty gates above takes the rest.)
const LATE = formGate((t, w: string) => t.norm === w);
const EARLY = formGate((t, w: string) => t.norm === w);
const normIs = (tokens: readonly Token[], w: string) => tokens.flatMap((t, i) => (t.norm === w ? [i] : []));

test("form gates: a gate first asked after a document's walk finds all its tokens", () => {
  const tokens = tokenize("أعلن وزير الداخلية في مدينة الواحة أن الشرطة أوقفت ثلاثة رجال قرب سوق الواحة.");
  assert.deepEqual([...tokensPassing(EARLY, tokens, "وزير")], [1]);
  // (the list kept for `tokens` holds only وزير and the other gates' words: LATE was never asked when it was made)
  const oasis = normIs(tokens, "الواحه");
  assert.equal(oasis.length, 2);
  assert.deepEqual([...tokensPassing(LATE, tokens, "الواحه")], oasis);
  assert.deepEqual([...tokensPassing(EARLY, tokens, "وزير")], [1]);
  assert.deepEqual([...tokensPassing(LATE, tokens, "سوق")], normIs(tokens, "سوق"));
});

const seen: string[] = [];
const ASKS_A = formGate((t, w: string) => { seen.push("a:" + w); return t.norm === w; });
const ASKS_B = formGate((t, w: string) => { seen.push("b:" + w); return t.norm === w; });

test("form gates: a document's walk asks the other gates on new forms, each with its own resources", () => {
  const first = tokenize("زار الوفد مدينة الريحان");
  tokensPassing(ASKS_A, first, "الوفد");
  tokensPassing(ASKS_B, first, "مدينه");
  seen.length = 0;
  // a new document with two new forms: B's walk asks A too (with A's resources), so A's call asks nothing
  const second = tokenize("غادر الوفد مدينة الصفا");
  assert.deepEqual([...tokensPassing(ASKS_B, second, "مدينه")], [2]);
  assert.deepEqual(seen.sort(), ["a:الوفد", "a:الوفد", "b:مدينه", "b:مدينه"]);
  assert.deepEqual([...tokensPassing(ASKS_A, second, "الوفد")], [1]);
  assert.equal(seen.length, 4);
});
