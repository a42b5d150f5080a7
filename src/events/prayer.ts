// "ودعا المحافظ المولى أن يحمي أهل الوادي"، "داعيا الله للضحايا بالرحمة": a call addressed to God,
// or one asking mercy for someone, is a prayer, not a REQUEST one actor makes of another. Condolence
// and congratulation stories in the Saudi press close with one in almost every statement.
// The words are data (data/lexicon/event-word-classes.tsv: prayer-addressee, the one prayed to, and
// prayer-boon, what is asked for after بـ); the call is a request again once إلى or أن opens its content
// ("دعا المسلمين إلى طاعة الله").
// (SaudiNewsNet 2015-08-07, 1,473 records: 87 calls with الله/المولى/ربه in the four words after
// them, 8 of them read as REQUEST events, all prayers.)
import type { Token } from "../core/document.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import type { Trigger } from "../lexicon/triggers.ts";
import type { ArgIndex } from "./arguments.ts";
import { isBreak, isTransparent } from "./clause.ts";
import { SPEECH_ACTS } from "./event-classes.ts";
import { wordClass } from "./word-classes.ts";

const ADDRESSEE = wordClass("prayer-addressee");
const BOON = wordClass("prayer-boon");
/** The words that open a request's content (إلى, أن, بأن as normalize() folds them): God named after
 *  them is in what is asked ("دعا المسلمين إلى طاعة الله"), not the one asked. */
const CONTENT_OPENER = new Set(["الي", "ان", "بان"]);
/** "عبد الله": the divine name as the second word of a person's name. */
const NAME_HEAD = new Set(["عبد", "وعبد"]);
/** Words after the trigger: a subject with titles and a time phrase may stand before the one prayed to. */
const WINDOW = 8;

/** Is the REQUEST trigger m a prayer: God named, or mercy asked after بـ, before any إلى or أن, within eight words? */
export function isPrayer(toks: Token[], ai: ArgIndex, m: PhraseMatch<Trigger>, trig: Trigger): boolean {
  if (trig.type !== "REQUEST") return false;
  for (let i = m.end, n = 0; i < toks.length && n < WINDOW; i++) {
    const t = toks[i];
    if (isTransparent(t)) continue;
    if (isBreak(t)) return false;
    n++;
    const a = ai.at[i];
    if (a?.id) { i = Math.max(i, a.last); continue; } // a name ("حزب الله") is the one called
    if (CONTENT_OPENER.has(t.norm)) return false;
    if (ADDRESSEE.has(t.norm) && !NAME_HEAD.has(toks[i - 1]?.norm ?? "")) return true;
    if (t.readings.some((r) => r.pre === "ب" && BOON.has(r.norm))) return true;
  }
  return false;
}

/** "خادم الحرمين الشريفين - أيده الله -"، "قيادتنا الرشيدة أيدها الله"، "شكرت الله": a statement verb
 *  whose next word is God is a blessing formula or a thanksgiving, no SUPPORT one actor gives another
 *  (branch evacc21; SaudiNewsNet 2015-07-22 + 2015-08-03, 2,843 records: 14 SUPPORT events on a verb
 *  followed by الله, 11 أيده, 2 أيدها, 1 شكرت; all 14 formulas). A name (حزب الله) is no such word. */
export function isBlessing(toks: Token[], m: PhraseMatch<Trigger>, trig: Trigger): boolean {
  if (trig.pos === "noun" || !SPEECH_ACTS.has(trig.type!)) return false;
  let i = m.end;
  while (i < toks.length && isTransparent(toks[i])) i++;
  return i < toks.length && ADDRESSEE.has(toks[i].norm);
}
