// The sides of a war (data/kb/war-sides.tsv, src/events/war-sides.ts): an attack that names no
// target is aimed at the source's enemy in the war, never at its ally, however often the ally is
// named. Sentences written for these tests; the parties carry real knowledge-base ids (the table
// is keyed by them) with invented names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isRasidError } from "../../src/core/errors.ts";
import { allied, parseWarSides, sidesOf } from "../../src/events/war-sides.ts";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const COALITION = "rasid:arab-coalition"; // KB subtype army; the table: yemen, government
const ALLY = "rasid:yemen-popular-resistance"; // militant_group; yemen, government
const FOE = "rasid:houthis"; // militant_group; yemen, houthi
const TURKISH_ARMY = "rasid:tr-army", PKK = "rasid:pkk", ISIS = "wd:Q2429253";
const W: TestEntity[] = [
  ...WORLD,
  { id: COALITION, type: "ORG", forms: ["تحالف الرمال"] },
  { id: ALLY, type: "ORG", forms: ["جبهة الصمود"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
  { id: TURKISH_ARMY, type: "ORG", forms: ["جيش الهضبة"] },
  { id: PKK, type: "ORG", forms: ["حزب الجبل"] },
  { id: ISIS, type: "ORG", forms: ["تنظيم الصحراء"] },
  { id: "g:hill", type: "GPE", forms: ["تل الزيتون"] },
];

// the ally named three times, the enemy once: the named-most rule alone would find no target
const ALLY_NAMED_MORE = "وقالت جبهة الصمود إن مقاتليها تقدموا. وأشادت جبهة الصمود بالدعم. وأكدت جبهة الصمود أن حركة الوادي تراجعت. ";

test("war sides: a coalition's strike naming no target is aimed at its enemy, not at its ally named more", () => {
  const evs = eventsIn(ALLY_NAMED_MORE + "واستهدف تحالف الرمال مواقع في تل الزيتون يوم الاثنين.", W).filter((e) => e.type === "ASSAULT" && e.source === COALITION);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === FOE), show(evs));
});

test("war sides: an armed group's advance naming no one is aimed at its enemy", () => {
  const evs = eventsIn(ALLY_NAMED_MORE + "واستعادت جبهة الصمود بلدة تل الزيتون يوم الاثنين.", W).filter((e) => e.type === "ASSAULT" && e.source === ALLY);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === FOE), show(evs));
});

test("war sides: an abduction is not aimed at the other side", () => {
  const evs = eventsIn(ALLY_NAMED_MORE + "وخطفت حركة الوادي في تل الزيتون يوم الاثنين.", W).filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== ALLY && e.target !== COALITION), show(evs));
});

test("war sides: a party of two wars whose enemies are named alike gets no target", () => {
  const text = "وقال حزب الجبل إن مقاتليه صمدوا. وتوعد تنظيم الصحراء بالرد. وأدان حزب الجبل ذلك. وهدد تنظيم الصحراء بالانتقام. وقصف جيش الهضبة مواقع في تل الزيتون يوم الاثنين.";
  const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT" && e.source === TURKISH_ARMY);
  assert.ok(evs.length > 0 && evs.every((e) => e.target !== PKK && e.target !== ISIS), show(evs));
});

test("war sides: a party of two wars takes the enemy named clearly most", () => {
  const text = "وقال حزب الجبل إن مقاتليه صمدوا. وأدان حزب الجبل ذلك. وتوعد حزب الجبل بالرد. وهدد تنظيم الصحراء بالانتقام. وقصف جيش الهضبة مواقع في تل الزيتون يوم الاثنين.";
  const evs = eventsIn(text, W).filter((e) => e.type === "ASSAULT" && e.source === TURKISH_ARMY);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === PKK), show(evs));
});

// [a, b, allied?] — read from the project's table
const ALLIES: [string, string, boolean][] = [
  [COALITION, ALLY, true],
  [COALITION, FOE, false],
  ["rasid:ye-army", COALITION, true], // forces:YE
  ["rasid:republican-guard-ye", FOE, true], // an id row beats forces:YE
  ["rasid:republican-guard-ye", "rasid:ye-army", false],
  [PKK, ISIS, false], // in no war together
];
for (const [a, b, want] of ALLIES) {
  test(`war sides: ${a} and ${b} allied: ${want}`, () => assert.equal(allied(a, b), want));
}

test("war sides: a party the table does not list has no sides", () => assert.equal(sidesOf("rasid:no-such-party"), null));

// [name, table content] — a malformed table is a knowledge-base row error
const BAD: [string, string][] = [
  ["a row without its member", "war\tside\tmember\tsource\nw\ta\t\thand\n"],
  ["a member on two sides of one war", "war\tside\tmember\tsource\nw\ta\trasid:x\thand\nw\tb\trasid:x\thand\n"],
];
for (const [name, content] of BAD) {
  test(`war sides: ${name} is an error`, () => assert.throws(() => parseWarSides(content), (e) => isRasidError(e) && e.code === "E_KB_ROW"));
}

test("war sides: forces:XX rows are kept by country", () => {
  const t = parseWarSides("war\tside\tmember\tsource\nw\ta\tforces:YE\thand\nw\tb\trasid:x\thand\n");
  assert.equal(t.byCountry.get("YE")?.get("w"), "a");
  assert.equal(t.byId.get("rasid:x")?.get("w"), "b");
});

test("war sides: an armed body of the enemy comes before its state named more often", () => {
  const W2: TestEntity[] = [...W, { id: "wd:Q43", type: "GPE", forms: ["جمهورية الهضبة"] }];
  const text = "وقالت جمهورية الهضبة إنها ستواصل عملياتها. وأكدت جمهورية الهضبة أنها لن تتراجع. وحذرت جمهورية الهضبة من التصعيد. وقال جيش الهضبة إن وحداته مستعدة. وهاجم حزب الجبل مواقع في تل الزيتون يوم الاثنين.";
  const evs = eventsIn(text, W2).filter((e) => e.type === "ASSAULT" && e.source === PKK);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === TURKISH_ARMY), show(evs));
});

test("war sides: a country on no side of the war is its field; the attack is aimed at the enemy", () => {
  const W2: TestEntity[] = [...W, { id: "wd:Q805", type: "GPE", forms: ["جمهورية السهل"] }]; // KB: a country the table sets on no side
  const evs = eventsIn("وأكدت حركة الوادي أنها صامدة. وقصف تحالف الرمال جمهورية السهل يوم الاثنين.", W2).filter((e) => e.type === "ASSAULT" && e.source === COALITION);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === FOE), show(evs));
});

test("war sides: a country that is a side of the war stays the target", () => {
  const W2: TestEntity[] = [...W, { id: "wd:Q43", type: "GPE", forms: ["جمهورية الهضبة"] }];
  const evs = eventsIn("وقال جيش الهضبة إن وحداته مستعدة. وهاجم حزب الجبل جمهورية الهضبة يوم الاثنين.", W2).filter((e) => e.type === "ASSAULT" && e.source === PKK);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === "wd:Q43"), show(evs));
});
