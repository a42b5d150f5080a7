// A short quotation between a verb of saying and its complementizer names someone or something;
// it is not what was said: 'وأوضح "الطبيب خالد سمير" أن …'، 'وقالت الباحثة في منتدى "آفاق الطاقة
// النظيفة"، إن …'، 'وأكدت الدراسة التي أعدها "فريق الرصد" أن …'. The Saudi press sets names of
// people, outlets, forums and journals in quotation marks; the words said open after the إن/أن that
// follows the closing mark (SaudiNewsNet 2015-07-23 and 2015-08-03, 2,661 records: a quotation of
// three to six words closed right before a bare إن/أن after a verb of saying was taken as the
// quote 5 times, 5 of 5 a name or title; session 23).
import type { State } from "./state.ts";
import { markOpenAt } from "./state.ts";
import { isAn } from "./tokens.ts";

/** Words at most in a quotation that is a name or a title, not speech. */
const NAME_WORDS = 6;

/**
 * The token index right after the quotation opening at token i, when that quotation is a short
 * name (NAME_WORDS words at most) followed, past commas, by a complementizer without و (إن، أن،
 * بأن، أنه …) before `limit`; else -1. ("قال: "…" وأن …" goes on with a second clause: not a name.)
 */
export function nameMarkEnd(st: State, i: number, limit: number): number {
  const { toks } = st;
  const q = markOpenAt(st, toks[i].start);
  if (!q) return -1;
  let k = i + 1, words = 0;
  for (; k < limit && toks[k].start <= q.close; k++) if (toks[k].kind !== "punct" && ++words > NAME_WORDS) return -1;
  while (k < limit && toks[k].kind === "punct" && (toks[k].text === "،" || toks[k].text === ",")) k++;
  if (k >= limit) return -1;
  const t = toks[k];
  return isAn(t, toks[k - 1], toks[k + 1]) && !/^[وف]/.test(t.norm) ? k : -1;
}
