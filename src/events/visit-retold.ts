// "نتيجة زيارة الوزير فلان إلى سودانيا …" and later "وأوضحت أن وزير الدفاع النورستاني وصل إلى
// سودانيا": one trip told twice. A verb of arriving or visiting (arrive-verb, visit-verb) names again
// a visit the document already told when an earlier visit (a verb of arriving or visiting, or a
// visit noun: visit-noun) has the same visitor and the same state as its target: the coders
// record the trip once (retellings are optional in their files), and a verb would otherwise count
// as a new act (retelling.ts keeps verbs). The visitor may be named once as the person and once as the state he serves ("زيارة
// الرئيس فلان لنورستان"، "ووصل الوفد السوداني"): the same party (a person and his state).
// A visit to a city is keyed to its state (event-record.ts), so "زار بغداد … وصل إلى البصرة" is
// one trip to one state; a second trip in one story is rare in the news (commit message, session 23).
import type { Cand } from "./event-context.ts";
import type { Document } from "../core/document.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import { placeRank, stateOfActor } from "./places.ts";
import { isPlace } from "./arguments.ts";
import { isArrival } from "./arrival.ts";
import { wordClass } from "./word-classes.ts";

const VISIT = wordClass("visit-verb");

const VISIT_NOUN = wordClass("visit-noun");

/** Does o tell a visit: a verb of arriving or visiting, or a visit noun ("زيارة"، "زيارته")? A
 *  meeting ("اللقاء"، "يبحث مع") is no trip: "التقى الملك الوزير الأميركي … ومن المتوقع أن يزور
 *  الملك الولايات المتحدة" tells a meeting at home and a trip to come. */
const toldVisit = (doc: Document, o: Cand): boolean =>
  travelVerb(o.trig) || (o.trig.pos === "noun" && doc.tokens[o.m.start].readings.some((r) => VISIT_NOUN.has(r.bare) || VISIT_NOUN.has(r.norm)));

/** Is the trigger row a verb of arriving or visiting (its perfect is one of those classes)? */
function travelVerb(trig: Trigger): boolean {
  if (isArrival(trig)) return true; // (arrival.ts: arrive-verb)
  if (!trig.perfect) return false;
  for (const w of VISIT) if (trig.perfect.has(w)) return true;
  return false;
}

/** Does c, a verb of arriving or visiting aimed at a state, tell again a visit `told` already holds? */
export function visitRetold(doc: Document, c: Cand, told: readonly Cand[], heading: readonly boolean[]): boolean {
  const ev = c.ev;
  if (ev.type !== "CONSULT" || !ev.source || !ev.target || !c.tgt || !isPlace(c.tgt) || !travelVerb(c.trig)) return false;
  if (c.tgt.id === ev.target && placeRank(c.tgt) !== 0) return false; // (a city kept as the target: its state unnamed)
  return told.some((o) => o.ev.type === "CONSULT" && !heading[o.sent] && o.ev.target === ev.target && !!o.ev.source && sameVisitor(doc, o, c) && toldVisit(doc, o));
}

/** The same visitor: one id, or a person and the state the knowledge base gives him. */
function sameVisitor(doc: Document, o: Cand, c: Cand): boolean {
  if (o.ev.source === c.ev.source) return true;
  const ps = [o.src, c.src];
  for (let k = 0; k < 2; k++) {
    const p = ps[k], s = ps[1 - k];
    if (p?.type === "PERSON" && s?.id && s.type === "GPE" && stateOfActor(doc, p) === s.id && stateOfActor(doc, s) === s.id) return true;
  }
  return false;
}
