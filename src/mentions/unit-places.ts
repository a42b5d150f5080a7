// "قضاء تلعفر", "محافظة جدة", "إقليم حضرموت", "ولاية لوغار": an administrative unit's word (seat_unit
// in ner-cues.tsv) or منطقة (area_cue: area-names.ts spans "منطقة X" so for the places the KB lacks)
// right before a place the KB names without it is part of the name as the press writes it (and as
// annotators list it), and a span with the word still holds the bare name a gold may list instead. The span takes the word in, not its proclitic ("بمحافظة جدة" →
// "محافظة جدة"); the place linked stays the KB's (entities/admin-places.ts already joins a unit and
// its town as one entity). A KB name that opens with the word is matched whole elsewhere
// (cued-place-names.ts). Not before a country ("من ناحية إيران": ناحية is "side" there), nor an
// adjective ("ولاية أميركية"), nor where another mention holds the word ("مجلس قضاء X").
// News check (3,000 SaudiNewsNet records, 2015-07-22/08-06): see the commit.
import type { FoundMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";

const PLACES = new Set(["GPE", "LOC"]);

/** `ms` with each KB place after a unit word starting at that word; `ms` itself when none is. */
export function withUnitWords(c: Ctx, ms: FoundMention[]): FoundMention[] {
  let out: FoundMention[] | null = null;
  let held: Set<number> | null = null; // tokens some mention covers, made once when a candidate turns up
  for (let n = 0; n < ms.length; n++) {
    const m = ms[n];
    const i = m.tokens.start;
    if (i === 0 || !PLACES.has(m.type) || !m.kbId || m.role === "adjective" || m.start !== c.tokens[i].start) continue;
    const u = c.tokens[i - 1];
    if (u.kind !== "word" || u.sentence !== c.tokens[i].sentence) continue;
    const r = u.readings.find((x) => x.post === "" && !x.article && (c.lex.seatUnits.has(x.norm) || c.lex.areaCues.has(x.norm)));
    if (!r || c.gaz.byId(m.kbId)?.subtype === "country") continue;
    if (!held) {
      held = new Set();
      for (const x of ms) for (let k = x.tokens.start; k < x.tokens.end; k++) held.add(k);
    }
    if (held.has(i - 1)) continue;
    const start = u.start + r.from;
    out ??= ms.slice();
    out[n] = { ...m, start, text: c.text.slice(start, m.end), tokens: { start: i - 1, end: m.tokens.end } };
  }
  return out ?? ms;
}
