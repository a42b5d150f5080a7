// A bombing told with no doer in a story about one militant group: "وأسفر التفجير عن مقتل ١٢"،
// "قتل خمسة في انفجار سيارة مفخخة قرب السوق". The coders give such a blast to the group the story is
// about (the one that claimed it or is blamed for it elsewhere in the text), as bomber-group.ts does
// for an unnamed suicide bomber. Only a blast noun (تفجير، انفجار، عبوة ناسفة، سيارة مفخخة، هجوم
// انتحاري: event-word-classes.tsv blast-noun, with the trigger's explosives mode), only when the
// document names one militant group clearly most (story-state.ts documentGroup) and tells that group
// doing an attack elsewhere ("تبنى تنظيم X الهجوم"، "فجر انتحاري من X نفسه": the text ties it to
// bombings; a group that only governs the place, "وزارة الداخلية التابعة لحركة X تحقق في سبب
// الانفجار", is no doer), and not:
// - when the document says no one claimed an attack ("لم تعلن أي جهة مسؤوليتها"، "لم تتبنه جماعة");
// - when the sentence names another armed group (the text may give the blast to it: a force named
//   beside the blast is most often what it struck, and does not count);
// - when it is aimed at that group itself or the group is its target's ally;
// - when it is denied.
// SaudiNewsNet, 5,946 records (first 1,500 of 2015-07-21, 08-06, 08-07, 08-09): 232 doer-less blasts; 17 in the
// first half had a document group, about half right (a Gaza blast given to the party that governs
// there, a Bahrain bomb to a group the story named for other reasons); with the two conditions above,
// 16 changed, 16 read, 15 right (the wrong one a blast whose cause the text says is disputed).
import type { Cand, Ctx } from "./event-context.ts";
import { subtypeOf } from "./places.ts";
import { documentGroup } from "./story-state.ts";
import { allied } from "./war-sides.ts";
import { wordClass } from "./word-classes.ts";

const BLAST_NOUNS = wordClass("blast-noun");
const CLAIM_VERBS = wordClass("claim-verb");

/** Give the doer-less blasts of `kept` the document's militant group (see above). */
export function blastGroups(ctx: Ctx, kept: readonly Cand[]): void {
  let g: string | null | undefined;
  for (const c of kept) {
    const ev = c.ev;
    if (ev.type !== "ASSAULT" || ev.source || ev.source_text || ev.negated || !isBlast(ctx, c)) continue;
    if ((g ??= bomberOf(ctx, kept)) === null) return;
    if (ev.target && (ev.target === g || allied(g, ev.target))) continue;
    if (otherArmed(ctx, c.sent, g)) continue;
    const e = ctx.doc.entities.find((x) => x.id === g)!;
    // (an actor the sentence does not name: no span, as for an implied source)
    ev.source = g; ev.source_text = e.name; ev.source_span = null;
  }
}

/** The document's militant group when the document tells it doing an attack and says of no attack
 *  that no one claimed it; else null. */
function bomberOf(ctx: Ctx, kept: readonly Cand[]): string | null {
  const g = documentGroup(ctx);
  if (!g || !kept.some((o) => o.ev.type === "ASSAULT" && o.ev.source === g)) return null;
  return unclaimed(ctx) ? null : g;
}

/** A blast noun read as an attack by explosives ("التفجير"، "بانفجار"، "عبوة ناسفة"). */
function isBlast(ctx: Ctx, c: Cand): boolean {
  return c.trig.pos === "noun" && c.trig.mode === "explosives" && ctx.toks[c.m.start].readings.some((r) => BLAST_NOUNS.has(r.bare));
}

const GROUPS: ReadonlySet<string> = new Set(["militant_group", "armed_group", "opposition"]);

/** Does sentence `sent` name an armed group other than g? */
function otherArmed(ctx: Ctx, sent: number, g: string): boolean {
  const [a, b] = ctx.sents[sent];
  for (let i = a; i < b; i++) {
    const arg = ctx.ai.at[i];
    if (!arg) continue;
    if (arg.id && arg.id !== g && GROUPS.has(subtypeOf(arg.id) ?? "")) return true;
    i = arg.last;
  }
  return false;
}

/** Does the document say that no one claimed an attack ("ولم تتبن أي جهة"، "لم تعلن أي جهة مسؤوليتها")? */
function unclaimed(ctx: Ctx): boolean {
  const toks = ctx.toks;
  for (let i = 1; i < toks.length; i++) {
    if (!CLAIM_VERBS.has(toks[i].norm)) continue;
    const p = toks[i - 1].norm;
    if (p === "لم" || p === "ولم") return true;
  }
  return false;
}
