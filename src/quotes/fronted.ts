// "ذكرت الوزارة أن سيول دعت جارتها إلى محادثات"، "قالوا إن الملك أشار إلى أن": a name right after a
// complementizer and right before a verb of saying is that verb's subject. The statement is its own (not
// words of the clause it stands in, which insideReported would skip), and the name after the verb is its
// object ("دعت جارتها"), not its subject.
import { lookback } from "./speakers.ts";
import { cueAt, type Speaker, type State } from "./state.ts";
import { isAn } from "./tokens.ts";

/** The subject standing between a complementizer (أن/إن/بأن/فإن) and the verb cue at token `cue`, its
 *  name ending right before the verb; null when there is none. */
export function frontedSubject(st: State, cue: number, sent: number): Speaker | null {
  const m = cueAt(st, cue, "say");
  if (!m || !m.values.some((v) => v.pos === "verb" && !v.participle)) return null;
  const sp = lookback(st, cue, sent);
  if (!sp) return null;
  const mm = st.ix.atToken[sp.at];
  if (!mm || mm.last !== cue - 1) return null;
  const before = st.toks[mm.first - 1];
  return before && isAn(before) ? sp : null;
}
