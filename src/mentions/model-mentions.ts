// The statistical tagger's (model/) names as mentions, added where the KB and pattern recognizer
// found nothing (find-mentions.ts decides what the rules keep). A name the model found once is a name at
// its other occurrences in the document too ("قال جوتشولك" after "برند جوتشولك" is linked by
// coreference; a bare repeat of the same words is added here).
import type { Token } from "../core/document.ts";
import type { EntityType } from "../core/contract.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention, nameReadings } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import type { TaggedSpan } from "./model/tagger.ts";
import { normalize } from "../text/normalize.ts";

const PLACES = new Set<EntityType>(["GPE", "LOC", "FAC"]);

/**
 * The reading a name starts with: the whole word when it is a known name; a conjunction or
 * preposition left outside when the rest is a known name (ببوتين), else only a leading و
 * (وكافيلنسكي), since كاف… فول… بار… start many foreign names.
 */
function startReading(c: Ctx, t: Token) {
  const whole = t.readings[0];
  if (c.lex.firstNames.has(whole.norm) || c.gaz.lookup(whole.norm)) return whole;
  const rs = nameReadings(t).filter((r) => r.pre !== "");
  return rs.find((r) => c.lex.firstNames.has(r.norm) || c.gaz.lookup(r.norm)) ?? rs.find((r) => r.pre === "و" && r.norm.length >= 4) ?? whole;
}

function typeOf(c: Ctx, span: TaggedSpan, key: string): EntityType {
  if (span.type === "PERS") return "PERSON";
  if (span.type === "ORG") return "ORG";
  const known = c.gaz.lookup(key)?.find((e) => PLACES.has(e.type));
  return known?.type ?? "GPE";
}

/** Mentions for the model's name spans (PERS/LOC/ORG, token ranges) where none of `found` lies. */
export function modelMentions(c: Ctx, found: readonly FoundMention[], spans: readonly TaggedSpan[]): FoundMention[] {
  const { tokens, text } = c;
  const covered = new Uint8Array(tokens.length);
  for (const m of found) covered.fill(1, m.tokens.start, m.tokens.end);
  const free = (s: number, e: number) => { for (let k = s; k < e; k++) if (covered[k] || !isWord(tokens[k])) return false; return true; };
  const out: FoundMention[] = [];
  const names = new Map<string, { type: EntityType; n: number }>();
  for (const span of spans) {
    if (span.type === "MISC" || !free(span.start, span.end)) continue;
    const first = startReading(c, tokens[span.start]);
    const key = normalize(text.slice(first.stem.start, tokens[span.end - 1].end));
    if (c.lex.stops.has(key)) continue;
    const type = typeOf(c, span, key);
    const cands = (c.gaz.lookup(key) ?? []).filter((e) => e.type === type).map((e) => e.id);
    out.push(makeMention(text, tokens, first, span.start, span.end, type, "pattern", 0.45, key, cands));
    covered.fill(1, span.start, span.end);
    names.set(tokens.slice(span.start, span.end).map((t) => startReading(c, t).norm).join(" "), { type, n: span.end - span.start });
  }
  // the same words elsewhere in the document, where nothing else was found
  if (names.size) {
    const firsts = new Set([...names.keys()].map((w) => w.split(" ")[0]));
    const norms = new Map<number, string>();
    const normAt = (k: number) => { let v = norms.get(k); if (v === undefined) norms.set(k, (v = isWord(tokens[k]) ? startReading(c, tokens[k]).norm : "")); return v; };
    const slice = (i: number, n: number) => Array.from({ length: n }, (_, k) => normAt(i + k)).join(" ");
    for (let i = 0; i < tokens.length; i++) {
      // cheap gate: some reading of the token is a first word of a name found
      if (!tokens[i].readings.some((r) => r.post === "" && firsts.has(r.norm))) continue;
      if (!firsts.has(normAt(i))) continue;
      for (const [words, { type, n }] of names) {
        if (i + n > tokens.length || !free(i, i + n) || slice(i, n) !== words) continue;
        const first = startReading(c, tokens[i]);
        const key = normalize(text.slice(first.stem.start, tokens[i + n - 1].end));
        out.push(makeMention(text, tokens, first, i, i + n, type, "pattern", 0.4, key, []));
        covered.fill(1, i, i + n);
        break;
      }
    }
  }
  return out;
}
