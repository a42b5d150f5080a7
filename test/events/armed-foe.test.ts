// Unnamed fighters attacked or seized by a party of a war the table knows are that party's enemy
// in the document (armed-foe.ts). Sentences written for these tests; the parties carry real
// knowledge-base ids (data/kb/war-sides.tsv is keyed by them) with invented names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const ALLY = "rasid:yemen-popular-resistance"; // yemen, government
const FOE = "rasid:houthis"; // yemen, houthi
const PKK = "rasid:pkk", ISIS = "wd:Q2429253", TURKISH_ARMY = "rasid:tr-army";
const W: TestEntity[] = [
  ...WORLD,
  { id: ALLY, type: "ORG", forms: ["جبهة الصمود"] },
  { id: FOE, type: "ORG", forms: ["حركة الوادي"] },
  { id: TURKISH_ARMY, type: "ORG", forms: ["جيش الهضبة"] },
  { id: PKK, type: "ORG", forms: ["حزب الجبل"] },
  { id: ISIS, type: "ORG", forms: ["تنظيم الصحراء"] },
];

// the ally named as often as the enemy: the document's main group is not clear
const BOTH = "وقالت جبهة الصمود إن حركة الوادي تراجعت. وأكدت جبهة الصمود أن حركة الوادي خسرت مواقع. ";

// [name, text, type, source, target]
const CASES: [string, string, string, string, string | null][] = [
  ["rebels fought by a party of the war are its enemy", BOTH + "وخاضت جبهة الصمود معارك عنيفة مع المتمردين في تل الزيتون.", "ASSAULT", ALLY, FOE],
  ["indefinite rebels taken prisoner", BOTH + "وأسرت جبهة الصمود 14 متمردا في تل الزيتون.", "COERCE", ALLY, FOE],
  ["gunmen attacked by a party whose one enemy is named", "وقال جيش الهضبة إن حزب الجبل صعد هجماته. واستهدف جيش الهضبة مسلحين قرب الحدود.", "ASSAULT", TURKISH_ARMY, PKK],
  ["police attacked by an armed group of the war are its enemy's", "وقال جيش الهضبة إن حزب الجبل صعد هجماته. واستهدف حزب الجبل دورية للشرطة قرب الحدود.", "ASSAULT", PKK, TURKISH_ARMY],
];
for (const [name, text, type, source, target] of CASES) {
  test(`armed foe: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type && e.source === source);
    assert.ok(evs.length > 0 && evs.every((e) => e.target === target), show(evs));
  });
}

test("armed foe: a party at war with two enemies named alike keeps the words", () => {
  const evs = eventsIn("وقال جيش الهضبة إن حزب الجبل وتنظيم الصحراء صعدا هجماتهما. واستهدف جيش الهضبة مسلحين قرب الحدود.", W)
    .filter((e) => e.type === "ASSAULT" && e.source === TURKISH_ARMY);
  assert.ok(evs.length > 0 && evs.every((e) => e.target === null && e.target_text !== null), show(evs));
});

test("armed foe: a statement about rebels is no act of force", () => {
  const evs = eventsIn(BOTH + "وطالبت جبهة الصمود المتمردين بتسليم السلاح.", W).filter((e) => e.type === "REQUEST" && e.source === ALLY);
  assert.ok(evs.every((e) => e.target !== FOE), show(evs));
});
