// "…، متوعدة بالرد في كل مكان": a circumstantial participle closing a clause acts on the name right
// after it (verb-roles.ts circumstantialRoles), and without one it was no event. A threat stands
// without that name: PLOVER codes a threat with its maker alone (what is threatened follows بـ or a
// quotation, not a party), and its maker is the clause's person (or the one quoted). Calls, praise and
// condemnations with no name after them ("داعيا إلى التهدئة"، "مشيدا بالجهود") stay none: whom they
// are aimed at is not said. SaudiNewsNet, all 28k records: 20 threat participles (متوعدا، متوعدة …)
// followed by بـ, a quotation or a clause, about 12 of them a threat by the clause's actor.
import { type Arg } from "./arguments.ts";
import type { Clause, Ctx, Roles } from "./event-context.ts";
import { circumstantialSubject } from "./implicit-subjects.ts";

/** The roles of a circumstantial threat with no name right after it, or null for any other type. */
export function loneCircumstantial(ctx: Ctx, cl: Clause): Roles | null {
  const { m, trig, a, speaker } = cl;
  if (trig.type !== "THREATEN") return null;
  const src: Arg | null = speaker ?? circumstantialSubject(ctx.ai, m.start, a);
  if (!src?.id) return null;
  return { src, tgt: null, occurs: true, tie: "tight", mutual: false, svAt: -1 };
}
