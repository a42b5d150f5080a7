// The act a demand asks for is not an event of its own: "طالب بالإفراج عن المعتقلين"، "دعا الرئيس
// إلى وقف الهجمات"، "مطالبة بوقف فوري للهجوم" tell a REQUEST; the release, the attacks and their
// stopping are its content (PLOVER codes the request; an attack that happened is told where it is
// reported). A masdar is such content when it is introduced as a demand's object (a ب/ل clitic on
// it, or link words right before it: event-word-classes.tsv demand-link, إلى، وقف، ضرورة …, matched
// clitics off so "بوقف"، "لوقف" are links too) and a REQUEST trigger stands before that within the
// clause, with at most the demand's subject and object between ("دعت سودانيا نورستان إلى").
import type { Token } from "../core/document.ts";
import { isBreak, isTransparent, joinedByWa, opensClause } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

const LINKS = wordClass("demand-link");
const LINK_REACH = 3;  // link words right before the act: "بوقف فوري وشامل"
const ACTOR_REACH = 5; // words between the demand and its first link: its subject and object

/** Is the noun trigger at `at` what a demand before it asks for? `isRequest(i)`: token i is a word of a
 *  REQUEST trigger; `isOtherTrigger(i)`: of another trigger (an event between ends the search). */
export function isDemanded(toks: Token[], at: number, isRequest: (i: number) => boolean, isOtherTrigger: (i: number) => boolean): boolean {
  let i = at - 1, links = 0;
  for (; i >= 0 && links < LINK_REACH; i--) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t)) return false;
    if (isRequest(i)) return true; // "بالإفراج" right after "طالب"
    // "بوقف القصف وهجوم القوات": an act joined by و to the act before it is asked for too
    const joined = isOtherTrigger(i) && joinedByWa(toks[i + 1]);
    if (!joined && !isLink(t)) break;
    links++;
  }
  if (!links && !toks[at].readings.some((r) => /[بل]$/.test(r.pre))) return false;
  for (let n = 0; i >= 0 && n < ACTOR_REACH; i--) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t) || opensClause(t)) return false;
    if (isRequest(i)) return true;
    if (isOtherTrigger(i)) return false;
    n++;
  }
  return false;
}

function isLink(t: Token): boolean {
  if (LINKS.has(t.norm)) return true;
  for (const r of t.readings) if (LINKS.has(r.bare)) return true;
  return false;
}
