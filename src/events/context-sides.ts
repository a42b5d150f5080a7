// The sides of a clash the sentence tells without naming them: "وتدور معارك عنيفة في منطقة X"،
// "اشتباكات دارت بين الطرفين"، "وتركزت المواجهات قرب المدرسة" (a verb of fighting, clash-reach.ts, says
// it took place). A coder records such a clash between the two parties the story is about; the
// finder turned it down for want of an actor. Here the two are those of the attack between
// fighting parties (armies, forces, armed groups, or states; never allies) told last in the three
// sentences before (a clash naming both sides first), else the pair the document's attacks join
// most often, more than any other pair, from the one that acts in most of them to the other.
// A story with no such pair keeps no sideless clash. (SaudiNewsNet, 2,959 records: about a third of
// the 35 clashes stated by a verb of fighting with no attack event in their sentence named no side.)
import type { Document } from "../core/document.ts";
import type { Cand } from "./event-context.ts";
import { armedBody } from "./adversary.ts";
import { rankOf } from "./places.ts";
import { allied } from "./war-sides.ts";

/** Fills the sides of each sideless clash in `kept` from the pair of fighting parties told
 *  nearest before it (three sentences), else the document's main pair; returns `kept` without the
 *  ones no pair was found for. */
export function fillContextSides(doc: Document, kept: Cand[]): Cand[] {
  if (!kept.some((c) => c.sideless)) return kept;
  const told = kept.filter((c) => fought(doc, c));
  const main = mainPair(told);
  const out: Cand[] = [];
  for (const c of kept) {
    // (a twin in its sentence may have given it actors since: find-events.ts)
    if (!c.sideless || c.src || c.tgt) { out.push(c); continue; }
    const near = nearestBefore(told, c);
    const pair = near ? [near.ev.source!, near.ev.target!] : main;
    if (!pair) continue;
    for (const [role, id] of [["source", pair[0]], ["target", pair[1]]] as const) {
      const e = doc.entities.find((x) => x.id === id)!;
      // (an actor the sentence does not name: no span, as for an adversary filled in adversary.ts)
      if (role === "source") { c.ev.source = id; c.ev.source_text = e.name; c.ev.source_span = null; }
      else { c.ev.target = id; c.ev.target_text = e.name; c.ev.target_span = null; }
    }
    out.push(c);
  }
  return out;
}

/** An attack between two fighting parties that are no allies (war-sides.ts). */
function fought(doc: Document, c: Cand): boolean {
  const { type, source: s, target: t } = c.ev;
  return type === "ASSAULT" && !!s && !!t && s !== t && fighter(doc, s) && fighter(doc, t) && !allied(s, t);
}

/** The attack between two fighting parties told last before c, within three sentences; a clash
 *  whose two sides were named ("بين X وY": mutual) before any other ("بين الطرفين" takes them up). */
function nearestBefore(told: Cand[], c: Cand): Cand | null {
  let best: Cand | null = null;
  for (const o of told) {
    if (o.sent >= c.sent || o.sent < c.sent - 3) continue;
    if (!best || (!!o.mutual !== !!best.mutual ? !!o.mutual : o.sent > best.sent || (o.sent === best.sent && o.m.start > best.m.start))) best = o;
  }
  return best;
}

/** The [doer, other] pair the document's attacks between fighting parties join most, or null. */
function mainPair(told: Cand[]): [string, string] | null {
  const ways = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const { ev: { source: s, target: t } } of told) {
    ways.set(`${s}|${t}`, (ways.get(`${s}|${t}`) ?? 0) + 1);
    const k = s! < t! ? `${s}|${t}` : `${t}|${s}`;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  let best = "", n = 0, second = 0;
  for (const [k, v] of pairs) { if (v > n) { second = n; best = k; n = v; } else if (v > second) second = v; }
  if (n < 1 || second === n) return null;
  const [x, y] = best.split("|");
  return (ways.get(`${y}|${x}`) ?? 0) > (ways.get(`${x}|${y}`) ?? 0) ? [y, x] : [x, y];
}

/** An army, a force or an armed group, or a state ranked a country: a party that fights. */
function fighter(doc: Document, id: string): boolean {
  const e = doc.entities.find((x) => x.id === id);
  return !!e && ((e.type === "ORG" && armedBody(id)) || (e.type === "GPE" && rankOf(id, "GPE") === 0));
}
