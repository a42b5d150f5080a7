// Tests on a trigger's own word and lexicon row: first person, witness and support verbs, a verb
// carrying an object pronoun, a possessed masdar, the casualty, victim and passive-person classes,
// and a verb near an event noun. Shared by the role finders for verbs and for masdars.
import type { Token } from "../core/document.ts";
import { tokenForms } from "../lexicon/phrase-index.ts";
import { type Trigger, supportVerbIndex, triggerIndex } from "../lexicon/triggers.ts";
import { type Arg, RECEIVE } from "./arguments.ts";
import { bareWord, isBreak } from "./clause.ts";
import { PREP_PRONOUN, WITNESS } from "./event-classes.ts";
import type { Ctx } from "./event-context.ts";
import { WITNESS_STEMS } from "./occurrence.ts";
import { wordClass } from "./word-classes.ts";

const PASSIVE_PERSON = wordClass("passive-person");
/** "واعتقل"، "قتلت": a perfect verb of passive-person (without و/ف, or with the feminine ـت). */
export function passivePerson(t: Token): boolean {
  const w = bareWord(t);
  return PASSIVE_PERSON.has(w) || (w.endsWith("ت") && PASSIVE_PERSON.has(w.slice(0, -1)));
}

const CASUALTY = [...wordClass("casualty-verb")];
const VICTIM_VERBS = [...wordClass("victim-verb")];
/** "لقي مصرعه"، "استشهد"، "سقط قتلى": a verb whose subject is who died (victim-verb). */
export const victimVerb = (trig: Trigger): boolean => trig.type === "ASSAULT" && !!trig.perfect && VICTIM_VERBS.some((w) => trig.perfect!.has(w));
/** "قتل"، "أصيب": a verb whose counted subject suffered it (casualty-verb), not "هاجم" or "فجر". */
export const casualtyVerb = (trig: Trigger): boolean => trig.type === "ASSAULT" && !!trig.perfect && CASUALTY.some((w) => trig.perfect!.has(w));

/** "وقتل مدنيون"، "قتل شخص": civilians and people named by no more than their kind are who a
 *  killing befell (the unvocalized verb read as passive), not who killed. */
export const victimRole = (a: Arg, trig: Trigger): boolean => !a.id && casualtyVerb(trig) && (a.role === "civilians" || a.role === "people");

export const ANNOUNCE = wordClass("announce-verb");

const POSSESSIVE_POST = new Set(["ه", "ها", "هم", "هما", "هن"]);
export const OBJECT_POST = new Set(["ه", "ها", "هم", "هما"]);

/** "إدانتها"، "زيارته": the masdar carries a possessive pronoun (its actor was named before). */
export function possessed(t: Token): boolean {
  if (t.text.endsWith("ة")) return false;
  const idx = triggerIndex();
  for (const r of t.readings) if (POSSESSIVE_POST.has(r.post) && (idx.hasFirst(r.norm) || idx.hasFirst(r.bare))) return true;
  return false;
}

/** "نقاتل"، "وسنطرد": the row's first person plural, and not a 3rd person form that is written alike. */
export const firstPerson = (t: Token, trig: Trigger): boolean => !!trig.firstPerson && tokenForms(t, "verb").some((f) => trig.firstPerson!.has(f)) && !otherPersonForm(t, trig);
const otherPersonForm = (t: Token, trig: Trigger): boolean => tokenForms(t, "verb").some((f) => !trig.firstPerson!.has(f) && (trig.perfect!.has(f) || trig.imperfect!.has(f)));
export const bareVerb = (t: Token) => t.norm.replace(/^[وف]/, "");
/** "شهدت"، "تعرضت": a verb whose subject undergoes the event it governs. */
export const isWitness = (t: Token) => WITNESS.has(bareVerb(t)) || t.readings.some((r) => WITNESS_STEMS.has(r.norm));

/** "شنه"، "أعلنتها"، "أعلن عنها": a verb carrying an object pronoun, or followed by a preposition
 *  that carries it (the subject is then named after it). */
export function objectPronoun(t: Token, next?: Token): boolean {
  if (next && PREP_PRONOUN.test(next.norm)) return true;
  for (const r of t.readings) if (OBJECT_POST.has(r.post) && (triggerIndex().hasFirst(r.norm) || supportVerbIndex().hasFirst(r.norm) || WITNESS.has(r.norm) || defectiveSupport(r.norm))) return true;
  return false;
}

/** "نفذه"، "تبناه": a support verb (its stem, with or without the pronoun written after it). */
export function supportVerbAt(t: Token): boolean {
  for (const r of t.readings) if (supportVerbIndex().hasFirst(r.norm) || defectiveSupport(r.norm)) return true;
  return false;
}

/** "تبناه"، "أجراها": a support verb whose last letter ى is written ا before the pronoun (not one of
 *  receiving: "الاتصال الذي تلقاه X" names who received it, read elsewhere). */
function defectiveSupport(stem: string): boolean {
  if (stem.length < 3 || !stem.endsWith("ا")) return false;
  const v = stem.slice(0, -1) + "ي";
  return supportVerbIndex().hasFirst(v) && !RECEIVE.has(v);
}

/** A trigger verb or support verb within three words of an event noun, in its clause. */
export function verbNear(ctx: Ctx, start: number, end: number, a: number, b: number): boolean {
  for (let i = start - 1; i >= Math.max(a, start - 3); i--) { if (isBreak(ctx.toks[i])) break; if (verbAt(ctx, i, start)) return true; }
  for (let i = end; i < Math.min(b, end + 3); i++) { if (isBreak(ctx.toks[i])) break; if (verbAt(ctx, i, start)) return true; }
  return false;
}

function verbAt(ctx: Ctx, i: number, self: number): boolean {
  const k = ctx.triggerAt[i];
  if (k >= 0 && k !== ctx.triggerAt[self]) return ctx.matchValues[k].some((v) => v.pos === "verb");
  return supportVerbIndex().matchAt(ctx.toks, i) !== null;
}
