// A sentence with two or more words of a football report (ملعب، مباراة، المنتخب، لاعب، المدرب، النادي،
// أهداف …) tells a match, a transfer or a club's affairs: "وقع النادي مع اللاعب" is no AGREE, "يلتقي
// الفريق ضيفه على ملعبه" no CONSULT, "ويدين الفريق بفوزه لحارسه" no ACCUSE.
// The words are event-word-classes.tsv sports-word (branch evdet18), compared with each reading's
// form without its article and clitics; a form gate finds them, so a document without one costs one
// byte read per token, once. Words that also serve politics or war are left out (بطولة heroism,
// حارس a guard, دوري periodic, هدف an aim, فريق a general's rank, الاتحاد a union).
// SaudiNewsNet (2,639 records of 2015-07-23 and 2015-08-03): 213 events in such sentences, 30 read,
// 27 no political event; no gold event of R (724) and one optional of dev (157) stands in one.
import type { Token } from "../core/document.ts";
import { firstFrom, formGate, tokensPassing } from "../text/form-gate.ts";
import { wordClass } from "./word-classes.ts";

const SPORTS = wordClass("sports-word");
const SPORTS_WORD = formGate((t: Token, s: ReadonlySet<string>) => s.has(t.norm) || t.readings.some((r) => s.has(r.bare)));

/** Does the sentence of tokens [a, b) hold two or more words of a football report? A heading
 *  ("رمضان صبحي يعتذر للزمالك") names few of them: it is the story's when the document holds six. */
export function matchReport(toks: Token[], a: number, b: number, heading = false): boolean {
  const hits = tokensPassing(SPORTS_WORD, toks, SPORTS);
  if (heading && hits.length >= 6) return true;
  const k = firstFrom(hits, a);
  return k + 1 < hits.length && hits[k + 1] < b;
}
