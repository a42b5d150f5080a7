// An act told as what someone threatens, vows, orders, wants, seeks, intends, plans, hopes for or
// stands ready to do has not happened: "هدد التنظيم بإعدام الرهينة"، "يريد إسقاط النظام"، "تسعى إلى
// استهداف رجال الأمن"، "أبدت استعدادها للتعاون"، "أعرب عن أمله بأن تؤيد". The annotators code the
// threat (THREATEN) or nothing, never the act; GUIDELINES: events "reported as happening or having
// happened, or threatened". demanded.ts does the same for the content of a REQUEST, occurrence.ts
// isPurpose for a purpose with لـ. A head governs the event word when it stands right before it, or
// with one preposition word (إلى، في، على، ل), a resumptive pronoun ("يهدد فيه بـ") or أن between; a
// head of threat or order (intent-by) takes its content only with ب ("يهدد القتال عملية السلام": the
// fighting threatens, it is not threatened), and its subject may stand between ("هدد X بقصف"). Heads: data/lexicon/event-word-classes.tsv intent-head,
// intent-by.
import type { Token } from "../core/document.ts";
import { bareIn, bareSet, opensClause, wordBefore } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

// (asked with or without a leading و/ف: bareIn)
const HEADS = bareSet(wordClass("intent-head"));
const BY_HEADS = bareSet(wordClass("intent-by"));
/** One preposition written as its own word between the head and its content. */
const PREPOSITIONS = new Set(["الي", "في", "علي", "ل", "ب"]);
/** "يهدد فيه بإعدام"، "توعدت فيها بالرد": the pronoun takes the head back to its subject's statement. */
const RESUMPTIVE = new Set(["فيه", "فيها", "فيهم", "به", "بها"]);
/** "أمله بأن تؤيد"، "يريد أن يهاجم": a verb's content after أن. */
const THAT = new Set(["ان", "بان", "لان"]);

/** Is the trigger word at `at` the content of a word of intent before it? */
export function isIntended(toks: Token[], at: number): boolean {
  const own = toks[at];
  let withBa = own.readings.some((r) => /ب$/.test(r.pre));
  let p = wordBefore(toks, at);
  if (p >= 0 && THAT.has(toks[p].norm)) p = wordBefore(toks, p);
  if (p >= 0 && PREPOSITIONS.has(toks[p].norm)) { withBa ||= toks[p].norm === "ب"; p = wordBefore(toks, p); }
  if (p >= 0 && RESUMPTIVE.has(toks[p].norm)) p = wordBefore(toks, p);
  if (p < 0) return false;
  if (bareIn(toks[p], HEADS)) return true;
  if (!withBa) return false;
  // "وهدد أمين فارس بقصف": the threat's subject may stand between it and its ب
  for (let n = 0; p >= 0 && n < SUBJECT_REACH; p = wordBefore(toks, p), n++) {
    if (bareIn(toks[p], BY_HEADS)) return true;
    if (opensClause(toks[p])) return false;
  }
  return false;
}
const SUBJECT_REACH = 4; // the head and up to three words of its subject
