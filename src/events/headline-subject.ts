// "المبعوث الأممي يطالب نظام X بوقف القصف"، "القيادة تهنئ رئيس النيجر"، "«المجلس الوطني» يدين مصادقة
// إسرائيل": a headline is written subject first (SVO); when its subject is no name the pipeline knows, the
// name after the verb was read as its subject (VSO, the rule of a body sentence), so the one called on,
// congratulated or condemned became the one who spoke. SaudiNewsNet 2015-07-22/08-03 (2,843 records): 67
// headline statements (ACCUSE, SUPPORT, REQUEST, REJECT, THREATEN), 12 with the name after an imperfect
// verb as source, 10 of them its object (the two right ones, "نائب الرئيس الأفغاني يدعو", resolve the
// title before the verb and keep it).
import { isTransparent } from "./clause.ts";
import { SPEECH_ACTS } from "./event-classes.ts";
import type { Clause, Ctx } from "./event-context.ts";
import { isImperfect } from "./occurrence.ts";

/** Is this statement verb a headline's imperfect with words of its own clause before it (its subject
 *  slot filled), so that no name after it is its subject? */
export function headlineSvo(ctx: Ctx, cl: Clause): boolean {
  const { m, trig, sent, a } = cl;
  if (!ctx.heading[sent] || !SPEECH_ACTS.has(trig.type!) || !isImperfect(ctx.toks[m.start], trig)) return false;
  for (let i = m.start - 1; i >= a; i--) if (!isTransparent(ctx.toks[i])) return true;
  return false;
}
