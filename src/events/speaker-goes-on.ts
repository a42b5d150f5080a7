// "وقال الوزير إن …، ودعا الدول إلى"، "وتساءل: «…»، كما اتهم جهات": a statement verb joined right
// after a quote, with no subject of its own, goes on with that quote's speaker. The subject finder
// (verb-roles.ts) looks for a named actor near the verb; after a quote the nearest one stands inside
// the quoted words or far back at the sentence's start, so the verb was left without a doer and its
// event dropped. The quote finder already read who spoke; the verb that follows on is theirs.
// News (2,711 SaudiNewsNet records of 2015-07-27 and 2015-08-02): 61 verbs left without a subject
// after a quote with a speaker in their sentence; 19 are in this rule's reach (a singular perfect
// statement verb right after the quote's end), all read: 15 said by the quote's speaker, 4 by one
// named after the verb ("كما أشاد الجميع"). Imperfect verbs and verbs with an object pronoun were
// wrong in 8 of 10 and are left out.
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { type Arg, makeArg } from "./arguments.ts";
import { isBreak, isTransparent, joinedByWa } from "./clause.ts";
import type { Ctx } from "./event-context.ts";
import { SPEECH_ACTS } from "./event-classes.ts";
import { isDualVerb } from "./dual-verbs.ts";
import { isPluralVerb } from "./implicit-subjects.ts";
import { isImperfect } from "./occurrence.ts";
import { objectPronoun } from "./verb-words.ts";

/** Words that join a further statement to what was said before it ("كما دعا"، "ثم طالب"). */
const JOINERS = new Set(["كما", "ثم"]);
/** Tokens (punctuation and a joiner) that may stand between the quote's end and the verb. */
const GAP = 5;

/** The speaker of the quote that ends right before the statement verb `m` (in its sentence from
 *  token `a`), when the verb is joined to it (و/ف on the verb, or كما/ثم before it) and is singular;
 *  else null. */
export function speakerGoesOn(ctx: Ctx, m: PhraseMatch<Trigger>, trig: Trigger, a: number): Arg | null {
  if (!SPEECH_ACTS.has(trig.type!)) return null;
  const toks = ctx.toks, v = toks[m.start];
  // (a singular perfect verb with no object pronoun: "ويطالبه"، "وتدعو"، "اتهمه آخرون" were most often
  // another's act — a habit, a thing's, or a subject named after the verb)
  if (isPluralVerb(toks[m.end - 1]) || isDualVerb(v, trig) || isImperfect(v, trig) || objectPronoun(toks[m.end - 1])) return null;
  let joined = joinedByWa(v) || /^ف/.test(v.norm);
  let k = m.start - 1;
  for (let n = 0; k >= a && n < GAP; k--, n++) {
    const t = toks[k];
    if (isBreak(t) || isTransparent(t)) continue;
    if (t.kind === "word" && JOINERS.has(t.norm) && !joined) { joined = true; continue; }
    break;
  }
  if (!joined || k < a) return null;
  // the quote must end at the token the gap stopped on (its last word or closing mark)
  const end = toks[k].end, from = toks[a].start;
  for (let i = ctx.quotes.length - 1; i >= 0; i--) {
    const q = ctx.quotes[i];
    if (q.start < from || q.end > toks[m.start].start) continue;
    if (q.end < end - 1 || !q.speaker) return null;
    return makeArg(q.speaker, null, -1, -1, q.speaker_text ?? "", -1, -1, "", null);
  }
  return null;
}
