// An attack the sentence tells as having happened though it names no one who did it or suffered
// it: "ووقع تفجير انتحاري أمام …" (a verb states it), "ودمر انفجار سيارة مفخخة منازل"
// (it is the subject of what it did), "الهجمات التي استهدفت …" (a verb after it says what it
// hit), "قتل شخصان بانفجار في …" (the cause of casualties told in the sentence). Coders record
// such an event with whatever actors the sentence gives, often none; a bare "الانفجار" or
// "الهجمات" with nothing saying it happened stays a topic (role-checks.ts turns it down).
import type { Token } from "../core/document.ts";
import { isBreak, isTransparent } from "./clause.ts";
import type { Clause, Ctx } from "./event-context.ts";
import { wordClass } from "./word-classes.ts";

const BLAST_VERBS = wordClass("blast-verb");
const CAUSE_WORDS = wordClass("cause-word");
const CASUALTY = wordClass("casualty-verb");
const KILL_NOUNS = wordClass("kill-noun");
const ATTACK_NOUNS = wordClass("attack-noun");
const BLAST_MODES: ReadonlySet<string> = new Set(["explosives", "aerial", "firearms"]);

/** Is the trigger of cl an attack noun the sentence tells as having happened, actors or none? */
export function toldWithoutActors(ctx: Ctx, cl: Clause): boolean {
  const { trig, m, a, b } = cl;
  if (trig.type !== "ASSAULT" || trig.pos !== "noun") return false;
  const toks = ctx.toks;
  // a blast, a strike, a shooting or an attack; not a clash or a battle (its sides are the event)
  if (!(trig.mode && BLAST_MODES.has(trig.mode)) && !toks[m.start].readings.some((rd) => ATTACK_NOUNS.has(rd.bare))) return false;
  // "أدانت التفجير الذي استهدف"، "إدانتها للتفجير": an attack a statement is about is told by its own sentence
  if (statementBefore(ctx, a, m.start)) return false;
  const prev = wordBefore(toks, m.start, a);
  if (prev && isIn(prev, BLAST_VERBS)) return true; // "ووقع تفجير"، "ودمر انفجار"
  if (blastVerbAfter(toks, m.end, b)) return true; // "الهجمات التي استهدفت"، "انفجار هز"
  // "قتل شخصان وأصيب خمسة بانفجار"، "مقتل ثلاثة جراء انفجار"، "في هجوم بشاحنة مفخخة"
  const caused = toks[m.start].readings.some((rd) => rd.pre.endsWith("ب")) || (!!prev && isIn(prev, CAUSE_WORDS));
  return caused && casualtyBefore(toks, a, m.start);
}

/** A trigger of another type than an attack within the six words before i ("إدانتها واستنكارها للتفجير"). */
function statementBefore(ctx: Ctx, a: number, i: number): boolean {
  for (let k = i - 1; k >= a && k >= i - 6; k--) {
    const t = ctx.triggerAt[k];
    if (t >= 0 && ctx.matchValues[t].some((v) => v.type && v.type !== "ASSAULT")) return true;
  }
  return false;
}

/** The word or one of its clitic readings ("وهز"، "وقتل") is in the set. */
const isIn = (t: Token, set: ReadonlySet<string>): boolean => set.has(t.norm) || t.readings.some((rd) => set.has(rd.norm));

function wordBefore(toks: Token[], i: number, a: number): Token | undefined {
  let p = i - 1;
  while (p >= a && isTransparent(toks[p])) p--;
  return p >= a && !isBreak(toks[p]) ? toks[p] : undefined;
}

/** A blast verb within the three words after the noun (its adjectives, a relative pronoun between). */
function blastVerbAfter(toks: Token[], i: number, b: number): boolean {
  for (let n = 0; i < b && n < 4; i++, n++) {
    if (isBreak(toks[i])) return false;
    if (isIn(toks[i], BLAST_VERBS)) return true;
  }
  return false;
}

/** A casualty verb or a killing noun earlier in the sentence ("قتل"، "أصيب"، "مقتل"). */
function casualtyBefore(toks: Token[], a: number, i: number): boolean {
  for (let k = a; k < i; k++) if (isIn(toks[k], CASUALTY) || isIn(toks[k], KILL_NOUNS)) return true;
  return false;
}
