// A person after the verb described by a title and the body or state it is of: that body is the
// subject's own, not the target; the object is looked for after it (source-apposition.ts).
// Sentences written for these tests, in the invented world of world.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD, type TestEntity } from "./world.ts";

const W: TestEntity[] = [
  ...WORLD.map((e) => (e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستاني"] } : e)),
  { id: "p:salem", type: "PERSON", forms: ["سالم الهادي"] },
  { id: "p:karim", type: "PERSON", forms: ["كريم ناصر"] },
  { id: "o:party", type: "ORG", forms: ["حزب الشعب الحر"] },
];

// [name, sentence, type, source, target (null: no named target)]
const CASES: [string, string, string, string, string | null][] = [
  ["a party leader's party is not whom he calls on", "ودعا كريم ناصر زعيم حزب الشعب الحر الحكومة إلى وقف العمليات.", "REQUEST", "p:karim", null],
  ["the state after the description is what is praised", "وأشاد كريم ناصر رئيس حزب الشعب الحر بجهود نورستان في إعادة الإعمار.", "SUPPORT", "p:karim", "g:north"],
  ["a minister's adjective is his own country, the guest is named after it", "واستقبل كريم ناصر وزير الخارجية النورستاني أمس أمين فارس.", "CONSULT", "p:karim", "p:amin"],
  ["two titles in a row both describe him", "وأشاد كريم ناصر وكيل حزب الشعب الحر لشؤون الإعلام رئيس جبهة التحرير بجهود نورستان.", "SUPPORT", "p:karim", "g:north"],
  ["a condemnation by a described official names no country as its target", "وأدان كريم ناصر وزير الخارجية النورستاني الهجوم على القافلة.", "ACCUSE", "p:karim", null],
  // not a description: a title heading a person, or the title and its holder right after the verb's subject
  ["a title that heads a person is the object", "واتهم كريم ناصر الرئيس سالم الهادي بالفساد.", "ACCUSE", "p:karim", "p:salem"],
  ["a title, its adjective and a name is the object named", "وطالب كريم ناصر رئيس الوزراء النورستاني سالم الهادي بالإفراج عن المعتقلين.", "REQUEST", "p:karim", "p:salem"],
  ["after a verb whose object is a person, a title followed by the demand is that person", "وطالب كريم ناصر رئيس حزب الشعب الحر بالاعتذار عن تصريحاته.", "REQUEST", "p:karim", "o:party"],
  ["after such a verb a title followed by a real object stays a description", "وطالب كريم ناصر رئيس حزب الشعب الحر حكومة نورستان بالإفراج عن المعتقلين.", "REQUEST", "p:karim", "g:north"],
  ["a subject before the verb: the title after the verb is the object", "كريم ناصر يستقبل رئيس حزب الشعب الحر في مكتبه.", "CONSULT", "p:karim", "o:party"],
];
for (const [name, text, type, source, target] of CASES) {
  test(`source apposition: ${name}`, () => {
    const evs = eventsIn(text, W).filter((e) => e.type === type);
    assert.ok(evs.length > 0 && evs.every((e) => e.source === source && e.target === target), show(evs));
  });
}
