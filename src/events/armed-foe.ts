// "خاضت المقاومة معارك مع المتمردين"، "قتلت القوات 23 إرهابيا"، "استهدف الحزب دورية للشرطة": armed men,
// soldiers or police named only by their kind (a generic actor of the rebels, armed, military or
// security sector: generic-actors.tsv) and left without a state by own-forces.ts, attacked or seized by a party
// of a war the table knows (data/kb/war-sides.tsv), are that party's enemy in the document: coders
// record the side, not the words. Only when the document names one enemy clearly (war-sides.ts
// enemyOf); a party in no war of the table, or a story naming enemies of several wars alike, keeps
// the words. (own-forces.ts rebelGroup gives definite rebels the group the document names most; a
// Yemeni story names the popular resistance nearly as often as the Houthis, and that test fails.)
import { type Arg, argAs } from "./arguments.ts";
import type { Ctx } from "./event-context.ts";
import type { PloverType } from "../core/contract.ts";
import { enemyOf } from "./war-sides.ts";

/** Acts of force whose generic target is taken for the source's enemy. */
const FOE_TYPES = new Set<PloverType>(["ASSAULT", "COERCE"]);
/** Generic sectors that name fighters or forces of a side. */
const FIGHTERS = new Set(["rebels", "armed", "military", "security"]);

/** tgt with the id of src's enemy when tgt is unnamed fighters and src a party of a known war; else tgt. */
export function armedFoe(ctx: Ctx, type: PloverType, src: Arg | null, tgt: Arg | null): Arg | null {
  if (!tgt || tgt.id || !tgt.role || !FIGHTERS.has(tgt.role) || !src?.id || !FOE_TYPES.has(type)) return tgt;
  const foe = enemyOf(ctx.doc, src.id);
  if (!foe) return tgt;
  const e = ctx.doc.entities.find((x) => x.id === foe);
  return e ? argAs(tgt, foe, e.type) : tgt;
}
