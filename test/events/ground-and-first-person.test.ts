// Triggers and verb forms added from their frequency in news (SaudiNewsNet, session 10): ground
// taken (سيطر على، السيطرة على) and advanced on (تقدم نحو), envoys summoned (استدعى … السفير), more
// circumstantials (…، مشيدا بـ / مطالبين), the
// first person plural of the event verbs (نقاتل، سنطرد), the "!" words of a row that make it no
// event (a fire put out) and its "^" words that must come next (أسر + a count), and no feminine
// plural perfect in ـن ("لأمن" is not لام + ن).
// Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { expand, imperfectForms, perfectForms } from "../../src/lexicon/inflect.ts";
import { eventsIn, show, WORLD } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD);

// [name, sentence, type, source or null, target or null, trigger]: each must be found
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["سيطر على: ground taken", "وسيطرت جبهة التحرير على وادي الريح أمس بعد معارك عنيفة.", "ASSAULT", "o:front", "g:town", "وسيطرت"],
  ["سيطر على with the subject between", "وسيطر مقاتلو جبهة التحرير أمس على وادي الريح.", "ASSAULT", "o:front", null, "وسيطر"],
  ["السيطرة على after a support verb", "وتمكن جيش نورستان من السيطرة على وادي الريح.", "ASSAULT", "o:army", null, "السيطرة على"],
  ["استدعى … السفير with the subject between", "واستدعت سودانيا سفير نورستان لديها احتجاجا على التصريحات.", "SANCTION", "g:south", null, "واستدعت"],
  ["أصيب with wounds is still an attack", "وأصيب أمين فارس بجروح في هجوم لجبهة التحرير على وادي الريح.", "ASSAULT", null, null, "وأصيب"],
  ["تقدم نحو: forces advancing on a place", "وتقدمت جبهة التحرير أمس باتجاه وادي الريح.", "ASSAULT", "o:front", null, "وتقدمت"],
  ["a circumstantial of praise: مشيدا", "وزار أمين فارس وادي الريح، مشيدا بدور نورستان في إعادة الإعمار.", "SUPPORT", "p:amin", "g:north", "مشيدا"],
  ["a circumstantial of demand in the plural: مطالبين", "وتظاهر أهالي وادي الريح أمس، مطالبين سودانيا بالإفراج عن أمين فارس.", "REQUEST", null, "g:south", "مطالبين"],
  ["the first person plural with the future: a threat", "وقال أمين فارس: سنطرد جبهة التحرير من وادي الريح.", "THREATEN", null, "o:front", "سنطرد"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`ground and first person: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => (source === null || e.source === source) && (target === null || e.target === target) && e.trigger === trigger), show(evs));
  });
}

// [name, sentence, type]: no event of that type
const NONE: [string, string, string][] = [
  ["the imperfect تسيطر tells who holds ground, not an attack", "عنوان الخبر\nوتسيطر جبهة التحرير على وادي الريح منذ سنوات.", "ASSAULT"],
  ["firemen controlling a fire are no attack (!الحريق)", "وسيطرت فرق الدفاع المدني في نورستان على الحريق بعد ساعتين.", "ASSAULT"],
  ["a fire after a support verb is none either (!النيران)", "وتمكن جيش نورستان من السيطرة على النيران في وادي الريح.", "ASSAULT"],
  ["a team controlling a match is no attack (!المباراة)", "وسيطر منتخب نورستان على المباراة أمام سودانيا.", "ASSAULT"],
  ["تقدم without نحو/باتجاه is thanks or a request, no advance", "وتقدم أمين فارس بالشكر إلى جبهة التحرير في وادي الريح.", "ASSAULT"],
  ["تقدمهم is the masdar with a possessive, not the verb with an object", "وقال أمين فارس إن تقدمهم نحو وادي الريح بطيء.", "ASSAULT"],
  ["لأمن (for the security of) is not a feminine plural of لام", "وقال أمين فارس إن جبهة التحرير تعمل لأمن وادي الريح.", "ACCUSE"],
  ["a disease is no attack (أصيب … بفيروس)", "وأصيب أمين فارس بفيروس في وادي الريح الشهر الماضي.", "ASSAULT"],
  ["madness befalling a state is no attack (أصاب … بالجنون)", "وقال أمين فارس إن ما حدث أصاب نورستان بالجنون.", "ASSAULT"],
  ["a storm striking a coast is no attack (ضرب إعصار)", "وضرب إعصار ساحل نورستان أمس.", "ASSAULT"],
  ["استدعى without an envoy is no sanction", "واستدعت سودانيا قوات الاحتياط في وادي الريح.", "SANCTION"],
  ["نصيب (a share) is not the first person of أصاب", "وكان نصيب نورستان من المساعدات قليلا في وادي الريح.", "ASSAULT"],
  ["نفر (a group) is not the first person of فر", "وقال نفر من أهالي وادي الريح إن جبهة التحرير غادرت.", "RETREAT"],
];
for (const [name, text, type] of NONE) {
  test(`ground and first person: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.equal(evs.length, 0, show(evs));
  });
}

test("a first person verb carries its subject: the name after it is its object", () => {
  const evs = events("وقال أمين فارس: نقاتل جبهة التحرير في وادي الريح منذ أشهر.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.some((e) => e.trigger === "نقاتل" && e.target === "o:front" && e.source !== "o:front"), show(evs));
});

test("the perfect has no feminine plural in ـن (it writes other words: لأمن، عفان)", () => {
  assert.ok(!perfectForms("لام").includes("لامن"));
  assert.ok(perfectForms("لام").includes("لاموا"));
});

test("the first person plural is generated only when asked", () => {
  assert.ok(!imperfectForms("يقاتل").includes("نقاتل"));
  assert.ok(imperfectForms("يقاتل", true).includes("نقاتل"));
  assert.ok(expand("قاتل/يقاتل", "verb", true).includes("نقاتل"));
  assert.ok(!expand("قاتل/يقاتل", "verb").includes("نقاتل"));
  // not the subjunctive plural: under أن، لم، لن it is a purpose or a denial (news sample: 1 of 9 right)
  assert.ok(!imperfectForms("يقاتل", true).includes("يقاتلوا"));
});

// a foiled act did not happen: أحبط/إحباط deny the event they name, wherever they stand before it
const FOILED: [string, string][] = [
  ["أحبط with its subject between", "وأحبطت قوات نورستان في وادي الريح هجوما لجبهة التحرير."],
  ["إحباط after a support verb", "وتمكن جيش نورستان من إحباط هجوم لجبهة التحرير على وادي الريح."],
];
for (const [name, text] of FOILED) {
  test(`a foiled attack is negated: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === "ASSAULT");
    assert.ok(evs.length > 0 && evs.every((e) => e.negated), show(evs) + JSON.stringify(evs.map((e) => e.negated)));
  });
}

test("an attack that happened is not negated", () => {
  const evs = events("وشنت جبهة التحرير هجوما على وادي الريح.").filter((e) => e.type === "ASSAULT");
  assert.ok(evs.length > 0 && evs.every((e) => !e.negated), show(evs));
});

test("a heading tells ground taken in the imperfect (تسيطر على); the body's imperfect is a state", () => {
  const heading = events("جبهة التحرير تسيطر على وادي الريح\nوقال أمين فارس إن المعارك مستمرة منذ أيام.").filter((e) => e.type === "ASSAULT");
  assert.ok(heading.some((e) => e.trigger === "تسيطر" && e.source === "o:front"), show(heading));
  const body = events("عنوان الخبر\nوقال أمين فارس إن جبهة التحرير تسيطر على وادي الريح منذ سنوات.").filter((e) => e.type === "ASSAULT");
  assert.equal(body.length, 0, show(body));
});

// أسر is a capture only with a count or a fighter right after it ("^" words): else it is أُسَر, families
test("أسر with a count right after it is a capture", () => {
  const evs = events("وتمكن جيش نورستان من أسر عشرات من مقاتلي جبهة التحرير.").filter((e) => e.type === "COERCE");
  assert.ok(evs.some((e) => e.trigger === "أسر" && e.source === "o:army"), show(evs));
  const verb = events("وقال أمين فارس إن جبهة التحرير أسرت 11 جنديا في وادي الريح.").filter((e) => e.type === "COERCE");
  assert.ok(verb.some((e) => e.trigger === "أسرت" && e.source === "o:front"), show(verb));
});

test("أسر before anything else is families, no capture", () => {
  for (const text of ["وقدم أمين فارس التعازي لأسر الشهداء في وادي الريح.", "وزار أمين فارس أسرته في وادي الريح بعد عودته من نورستان."]) {
    const evs = events(text).filter((e) => e.type === "COERCE");
    assert.equal(evs.length, 0, show(evs));
  }
});
