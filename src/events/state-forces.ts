// Which body of a state an unnamed force stands for. own-forces.ts gives "القوات الأمنية"، "الجيش"،
// "القوات الحكومية" the state the story is in; when the document names that state's own army or
// forces ("الجيش العراقي"، "القوات العراقية"), the short form is that body taken up again, and coders
// record the body as the actor, not the state ("اقتحمت القوات الأمنية الحي" after "القوات العراقية").
// The body is found by the knowledge base's subtype (army, forces, police) and country, so any state's
// army the KB knows is found, none listed here.
import type { Document } from "../core/document.ts";
import { type Arg, argAs } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import type { Ctx } from "./event-context.ts";
import { countryCode, subtypeOf } from "./places.ts";
import { wordClass } from "./word-classes.ts";
import { normalize } from "../text/normalize.ts";
import { LOYAL } from "./affiliated-forces.ts";

/** Words of a force that is not the army: "القوات"، "قوات"، "الأمن" (event-word-classes.tsv, state-force-word). */
const FORCE_WORDS = wordClass("state-force-word");
/** "الأمن"، "الأمنية": security forces (event-word-classes.tsv, state-security-word). */
const SECURITY_WORDS = wordClass("state-security-word");
/** "الشرطة": the police of the state (event-word-classes.tsv, state-police-word). */
const POLICE_WORDS = wordClass("state-police-word");
/** "الجيش": the army (event-word-classes.tsv, state-army-word). */
const ARMY_WORDS = wordClass("state-army-word");

/** Subtypes the body may have, best first, for the kind of word that named the force. */
const ARMY_FIRST = ["army", "forces"], FORCES_FIRST = ["forces", "army"], SECURITY = ["forces", "police"], POLICE = ["police"];

/** `after` is what ownForces made of the unnamed force `before`: when it gave it a state, the
 *  state's army, forces or police body the document names (the most mentioned of the best subtype)
 *  instead; `after` unchanged otherwise. */
export function stateBody(ctx: Ctx, before: Arg | null, after: Arg | null): Arg | null {
  if (!before || before.id || !after) return after;
  // (no state found for it: the one state whose whole army or forces the document names, below)
  if (after.id && subtypeOf(after.id) !== "country") return after;
  const kinds = forceKinds(ctx, before);
  if (!kinds) return after;
  const code = after.id ? countryCode(after.id) : onlyState(ctx, before);
  if (!code) return after;
  const body = namedBody(ctx.doc, code, kinds);
  return body ? argAs(after, body, "ORG") : after;
}

/** The country of the national army, forces or police bodies the document names, when they are of
 *  one country only and no word after the force names another ("القوات الأمريكية" is a name; an
 *  adjective the KB does not know may be a state's: nothing is guessed then); else null. */
function onlyState(ctx: Ctx, x: Arg): string | null {
  // (only what own-forces.ts gives a state: security forces, the army or the police, not a bare "القوات",
  // which may be another's; "الآمن" (safe) folds like "الأمن")
  const lastWord = bareWord(ctx.toks[x.last]);
  if (!(x.role === "security" || ARMY_WORDS.has(lastWord) || POLICE_WORDS.has(lastWord)) || x.text.includes("آ")) return null;
  const next = ctx.toks[x.last + 1];
  if (next && next.kind === "word" && !ctx.ai.at[x.last + 1] && !LOYAL.has(bareWord(next)) && /^ال\S+(ي|يه|يان|يين|يون)$/.test(next.norm)) return null;
  let code: string | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== "ORG" || !BODY_SUBTYPES.has(subtypeOf(e.id) ?? "") || !nationalBody(e.name)) continue;
    const c = countryCode(e.id);
    if (!c || (code && c !== code)) return null;
    code = c;
  }
  return code;
}
const BODY_SUBTYPES = new Set(["army", "forces", "police"]);

/** Which bodies the force's words may stand for; null for words of authority ("السلطات"، "الحكومة"). */
function forceKinds(ctx: Ctx, x: Arg): string[] | null {
  let army = false, force = false, police = false, security = false;
  // (the adjective after the words counts: "القوات" + "الأمنية")
  const end = Math.min(x.last + 1, ctx.toks.length - 1);
  for (let i = x.first; i <= end; i++) {
    const w = bareWord(ctx.toks[i]);
    if (i > x.last && !SECURITY_WORDS.has(w)) break;
    if (ARMY_WORDS.has(w)) army = true;
    else if (POLICE_WORDS.has(w)) police = true;
    else if (SECURITY_WORDS.has(w)) security = true;
    else if (FORCE_WORDS.has(w)) force = true;
  }
  // ("قوات الأمن" of a state is its forces or police, never its army: Egypt's security forces are the interior's)
  return police ? POLICE : army ? ARMY_FIRST : security ? SECURITY : force ? FORCES_FIRST : null;
}

/** "الجيش العراقي"، "القوات التركية": a body named by a force word and its state's adjective alone is the
 *  state's whole army or forces; "جهاز مكافحة الإرهاب"، "القوات الجوية الملكية السعودية" are units of them. */
function nationalBody(name: string): boolean {
  const w = normalize(name).split(" ");
  return w.length === 2 && (ARMY_WORDS.has(w[0]) || FORCE_WORDS.has(w[0]) || POLICE_WORDS.has(w[0]));
}

/** The document's entity of country `code` whose subtype comes first in `kinds` (most mentions among equals), or null. */
function namedBody(doc: Document, code: string, kinds: string[]): string | null {
  let best: string | null = null, rank = kinds.length, n = 0;
  for (const e of doc.entities) {
    if (e.type !== "ORG") continue;
    const k = kinds.indexOf(subtypeOf(e.id) ?? "");
    if (k < 0 || k > rank || countryCode(e.id) !== code || !nationalBody(e.name)) continue;
    if (k < rank || e.mentions.length > n) { best = e.id; rank = k; n = e.mentions.length; }
  }
  return best;
}
