// The PLOVER type groups and closed word sets more than one event module reads: which types need
// a source, count as force or as statements, and the words (pronoun subjects, prepositions) that
// shape a clause. Kept in one place so that the modules agree on them.
import type { PloverType } from "../core/contract.ts";
import { functionWords } from "../lexicon/function-words.ts";
import { bareSet } from "./clause.ts";
import { wordClass } from "./word-classes.ts";

export const SPEECH_ACTS = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"]);
export const NEED_SOURCE = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "COOPERATE", "AID", "CONSULT", "AGREE"]);
export const GENERIC_OK = new Set<PloverType>(["ASSAULT", "PROTEST", "COERCE", "MOBILIZE"]); // types an unnamed crowd or gunman can carry
export const PLACE_GENITIVE = new Set<PloverType>(["CONSULT", "AGREE", "PROTEST"]); // "مؤتمر الرياض": a place, not an actor
export const FORCE = new Set<PloverType>(["ASSAULT", "COERCE", "SANCTION"]);
export const JOINT = new Set<PloverType>(["REQUEST", "SUPPORT", "ACCUSE", "REJECT", "CONSULT", "AGREE", "AID", "COOPERATE", "CONCEDE", "SANCTION"]); // acts two parties do together ("وطالبا"، "مباحثاتهما")
export const TOLD_BEFORE = new Set<PloverType>(["AGREE", "REQUEST", "SUPPORT", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "AID"]);
export const STATEMENTS = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT"]); // said somewhere, about something elsewhere
export const ON_GROUND = new Set<PloverType>(["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "CONCEDE"]); // acts that happen at a place
export const PEOPLE = new Set(["fighters", "soldiers", "civilians", "people", "police", "security forces", "protesters"]);
export const PRONOUN_SUBJECT = new Set(["انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه", "لانها"]);
const PERSONAL_PRONOUN = functionWords("personal-pronoun");
export const PRONOUNS = new Set([...PRONOUN_SUBJECT, ...PERSONAL_PRONOUN]);
export const AGENT_POSSESSOR = new Set<PloverType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "CONSULT", "AGREE"]); // "إدانتها"، "زيارته": the pronoun acts
export const WITNESS = wordClass("witness-verb");
export const UNREAL_AFTER = wordClass("unreal-after");
export const HOME = /^[وف]?[بل]?بلاد(ه|ها|هم)$/;
export const PREP_PRONOUN = /^(عن|علي|الي|ل|ب|في|من|مع)(ه|ها|هم|هما)$/;
const PREP_ONLY = new Set(["في", "من", "علي", "الي", "عن", "ضد", "بين", "حول", "خلال", "عبر", "لدي"]);
export const PREP_ONLY_B = bareSet(PREP_ONLY);
