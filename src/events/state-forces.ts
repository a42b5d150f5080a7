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

/** Words of a force that is not the army: "القوات"، "قوات"، "الأمن" (event-word-classes.tsv, state-force-word). */
const FORCE_WORDS = wordClass("state-force-word");
/** "الشرطة": the police of the state (event-word-classes.tsv, state-police-word). */
const POLICE_WORDS = wordClass("state-police-word");
/** "الجيش": the army (event-word-classes.tsv, state-army-word). */
const ARMY_WORDS = wordClass("state-army-word");

/** Subtypes the body may have, best first, for the kind of word that named the force. */
const ARMY_FIRST = ["army", "forces"], FORCES_FIRST = ["forces", "army"], POLICE = ["police"];

/** `after` is what ownForces made of the unnamed force `before`: when it gave it a state, the
 *  state's army, forces or police body the document names (the most mentioned of the best subtype)
 *  instead; `after` unchanged otherwise. */
export function stateBody(ctx: Ctx, before: Arg | null, after: Arg | null): Arg | null {
  if (!before || before.id || !after?.id || subtypeOf(after.id) !== "country") return after;
  const kinds = forceKinds(ctx, before);
  if (!kinds) return after;
  const code = countryCode(after.id);
  if (!code) return after;
  const body = namedBody(ctx.doc, code, kinds);
  return body ? argAs(after, body, "ORG") : after;
}

/** Which bodies the force's words may stand for; null for words of authority ("السلطات"، "الحكومة"). */
function forceKinds(ctx: Ctx, x: Arg): string[] | null {
  let army = false, force = false, police = false;
  for (let i = x.first; i <= x.last; i++) {
    const w = bareWord(ctx.toks[i]);
    if (ARMY_WORDS.has(w)) army = true;
    else if (POLICE_WORDS.has(w)) police = true;
    else if (FORCE_WORDS.has(w)) force = true;
  }
  return police ? POLICE : army ? ARMY_FIRST : force ? FORCES_FIRST : null;
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
