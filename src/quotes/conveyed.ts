// "نقل الوزير تحيات الملك" reports what was said; "لنقل المساعدات"، "نقل الركاب إلى قطار آخر"، "نقل
// المصاب إلى المستشفى" carry things or people. A verb of carrying whose reporting-cues.tsv row has the
// frame "message" quotes its object only when the object opens with a message noun
// (data/lexicon/conveyed-objects.tsv): the greetings, condolences, thanks or letter conveyed.
import path from "node:path";
import type { Token } from "../core/document.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { classReader } from "../lexicon/word-classes.ts";

const words = classReader(path.join(LEXICON_DIR, "conveyed-objects.tsv"), { message: "quotes/conveyed.ts, quotes/clause-genitive.ts" });
const REACH = 8; // words of the object searched for the message noun ("نقل لخادم الحرمين الشريفين تحيات"، "نقل، أول من أمس، تعازي")

/** Does a message noun stand between the cue's end (token from) and REACH words into the object
 *  at token c? (Before c too: "ونقلت الصحف تأكيد الرئيس أن" took the name after the noun for the
 *  subject, and the object opened after it.) */
export function conveysMessage(toks: readonly Token[], from: number, c: number, end: number): boolean {
  const msg = words("message");
  for (let i = from, n = 0; i < Math.min(end, toks.length) && n < REACH; i++) {
    const t = toks[i];
    if (t.kind !== "word") continue;
    if (i >= c) n++;
    if (t.readings.some((r) => (r.pre === "" || r.pre === "و") && !r.article && msg.has(r.norm))) return true;
  }
  return false;
}

/** A message noun (تصريحات، كلمة، رسالة) as a whole word, or with و: its genitive is who sent it. */
export const isMessageNoun = (t: Token): boolean => t.kind === "word" && t.readings.some((r) => (r.pre === "" || r.pre === "و") && !r.article && words("message").has(r.norm));
