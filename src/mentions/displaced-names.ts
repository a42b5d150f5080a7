// A known name a pattern ran over, given back when the tagger turned the pattern down. resolve()
// keeps the longest of overlapping candidates, so a pattern that runs past its name ("مستشفى تديره
// جماعة أطباء بلا حدود": a facility head over a clause; "سالم قرب مقر حزب المؤتمر الشعبي": a
// given name over the nouns after it) takes the place of the KB's organization inside it; when the
// tagger then vetoes the pattern (model-mentions.ts combine), the words are left with no mention
// at all, and the organization, which the KB knows by that very name, is lost. Only organizations
// and persons of two words or more (from a person pattern) come back (a KB place inside a vetoed pattern is often the
// pattern's own complement, "مستشفى الزهراء", and has its own evidence rules), and only where no
// kept mention covers their tokens but a shorter one inside them (the nationality adjective of
// "التجمع [اليمني] للإصلاح"), which the name replaces.
import type { FoundMention } from "./candidate.ts";

/** `all`: resolve's candidates; `found`: what resolve kept; `kept`: the mentions after the tagger. */
/** `constructHeads` (org15): heads whose vetoed pattern gives back the KB place it ran over too ("أمانة الأحساء": the
 *  municipality's name is its place; when the tagger turns the body down, the place still stands). */
export function withDisplacedNames(all: readonly FoundMention[], found: readonly FoundMention[], kept: FoundMention[], constructHeads?: ReadonlySet<string>): FoundMention[] {
  // the patterns resolve kept that the tagger dropped (none in most documents: nothing to do)
  let dropped: FoundMention[] | null = null;
  let keptSet: Set<FoundMention> | null = null;
  for (const x of found) {
    if (x.via !== "pattern") continue;
    keptSet ??= new Set(kept);
    if (!keptSet.has(x)) (dropped ??= []).push(x);
  }
  if (dropped === null) return kept;
  let back: FoundMention[] | null = null;
  for (const m of all) {
    if (m.via !== "kb") continue;
    const place = m.type === "GPE" && constructHeads !== undefined && constructHeads.size > 0;
    if (!(m.type === "ORG" || (m.type === "PERSON" && m.tokens.end - m.tokens.start > 1) || place)) continue;
    // (a person comes back only from a person pattern: after a facility or body head he is its
    // genitive, "سفارة خادم الحرمين الشريفين" is the kingdom's embassy, not the king's mention)
    const over = overlapping(m, dropped);
    if (over === null || (m.type === "GPE" && !underConstructHead(over, m, constructHeads!)) || (m.type === "PERSON" && over.type !== "PERSON") || overlapsKept(m, kept) || (back !== null && overlapping(m, back) !== null)) continue;
    (back ??= []).push(m);
  }
  if (back === null) return kept;
  const out = kept.filter((x) => !back!.some((m) => inside(x, m)));
  for (const m of back) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** The first mention of the list that overlaps m, or null. */
function overlapping(m: FoundMention, list: readonly FoundMention[]): FoundMention | null {
  for (const x of list) if (x.tokens.start < m.tokens.end && m.tokens.start < x.tokens.end) return x;
  return null;
}

/** Is x a mention other than the KB's lying wholly inside m's tokens? */
function inside(x: FoundMention, m: FoundMention): boolean {
  return x.via !== "kb" && x.tokens.start >= m.tokens.start && x.tokens.end <= m.tokens.end;
}

/** Does a kept mention overlap m, other than one inside it that it may take the place of? */
function overlapsKept(m: FoundMention, kept: readonly FoundMention[]): boolean {
  for (const x of kept) if (x.tokens.start < m.tokens.end && m.tokens.start < x.tokens.end && !inside(x, m)) return true;
  return false;
}

/** Is the vetoed pattern `over` a construct head (أمانة) followed right away by the place m? */
function underConstructHead(over: FoundMention, m: FoundMention, heads: ReadonlySet<string>): boolean {
  if (over.type !== "ORG" || m.tokens.start !== over.tokens.start + 1) return false;
  const sp = over.key.indexOf(" ");
  return heads.has(sp < 0 ? over.key : over.key.slice(0, sp));
}
