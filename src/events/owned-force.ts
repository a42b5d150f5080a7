// Whose attacks "هجماتها" are: a noun of force carrying a possessive pronoun ("وضاعفت الحركة
// هجماتها"، "تستمر المقاومة في تنفيذ هجماتها"، "واصل طيران التحالف شن غاراته") names its doer
// by that pronoun, when the noun is a plural of acts whose genitive acts (هجمات، غارات، عمليات;
// not a row whose genitive suffers it, and no singular: "اعتقاله" is his arrest, "تحريرها" and
// "تفجيره" the place freed or the thing blown up). The pronoun takes up the
// nearest actor before the noun in its sentence, across the verbs that carry the noun (واصل،
// ضاعف، استمر في تنفيذ) and a time aside between commas, but not into a relative clause on it.
import type { Token } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { type Arg, isPlace, subjectBefore } from "./arguments.ts";
import { isRelative } from "./clause.ts";
import { FORCE } from "./event-classes.ts";
import type { Clause, Ctx } from "./event-context.ts";
import { possessed } from "./verb-words.ts";

/** How far back the pronoun's actor may stand (a verb, its subject and a time aside between). */
const OWNER_WINDOW = 14;

/** The doer a possessed noun of force names by its pronoun, or null (not such a noun, or no actor before it). */
export function ownerOfForce(ctx: Ctx, cl: Clause): Arg | null {
  const { m, trig, a } = cl;
  if (!ownsItsDoer(trig)) return null;
  // a noun trigger is possessed on its own word; a verb phrase ("شن غاراته") on its noun, the last word
  const noun = trig.pos === "noun" ? m.start : m.end - 1;
  if (noun === m.start && trig.pos !== "noun") return null;
  if (!possessed(ctx.toks[noun]) || !possessedPlural(ctx.toks[noun])) return null;
  let owner = subjectBefore(ctx.ai, m.start, a, OWNER_WINDOW, true);
  // "كثفت طائرات التحالف الذي تقوده المملكة غاراتها": the subject of a relative clause is not whose
  // raids they are; the clause's antecedent is
  const rel = owner ? relativeJustBefore(ctx.toks, owner.first, a) : -1;
  if (rel >= 0) owner = subjectBefore(ctx.ai, rel, a, OWNER_WINDOW, true);
  // (a named actor only: an unnamed one before it is as often who suffered the last act, "ومقتل العشرات
  // من عناصرها، … عملياتها"; a place before it is where, not who)
  return owner?.id && !(isPlace(owner) && owner.type !== "GPE") ? owner : null;
}

/** The relative pronoun one or two words before token i ("الذي تقوده [المملكة]"), or -1. */
function relativeJustBefore(toks: Token[], i: number, a: number): number {
  for (let k = i - 1; k >= Math.max(a, i - 2); k--) if (isRelative(toks[k])) return k;
  return -1;
}

/** "هجماتها"، "غاراته": a reading of five letters or more ending in ات with a possessive pronoun. */
function possessedPlural(t: Token): boolean {
  for (const r of t.readings) if (r.post !== "" && r.norm.length >= 5 && r.norm.endsWith("ات")) return true;
  return false;
}

/** A use of force whose possessor acts: not a row whose genitive suffers it, nor a killing or a wound. */
const ownsItsDoer = (trig: Trigger): boolean => FORCE.has(trig.type!) && !trig.patientGenitive && trig.mode !== "killing";
