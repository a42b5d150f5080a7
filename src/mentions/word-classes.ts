// What each name pattern asks first of every token — is it a nationality adjective, a given
// name, an organization head, a title's first word, a family name the KB knows? — answered once
// per written form and kept (a token's kind, norm and readings follow from its text alone), as
// one bit mask per token of the document. The patterns skip a token whose bit is clear, so a
// word that starts nothing costs one Map read per document instead of a dozen lookups per
// reading. A bit is set exactly when the pattern's own first test would pass: gating changes no
// output, only what it costs to find none.
import type { Reading, Token } from "../core/document.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Lexicons } from "./lexicons.ts";
import { isWord } from "./candidate.ts";
import { firstNameReading, type Ctx } from "./words.ts";

export const ADJECTIVE = 1, SURNAME = 2, FIRST_NAME = 4, ORG_HEAD = 8, INSTITUTION = 16, TITLE = 32, SETTLEMENT = 64;

/** Proclitics an organization head or nationality adjective may carry. */
export const HEAD_PRE = new Set(["", "و", "ف", "ب", "ل", "وب", "ول"]);
/** Proclitics before a title's first word, and before a family name alone. */
export const TITLE_PRE = new Set(["", "و", "ف", "ل", "ب"]);

const caches = new WeakMap<Lexicons, WeakMap<Gazetteer, Map<string, number>>>();
const MAX_FORMS = 300_000;

/** The class bits of every token of c (computed on first use, then kept on c). */
export function wordClasses(c: Ctx): Uint8Array {
  if (c.classes) return c.classes;
  let byGaz = caches.get(c.lex);
  if (!byGaz) caches.set(c.lex, (byGaz = new WeakMap()));
  let cache = byGaz.get(c.gaz);
  if (!cache) byGaz.set(c.gaz, (cache = new Map()));
  const out = new Uint8Array(c.tokens.length);
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i];
    if (!isWord(t)) continue;
    let m = cache.get(t.text);
    if (m === undefined) {
      m = classify(c, t);
      if (cache.size >= MAX_FORMS) cache.clear();
      cache.set(t.text, m);
    }
    out[i] = m;
  }
  c.classes = out;
  return out;
}

/** The bits of one word token (see the patterns for what each first test means). */
function classify(c: Ctx, t: Token): number {
  const { lex, gaz } = c;
  let m = 0;
  for (const r of t.readings) {
    if (r.post !== "") {
      if (lex.institutions.has(r.norm)) m |= INSTITUTION;
      continue;
    }
    if (lex.institutions.has(r.norm)) m |= INSTITUTION;
    if (lex.settlementCues.has(r.norm)) m |= SETTLEMENT;
    if (HEAD_PRE.has(r.pre)) {
      if (gaz.adjective(r.norm)) m |= ADJECTIVE;
      if (!r.article && lex.orgHeads.has(r.norm)) m |= ORG_HEAD;
    }
    if (TITLE_PRE.has(r.pre)) {
      if (lex.titles.has(r.norm)) m |= TITLE;
      if (t.kind === "word" && surnameReading(c, r)) m |= SURNAME;
    }
  }
  if (firstNameReading(c, t)) m |= FIRST_NAME;
  return m;
}

/** knownSurnames' test of one reading (its proclitic already checked). */
export function surnameReading(c: Ctx, r: Reading) {
  const { gaz, lex } = c;
  if (!gaz.surname) return undefined;
  const e = gaz.surname(r.norm);
  if (!e || lex.firstNames.has(r.norm) || lex.stops.has(r.norm) || gaz.lookup(r.norm) || gaz.adjective(r.norm)) return undefined;
  return e;
}
