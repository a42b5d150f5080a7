// Actors of violent and coercive events told with words between the verb and its actor: a time
// between commas before the object, a time phrase between a support verb and its masdar, members
// counted with their noun ("27 عنصرا من X"), a bomber "suspected to be from X", the second side of
// "بين X … وY", and the other side of a clash ("قتل جنود في اشتباكات مع X").
// Sentences written for these tests, in the invented world of world.ts (plus a second armed group).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [...WORLD.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستاني", "نورستاني"] } : e)), { id: "o:guard", type: "ORG", forms: ["حرس الجبل"] }, { id: "p:sami", type: "PERSON", forms: ["سامي ناصر"] }];

// [name, sentence, type, source, target] — an event of this type with these actors is found
const FOUND: [string, string, string, string | null, string | null][] = [
  ["a time between commas stands before the object", "واعتقل جيش نورستان، الليلة الماضية، سامي ناصر في وادي الريح.", "COERCE", "o:army", "p:sami"],
  ["a time of a part of the day between commas", "واعتقلت جبهة التحرير، صباح أمس، أمين فارس.", "COERCE", "o:front", "p:amin"],
  ["a time phrase between a support verb and its masdar", "ونفذت جبهة التحرير في الأسبوع الأخير من شهر مارس هجوما جديدا على حرس الجبل.", "ASSAULT", "o:front", "o:guard"],
  ["members counted with their noun after the verb are their group", "وقتل جيش نورستان 27 عنصرا من عناصر جبهة التحرير في وادي الريح.", "ASSAULT", "o:army", "o:front"],
  ["soldiers counted with their noun after an arrest verb", "واعتقلت جبهة التحرير عشرين جنديا من حرس الجبل.", "COERCE", "o:front", "o:guard"],
  ["a bomber suspected to be from a group is that group", "وقتل انتحاري يشتبه بأنه من جبهة التحرير عشرة أشخاص في وادي الريح.", "ASSAULT", "o:front", null],
  ["the second side of بين is the one joined by و", "واندلعت المعارك بين جبهة التحرير المدعومة بقوات أمين فارس، ومقاتلي حرس الجبل في وادي الريح.", "ASSAULT", "o:front", "o:guard"],
  ["the other side of a clash killed those a verb names", "قتل عشرة جنود من جيش نورستان في اشتباكات مع جبهة التحرير.", "ASSAULT", "o:front", "o:army"],
  ["the other side of a clash after جراء", "وقتل خمسة من عناصر حرس الجبل جراء المواجهات العنيفة مع «جبهة التحرير» في وادي الريح.", "ASSAULT", "o:front", "o:guard"],
  ["the other side of a clash after a killing noun", "وأعلن جيش نورستان مقتل خمسة جنود في مواجهات مع جبهة التحرير.", "ASSAULT", "o:front", null],
  ["a bare noun for what is hit names its owner with لـ before another name", "وقصف جيش نورستان، أمس، مواقع لجبهة التحرير وحرس الجبل في وادي الريح.", "ASSAULT", "o:army", "o:front"],
  ["what is hit belongs to the body named after تابعة لـ", "وهاجم جيش نورستان، مساء أمس، نقطة تفتيش تابعة لجبهة التحرير في وادي الريح.", "ASSAULT", "o:army", "o:front"],
  ["a unit that belongs to a body acts for it", "وقال المصدر إن المدفعية التابعة لجيش نورستان قامت بقصف مواقع جبهة التحرير.", "ASSAULT", "o:army", "o:front"],
  ["a named body that belongs to another acts itself", "وكان حرس الجبل التابع لجبهة التحرير قد هاجم وادي الريح.", "ASSAULT", "o:guard", null],
  ["who leads an attack is its doer", "وقاد جيش نورستان هجوما على مواقع جبهة التحرير في وادي الريح.", "ASSAULT", "o:army", "o:front"],
  ["who leads the strikes that killed is the killer", "وقتل عشرة مدنيين في غارات جوية تقودها سودانيا.", "ASSAULT", "g:south", null],
  ["a name between كان and a verb is its subject; a counted group after it its object", "وكانت جبهة التحرير خطفت ثمانية عناصر من «حرس الجبل» قرب وادي الريح.", "ASSAULT", "o:front", "o:guard"],
  ["a state between كان and an arrest verb is who arrested", "وكانت سودانيا اعتقلت أمين فارس في وادي الريح.", "COERCE", "g:south", "p:amin"],
  ["a nationality adjective agreeing with a definite noun of force is its doer", "وقال المسؤول إن الغزو النورستاني لسودانيا بدأ في مارس.", "ASSAULT", "g:north", "g:south"],
  ["a nationality adjective after a definite arrest noun is who arrested", "وقال المسؤول إن الاعتقال النورستاني لأمين فارس استمر أسبوعا في وادي الريح.", "COERCE", "g:north", "p:amin"],
  ["a threat is aimed at whom the act after بـ would strike", "وهددت جبهة التحرير بقتل أمين فارس.", "THREATEN", "o:front", "p:amin"],
  ["a threat to strike a body's sites is aimed at the body", "وتوعد جيش نورستان بضرب مواقع جبهة التحرير.", "THREATEN", "o:army", "o:front"],
  ["members from a group named in quote marks are that group", "ووقعت مواجهات أمس بين عناصر من «جبهة التحرير» وجيش نورستان في وادي الريح.", "ASSAULT", "o:front", "o:army"],
];
for (const [name, text, type, source, target] of FOUND) {
  test(`violent actors: ${name}`, () => {
    const evs = eventsIn(text, W);
    assert.ok(evs.some((e) => e.type === type && e.source === source && (target === null || e.target === target)), show(evs));
  });
}

// [name, sentence, type, id] — no event of this type has this id as its source
const NOT_SOURCE: [string, string, string, string][] = [
  ["who says a clause is not the subject of its verb", "وأكد أمين فارس أن المصلين تصدوا لعناصر جبهة التحرير في وادي الريح.", "ASSAULT", "p:amin"],
  ["a state that reports is not who attacked in the clause it opens", "وذكرت سودانيا بأن المستوطنين هاجموا حرس الجبل في وادي الريح.", "ASSAULT", "g:south"],
  ["a definite nationality word after an indefinite noun in construct suffered it", "وأعلنت سودانيا مقتل النورستاني في وادي الريح.", "ASSAULT", "g:north"],
  ["a group counted after the verb is its object, not its subject", "وقتلت 27 عنصرا من عناصر جبهة التحرير في وادي الريح.", "ASSAULT", "o:front"],
  ["a clause that is no time does not pass the comma", "واعتقل جيش نورستان، بحسب مصادر محلية، سامي ناصر.", "COERCE", "p:sami"],
];
for (const [name, text, type, id] of NOT_SOURCE) {
  test(`violent actors: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type);
    assert.ok(evs.every((e) => e.source !== id), show(evs));
  });
}

// The clash itself may name the other side as a source (clash-sides.ts codes both directions of a
// clash); the killing verb keeps its own subject.
test("violent actors: a clash's other side does not replace a named killer", () => {
  const evs = eventsIn("وقتل حرس الجبل عشرة جنود في اشتباكات مع جبهة التحرير.", W).filter((e) => e.type === "ASSAULT" && e.trigger === "وقتل");
  assert.ok(evs.length > 0 && evs.every((e) => e.source === "o:guard"), show(evs));
});

test("violent actors: a comma aside that is not a time does not make its next name the object", () => {
  const evs = eventsIn("واعتقل جيش نورستان، بحسب مصادر محلية، سامي ناصر.", W).filter((e) => e.type === "COERCE");
  assert.ok(evs.every((e) => e.target !== "p:sami"), show(evs));
});
