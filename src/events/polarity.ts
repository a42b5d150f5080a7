// Whether an event is hedged (reported as a claim), negated (denied, did not happen) or in the
// future (planned, threatened): hedge, negation and future markers from data/lexicon/hedges.tsv
// around the trigger, and the future prefix س on the trigger verb itself.
import type { Token } from "../core/document.ts";
import { hedgeIndex, type Hedge } from "../lexicon/hedges.ts";
import { opensClause } from "./clause.ts";
import { wordClass } from "./word-classes.ts";
import { withReadings, type PhraseIndex, type PhraseMatch } from "../lexicon/phrase-index.ts";

export interface Polarity { hedged: boolean; negated: boolean; future: boolean }

// a word starting with a denial verb's form ("نفى"، "نافيا"): data/lexicon/event-word-classes.tsv
const DENY = new RegExp(`^(${[...wordClass("deny-verb")].join("|")})`);

/** Polarity of trigger `m` in the sentence tokens [a, b); `sentenceHedges`, when the caller has
 *  already matched the hedge lexicon over the document, are the matches inside [a, b). */
export function polarity<T>(toks: Token[], m: PhraseMatch<T>, a: number, b: number, triggers: PhraseIndex<T>, sentenceHedges?: PhraseMatch<Hedge>[]): Polarity {
  let hedged = false, negated = false, future = false;
  for (const h of sentenceHedges ?? hedgesIn(toks, a, b)) {
    for (const v of h.values) {
      if ((v.kind === "alleged" || v.kind === "modal") && v.scope === "sentence") hedged = true;
      const before = h.end <= m.start;
      if (v.kind === "negation" && before && m.start - h.end <= 2) negated = true;
      if (v.kind === "negation" && before && DENY.test(toks[h.start].norm.replace(/^[وف]/, ""))) negated = true;
      if (v.kind === "future" && before && m.start - h.end <= 3) future = true;
    }
  }
  if (futureVerb(toks, m.start, triggers) || futureChain(toks, m.start, a)) future = true;
  const prev = toks[m.start - 1];
  if (prev && prev.norm === "لن") { future = true; negated = true; }
  return { hedged, negated, future };
}

// a sentence holding several triggers is scanned for hedges once
let cacheToks: Token[] | null = null;
const cache = new Map<number, PhraseMatch<Hedge>[]>();
function hedgesIn(toks: Token[], a: number, b: number): PhraseMatch<Hedge>[] {
  if (cacheToks !== toks) { cacheToks = toks; cache.clear(); }
  let hs = cache.get(a);
  if (!hs) { hs = hedgeIndex().matchAll(toks, a, b); cache.set(a, hs); }
  return hs;
}

/** "سيأتي إلى روسيا ويقتل أهلها، ويذبح": an imperfect joined by و/ف to a future verb before it in
 *  its clause shares that verb's future (commas between coordinated verbs do not end it). */
function futureChain(toks: Token[], i: number, a: number): boolean {
  if (!conjImperfect(toks[i])) return false;
  for (let j = i - 1, n = 0; j >= a && n < 14; j--, n++) {
    const t = toks[j];
    if (t.kind !== "word") { if (t.text === "،" || t.text === ",") continue; return false; }
    if (opensClause(t)) return false;
    if (t.norm === "سوف" || t.norm === "لن" || isFutureWord(t)) return true;
  }
  return false;
}

/** A reading after و/ف that starts like an imperfect (ي/ت) and has no article. */
function conjImperfect(t: Token): boolean {
  for (const r of t.readings) {
    const c = r.norm.charCodeAt(0);
    if ((r.pre === "و" || r.pre === "ف") && (c === 0x64a || c === 0x62a) && !r.article) return true;
  }
  return false;
}

/** "سيأتي"، "وستقتل": a verb with the future prefix (not a noun that begins with س: سيارة، سياسة). */
const isFutureWord = (t: Token) => /^[وف]?س[يت]/.test(t.norm) && !/[هة]$/.test(t.text) && t.norm.length >= 5 && t.readings.some((r) => r.pre.endsWith("س") && !r.article);

/** "سيزور"، "ستفرض": the trigger matches only through a reading with the future prefix س. */
function futureVerb<T>(toks: Token[], i: number, idx: PhraseIndex<T>): boolean {
  const t = toks[i];
  // (most triggers have no reading with س: no list, no copies)
  let any = false;
  for (const r of t.readings) if (r.pre.includes("س")) { any = true; break; }
  if (!any) return false;
  const withS = t.readings.filter((r) => r.pre.includes("س"));
  const only = (rs: Token["readings"]) => { const copy = toks.slice(i, i + 6); copy[0] = withReadings(t, rs); return idx.matchAt(copy, 0) !== null; };
  return only(withS) && !only(t.readings.filter((r) => !r.pre.includes("س")));
}
