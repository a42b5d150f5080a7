// "عقود أبرمت بين نورستان وسودانيا من قبل الحكومة النورستانية"، "اتفاق وقعته وزارة الخارجية
// النورستانية مع نورستان وسودانيا": a state's own body or official is never a party to its own
// state in diplomacy (a deal, a meeting, support, a request): the state named beside the other
// party is the side the body acts for, not whom it deals with. The target then is the party joined
// to it by و ("بين نورستان وسودانيا": Sudania), else none. Force has its own rule (own-losses.ts);
// a statement or protest aimed at one's own state ("انتقد الوزير بلاده") is left as read.
import type { Arg } from "./arguments.ts";
import type { Ctx } from "./event-context.ts";
import type { PloverType } from "../core/contract.ts";
import { stateOfActor } from "./places.ts";
import { mayBeOrgan } from "./state-organs.ts";
import { nextMember } from "./coordinated-targets.ts";

/** Types of dealings between parties, where one's own state is never the other party. */
const DEALINGS = new Set<PloverType>(["AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REQUEST", "AID"]);

/** Is `tgt` the state `src` is a body or official of (not `src` itself)? */
export function ownState(ctx: Ctx, src: Arg | null, tgt: Arg | null): boolean {
  if (!src?.id || !tgt?.id || tgt.type !== "GPE" || src.id === tgt.id || src.type === "GPE") return false;
  return stateOfActor(ctx.doc, tgt) === tgt.id && stateOfActor(ctx.doc, src) === tgt.id && mayBeOrgan(src.id);
}

/** The target of a dealing once the source's own state is taken out: the party joined to it by و, else null. */
export function otherThanOwnState(ctx: Ctx, type: PloverType, src: Arg | null, tgt: Arg | null, end: number): Arg | null {
  if (!DEALINGS.has(type) || !ownState(ctx, src, tgt)) return tgt;
  const next = tgt!.first >= 0 ? nextMember(ctx, tgt!.last + 1, end) : null;
  return next && next.id !== src!.id && !ownState(ctx, src, next) ? next : null;
}
