// A nationality adjective names no speaker. "وقال باحث يمني إن"، "ونقلت الصحيفة البريطانية عن"،
// "قالت قاضية أميركية": the adjective's country is an entity (mentions/ links the adjective to it,
// via "adjective"), and the rules that read the subject slot, or the sentence's first actor, may
// take it; but who speaks is the noun the adjective describes, which no entity names. Such a
// speaker is unnamed (and "ويضيف الباحث" after it goes on unnamed, not with an earlier speaker).
import type { Document } from "../core/document.ts";
import type { Speaker, State } from "./state.ts";

/** Is the speaker a country found at a token that a nationality adjective covers? */
export function adjectiveSpeaker(st: State, sp: Speaker | null): boolean {
  if (!sp?.id || !adjectiveTokens(st.doc).has(sp.at)) return false;
  // (the country itself, not a person whose family name the adjective was read in: "اللواء منصور التركي")
  const mm = st.ix.atToken[sp.at];
  return mm !== undefined && mm.id === sp.id && mm.type === "GPE";
}

// per document: the tokens covered by an adjective mention (few: a set, built once)
const kept = new WeakMap<Document, Set<number>>();
function adjectiveTokens(doc: Document): Set<number> {
  let s = kept.get(doc);
  if (s) return s;
  s = new Set();
  for (const m of doc.mentions) if (m.via === "adjective") for (let i = m.tokens.start; i < m.tokens.end; i++) s.add(i);
  kept.set(doc, s);
  return s;
}
