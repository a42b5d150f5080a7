// What happens to candidate events once built: twins in a sentence filled from each other, the
// same actors keyed for one telling per document, headings that restate the body dropped, unsure
// force events left out and a clash between two sides reversed into both directions.
import type { Document, Token } from "../core/document.ts";
import { type Arg, sameActor, targetHead } from "./arguments.ts";
import { type Cand, type EventWithActors, copyQuantities, setActor } from "./event-context.ts";
import { stateOfActor } from "./places.ts";
import { mayBeOrgan } from "./state-organs.ts";
import { casualtyVerb, objectPronoun } from "./verb-words.ts";
import { SPEECH_ACTS } from "./event-classes.ts";
import { wordClass } from "./word-classes.ts";

/** "قتال"، "بهجمة"، "ويحاصرهم": a force noun no verb says happened, or a verb whose object is a
 *  pronoun, with a named actor and no target, count or date is too often fighting in general, an
 *  actor misread or a victim left unresolved; it is not reported ("الهجمات التي شنها X" and a verb
 *  with no object at all still are). */
export function unsure(c: Cand, toks: Token[]): boolean {
  const ev = c.ev;
  if (c.trig.pos === "noun" ? c.occurs : !objectPronoun(toks[c.m.end - 1])) return false;
  return (ev.type === "ASSAULT" || ev.type === "COERCE") && ev.source !== null && ev.target === null && !ev.target_text && !ev.quantities.length && ev.date === null;
}

/** "الاشتباكات بين الجيش ومقاتلي التنظيم": fighting between two sides is an attack by each on the
 *  other (the text's order says nothing of who started it), so both directions are events. */
export function reversed(c: Cand): EventWithActors {
  const ev: EventWithActors = { ...c.ev, quantities: copyQuantities(c.ev.quantities) };
  setActor(ev, "source", c.tgt);
  setActor(ev, "target", c.src);
  if (c.src!.start < 0) { ev.target = c.src!.id; ev.target_text = c.src!.text || null; }
  return ev;
}

/** "طائرتان كاردانيتان وثالثة نورانية تحمل مساعدات": the same act by another giver named with it (aid-carrier.ts). */
export function otherGiver(c: Cand, giver: Arg): EventWithActors {
  const ev: EventWithActors = { ...c.ev, quantities: copyQuantities(c.ev.quantities) };
  setActor(ev, "source", giver);
  return ev;
}

/** A heading restates the body: the headline's event when the body tells one of its type with its
 *  target (its source, when it names no target), a subheading's when the next few sentences tell one
 *  of its type. */
export function withoutHeadingEchoes(doc: Document, cands: Cand[], heading: boolean[]): Cand[] {
  const body = cands.filter((c) => !heading[c.sent]);
  const headlineEnd = doc.paragraphs[0]?.end ?? 0;
  return cands.filter((c) => {
    if (!heading[c.sent]) return true;
    // "كاردانيا تقصف الجبهة" over "وشنت طائرات كاردانية غارات على مواقع الجبهة": the headline sums up
    // the body's event in fewer words, so where the two read the doer differently the body's reading
    // stands ("مصر تدين" over "أدانت وزارة الخارجية المصرية": a state heads for its ministry or its
    // leader); a headline aimed at another target than the body's events is news of its own. The
    // blind annotators of E/H/K/O/P code 12 of 1,843 events in a headline.
    if (doc.tokens[c.m.start].start < headlineEnd && body.some((o) => o.ev.type === c.ev.type && ((c.tgt ? sharedActor(doc, c.tgt, o.tgt) : sharedActor(doc, c.src, o.src)) || (sameOrOrgan(doc, c.src, o.src) && actorKey(o.tgt) === actorKey(c.tgt))))) return false;
    if (c.sent === 0) return true;
    return !body.some((o) => o.ev.type === c.ev.type && o.sent > c.sent && o.sent <= c.sent + 3);
  });
}

/** Both named and the same (or a state and its organ, either way round: "الحكومة النورستانية توجه
 *  السفن" over a body that read the same government as its state): an actor a headline event and a
 *  body event share. */
const sharedActor = (doc: Document, head: Arg | null, body: Arg | null): boolean => !!head && !!body && (sameOrOrgan(doc, head, body) || sameOrOrgan(doc, body, head));

export const actorKey = (a: Arg | null) => (a ? a.id ?? `~${a.text}` : "-");
/** The same actor, or a country and a body or person of its state ("مصر" and "وزارة الخارجية المصرية"). */
export const sameOrOrgan = (doc: Document, head: Arg | null, body: Arg | null) =>
  actorKey(head) === actorKey(body) || (!!head?.id && !!body?.id && stateOfActor(doc, head) === head.id && stateOfActor(doc, body) === head.id && mayBeOrgan(body.id)); // (state-organs.ts)

/** "زار الوزير نورستان والتقى رئيسها"، "متهما X …، محملا Y المسؤولية": two statements or meetings of
 *  one type in a sentence aimed at two different named parties are two acts, not one told twice
 *  (the visit is to the state, the meeting with its leader; the annotators code both). A force or a
 *  protest told twice names its target loosely (the town, then the group; the embassy, then the
 *  state), so those stay twins, save two attacks on two named groups or persons (separateAttacks). */
export const separateActs = (doc: Document, o: Cand, c: Cand): boolean =>
  (SPEECH_ACTS.has(c.ev.type) || c.ev.type === "CONSULT" || separateAttacks(o, c, doc.tokens)) && !!o.tgt?.id && !!c.tgt?.id && !sameActor(o.tgt, c.tgt) && !sameOrOrgan(doc, o.tgt, c.tgt) && !sameOrOrgan(doc, c.tgt, o.tgt);

/** "شنت مقاتلات كاردانية غارات على مواقع الجبهة وبدأت حملة على معسكرات الحركة": two attacks in a
 *  sentence on two different named groups or persons are two acts. Only groups and persons: an attack
 *  told twice names a place then who held it ("هجوم على المدينة استهدف الحامية"), a state then its
 *  army, and those stay twins. (The caller checks that the targets differ.) */
const separateAttacks = (o: Cand, c: Cand, toks: readonly Token[]): boolean =>
  c.ev.type === "ASSAULT" && attacked(o, toks) && attacked(c, toks);

/** Is c aimed at a named group or person of its own? Not a toll: a casualty verb ("قتل …، وأصيب …")
 *  or a noun of dying ("أسفر عن مقتل …", toll-noun) tells what one attack cost. Not the means of
 *  another act ("دمرت الطائرات مخزنا في غارة على مواقع الجبهة"، "بقصف"): one act told with its
 *  manner. Not a target after لـ straight after the noun ("قصف مكثف للجبهة"): there it is as often
 *  the doer; after a target head ("مواقع للجبهة") it is the target. */
function attacked(c: Cand, toks: readonly Token[]): boolean {
  const t = c.tgt;
  if (!groupOrPerson(t) || casualtyVerb(c.trig)) return false;
  if (t!.clitic === "ل" && !targetHead(toks[t!.first - 1])) return false;
  if (c.trig.pos !== "noun") return true;
  const w = toks[c.m.start];
  return !w.readings.some((r) => TOLL.has(r.bare) || r.pre.endsWith("ب")) && toks[c.m.start - 1]?.norm !== "في";
}

const TOLL = wordClass("toll-noun");

const groupOrPerson = (a: Arg | null): boolean => !!a && (a.type === "ORG" || a.type === "PERSON");

export function fill(into: Cand, from: Cand): void {
  if (!into.src && from.src && !sameActor(from.src, into.tgt)) { into.src = from.src; setActor(into.ev, "source", from.src); }
  // (the target as the twin's record keyed it: "خلال زيارته لبغداد" is a visit to the city's state,
  // event-record.ts, and the twin told first takes the state, not the city)
  if (!into.tgt && from.tgt && !sameActor(from.tgt, into.src)) { into.tgt = from.tgt; setActor(into.ev, "target", from.tgt); into.ev.target = from.ev.target; }
  into.ev.location ??= from.ev.location;
}
