// PLOVER event triggers (data/lexicon/event-triggers.tsv). A row whose type is "-" is a blocker:
// a longer phrase that is not an event ("مؤتمر صحفي") and so keeps a shorter trigger from matching.
// `genitive` says whether a masdar's genitive acts or suffers ("هجوم X" vs "مقتل X"), or marks a
// passive participle ("مهددة من X": the doer after من, what it describes suffers it) or a
// circumstantial one ("داعيا الكونغرس إلى": the clause's actor does it to what follows); `needs`
// lists words one of which must follow the trigger in its clause ("بحث مع", "وقع اتفاقا"); a word
// written there with "!" must not ("سيطر على" is no attack when "الحريق" follows: firemen
// control a fire), so `unless` holds those; a word written "^" must be the very next word ("^#": a
// number), so `next` holds those ("أسر 35 آخرين" is a capture, "أسر الشهداء" the martyrs' families).
import { PLOVER_TYPES, type PloverType } from "../core/contract.ts";
import { RasidError } from "../core/errors.ts";
import { normalize } from "../text/normalize.ts";
import { imperfectForms, perfectForms } from "./inflect.ts";
import { accusativeOf } from "./accusative.ts";
import { lexicon, lexiconWith } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

export interface Trigger {
  type: PloverType | null;
  mode: string | null;
  pos: string;
  patientGenitive: boolean;
  needs: Set<string> | null;
  unless: Set<string> | null; // words that, following the trigger in its clause, make it no event
  next: Set<string> | null;   // words one of which must be the next word ("#": a number)
  imperfect: Set<string> | null; // a verb row's imperfect forms ("يعارض، تعارض …"), to tell "تعارض" (describes) from "عارض" (reports)
  perfect: Set<string> | null;
  firstPerson: Set<string> | null; // a verb row's first person plural imperfect ("نقاتل"): its subject is the speaker, never a name after it
}

const TYPES = new Set<string>(PLOVER_TYPES);

export function triggerIndex(): PhraseIndex<Trigger> {
  return lexiconWith<Trigger>("event-triggers.tsv", (r) => {
    if (r.type !== "-" && !TYPES.has(r.type)) throw new RasidError("E_KB_ROW", "data/lexicon/event-triggers.tsv", `unknown PLOVER type "${r.type}" for ${r.form}`);
    return {
      type: r.type === "-" ? null : (r.type as PloverType),
      mode: r.mode || null,
      // a participle row marked "passive" in the genitive column ("مهددة من X") is its own reading
      // an accusative participle written after its clause ("…، داعيا الكونغرس إلى") is its own reading too
      pos: r.pos === "participle" && r.genitive === "passive" ? "passive" : r.genitive === "circumstantial" ? "circumstantial" : r.pos,
      patientGenitive: r.genitive === "patient",
      needs: words(r.needs, ""),
      unless: words(r.needs, "!"),
      next: words(r.needs, "^"),
      ...tenses(r.form, r.pos),
    };
  }, true, nounAccusative); // "سنطرد الإرهابيين"، "نقاتل": the speaker's own acts and threats (a quote's speaker is their actor)
}

/** "شن هجوما"، "عقد اجتماعا": a noun row matches its indefinite accusative too (accusative.ts). */
const nounAccusative = (form: string, pos: string): string | null => (pos === "noun" ? accusativeOf(form) : null);

/** A support verb: whether its masdar is its object ("شن هجوما": the subject acts) or its subject
 *  ("اندلعت اشتباكات"، "جرى بحث": the verb names no actor of its own); `prepOnly`: the masdar is
 *  governed only as the word right after the verb's إلى/بـ/لـ ("سارع إلى التنديد", hastened-act.ts). */
export interface SupportVerb { masdarObject: boolean; prepOnly: boolean }

/** Verbs that carry an event noun as their object ("شن هجوما"، "نفذ غارة"): support-verbs.tsv. */
export function supportVerbIndex(): PhraseIndex<SupportVerb> {
  return lexicon<SupportVerb>("support-verbs.tsv", (r) => ({ masdarObject: r.masdar !== "subject", prepOnly: r.masdar === "prep" }));
}

/** The needs cell's words ("على|علي|!الحريق|^#") marked with `mark` ("" for the unmarked ones). */
function words(cell: string, mark: "" | "!" | "^"): Set<string> | null {
  const ws = cell ? cell.split("|").filter((w) => (mark ? w.startsWith(mark) : !/^[!^]/.test(w))).map((w) => (w === "^#" ? "#" : normalize(mark ? w.slice(1) : w))) : [];
  return ws.length ? new Set(ws) : null;
}

function tenses(form: string, pos: string): Pick<Trigger, "imperfect" | "perfect" | "firstPerson"> {
  if (pos !== "verb") return { imperfect: null, perfect: null, firstPerson: null };
  const [p, i] = normalize(form.split(" ")[0]).split("/");
  const first = i && /^[يت]/.test(i) ? "ن" + i.slice(1) : "";
  return { perfect: new Set(p ? perfectForms(p) : []), imperfect: new Set(i ? imperfectForms(i, true) : []), firstPerson: first ? new Set([first]) : null };
}
