// Actors the verb does not name beside it: fighters owned by a pronoun, the doer of a passive
// participle, the caller of a call received. Sentences written for these tests (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";
import { eventsIn, PUB, show, WORLD_WITH_ADJECTIVE } from "./world.ts";

const events = (text: string) => eventsIn(text, WORLD_WITH_ADJECTIVE);

// [name, sentence, type, source, target, trigger] — each must be found
const FOUND: [string, string, string, string | null, string | null, string | null][] = [
  ["fighters owned by a pronoun: the group named before", "ويقول السكان إن أمين فارس قائد جبهة التحرير لعب دورا في استيلاء مقاتليهم على وادي الريح.", "ASSAULT", "o:front", "g:town", "استيلاء"],
  ["fighters owned by ها: the group named before", "وكانت جبهة التحرير قد أعلنت أن مقاتليها هاجموا وادي الريح.", "ASSAULT", "o:front", "g:town", "هاجموا"],
];
for (const [name, text, type, source, target, trigger] of FOUND) {
  test(`event: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(evs.some((e) => e.source === source && (target === null || e.target === target) && (trigger === null || e.trigger === trigger)), show(evs));
  });
}

// a passive participle: the doer after من (قبل), what it describes suffers it; no doer, no event
test("event: passive participle with its doer", () => {
  const evs = events("وحذر أمين فارس من أن وادي الريح مهددة من جبهة التحرير.").filter((e) => e.trigger === "مهددة");
  assert.deepEqual(evs.map((e) => [e.type, e.source, e.target]), [["THREATEN", "o:front", "g:town"]]);
});
test("event: passive participle without a doer is no event", () => {
  assert.deepEqual(events("وقال إن وادي الريح مهددة بالجفاف.").map((e) => e.trigger), []);
});

// "تلقى X اتصالا هاتفيا من Y": Y called X
test("event: a call received names its caller after من", () => {
  const evs = events("تلقى أمين فارس اتصالا هاتفيا أمس من جبهة التحرير.").filter((e) => e.type === "CONSULT");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["o:front", "p:amin"]]);
});

// "تنظيم “الرايات”": the head word stands outside the mention; "التنظيم" later still names the group
test("event: the head noun names again a group written after that head in quote marks", () => {
  const world = [...WORLD_WITH_ADJECTIVE, { id: "o:banners", type: "ORG" as const, forms: ["الرايات"] }];
  const evs = eventsIn("وبث تنظيم “الرايات” شريطا مصورا، وظهرت فيه لقطات لبعض عناصر التنظيم، وهم يهاجمون جيش نورستان.", world).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["o:banners", "o:army"]], show(evs));
});

// "أكدت الخارجية المصرية تضامن مصر مع …": who states the support of the state it speaks for is
// coded as giving it (real states and a ministry from the knowledge base, whose country it knows)
test("event: support stated by a body for its own state is coded on that body", async () => {
  const { findQuotes } = await import("../../src/quotes/find-quotes.ts");
  const world = [
    { id: "wd:Q79", type: "GPE" as const, forms: ["جمهورية مصر العربية", "مصر"] },
    { id: "wd:Q810", type: "GPE" as const, forms: ["الأردن"] },
    { id: "rasid:eg-foreign", type: "ORG" as const, forms: ["الخارجية المصرية"] },
  ];
  for (const text of [
    "وأكدت الخارجية المصرية في بيان أمس تضامن جمهورية مصر العربية مع الأردن.",
    "وأكدت الخارجية المصرية في بيان أمس أن مصر تتضامن مع الأردن.",
  ]) {
    const doc = makeDoc(text, world, PUB);
    doc.quotes = findQuotes(doc);
    const evs = findEvents(doc).filter((e) => e.type === "SUPPORT");
    assert.deepEqual(evs.map((e) => [e.source, e.target]), [["rasid:eg-foreign", "wd:Q810"]], `${text} ${show(evs)}`);
  }
});

// "وهو ما ردت عليه X بعملية عسكرية": a force aimed at a pronoun after the verb is aimed at the
// nearest named actor before it that is not the doer (a town is where, not whom)
const PRONOUN_TARGETS: [string, string, string, string | null, string | null][] = [
  ["عليه after a support verb", "وزعمت جبهة التحرير أنها أسقطت طائرة قرب وادي الريح، وهو ما ردت عليه نورستان بعملية عسكرية واسعة.", "بعملية عسكرية", "g:north", "o:front"],
  ["لها after a verb", "وأعلنت جبهة التحرير تحركا جديدا قرب وادي الريح، فتصدت لها قوات جيش نورستان.", "فتصدت", "o:army", "o:front"],
];
for (const [name, text, trigger, source, target] of PRONOUN_TARGETS) {
  test(`event: pronoun target, ${name}`, () => {
    const evs = events(text).filter((e) => e.trigger === trigger);
    assert.deepEqual(evs.map((e) => [e.source, e.target]), [[source, target]], show(evs));
  });
}

// "وأوضح X أنه في حال … سيتم التصدي لها بقوة": force announced for later with no doer is the speaker's threat
test("event: a future use of force with no doer, inside a quote, is the speaker's threat", async () => {
  const { findQuotes } = await import("../../src/quotes/find-quotes.ts");
  const doc = makeDoc("وأوضح أمين فارس أنه في حال قيام جبهة التحرير بأي تحرك عسكري سيتم التصدي لها بقوة.", WORLD_WITH_ADJECTIVE, PUB);
  doc.quotes = findQuotes(doc);
  const evs = findEvents(doc).filter((e) => e.type === "THREATEN");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["p:amin", "o:front"]], show(evs));
});

// "إن قوات الأمن دخلت … واشتبكت مع": the coordinated verb shares the clause's subject, and unnamed
// security forces are the forces of the state the sentence's places are in (real places of the
// knowledge base, whose country it knows)
test("event: unnamed security forces sharing a subject are coded as the state they serve", () => {
  const world = [
    { id: "wd:Q796", type: "GPE" as const, forms: ["العراق"] },
    { id: "gn:98717", type: "GPE" as const, forms: ["الرمادي"] },
    { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  ];
  const evs = eventsIn("وقال مسؤول محلي في غرب العراق إن قوات الأمن دخلت حيا شرقي الرمادي صباح اليوم واشتبكت مع مسلحي جبهة التحرير.", world).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(evs.map((e) => [e.trigger, e.source, e.source_text, e.target]), [["واشتبكت", "wd:Q796", "قوات الأمن", "o:front"]], show(evs));
});
test("event: security forces with a nationality the knowledge base does not know keep no state", () => {
  const world = [{ id: "wd:Q796", type: "GPE" as const, forms: ["العراق"] }, { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] }];
  const evs = eventsIn("وفي العراق اعتقلت قوات الأمن الزمردية عناصر من جبهة التحرير.", world).filter((e) => e.type === "COERCE");
  assert.deepEqual(evs.map((e) => e.source), [null], show(evs));
});

// "التهديدات التي حذر منها X": X warned of the threats, X did not make them (nor suffer them)
test("event: a trigger verb taking the noun after a preposition does not name its doer", () => {
  const evs = events("وعادت القضية إلى الواجهة خاصة بعد التهديدات التي حذر منها الرئيس النورستاني أمين فارس من أن جبهة التحرير ستضرب.");
  assert.deepEqual(evs.map((e) => [e.trigger, e.source]), [["ستضرب", "o:front"]], show(evs));
});

// "وزارة الدفاع العراقية تعلن طرد …": a ministry announcing a use of force tells what its state's
// forces did (a real ministry of the knowledge base, whose subtype and country it knows)
test("event: force a ministry announces is coded on its state", () => {
  const world = [
    { id: "wd:Q796", type: "GPE" as const, forms: ["العراق"] },
    { id: "rasid:iq-defence", type: "ORG" as const, forms: ["وزارة الدفاع العراقية"] },
    { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  ];
  const evs = eventsIn("وزارة الدفاع العراقية تعلن طرد جبهة التحرير من بلدة حدودية شمال العراق", world).filter((e) => e.type === "COERCE");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["wd:Q796", "o:front"]], show(evs));
});

// "هاجمت … بعض الجنود العراقيين" in a story that names "الجيش العراقي": the soldiers are that army
test("event: soldiers of a state whose army the document names are that army", () => {
  const world = [
    { id: "wd:Q796", type: "GPE" as const, forms: ["العراقيين"] },
    { id: "rasid:iq-army", type: "ORG" as const, forms: ["الجيش العراقي"] },
    { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  ];
  const text = "وكان الجيش العراقي قد طرد مسلحي جبهة التحرير من البلدة. وهاجمت جبهة التحرير أمس بعض الجنود العراقيين قرب الحدود.";
  const evs = eventsIn(text, world).filter((e) => e.trigger === "وهاجمت");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["o:front", "rasid:iq-army"]], show(evs));
});

// "تلقى نائب رئيس X الأمير Y اتصالا هاتفيا من Z": a long name between the support verb and the noun
// counts as one word, and the person after "نائب" is whose deputy the subject is
test("event: a call received by a deputy named after the one he deputizes for", () => {
  const world = [
    { id: "p:amin", type: "PERSON" as const, forms: ["أمين فارس"] },
    { id: "p:ruler", type: "PERSON" as const, forms: ["حاكم نورستان الأعلى"] },
    { id: "o:front", type: "ORG" as const, forms: ["جبهة التحرير"] },
  ];
  const evs = eventsIn("تلقى نائب حاكم نورستان الأعلى الشيخ أمين فارس اتصالا هاتفيا أمس من جبهة التحرير.", world).filter((e) => e.type === "CONSULT");
  assert.deepEqual(evs.map((e) => [e.source, e.target]), [["o:front", "p:amin"]], show(evs));
});
