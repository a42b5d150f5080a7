// "خلف مقتل 12 ألف شخص منذ 1991"، "حصيلة القتلى منذ بدء المواجهات"، "حملة دموية منذ 2009 أدت
// إلى مقتل": a death toll counted since a year or since a war began is the sum of many events told
// elsewhere (or nowhere), not one that happened; the event noun makes no event. ("حتى الآن" (so far)
// alone is no sign: "لم تتبن حتى الآن عملية الاغتيال" tells one killing.)
import type { Token } from "../core/document.ts";
import { isBreak } from "./clause.ts";
import { thousandsOfPeople } from "./quantities.ts";
import { wordClass } from "./word-classes.ts";

const SINCE_START = wordClass("since-start");
const BACK = 10, AHEAD = 8; // words, in the sentence

/** Is the casualty noun at [start, end) under "منذ <year>" or "منذ بدء …" near it in its clause? */
export function runningToll(toks: Token[], start: number, end: number, a: number, b: number): boolean {
  for (let i = start - 1, n = 0; i >= a && n < BACK; i--, n++) { if (isBreak(toks[i]) && toks[i].text !== "،") break; if (sinceAt(toks, i, b)) return true; }
  for (let i = end, n = 0; i < b && n < AHEAD; i++, n++) { if (isBreak(toks[i]) && toks[i].text !== "،") break; if (sinceAt(toks, i, b)) return true; }
  return false;
}

function sinceAt(toks: Token[], i: number, b: number): boolean {
  const t = toks[i], next = i + 1 < b ? toks[i + 1] : undefined;
  if (!next) return false;
  if (t.norm !== "منذ") return false;
  if (SINCE_START.has(next.norm)) return true;
  // "منذ 2009"، "منذ عام 2009" (not "منذ عام": a year ago)
  const y = next.kind === "number" ? next : (next.norm === "عام" || next.norm === "العام") && i + 2 < b ? toks[i + 2] : undefined;
  return !!y && y.kind === "number" && /^(19|20)\d\d$/.test(y.norm);
}

/** "وذكر المرصد أن 50 ألفا و570 جنديا قتلوا"، "مقتل أكثر من 240 ألف شخص": thousands of people killed
 *  or wounded near a casualty trigger in its clause are a war's toll, the sum of many events, not one
 *  that happened (branch evdet12). The look stops at a comma and at a trigger of another act ("تظاهر
 *  ألف شخص، وقتلت …"، "نفذ ألف شخص اعتصاما … قتل" count the protesters, not the dead). */
export function thousandsToll(toks: Token[], start: number, end: number, a: number, b: number, otherTrigger: (i: number) => boolean): boolean {
  for (let i = start - 1, n = 0; i >= a && n < BACK; i--, n++) { if (isBreak(toks[i]) || otherTrigger(i)) break; if (thousandsOfPeople(toks, i, b)) return true; }
  for (let i = end, n = 0; i < b && n < AHEAD; i++, n++) { if (isBreak(toks[i]) || otherTrigger(i)) break; if (thousandsOfPeople(toks, i, b)) return true; }
  return false;
}
