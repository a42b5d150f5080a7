// Whom an attack in a war story was aimed at when its sentence names no one: "استعادت المقاومة
// قرية X"، "استهدف طيران التحالف مواقع في صنعاء"، "قصفت القوات الجوية المنطقة". Coders record the
// other side of the war as the target (the village or the area is the location), so a violent
// event whose source is an armed party and whose target is missing, or is a place smaller than a
// country, is aimed at the source's adversary in the document:
// - for a party of a war data/kb/war-sides.tsv knows: the one enemy body in that war its own sentence
//   names ("انسحبت القوات العراقية إثر هجوم للتنظيم", session 22: on 3,000 news records 13 targets
//   changed, 8 right against 1 before), else its enemy in that war the document names most (war-sides.ts); a target that is the source's ally there is replaced the same way, and
//   so is a country on no side of the war (the field it is fought in); no rule below gives a
//   source its ally;
// - for a state, an army or security force: the armed group the document names most, at least
//   twice and half again as often as any other armed group;
// - for an armed group: the armed body it is paired with most in the document's attacks (either
//   way), when one is paired more than any other (not the group named most: a story of Turkey at
//   war names the PKK and ISIS, who do not fight each other).
// A target named only by its kind ("مدنيين"، "مسلحين") is a target already, and stays. Killings and
// wounds are left alone: their "source" is too often who suffered them ("قتل جنديان تركيان"); so are
// abductions: who is taken is a person, not the other side of the war.
import type { Document } from "../core/document.ts";
import { normalize } from "../text/normalize.ts";
import type { EventWithActors } from "./event-context.ts";
import { countryCode, rankOf, subtypeOf } from "./places.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { allied, enemyOf, enemyWithin, foughtIn, sidesOf } from "./war-sides.ts";

/** Knowledge-base subtypes of the parties that fight a war with guns. */
const GROUPS = new Set(["militant_group", "armed_group", "opposition"]);
const FORCES = new Set(["army", "forces", "police", "alliance"]);

/** A body the knowledge base types as one that fights with arms: an armed group or a state's force
 *  (context-sides.ts and story-attacker.ts read the same kinds). */
export const armedBody = (id: string | null): boolean => { const s = subtypeOf(id) ?? ""; return GROUPS.has(s) || FORCES.has(s); };
/** "تركيا"، not "التركية"، "تركيين": a state named by its name acts; its adjective is often who suffered. */
const NISBA = /(ي|يه|ية|يين|يون|يان)$/;

/** An event as the finder keeps it, with the trigger row it was read by. */
interface Told { ev: EventWithActors; trig: Trigger }

type Kind = "group" | "force" | null;

/** `wound`: the finder's test of a verb of wounds ("أصيب"، "جرح": casualty-verb), beside the rows of mode killing. */
export function fillAdversaries(doc: Document, told: Told[], wound: (t: Trigger) => boolean): void {
  let groups: Map<string, number> | null = null;
  // (the pairs as the sentences told them, before any target is filled here)
  const pairs: [string, string][] = [];
  for (const { ev } of told) if (ev.type === "ASSAULT" && ev.source && ev.target && ev.source !== ev.target) pairs.push([ev.source, ev.target]);
  for (const { ev, trig } of told) {
    if (ev.type !== "ASSAULT" || !ev.source || trig.mode === "killing" || trig.mode === "abduct" || wound(trig)) continue;
    const kind = kindOf(doc, ev.source, ev.source_text);
    if (!kind) continue;
    const field = !open(doc, ev) && !allied(ev.source, ev.target ?? "") && arena(doc, ev);
    if (!field && !open(doc, ev) && !allied(ev.source, ev.target ?? "")) continue;
    groups ??= groupCounts(doc);
    // (war-sides.ts: the source's enemy in a war the table knows; else the rules above, never its ally)
    // (a group: the body the document's attacks pair it with, unless that is its ally)
    // (first the one enemy its own sentence names: "انسحبت القوات من المدينة إثر هجوم للتنظيم")
    let foe = enemyWithin(doc, ev.source, ev.sentence.start, ev.sentence.end);
    if (!foe && kind === "group" && !field) foe = partnerOf(pairs, ev.source);
    if (foe && allied(ev.source, foe)) foe = null;
    foe ??= field ? enemyOf(doc, ev.source) ?? null : enemyOf(doc, ev.source) ?? (kind === "force" ? dominant(groups, ev.source) : null);
    if (foe && allied(ev.source, foe)) foe = null;
    if (!foe || foe === ev.target) continue;
    const e = doc.entities.find((x) => x.id === foe)!;
    // (an actor the sentence does not name: no span, as for an implied source)
    ev.target = foe; ev.target_text = e.name; ev.target_span = null;
  }
}

/** "استهدفت مقاتلات التحالف مواقع في صعدة" read as aimed at Yemen: a country the war table sets
 *  on no side, where a war of the source is fought (a party of it is of that country), as the
 *  target of a party it knows, is the field of the war, not whom it fights ("أسقط طائرة روسية":
 *  Russia, in no war of the table, stays). */
function arena(doc: Document, ev: EventWithActors): boolean {
  if (!ev.source || !ev.target || !sidesOf(ev.source) || sidesOf(ev.target)) return false;
  const e = doc.entities.find((x) => x.id === ev.target);
  const code = e?.type === "GPE" ? countryCode(e.id) : null;
  return !!code && rankOf(e!.id, "GPE") === 0 && foughtIn(ev.source, code);
}

/** No target, or a place smaller than a country (the village taken, the area shelled). */
function open(doc: Document, ev: EventWithActors): boolean {
  if (!ev.target) return ev.target_text === null;
  const e = doc.entities.find((x) => x.id === ev.target);
  if (!e || (e.type !== "GPE" && e.type !== "LOC" && e.type !== "FAC")) return false;
  return e.type !== "GPE" || rankOf(e.id, e.type) > 0;
}

function kindOf(doc: Document, id: string, text: string | null = null): Kind {
  const s = subtypeOf(id);
  if (s && GROUPS.has(s)) return "group";
  if (s && FORCES.has(s)) return "force";
  // a government the war table sets on a side ("شن طيران النظام غارات": the regime)
  if (doc.entities.find((x) => x.id === id)?.type === "ORG" && sidesOf(id)) return "force";
  // a state (its own country code, ranked a country): its forces are at war
  const e = doc.entities.find((x) => x.id === id);
  if (e?.type === "GPE" && !(text && NISBA.test(normalize(text))) && countryCode(id) && rankOf(id, "GPE") === 0) return "force";
  return null;
}

function groupCounts(doc: Document): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of doc.entities) if (e.type === "ORG" && GROUPS.has(subtypeOf(e.id) ?? "")) m.set(e.id, e.mentions.length);
  return m;
}

/** The armed group other than `self` named most: at least twice, and half again as often as the next. */
function dominant(groups: Map<string, number>, self: string): string | null {
  let best: string | null = null, n = 0, next = 0;
  for (const [id, c] of groups) {
    if (id === self) continue;
    if (c > n) { next = n; best = id; n = c; } else if (c > next) next = c;
  }
  return n >= 2 && 2 * n >= 3 * next ? best : null;
}

/** The armed body (not a state: "ضد اليمن" pairs a group with a country loosely) an armed group is
 *  paired with most in the document's attacks, if one is paired more than any other. */
function partnerOf(pairs: [string, string][], self: string): string | null {
  const n = new Map<string, number>();
  for (const [s, t] of pairs) {
    const other = s === self ? t : t === self ? s : null;
    const st = other ? subtypeOf(other) : null;
    if (st && (GROUPS.has(st) || FORCES.has(st))) n.set(other!, (n.get(other!) ?? 0) + 1);
  }
  let best: string | null = null, c = 0, tie = false;
  for (const [id, k] of n) { if (k > c) { best = id; c = k; tie = false; } else if (k === c) tie = true; }
  return tie ? null : best;
}
