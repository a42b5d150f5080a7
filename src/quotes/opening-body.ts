// "واستمع المجلس إلى تقارير …، ورفع شكره لخادم الحرمين …، منوهًا بـ": a sentence that opens on a verb
// and a bare definite noun that heads the name of an organization met before (المجلس for مجلس الوزراء,
// الوزارة for وزارة التعليم) has that organization as its subject; a participle or a subjectless verb
// later in the sentence goes on with it, not with a person named inside the object ("لخادم الحرمين").
import type { Speaker, State } from "./state.ts";
import { asSpeaker, firstMentionFrom } from "./state.ts";
import { normalize } from "../text/normalize.ts";

// (closed-class words this module alone reads, normalized; function-words.tsv keeps the shared ones)
// words that may stand before the opening verb ("كما استعرض المجلس"، "ثم أقرت اللجنة")
const OPENERS = new Set(["كما", "ثم", "وقد", "قد", "فقد", "ولقد"]);
// a preposition or particle in the verb's slot means the sentence opens on no verb ("وفي المجلس")
const NO_VERB = new Set(["في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "بين", "لدي", "عند", "حول", "ان", "لكن", "اما", "اذا", "لا", "لم", "لن", "هذا", "هذه", "كان", "كانت"]);

/** The organization named by the bare definite subject of the verb that opens tokens [a, b), if any. */
export function openingBody(st: State, a: number, b: number): Speaker | null {
  let v = a;
  while (v < b && st.toks[v].kind === "punct") v++;
  if (v < b && OPENERS.has(st.toks[v].norm)) v++;
  const verb = st.toks[v], noun = st.toks[v + 1];
  if (!verb || !noun || v + 1 >= b || verb.kind !== "word" || noun.kind !== "word") return null;
  if (st.ix.atToken[v] || st.ix.atToken[v + 1] || NO_VERB.has(verb.norm.replace(/^[وف]/, ""))) return null;
  // (the noun with its article and no other clitic, and no genitive or name after it: "المجلس الوطني" is
  // a name the entity finder did not take, not the body met before)
  if (!/^ال.{3,}/.test(noun.norm)) return null;
  const next = st.toks[v + 2];
  if (next && next.kind === "word" && (/^ال/.test(next.norm) || st.ix.atToken[v + 2])) return null;
  return bodyHeaded(st, a, noun.norm.slice(2));
}

/** The organization whose name opens on head: the last speaker so named (the body whose statement the
 *  story tells), else the last mention so named before token a. */
function bodyHeaded(st: State, a: number, head: string): Speaker | null {
  // ("المؤسسة العامة لتحلية المياه": a name may itself open on the article)
  const heads = (text: string | null) => !!text && normalize(text).split(" ")[0].replace(/^ال/, "") === head;
  for (let k = st.quotes.length - 1; k >= 0; k--) {
    const q = st.quotes[k];
    if (q.speaker && heads(q.speaker_text) && entityType(st, q.speaker) === "ORG") return { id: q.speaker, text: q.speaker_text, at: q.cueAt };
  }
  for (let k = firstMentionFrom(st, a) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    if (mm.type === "ORG" && heads(mm.text)) return asSpeaker(mm);
  }
  return null;
}

function entityType(st: State, id: string): string | undefined {
  for (const mm of st.ix.mentions) if (mm.id === id) return mm.type;
  return undefined;
}
