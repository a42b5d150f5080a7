// Aid delivered by a carrier: "هبطت طائرتان كاردانيتان وثالثة نورانية تحمل مساعدات"، "سفينتان
// لبرنامج الأغذية"، "إنزال شحنات من سفن محملة بمساعدات منظمة X في ميناء Y". A noun of aid names no
// giver of its own there and, plural, reads as aid in general; a plane, ship or convoy carrying it
// in its sentence says a delivery happened, whose it was (the carrier's nationality adjective or
// the body it belongs to) and where it went (the state of the place it reached).
import { type Arg, type ArgIndex, actorAt, argAs, isPlace, prepOf } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { placeRank, stateOf } from "./places.ts";
import { wordClass } from "./word-classes.ts";
import type { Document, Token } from "../core/document.ts";

const CARRIER = wordClass("aid-carrier");
const BELONG = wordClass("belong-word");
/** Prepositions before the place a delivery reaches ("إلى مطار X"، "صوب ميناء X"، "في ميناء X"، "بمطار X"). */
const TO = new Set(["الي", "صوب", "نحو", "في", "ب"]);
const REACH = 12; // words either side of the aid noun a carrier may stand

export interface AidDelivery { carrier: number; givers: Arg[]; dest: Arg | null }

const isCarrier = (t: Token): boolean => t.kind === "word" && t.readings.some((r) => CARRIER.has(r.bare) || CARRIER.has(r.norm));

/** The delivery an aid noun at [start, end) belongs to: a carrier within REACH words in its clause
 *  (sentence [a, b)), its givers (none when the carrier names none) and the state it reached; null
 *  when no carrier stands near. */
export function aidDelivery(doc: Document, ai: ArgIndex, start: number, end: number, a: number, b: number, storyState: () => string | null): AidDelivery | null {
  const toks = ai.toks;
  // every carrier in reach ("ثلاث طائرات سعودية وطائرة إماراتية": each names a giver)
  const givers: Arg[] = [];
  let carrier = -1, from = start, to = end;
  while (from > Math.max(a, start - REACH) && !(isBreak(toks[from - 1]) && toks[from - 1].text !== "،")) from--;
  while (to < Math.min(b, end + REACH) && !(isBreak(toks[to]) && toks[to].text !== "،")) to++;
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue;
    if (!isCarrier(toks[i]) || ai.at[i]?.id) continue; // (not a word of a name)
    if (carrier < 0) carrier = i;
    for (const g of giversOf(ai, i, b)) if (!givers.some((x) => x.id === g.id)) givers.push(g);
  }
  if (carrier < 0) return null;
  return { carrier, givers, dest: destination(doc, ai, a, b, storyState) };
}

/** "طائرتان كاردانيتان وثالثة نورانية"، "سفينة عسكرية إماراتية"، "سفينتان لبرنامج X"، "سفينة تابعة
 *  لـX": the nationality adjective on the carrier (adjectives of its shape may stand between), a
 *  second one joined by و, or the body after لـ. */
function giversOf(ai: ArgIndex, carrier: number, b: number): Arg[] {
  const toks = ai.toks, out: Arg[] = [];
  let j = carrier + 1;
  for (let n = 0; j < b && n < 2 && !ai.at[j] && toks[j].kind === "word" && /..(ي|ية)$/.test(toks[j].text); n++) j++;
  if (j < b && !ai.at[j] && BELONG.has(toks[j].norm)) j++;
  const x = j < b ? actorAt(ai, j) : undefined;
  if (!x?.id || (isPlace(x) && !(x.type === "GPE" && x.first === x.last && !x.clitic))) return out;
  if (x.type !== "GPE" && x.clitic !== "ل") return out;
  out.push(x);
  // ("وأخرى إماراتية"، "وطائرة إماراتية"، "واماراتية": a second carrier's adjective joined by و)
  for (let k = x.last + 1, n = 0; k < b && n < 3; k++, n++) {
    if (isTransparent(toks[k])) continue;
    if (isBreak(toks[k]) && toks[k].text !== "،") break;
    const y = actorAt(ai, k);
    if (!y) continue;
    const joined = /^و/.test(toks[k].norm) || /^و/.test(toks[k - 1].norm);
    if (y.id && y.id !== x.id && y.type === "GPE" && y.first === y.last && !y.clitic && joined) out.push(y);
    break;
  }
  return out;
}

/** The state of the first place in the sentence after إلى/صوب/نحو/في: a country itself, a city its
 *  state when the document names it; a port or airport the knowledge base places in no state is in
 *  the country the story is about (storyState). Null when no such place. */
function destination(doc: Document, ai: ArgIndex, a: number, b: number, storyState: () => string | null): Arg | null {
  for (let i = a; i < b; i++) {
    const p = ai.at[i]; // (a port or airport is no actor: actorAt leaves it out)
    if (!p) continue;
    i = p.last;
    if (!p.id || !isPlace(p) || !TO.has(prepOf(ai, p) ?? "")) continue;
    if (placeRank(p) === 0) return p;
    const s = stateOf(doc, p) ?? storyState();
    return s ? argAs(p, s, "GPE") : null;
  }
  return null;
}
