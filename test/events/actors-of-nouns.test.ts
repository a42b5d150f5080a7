// Who did it and to whom when the words next to the trigger mislead (branch ev10ae): a doer named
// with لـ after an indefinite noun, a verb describing an event noun, a claim, a dual verb, a
// country that strikes, words that name no actor (an event's adjective, a count of things), a
// country named as a part of it, a title whose holder is named later. Sentences written for these
// tests in an invented world (world.ts), not copied from any corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show, WORLD_WITH_ADJECTIVE } from "./world.ts";
import { isDualVerb } from "../../src/events/dual-verbs.ts";
import { triggerIndex } from "../../src/lexicon/triggers.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

// a state the knowledge base knows as a country (its id carries the subtype the rules read)
const WORLD = [...WORLD_WITH_ADJECTIVE, { id: "wd:Q159", type: "GPE" as const, forms: ["روسيا"] }];
const events = (text: string) => eventsIn(text, WORLD);
type Ev = ReturnType<typeof events>[number];

// [name, sentence, type, check on the events of that type]
const CASES: [string, string, string, (evs: Ev[]) => boolean][] = [
  // lam-agent: "هجوم لـX" — the owner of an indefinite attack is its doer
  ["لـ after an indefinite attack names its doer", "قتل خمسة أشخاص في هجوم جديد لجبهة التحرير على وادي الريح.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front")],
  ["لـ after a relational adjective names the doer", "وقتل عشرة مدنيين خلال قصف جوي لجيش نورستان أمس.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:army")],
  ["لـ after a definite bombardment is its object, not its doer", "ونددت سودانيا بالقصف المتعمد لجبهة التحرير.", "ASSAULT",
    (evs) => !evs.some((e) => e.source === "o:front")],
  ["لـ after a noun in the genitive is that noun's owner", "وقال إن عشرة استشهدوا في تفجير مسجد تابع لجبهة التحرير.", "ASSAULT",
    (evs) => !evs.some((e) => e.source === "o:front")],
  // described-event: a verb right after an indefinite event noun describes it
  ["a verb describing an indefinite attack gives it its object", "وكانت وادي الريح شهدت هجوما داميا لجبهة التحرير استهدف جيش نورستان.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front" && e.target === "o:army") && !evs.some((e) => e.source === "o:army")],
  ["a verb describing a possible attack is no event", "وحذرت سودانيا من هجمات محتملة تستهدف جبهة التحرير.", "ASSAULT",
    (evs) => evs.length === 0],
  ["an imperfect in ت after a noun in ة: the noun is its subject", "أعلنت سودانيا بدء حملة تستهدف جبهة التحرير.", "ASSAULT",
    (evs) => evs.some((e) => e.target === "o:front") && !evs.some((e) => e.source === "o:front")],
  // noun-agents: a country in the genitive that strikes someone after على
  ["a country's attack on someone: the country is the doer", "وجاء ذلك في أعقاب هجوم روسيا على جبهة التحرير.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "wd:Q159" && e.target === "o:front")],
  // a claim: the support verb تبنى with ى written ا before its pronoun
  ["the one who claimed the attack did it", "ووقع الهجوم الذي تبناه أمين فارس في وادي الريح.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "p:amin")],
  // dual-verbs: the name after a dual verb is its object
  ["a dual verb's name after it is its object", "والتقى أمين فارس وزعيم جبهة التحرير، وطالبا سودانيا بالانسحاب.", "REQUEST",
    (evs) => !evs.some((e) => e.source === "g:south")],
  ["a singular verb's name after it is its subject", "وطالب أمين فارس سودانيا بالانسحاب.", "REQUEST",
    (evs) => evs.some((e) => e.source === "p:amin" && e.target === "g:south")],
  // non-actors: an adjective of the event, a count of things
  ["an armed attack: the adjective is no actor", "وقتل عشرة في هجوم مسلح على وادي الريح.", "ASSAULT",
    (evs) => !evs.some((e) => e.source_text === "مسلح")],
  ["an armed man who kills is the actor", "وقتل مسلح عشرة أشخاص في وادي الريح.", "ASSAULT",
    (evs) => evs.some((e) => e.source_text === "مسلح")],
  ["dozens of rockets: the count is no actor", "وأطلقت جبهة التحرير عشرات الصواريخ على وادي الريح.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front") && !evs.some((e) => e.source_text === "عشرات")],
  ["dozens of workers: a sound plural after the count is people", "وخطفت جبهة التحرير عشرات العاملين في وادي الريح.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front" && e.target_text === "عشرات")],
  ["a verb describing a protest stops at the next event noun", "وخرج متظاهرون في وادي الريح في مظاهرات تطالب الحكومة بوقف المفاوضات مع سودانيا.", "PROTEST",
    (evs) => !evs.some((e) => e.target === "g:south")],
  ["a support verb after a relative pronoun takes the antecedent as subject", "وأكثر ما يقلق سودانيا جبهة التحرير التي شنت سلسلة من الهجمات على وادي الريح.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front")],
  // place-parts: a country after a noun for a part of it is where, not whom
  ["attacks in the north of a country do not strike the country", "وشنت جبهة التحرير هجمات في شمال روسيا.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front" && e.target === null && e.location === "wd:Q159")],
  ["attacks in a country strike it", "وشنت جبهة التحرير هجمات في روسيا.", "ASSAULT",
    (evs) => evs.some((e) => e.source === "o:front" && e.target === "wd:Q159")],
  // implicit-subjects titleHolder: a verb before the title is no word of it
  ["a title after a verb is its holder named later", "وأدان الرئيس النورستاني الهجوم على وادي الريح. وكان الرئيس النورستاني أمين فارس قد زار سودانيا.", "ACCUSE",
    (evs) => evs.some((e) => e.source === "p:amin")],
];

for (const [name, text, type, ok] of CASES) {
  test(`actors of nouns: ${name}`, () => {
    const evs = events(text).filter((e) => e.type === type);
    assert.ok(ok(evs), show(evs));
  });
}

// dual-verbs: which written forms are a verb's dual (the rows' perfect "طالب" and imperfect "يطالب")
const DUALS: [string, boolean][] = [["طالبا", true], ["طالبتا", true], ["يطالبان", true], ["طالب", false], ["طالبوا", false], ["طالباً", false]];
for (const [word, dual] of DUALS) {
  test(`actors of nouns: "${word}" is ${dual ? "" : "not "}a dual verb`, () => {
    const toks = makeDoc(`و${word} الحكومة بالانسحاب.`).tokens;
    const m = triggerIndex().matchAt(toks, 0);
    const trig = m?.values.find((v) => v.type === "REQUEST" && v.pos === "verb");
    assert.ok(trig, `no REQUEST verb row matched "${word}"`);
    assert.equal(isDualVerb(toks[0], trig!), dual);
  });
}
