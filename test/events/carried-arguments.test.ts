// Arguments the verb does not name beside it, carried from the clause or sentence around it: a
// sentence opening on its verb goes on with the subject before; a verb joined to a support verb's
// masdar shares its subject; "كان X قد فعل"; an object after an aside and a comma; a share word
// before an event noun that is the subject. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD_WITH_ADJECTIVE } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD_WITH_ADJECTIVE);

// [name, text, type, source, target, trigger]
const FOUND: [string, string, string, string | null, string | null, string][] = [
  ["a sentence opening with كما carries the subject of the sentence before", "خبر\n\nوأعلنت سودانيا حالة الطوارئ في الشمال. كما شنت بدورها غارات على جبهة التحرير.", "ASSAULT", "g:south", "o:front", "غارات"],
  ["a verb opening its sentence after و carries the subject too", "خبر\n\nوأغلقت سودانيا حدودها الشمالية. وهاجمت مواقع جبهة التحرير قرب الحدود.", "ASSAULT", "g:south", "o:front", "وهاجمت"],
  ["a verb joined to a support verb's masdar shares its subject", "شنت سودانيا غارات على جبهة التحرير واعتقلت عناصر كثيرين.", "COERCE", "g:south", null, "واعتقلت"],
  ["كان X قد: the subject before قد, the name after the verb its object", "وكان أمين فارس قد طالب سودانيا بسحب قواتها.", "REQUEST", "p:amin", "g:south", "طالب"],
  ["an aside in brackets and a comma before what is hit", "وقصف جيش نورستان أمس (الأحد)، مواقع لجبهة التحرير قرب الحدود.", "ASSAULT", "o:army", "o:front", "وقصف"],
  ["a share word before the event noun that is the subject", "واستهدفت معظم غارات جيش نورستان مواقع جبهة التحرير.", "ASSAULT", "o:army", "o:front", "واستهدفت"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`event: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), show(events(text)));
  });
}

// a feminine verb does not carry a man named before; a verb after other words does not carry at all
const NOT_CARRIED: [string, string, string][] = [
  ["a feminine verb does not take a man as its subject", "خبر\n\nواستقبل أمين فارس وفدا من الشمال. كما شنت غارات على جبهة التحرير.", "غارات"],
  ["a verb after a subject of its own words does not carry", "خبر\n\nوأعلنت سودانيا حالة الطوارئ. وفي الشمال قصفت طائرات مجهولة مواقع جبهة التحرير.", "قصفت"],
];
for (const [name, text, trigger] of NOT_CARRIED) {
  test(`event: ${name}`, () => {
    const evs = events(text).filter((e) => e.trigger === trigger);
    assert.ok(evs.every((e) => e.source !== "p:amin" && e.source !== "g:south"), show(evs));
  });
}

// an honorific after the verb stands for the person named in the sentence before
test("event: an honorific after the verb is the person named before", () => {
  const evs = events("خبر\n\nواستقبل أمين فارس وفد سودانيا في مكتبه. وبحث سموه مع الوفد العلاقات الثنائية.").filter((e) => e.type === "CONSULT" && e.trigger === "وبحث");
  assert.ok(evs.some((e) => e.source === "p:amin"), show(evs));
});

// lexicon rows and rules for actors named around the trigger (each sentence written for this test)
const MORE: [string, string, string, string | null, string | null, string][] = [
  ["نجح X في + masdar: X is the masdar's actor", "نجحت جبهة التحرير في تدمير مواقع جيش نورستان قرب الحدود.", "ASSAULT", "o:front", "o:army", "تدمير"],
  ["تمكن X من + masdar: X is the masdar's actor", "وتمكنت جبهة التحرير من طرد جيش نورستان من وادي الريح.", "COERCE", "o:front", "o:army", "طرد"],
  ["a title's adjective after the verb stands for the person named next", "وزار الوزير النورستاني أمين فارس سودانيا أمس.", "CONSULT", "p:amin", "g:south", "وزار"],
  ["who announces another state's forces arriving is not their mover", "وأعلن أمين فارس بدء وصول قوات نورستانية إلى وادي الريح.", "MOBILIZE", "g:north", null, "وصول قوات"],
  ["استحسان X: X supports", "ولاقت الخطة استحسان سودانيا.", "SUPPORT", "g:south", null, "استحسان"],
  ["إحراق X: X suffers the arson", "ونددت سودانيا بإحراق مقر جبهة التحرير في وادي الريح.", "ASSAULT", null, "o:front", "بإحراق"],
];
for (const [name, text, type, source, target, trigger] of MORE) {
  test(`event: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), show(events(text)));
  });
}

// "جال في" (toured) is a visit; "تجول" (strolled) is not
test("event: جال في is a visit, تجول is not", () => {
  assert.ok(events("وجال أمين فارس في عدد من دول المنطقة.").some((e) => e.type === "CONSULT" && e.source === "p:amin"));
  assert.deepEqual(events("وتجول أمين فارس في سوق وادي الريح.").filter((e) => e.type === "CONSULT").map((e) => e.trigger), []);
});

// "رئيس X الدكتور Y": the body a title heads, then the person holding it, who acts
test("event: the holder named after a title's body is the actor, not the body", () => {
  const world = [...WORLD_WITH_ADJECTIVE, { id: "o:council", type: "ORG" as const, forms: ["مجلس الشورى النورستاني"] }];
  const evs = eventsIn("طالب رئيس مجلس الشورى النورستاني الدكتور أمين فارس سودانيا بوقف الحملة.", world).filter((e) => e.type === "REQUEST");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["p:amin", "g:south"]]);
});

test("event: the holder is found past the body's other name in quote marks", () => {
  const world = [...WORLD_WITH_ADJECTIVE, { id: "o:council", type: "ORG" as const, forms: ["مجلس الشورى النورستاني"] }];
  const evs = eventsIn("طالب رئيس مجلس الشورى النورستاني «مجلس الحكماء» الدكتور أمين فارس سودانيا بوقف الحملة.", world).filter((e) => e.type === "REQUEST");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["p:amin", "g:south"]]);
});

// "…، داعيا X إلى": an accusative participle closing a clause is the clause's person's act on X;
// without a name after it, no event
test("event: a circumstantial participle takes the clause's person and the name after it", () => {
  const evs = events("وأدان أمين فارس الهجوم على وادي الريح، داعيا سودانيا إلى التحقيق فيه.").filter((e) => e.trigger === "داعيا");
  assert.deepEqual(evs.map((e) => [e.type, e.source, e.target]), [["REQUEST", "p:amin", "g:south"]]);
  const acc = events("وأعلنت جبهة التحرير انسحابها من المفاوضات، متهما سودانيا بخرق الهدنة.").filter((e) => e.trigger === "متهما");
  assert.deepEqual(acc.map((e) => [e.type, e.source, e.target]), [["ACCUSE", "o:front", "g:south"]]);
  assert.deepEqual(events("وأدان أمين فارس الهجوم، مطالبا بمحاسبة المسؤولين عنه.").filter((e) => e.trigger === "مطالبا"), []);
});

// what a strike hits, owned by the name after it; the accusative masdar apart from its support verb
const HITS: [string, string, string, string | null, string | null, string][] = [
  ["على + a noun for what is hit: its owner is the target", "ونفذ جيش نورستان غارات مركزة على مواقع جبهة التحرير.", "ASSAULT", "o:army", "o:front", "غارات"],
  ["هجوما apart from شن", "وشنت سودانيا هجوما على جبهة التحرير قرب الحدود.", "ASSAULT", "g:south", "o:front", "هجوما"],
  ["نصب كمينا", "ونصبت جبهة التحرير كمينا لدورية من جيش نورستان.", "ASSAULT", "o:front", null, "كمينا"],
];
for (const [name, text, type, source, target, trigger] of HITS) {
  test(`event: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type && e.trigger === trigger);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target)), show(events(text)));
  });
}

test("event: a sharp attack (هجوما حادا) is criticism, a violent one is an assault", () => {
  assert.deepEqual(events("وشن أمين فارس هجوما حادا على سودانيا في مؤتمر صحافي.").map((e) => [e.type, e.source, e.target]), [["ACCUSE", "p:amin", "g:south"]]);
  assert.deepEqual(events("وشن جيش نورستان هجوما عنيفا على جبهة التحرير.").map((e) => [e.type, e.source, e.target]), [["ASSAULT", "o:army", "o:front"]]);
});

// unnamed people stand for the group they belong to; officials "في" a state for the state
test("event: people held are named by the group they are said to belong to", () => {
  const evs = events("واعتقلت سودانيا ثلاثة أشخاص يشتبه بانتمائهم لجبهة التحرير.").filter((e) => e.type === "COERCE");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["g:south", "o:front"]]);
});
test("event: officials in a state who act stand for the state", () => {
  const evs = events("وقالت مصادر إن مسؤولين في سودانيا اعتقلوا عشرة من عناصر جبهة التحرير.").filter((e) => e.type === "COERCE");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["g:south", "o:front"]]);
});

test("event: restrictions imposed (قيودا) are COERCE; تطاول على is ACCUSE", () => {
  assert.deepEqual(events("وفرضت سودانيا قيودا على سفر مواطني نورستان.").map((e) => [e.type, e.source]), [["COERCE", "g:south"]]);
  assert.deepEqual(events("وتطاول أمين فارس على قيادة سودانيا.").map((e) => [e.type, e.source, e.target]), [["ACCUSE", "p:amin", "g:south"]]);
});

test("event: a masdar after على is what the verb answers, not the verb's own act", () => {
  const evs = events("وردت سودانيا على تطاول أمين فارس على قيادتها.").filter((e) => e.trigger === "تطاول");
  assert.deepEqual(evs.map((e) => [e.type, e.source]), [["ACCUSE", "p:amin"]]);
});
