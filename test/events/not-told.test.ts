// Trigger words that tell no event here: a question, a possible or proposed act, a chance of one,
// a masdar that with its article names a group; and a plural that keeps its ن is a subject of its
// own, not the head of the name after it. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD_WITH_ADJECTIVE } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD_WITH_ADJECTIVE);

// [name, text, trigger that must not make an event]
const NONE: [string, string, string][] = [
  ["a question", "هل فرضت سودانيا الحظر على جبهة التحرير؟", "الحظر"],
  ["a question, verb", "هل هاجمت سودانيا جبهة التحرير؟", "هاجمت"],
  ["a possible attack", "وقال أمين فارس إن الهجوم المحتمل لجيش نورستان على وادي الريح يقلق السكان.", "الهجوم"],
  ["an attack expected", "ويتوقع أمين فارس الهجوم المرتقب لجبهة التحرير على وادي الريح.", "الهجوم"],
  ["the chance of an agreement", "وتحدث أمين فارس عن فرصة الاتفاق بين سودانيا ونورستان.", "الاتفاق"],
];
for (const [name, text, trigger] of NONE) {
  test(`no event: ${name}`, () => {
    assert.deepEqual(events(text).filter((e) => e.trigger === trigger).map((e) => e.type), [], show(events(text)));
  });
}

// "المعارضة" with its article is the opposition, even with a nationality adjective to act for it
test("no event: the opposition as a group, with its article", () => {
  const world = WORLD_WITH_ADJECTIVE.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستانية"] } : e));
  assert.deepEqual(eventsIn("ودعا أمين فارس زعيم المعارضة النورستانية إلى الحوار.", world).filter((e) => e.type === "REJECT").map((e) => e.trigger), []);
});

test("event: opposing without the article is still an act", () => {
  assert.ok(events("وأبدت سودانيا معارضة شديدة لخطة نورستان.").some((e) => e.type === "REJECT" && e.source === "g:south"));
});

test("event: a plural keeping its ن is its own subject; the name after it is the object", () => {
  const evs = events("كما دعا مسؤولون سودانيا إلى تجميد أرصدة جبهة التحرير.").filter((e) => e.type === "REQUEST");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [[null, "g:south"]]);
});

test("no event: a source asking not to be named", () => {
  const evs = events("وقال مسؤول في جيش نورستان طلب عدم نشر اسمه إن جبهة التحرير انسحبت من وادي الريح.");
  assert.deepEqual(evs.filter((e) => e.type === "REQUEST").map((e) => e.trigger), [], show(evs));
});

test("no event: whoever does it (من before an imperfect verb)", () => {
  const evs = events("وقال أمين فارس إن الوطن لمن يقاتل دفاعا عنه، وإن نورستان لمن «يقاتل» من أجلها.");
  assert.deepEqual(evs.filter((e) => e.trigger === "يقاتل").map((e) => e.type), [], show(evs));
});
