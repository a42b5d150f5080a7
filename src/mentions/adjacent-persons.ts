// One person found as two unknown persons side by side: the tagger often closes a name after its
// given name or its second word and opens another on the next word ("شوقي | غريب", "محمد رحيم |
// أمين", "خورخي فيرنانديز | دياز", a Saudi four-part name "عيد ماطر | مبارك الشهراني"). In news
// prose two persons are never written side by side with nothing between them but a space: a list
// separates them with a comma or و. So two such mentions are one person, unless:
// - either is a KB person (joinSplitNames in split-names.ts decides that case, and "روبيو أوباما",
//   "محمد بن نايف وليا للعهد" are a subject before its object or a KB name before a predicate);
// - the first ends on a definite family name ("فرحان الشلوي عبدالعزيز النومان": an ال family name
//   closes a Saudi name, the press lists names so) or the second opens on a definite word (الأب);
// - the second opens on a conjunction or a title ("فرويد وابن خلدون", "المؤلف محمد");
// - the second is one ordinary word and the first does not end on a given name: a word after a
//   family name is the sentence going on ("ويضيف كورتيز قائلا"), after a given name it is the
//   family name the dictionary also holds ("راغب علامة", "نيللي كريم");
// - the first is a place the KB knows, or a governorate's bare name ("محافظ خميس مشيط سعيد بن …",
//   "محافظ عفيف رشيد بن …": the governor of that town);
// - both are the same word (a repeated phrase the tagger misread) or the first carries a
//   preposition (ل/ب: "لقيصر"), which a name in subject or object place does not;
// - either holds a function word, a title or an articled conjunct ("فريد X والبورتريكي Y"), or
//   the first opens on an ال word no given name (a nationality: "البروكينابي Y").
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { joinPersons } from "./join-persons.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { ordinaryWords } from "./model/features.ts";
import { STOP, wordClasses } from "./word-classes.ts";

// RASID_ADJACENT_PERSONS=0 turns the rule off (for ablations)
const ON = process.env.RASID_ADJACENT_PERSONS !== "0";

/** `found` sorted by start; returns it with such pairs (and runs of them) joined. */
export function joinAdjacentPersons(c: Ctx, found: FoundMention[]): FoundMention[] {
  if (!ON) return found;
  return joinPersons(c, found, (a, b) => joins(c, a, b), true, (a, b) => ({ via: a.via, score: Math.max(a.score, b.score) }));
}

// (a preposition on a word no given name: "لقيصر", "لحي بن يقظان" opening a mention, or on a definite
// word anywhere, "للإمام", "بالأوروغوياني"; a foreign name's own ل or ف stays: "تشارلز لتدوج")
const PREP = new Set(["ل", "لل", "ب"]);
const led = (c: Ctx, t: Token, opening: boolean): boolean => !c.lex.firstNames.has(t.norm)
  && t.readings.some((x) => PREP.has(x.pre) && x.post === "" && (opening || x.article));
// (an indefinite accusative of an ordinary word, written with or without its tanween: "شاعرا", "قائلاً")
const accusative = (t: Token): boolean => /\u064b/.test(t.text) || /ا$/.test(t.norm) && ordinaryWords().has(t.norm.slice(0, -1));
// (a word written أل… or آل… is no definite noun: ألفارو، ألكسيس open a foreign given name; words.ts)
const articled = (t: Token): boolean => t.readings[0].article && !/^[أإآ]/.test(t.text);

function joins(c: Ctx, a: FoundMention, b: FoundMention): boolean {
  if (a.type !== "PERSON" || b.type !== "PERSON" || a.kbId || b.kbId || b.tokens.start !== a.tokens.end) return false;
  const { tokens, lex } = c;
  const last = tokens[a.tokens.end - 1], first = tokens[b.tokens.start], open = tokens[a.tokens.start];
  if (last.sentence !== first.sentence || c.text.slice(a.end, b.start) !== " " || first.start !== b.start) return false;
  if (open.start !== a.start || articled(open) && !lex.firstNames.has(open.norm)) return false;
  const rl = last.readings[0], rf = first.readings[0];
  if (articled(last) || articled(first) || lex.titles.has(rf.norm) || lex.titles.has(rl.norm)) return false;
  // (a conjunct: "وابن خلدون", "ولي مارفن" as و + لي; a given name that opens with و stays: وليد، وسام)
  if (first.norm.startsWith("و") && !lex.firstNames.has(first.norm) && first.readings.some((x) => x.pre === "و")) return false;
  if (normalize(a.text) === normalize(b.text)) return false;
  // (a function word, a title or a conjunct inside either: "محمد عبده | وسام على صدري", "دكتور | اندرو")
  const cls = wordClasses(c);
  for (let k = a.tokens.start; k < b.tokens.end; k++) {
    const t = tokens[k];
    if (cls[k] & STOP || lex.titles.has(t.norm) || lex.titles.has("ال" + t.norm) || led(c, t, k === a.tokens.start || k === b.tokens.start) || k > a.tokens.start && t.norm.startsWith("وال")) return false;
  }
  // (a place the KB knows, misread as a person after its governor's title: "محافظ عفيف سعد …")
  const an = normalize(a.text);
  if (c.gaz.lookup(an)?.some((e) => e.type !== "PERSON") || c.gaz.lookup(normalize("محافظة " + a.text))) return false;
  if (b.tokens.end - b.tokens.start === 1 && !lex.firstNames.has(rl.norm) && (ordinaryWords().has(rf.bare) || accusative(first))) return false;
  return true;
}
