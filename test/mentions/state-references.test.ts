// A state named by its kind alone ("المملكة") is the home state of the press unless the document is
// about another kingdom; a form with an adjective or a longer name after it is that name's.
// Shipped data and model, on sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { chooseState, type StateRef } from "../../src/mentions/state-references.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}:${m.kbId ?? ""}`);

test("the bare kingdom in a document", () => {
  const cases: [string, string[], string[]][] = [
    // [text, wanted, not wanted]
    ["وأكد الوزير أن المملكة ستواصل دعم الشرعية في اليمن.", ["GPE:المملكة:wd:Q851"], []],
    ["وصل الوفد إلى الرياض قادما من عمان، وقال رئيسه إن الحدود مع المملكة آمنة وإن التعاون للمملكة مفيد.", ["GPE:المملكة:wd:Q851"], []],
    // a document about another kingdom: it is named twice, Saudi Arabia never
    ["أعلنت البحرين خطة جديدة للاستثمار، وقالت وزارة المالية إن المملكة ستفتح أسواقها، ورحب رجال الأعمال في البحرين بالقرار.", ["GPE:المملكة:wd:Q398"], ["GPE:المملكة:wd:Q851"]],
    // one other kingdom named once beside it: a partner of the home state
    ["واستقبل سفير المملكة لدى الأردن وفدا من رجال الأعمال.", ["GPE:المملكة:wd:Q851"], []],
    // an adjective or a longer name after it names another state
    ["زار الوزير المملكة الهولندية الأسبوع الماضي.", [], ["GPE:المملكة:"]],
    ["وقعت المملكة المتحدة اتفاقا جديدا.", ["GPE:المملكة المتحدة:wd:Q145"], ["GPE:المملكة:"]],
    // an indefinite kingdom is no reference
    ["تحدث الكاتب عن مملكة قديمة في الجنوب.", [], ["GPE:مملكة"]],
  ];
  for (const [text, want, not] of cases) {
    const got = found(text);
    for (const w of want) assert.ok(got.some((g) => g.startsWith(w)), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((g) => g.startsWith(n)), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("which state the form means, by how often the document names each", () => {
  const opts: StateRef[] = [
    { id: "home", country: "AA", home: true },
    { id: "b", country: "BB", home: false },
    { id: "c", country: "CC", home: false },
  ];
  const cases: [Record<string, number>, string | null][] = [
    [{}, "home"],
    [{ BB: 1 }, "home"],
    [{ BB: 2 }, "b"],
    [{ BB: 2, AA: 2 }, "home"],
    [{ BB: 3, AA: 2 }, "b"],
    [{ BB: 2, CC: 2 }, null],
    [{ BB: 2, CC: 3 }, "c"],
  ];
  for (const [named, want] of cases) assert.equal(chooseState(opts, new Map(Object.entries(named)))?.id ?? null, want, JSON.stringify(named));
  assert.equal(chooseState([{ id: "b", country: "BB", home: false }], new Map()), null, "no home row: nothing");
});
