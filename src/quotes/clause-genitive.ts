// A clause's opening actor that is the genitive of a noun is no subject: "القائم بأعمال السفارة"،
// "المديرة التنفيذية لمشروع X"، "أحد سكان مدينة X". clauseSubject (speakers.ts) gives a cue with no
// subject of its own the actor that opens an earlier clause of its sentence; when the word right
// before that actor is an indefinite noun in construct, the clause is about that noun (a director,
// a resident, a decision), not about the name after it, so the name does not speak and the search
// goes on to the clause before ("X، الرئيس التنفيذي لشركة Y، … وقال" is X's).
// The noun is told by its ending alone (ـة، ـات: no verb ends so), indefinite (a definite word
// before a name is its title or the title's adjective: "المستشارة الألمانية X") and no title itself
// ("الملكة X"، "وزيرة X": a title is followed by its holder). A message noun
// (conveyed-objects.tsv: "وجاءت تصريحات X") is the exception: its genitive is who spoke.
// "مصادر أمنية مصرية أكدت": a nationality adjective after such a noun describes an unnamed
// subject; the cue gets no named speaker rather than an actor of an earlier clause.
import type { ActorMention } from "../actors/mentions.ts";
import { normalize } from "../text/normalize.ts";
import type { State } from "./state.ts";
import { isMessageNoun } from "./conveyed.ts";

const CONSTRUCT_NOUN = /(ة|ات)[\u064B-\u0652]*$/;
const DEFINITE = /^[وفبلك]?(ال|لل)/;
const INDEFINITE_NISBA = /^[^ ]+(ي|يه|يون|يين)$/; // "مصرية"، "ليبي": one indefinite word

/** "genitive": the actor is the genitive of the indefinite noun right before it ("قرارات مجلس X");
 *  "adjective": it is a nationality adjective of that noun ("مصادر أمنية مصرية"); null: neither. */
export function genitiveActor(st: State, mm: ActorMention, isTitle: (i: number) => boolean): "genitive" | "adjective" | null {
  const i = mm.first - 1, prev = st.toks[i];
  if (!prev || prev.kind !== "word" || st.ix.atToken[i]) return null;
  // (a name with a clitic preposition on it is afterPreposition's case, not this one)
  if (mm.start > st.toks[mm.first].start) return null;
  if (!CONSTRUCT_NOUN.test(prev.text) || DEFINITE.test(prev.norm) || isTitle(i) || isMessageNoun(prev)) return null;
  return mm.type === "GPE" && INDEFINITE_NISBA.test(normalize(mm.text)) ? "adjective" : "genitive";
}
